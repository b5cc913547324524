package io.copyproof.explorer;

/** Why a search stopped. Only {@link #EXHAUSTED} and {@link #ALL_VIOLATED} mean the search was complete. */
public enum StopReason {
    /** Every reachable state (within the reductions in use) was visited. */
    EXHAUSTED,
    /** Every invariant has its shortest counterexample; nothing more to learn. */
    ALL_VIOLATED,
    /** States beyond {@code maxDepth} exist and were not explored. */
    DEPTH_LIMIT,
    /** More than {@code maxStates} distinct states were found. */
    STATE_LIMIT,
    /** The time limit ran out. */
    TIME_LIMIT,
    /** Continuing would have exceeded the memory budget. */
    MEMORY_LIMIT;

    /** True when the search covered the whole space, so unviolated invariants hold within the bounds. */
    public boolean complete() {
        return this == EXHAUSTED || this == ALL_VIOLATED;
    }
}
