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
public record StepsBound(int diameterBound, int cap, int steps, Map<String, Integer> perEvent) {
    public StepsBound {
        perEvent = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(perEvent));
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
