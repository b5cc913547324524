package io.copyproof.result;

import io.copyproof.config.Bounds;
import io.copyproof.config.ConfigError;
import io.copyproof.rules.Finding;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything one verification of one file produced, independent of the engine: what renderers
 * render. {@code checked} lists the invariant ids the engine explored (each either violated, with
 * a trace in {@code violations}, or holding within {@code bounds}); {@code rulesRun} the static
 * rule ids that ran. {@code inconclusiveReason} says which budget ran out when the verdict is
 * {@code inconclusive}. {@code statsByEngine} has the statistics of every engine that ran when
 * more than one did ({@code stats} is then the first's), else it is empty. {@code slices} says how
 * the configuration was cut into slices when it was. {@code suggestions} are the verified repairs
 * {@code verify --suggest} shows after the violations and findings they restore (empty otherwise).
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
        Map<String, Stats> statsByEngine,
        Optional<Slices> slices,
        List<Suggestion> suggestions) {

    public VerificationResult {
        checked = List.copyOf(checked);
        rulesRun = List.copyOf(rulesRun);
        violations = List.copyOf(violations);
        findings = List.copyOf(findings);
        errors = List.copyOf(errors);
        assumptions = List.copyOf(assumptions);
        disagreements = List.copyOf(disagreements);
        statsByEngine = statsByEngine == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(statsByEngine));
        slices = slices == null ? Optional.empty() : slices;
        suggestions = suggestions == null ? List.of() : List.copyOf(suggestions);
    }

    /** A result without suggested repairs (all but {@code verify --suggest}). */
    public VerificationResult(String file, String configName, Verdict verdict, String engine, Bounds bounds,
                              Stats stats, List<String> checked, List<String> rulesRun, List<Violation> violations,
                              List<Finding> findings, List<ConfigError> errors, List<String> assumptions,
                              List<Disagreement> disagreements, Optional<String> inconclusiveReason,
                              Map<String, Stats> statsByEngine, Optional<Slices> slices) {
        this(file, configName, verdict, engine, bounds, stats, checked, rulesRun, violations, findings, errors,
                assumptions, disagreements, inconclusiveReason, statsByEngine, slices, List.of());
    }

    /** This result with the verified repairs to show after its violations and findings. */
    public VerificationResult withSuggestions(List<Suggestion> verified) {
        return new VerificationResult(file, configName, verdict, engine, bounds, stats, checked, rulesRun, violations,
                findings, errors, assumptions, disagreements, inconclusiveReason, statsByEngine, slices, verified);
    }

    /** The suggestions that restore {@code id}, in order. */
    public List<Suggestion> suggestionsFor(String id) {
        return suggestions.stream().filter(s -> s.restores().contains(id)).toList();
    }

    /** A result of several engines, without a slices summary. */
    public VerificationResult(String file, String configName, Verdict verdict, String engine, Bounds bounds,
                              Stats stats, List<String> checked, List<String> rulesRun, List<Violation> violations,
                              List<Finding> findings, List<ConfigError> errors, List<String> assumptions,
                              List<Disagreement> disagreements, Optional<String> inconclusiveReason,
                              Map<String, Stats> statsByEngine) {
        this(file, configName, verdict, engine, bounds, stats, checked, rulesRun, violations, findings, errors,
                assumptions, disagreements, inconclusiveReason, statsByEngine, Optional.empty());
    }

    /** A result of at most one engine, with a slices summary when the configuration was sliced. */
    public VerificationResult(String file, String configName, Verdict verdict, String engine, Bounds bounds,
                              Stats stats, List<String> checked, List<String> rulesRun, List<Violation> violations,
                              List<Finding> findings, List<ConfigError> errors, List<String> assumptions,
                              List<Disagreement> disagreements, Optional<String> inconclusiveReason,
                              Optional<Slices> slices) {
        this(file, configName, verdict, engine, bounds, stats, checked, rulesRun, violations, findings, errors,
                assumptions, disagreements, inconclusiveReason, Map.of(), slices);
    }

    /** A result of at most one engine, without a slices summary. */
    public VerificationResult(String file, String configName, Verdict verdict, String engine, Bounds bounds,
                              Stats stats, List<String> checked, List<String> rulesRun, List<Violation> violations,
                              List<Finding> findings, List<ConfigError> errors, List<String> assumptions,
                              List<Disagreement> disagreements, Optional<String> inconclusiveReason) {
        this(file, configName, verdict, engine, bounds, stats, checked, rulesRun, violations, findings, errors,
                assumptions, disagreements, inconclusiveReason, Map.of(), Optional.empty());
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
