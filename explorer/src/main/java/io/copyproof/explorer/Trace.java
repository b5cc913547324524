package io.copyproof.explorer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A counterexample: an initial state and the actions that lead from it to a state that breaks the
 * invariant. It is a real path of the model (also when symmetry reduction is on): state {@code i+1}
 * is the successor the model emits for action {@code i} from state {@code i}. The last state breaks
 * the invariant. Rebuilt by replaying actions from the initial state, so states are concrete.
 */
public record Trace(String invariant, int[] actions, List<long[]> states) {

    public Trace {
        Objects.requireNonNull(invariant, "invariant");
        actions = actions.clone();
        List<long[]> copy = new ArrayList<>(states.size());
        for (long[] s : states) {
            copy.add(s.clone());
        }
        states = List.copyOf(copy);
        if (states.size() != actions.length + 1) {
            throw new IllegalArgumentException("need one more state than actions");
        }
    }

    /** Number of actions (steps). */
    public int length() {
        return actions.length;
    }

    /** The initial state (a copy). */
    public long[] initial() {
        return states.get(0).clone();
    }

    /** The action of step {@code i} (0-based). */
    public int action(int i) {
        return actions[i];
    }

    /** The state after {@code i} steps, {@code state(0)} being the initial state (a copy). */
    public long[] state(int i) {
        return states.get(i).clone();
    }

    /** The actions (a copy). */
    @Override
    public int[] actions() {
        return actions.clone();
    }

    /** The state that breaks the invariant (a copy). */
    public long[] last() {
        return states.get(states.size() - 1).clone();
    }

    /** A readable rendering with the model's names, one line per step. */
    public String format(Model model) {
        StringBuilder sb = new StringBuilder();
        sb.append("invariant ").append(invariant).append(" broken after ").append(length()).append(" step(s)\n");
        sb.append("  0. initial: ").append(model.describe(states.get(0))).append('\n');
        for (int i = 0; i < actions.length; i++) {
            sb.append("  ").append(i + 1).append(". ").append(model.actionName(actions[i])).append(": ")
                    .append(model.describe(states.get(i + 1))).append('\n');
        }
        return sb.toString();
    }
}
