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

    /**
     * Symmetry reduction hook: rewrites {@code state} in place into the canonical representative of
     * its symmetry class (for example, sorts the blocks of interchangeable processes). The default
     * is the identity. Used only when the explorer runs with {@code symmetry(true)}.
     *
     * <p>Sound for safety invariants when (1) two states with the same canonical form are related by
     * a permutation {@code p} of interchangeable components, (2) {@code p} maps successors to
     * successors (if {@code s -a-> t} then {@code p(s) -b-> p(t)} for some action {@code b}), and (3)
     * every invariant has the same truth value on {@code s} and {@code p(s)}. Initial states need
     * not be closed under permutation. Must be deterministic, idempotent and allocation-free.
     */
    default void canonicalize(long[] state) {
    }

    /**
     * Partial-order reduction: the number of components (processes) the model's actions are
     * partitioned into; {@code 0} (the default) disables the reduction for this model.
     */
    default int components() {
        return 0;
    }

    /** Partial-order reduction: the component in {@code [0, components())} that owns {@code action}, or -1. */
    default int componentOf(int action) {
        return -1;
    }

    /**
     * Partial-order reduction: true when, in {@code state}, the enabled actions of {@code component}
     * may be explored alone as far as independence goes (an ample set). The model promises, for this
     * state:
     * <ul>
     *   <li>independence: every action of {@code component} enabled here is independent of every
     *   action of every other component — on any path from {@code state}, actions of other
     *   components neither enable, disable, nor change the effect of them, and they commute;</li>
     *   <li>no other action of {@code component} can become enabled before one of the currently
     *   enabled ones is taken (other components cannot enable them).</li>
     * </ul>
     * Invisibility is not part of this promise: the explorer asks {@link #visible} for every enabled
     * action of the component and every invariant not yet violated, and adds the cycle proviso
     * itself; it falls back to full expansion when the component has no enabled action. The
     * default, {@code false}, never reduces.
     */
    default boolean ampleCandidate(long[] state, int component) {
        return false;
    }

    /**
     * Partial-order reduction: whether {@code action} may change the truth value of invariant number
     * {@code invariant} (its index in {@link #invariants()}) in some reachable state — that is, whether
     * it may write something the invariant reads. Must be a property of the action alone, the same in
     * every state (an over-approximation is always sound: answering true only costs reduction). An
     * action visible to an invariant not yet violated is never explored alone. The default, true,
     * makes every action visible to every invariant, so a model that declares components must also
     * declare visibility to get any reduction.
     */
    default boolean visible(int invariant, int action) {
        return true;
    }

    /**
     * Partial-order reduction, static cycle proviso: true when the model declares {@link #sticky}
     * actions, so that the explorer uses the static proviso (an ample set never contains a sticky
     * action) instead of the breadth-first one (an ample set must lead to at least one state not
     * stored yet). The static proviso does not depend on the search order or on what is stored,
     * and on models whose cycles all pass through few actions (or that have no cycles) it reduces
     * far more. Default false.
     */
    default boolean staticCycleProviso() {
        return false;
    }

    /**
     * Partial-order reduction, static cycle proviso: the model promises that every cycle of its
     * state graph contains at least one action for which this returns true (for example the actions
     * that may decrease a progress measure no other action decreases; in a model without cycles, no
     * action). Must be a property of the action alone. Used only when
     * {@link #staticCycleProviso()} is true. Default true (every action sticky: no reduction).
     */
    default boolean sticky(int action) {
        return true;
    }

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
