package io.copyproof.explorer;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The outcome of a search.
 *
 * @param status     VERIFIED only when the space was exhausted with no violation; VIOLATED when any
 *                   trace was found (check {@link #complete()}: a budget may also have run out);
 *                   INCONCLUSIVE otherwise
 * @param violations invariant name to its counterexample, in the model's invariant order; each trace
 *                   is shortest (without partial-order reduction; with it, shortest in the reduced
 *                   graph)
 * @param holds      names of the invariants proved to hold within the bounds (empty unless complete)
 * @param unresolved names of the invariants neither violated nor proved because the search stopped early
 * @param stopReason why the search stopped
 * @param stats      statistics
 */
public record Result(Status status, Map<String, Trace> violations, List<String> holds, List<String> unresolved,
                     StopReason stopReason, Stats stats) {

    public Result {
        Objects.requireNonNull(status, "status");
        violations = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(violations));
        holds = List.copyOf(holds);
        unresolved = List.copyOf(unresolved);
        Objects.requireNonNull(stopReason, "stopReason");
        Objects.requireNonNull(stats, "stats");
    }

    /** True when the search covered the whole space within the bounds. */
    public boolean complete() {
        return stopReason.complete();
    }

    /** The trace of {@code invariant}, or null if it was not violated. */
    public Trace trace(String invariant) {
        return violations.get(invariant);
    }
}
