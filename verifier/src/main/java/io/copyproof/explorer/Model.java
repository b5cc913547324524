package io.copyproof.explorer;

import java.util.List;

/**
 * A finite transition system over fixed-width packed states: what the explorer checks.
 *
 * <p>A state is a {@code long[]} of exactly {@link #stateWords()} words; the model decides the
 * layout. An action is an {@code int} the model chooses (typically an event kind and its arguments
 * packed into bits) that names the step from a state to one successor; traces are sequences of
 * actions, replayed from an initial state. Two states are the same state exactly when their words
 * are equal, so a model must keep unused bits zero.
 *
 * <p>Implementations must be deterministic and must not allocate per call on the hot path
 * ({@link #successors}): write successors into the buffer {@link Successors#begin()} hands out.
 * They are called from several threads at once and must not keep mutable state of their own.
 */
public interface Model {

    /** Number of 64-bit words of every state; at least 1. */
    int stateWords();

    /** Emits each initial state (at least one). */
    void initialStates(StateSink out);

    /**
     * Emits every successor of {@code state}: for each enabled action, call {@link Successors#begin()},
     * change the returned copy of {@code state} into the successor, then {@link Successors#emit(int)}
     * with the action. {@code state} must not be modified.
     */
    void successors(long[] state, Successors out);

    /** The safety properties to check, each a predicate that must hold in every reachable state. */
    List<Invariant> invariants();

    /** A short human name of an action for traces, e.g. {@code Write(h1, v0, 1)}. */
    default String actionName(int action) {
        return "action#" + action;
    }

    /** A human description of a state for traces and debugging. */
    default String describe(long[] state) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < state.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(Long.toHexString(state[i]));
        }
        return sb.append(']').toString();
    }
}
