package io.copyproof.engine;

import io.copyproof.result.Slices;
import io.copyproof.result.Stats;
import io.copyproof.result.Violation;

import java.util.List;
import java.util.Optional;

/**
 * What an engine found: the invariant ids it checked, a shortest counterexample per violated one,
 * statistics, the modelling assumptions it rests on, and why it stopped early if a budget ran out
 * ({@code inconclusiveReason} present means no claim is made for the invariants not violated), and
 * how the configuration was sliced when it was ({@code slices}).
 */
public record EngineResult(String engine, List<String> checked, List<Violation> violations, Stats stats,
                           List<String> assumptions, Optional<String> inconclusiveReason,
                           Optional<Slices> slices) {
    public EngineResult {
        checked = List.copyOf(checked);
        violations = List.copyOf(violations);
        assumptions = List.copyOf(assumptions);
        slices = slices == null ? Optional.empty() : slices;
    }

    /** A result of an engine that checked the configuration it was given as a whole. */
    public EngineResult(String engine, List<String> checked, List<Violation> violations, Stats stats,
                        List<String> assumptions, Optional<String> inconclusiveReason) {
        this(engine, checked, violations, stats, assumptions, inconclusiveReason, Optional.empty());
    }

    /** This result with a slices summary. */
    public EngineResult withSlices(Slices s) {
        return new EngineResult(engine, checked, violations, stats, assumptions, inconclusiveReason, Optional.of(s));
    }
}
