package io.copyproof.report;

import io.copyproof.config.Bounds;
import io.copyproof.config.ConfigError;
import io.copyproof.rules.Finding;

import java.util.List;
import java.util.Optional;

/**
 * Everything one verification of one file produced, independent of the engine: what renderers
 * render. {@code checked} lists the invariant ids the engine explored (each either violated, with
 * a trace in {@code violations}, or holding within {@code bounds}); {@code rulesRun} the static
 * rule ids that ran. {@code inconclusiveReason} says which budget ran out when the verdict is
 * {@code inconclusive}.
 */
public record VerificationResult(
        String file,
        String configName,
        Verdict verdict,
        String engine,
        Bounds bounds,
        Stats stats,
        List<String> checked,
        List<String> rulesRun,
        List<Violation> violations,
        List<Finding> findings,
        List<ConfigError> errors,
        List<String> assumptions,
        List<Disagreement> disagreements,
        Optional<String> inconclusiveReason,
        Optional<Slices> slices) {

    public VerificationResult {
        checked = List.copyOf(checked);
        rulesRun = List.copyOf(rulesRun);
        violations = List.copyOf(violations);
        findings = List.copyOf(findings);
        errors = List.copyOf(errors);
        assumptions = List.copyOf(assumptions);
        disagreements = List.copyOf(disagreements);
        slices = slices == null ? Optional.empty() : slices;
    }

    /** A result without a slices summary (a configuration that was not sliced, or not explored). */
    public VerificationResult(String file, String configName, Verdict verdict, String engine, Bounds bounds,
                              Stats stats, List<String> checked, List<String> rulesRun, List<Violation> violations,
                              List<Finding> findings, List<ConfigError> errors, List<String> assumptions,
                              List<Disagreement> disagreements, Optional<String> inconclusiveReason) {
        this(file, configName, verdict, engine, bounds, stats, checked, rulesRun, violations, findings, errors,
                assumptions, disagreements, inconclusiveReason, Optional.empty());
    }

    /** The result for a file that could not be loaded. */
    public static VerificationResult invalid(String file, List<ConfigError> errors) {
        return new VerificationResult(file, "", Verdict.INVALID, "none", Bounds.DEFAULT, Stats.NONE, List.of(),
                List.of(), List.of(), List.of(), errors, List.of(), List.of(), Optional.empty());
    }

    public int exitCode() {
        return verdict.exitCode();
    }
}
