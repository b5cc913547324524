package io.copyproof.semantics;

import io.copyproof.config.Bounds;
import io.copyproof.config.Config;
import io.copyproof.explorer.Invariant;
import io.copyproof.explorer.Successors;
import io.copyproof.explorer.Trace;
import io.copyproof.result.StateValue;
import io.copyproof.result.Violation;
import io.copyproof.trace.AbstractStep;
import io.copyproof.trace.AbstractTrace;
import io.copyproof.trace.TraceLayer;
import io.copyproof.trace.TraceMismatch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one trace layer, over the storage semantics: an engine's decoded counterexample is replayed
 * through the {@link StorageModel} (every step must be an enabled event with those arguments, and
 * every lane the engine decoded must have the value the semantics give it), and the replayed run
 * is narrated, explained and located by the same {@link Narrator} and {@link Explanations} as the
 * explorer's own traces. So both engines print the same report for the same steps, and a trace
 * that is not a run of the semantics, or whose states differ from theirs, is rejected loudly.
 */
public final class StorageTraceLayer implements TraceLayer {

    @Override
    public Violation violation(Config config, Bounds bounds, AbstractTrace trace, String engine) {
        StorageModel model;
        try {
            model = new StorageModel(config, bounds);
        } catch (IllegalArgumentException e) {
            return TraceLayer.eventsOnly().violation(config, bounds, trace, engine);
        }
        return violation(model, trace.invariant().id(), replay(model, trace), engine);
    }

    /** The violation of a run of {@code model}, whichever engine found it. */
    static Violation violation(StorageModel model, String id, Trace run, String engine) {
        return new ExplorerEngine.TraceTranslator(model).violation(id, run, engine);
    }

    /**
     * The run of {@code model} that {@code trace} decodes, state by state.
     *
     * @throws TraceMismatch when a step is not enabled, a decoded lane differs from the
     *                               model's state, or the last state does not break the invariant
     */
    static Trace replay(StorageModel model, AbstractTrace trace) {
        String id = trace.invariant().id();
        Narrator narrator = new Narrator(model);
        List<long[]> states = new ArrayList<>();
        model.initialStates(st -> states.add(st.clone()));
        long[] s = states.get(0);
        compare(id, 0, trace.initialLanes(), narrator.state(s));
        int[] actions = new int[trace.steps().size()];
        for (int i = 0; i < actions.length; i++) {
            AbstractStep step = trace.steps().get(i);
            Map<String, long[]> next = model.successorsByName(s);
            String wanted = step.label();
            long[] n = next.get(wanted);
            if (n == null) {
                throw new TraceMismatch(id, id + ": step " + (i + 1) + " " + wanted
                        + " is not a step of the storage semantics there (enabled: " + next.keySet() + ")");
            }
            actions[i] = actionOf(model, s, wanted);
            compare(id, i + 1, step.lanes(), narrator.state(n));
            states.add(n);
            s = n;
        }
        long[] last = s;
        boolean holds = model.invariants().stream().filter(inv -> inv.name().equals(id))
                .map(Invariant::holds).allMatch(p -> p.test(last));
        if (holds) {
            throw new TraceMismatch(id, id + ": the trace is a run of the storage semantics, but its last state "
                    + "does not break the invariant there");
        }
        return new Trace(id, actions, states);
    }

    private static void compare(String id, int step, Map<String, String> decoded, List<StateValue> model) {
        Map<String, String> byKey = new HashMap<>();
        for (StateValue v : model) {
            byKey.put(v.actor() + "\u0000" + v.variable(), v.value());
        }
        for (Map.Entry<String, String> e : decoded.entrySet()) {
            String want = byKey.get(e.getKey());
            if (want != null && !want.equals(e.getValue())) {
                throw new TraceMismatch(id, id + ": after step " + step + " the engine has "
                        + e.getKey().replace('\u0000', ' ') + " = " + e.getValue() + ", the storage semantics "
                        + want);
            }
        }
    }

    private static int actionOf(StorageModel model, long[] from, String name) {
        int[] found = {-1};
        model.successors(from, new Successors() {
            final long[] buf = from.clone();

            @Override
            public long[] begin() { // every successor starts from the state itself (enqueue reads it back)
                System.arraycopy(from, 0, buf, 0, from.length);
                return buf;
            }

            @Override
            public void emit(int action) {
                if (found[0] < 0 && model.actionName(action).equals(name)) {
                    found[0] = action;
                }
            }
        });
        return found[0];
    }
}
