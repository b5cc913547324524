package io.copyproof.engine;

import io.copyproof.result.Stats;
import io.copyproof.result.Violation;

import java.util.List;
import java.util.Optional;

/**
 * What an engine found: the invariant ids it checked, a shortest counterexample per violated one,
 * statistics, the modelling assumptions it rests on, and why it stopped early if a budget ran out
 * ({@code inconclusiveReason} present means no claim is made for the invariants not violated).
 */
public record EngineResult(String engine, List<String> checked, List<Violation> violations, Stats stats,
                           List<String> assumptions, Optional<String> inconclusiveReason) {
    public EngineResult {
        checked = List.copyOf(checked);
        violations = List.copyOf(violations);
        assumptions = List.copyOf(assumptions);
    }
}
