package io.copyproof.alloy;

import java.util.Map;

/**
 * The {@code steps} bound of a generated model. {@code diameterBound} is an upper bound on the
 * number of events of any run of the configuration within its bounds (every event is bounded, see
 * {@code perEvent}, in a fixed order), hence on the length of a shortest counterexample; {@code steps} is the bound
 * the checks use, in events: {@code min(diameterBound, cap)} and at least 1 (see {@link #alloyStates()}). When {@code complete()} no
 * counterexample within {@code steps} means none within the bounds at all; otherwise Alloy only
 * shows there is none up to {@code steps} events.
 */
public record StepsBound(int diameterBound, int cap, int steps, Map<String, Integer> perEvent,
                         Map<String, Integer> perInvariant) {
    public StepsBound {
        perEvent = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(perEvent));
        perInvariant = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(perInvariant));
    }

    /**
     * The bound on the length of a shortest counterexample to one invariant: the sum of the
     * per-event maxima over the events that can influence it ({@link InfluenceCone}), at most
     * {@code diameterBound}.
     */
    public int invariantBound(String invariantId) {
        Integer b = perInvariant.get(invariantId);
        return b == null ? diameterBound : b;
    }

    /**
     * The events the check of one invariant covers: {@code min(invariantBound, cap)}; 0 (the
     * initial state alone) when no event can influence the invariant.
     */
    public int steps(String invariantId) {
        return Math.max(0, Math.min(invariantBound(invariantId), cap));
    }

    /** The Alloy {@code steps} value of one invariant's check: {@code steps(invariantId) + 1} states. */
    public int alloyStates(String invariantId) {
        return steps(invariantId) + 1;
    }

    /** True when the check of the invariant covers every shortest counterexample: {@code invariantBound <= cap}. */
    public boolean complete(String invariantId) {
        return invariantBound(invariantId) <= steps(invariantId);
    }

    /**
     * The Alloy {@code steps} value of the checks: Alloy counts states, and state 0 is the initial
     * state, so runs of up to {@code steps} events need {@code steps + 1} states.
     */
    public int alloyStates() {
        return steps + 1;
    }

    /** True when the checks cover every run: {@code diameterBound <= steps}. */
    public boolean complete() {
        return diameterBound <= steps;
    }
}
