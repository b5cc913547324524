package io.copyproof.verifier;

import io.copyproof.engine.Engine;
import io.copyproof.engine.EngineResult;
import io.copyproof.engine.VerifyOptions;
import io.copyproof.config.Config;
import io.copyproof.config.LoadResult;
import io.copyproof.result.Disagreement;
import io.copyproof.result.Stats;
import io.copyproof.result.Verdict;
import io.copyproof.result.VerificationResult;
import io.copyproof.result.Violation;
import io.copyproof.rules.Finding;
import io.copyproof.rules.RuleCatalog;
import io.copyproof.rules.RuleInfo;
import io.copyproof.rules.Severity;
import io.copyproof.trace.TraceMismatch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * One verification of one loaded file, end to end: the static rules, then each chosen engine,
 * merged into a {@link VerificationResult}. Engines are plugged in by name ({@code explorer},
 * {@code alloy}); the static rules as a function. Nothing here claims more than was checked: when
 * a chosen engine is not available, or an engine or the rules fail, the verdict is
 * {@code inconclusive} with the reason (unless something was found violated, which stands).
 *
 * <p>Verdict: {@code violated} when an engine found a counterexample, a static rule reported an
 * error-level finding, or two engines disagree; otherwise {@code inconclusive} when any reason
 * not to claim a proof exists; otherwise {@code verified} (within the stated bounds).
 */
public final class Verification {
    /** The reason given when no chosen engine is available. */
    public static final String NO_ENGINE = "no exploration engine is available in this build";
    /** Said of a configuration with no systems: it verifies, but nothing in it was checked. */
    public static final String NOTHING_CHECKED = "The configuration holds no systems: nothing was checked, so "
            + "'verified' says nothing about any storage";

    /** How the assumption an exhausted search makes starts; dropped when the search stopped early. */
    static final String NO_COUNTEREXAMPLE = "No counterexample within";

    private final Map<String, Engine> engines;
    private final Function<Config, List<Finding>> staticRules;
    private final List<String> staticRuleIds;

    /**
     * @param engines       the available engines by {@link Engine#name()}
     * @param staticRules   the static rules over a valid configuration
     * @param staticRuleIds the ids of the rules that function checks; empty means no static rules
     *                      are available in this build (the function is then not called)
     */
    public Verification(Map<String, Engine> engines, Function<Config, List<Finding>> staticRules,
                        List<String> staticRuleIds) {
        this.engines = Map.copyOf(engines);
        this.staticRules = Objects.requireNonNull(staticRules, "staticRules");
        this.staticRuleIds = List.copyOf(staticRuleIds);
    }

    /** With the static rules of the catalog ({@link RuleCatalog#staticRules()}). */
    public Verification(Map<String, Engine> engines, Function<Config, List<Finding>> staticRules) {
        this(engines, staticRules, RuleCatalog.staticRules().stream().map(RuleInfo::id).toList());
    }

    /** The names of the engines {@code --engine} may choose among: {@code explorer}, {@code alloy}, {@code both}. */
    public static List<String> engineChoices() {
        return List.of("explorer", "alloy", "both");
    }

    /** The engine names a choice stands for: {@code both} is explorer then alloy. */
    public static List<String> enginesOf(String choice) {
        return switch (choice) {
            case "both" -> List.of("explorer", "alloy");
            default -> List.of(choice);
        };
    }

    /** Whether an engine of that name is available. */
    public boolean hasEngine(String name) {
        return engines.containsKey(name);
    }

    /** Whether static rules are available. */
    public boolean hasStaticRules() {
        return !staticRuleIds.isEmpty();
    }

    /** The result for a load result: {@code invalid} with its errors, or the verification of the config. */
    public VerificationResult verify(LoadResult loaded, String engineChoice, VerifyOptions options) {
        if (loaded instanceof LoadResult.Invalid invalid) {
            VerificationResult r = VerificationResult.invalid(invalid.file(), invalid.errors());
            return new VerificationResult(r.file(), r.configName(), r.verdict(), r.engine(), options.bounds(),
                    r.stats(), r.checked(), r.rulesRun(), r.violations(), r.findings(), r.errors(),
                    r.assumptions(), r.disagreements(), r.inconclusiveReason());
        }
        return verify(((LoadResult.Loaded) loaded).config(), engineChoice, options);
    }

    /** Runs the static rules and the chosen engines ({@code explorer}, {@code alloy} or {@code both}). */
    public VerificationResult verify(Config config, String engineChoice, VerifyOptions options) {
        List<String> reasons = new ArrayList<>();
        List<String> assumptions = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        List<String> rulesRun = List.of();
        if (config.systems().isEmpty()) {
            assumptions.add(NOTHING_CHECKED);
        }
        if (hasStaticRules()) {
            try {
                findings.addAll(staticRules.apply(config));
                rulesRun = staticRuleIds;
            } catch (RuntimeException e) {
                reasons.add("the static rules failed: " + describe(e));
            }
        } else {
            assumptions.add("no static rules are available in this build; none were checked");
        }

        List<EngineResult> ran = new ArrayList<>();
        List<Disagreement> mismatches = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String name : enginesOf(engineChoice)) {
            Engine engine = engines.get(name);
            if (engine == null) {
                missing.add(name);
                continue;
            }
            try {
                EngineResult r = engine.check(config, options);
                ran.add(r);
            } catch (TraceMismatch e) {
                // the engine's counterexample is not a run of the storage semantics: the two
                // statements of the semantics disagree, a verdict of its own
                mismatches.add(new Disagreement(e.invariantId(), Map.of(name,
                        "violated, but its counterexample is not a run of the explorer's semantics: " + e.getMessage())));
                reasons.add("the " + name + " engine stopped at " + e.invariantId());
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                reasons.add("the " + name + " engine failed: " + describe(e));
            }
        }
        if (ran.isEmpty() && reasons.isEmpty() && mismatches.isEmpty()) {
            reasons.add(missing.size() == enginesOf(engineChoice).size() ? NO_ENGINE
                    : "no engine completed");
        } else if (!missing.isEmpty()) {
            reasons.add("the " + String.join(" and ", missing) + " engine is not available in this build");
        }

        Set<String> checked = new LinkedHashSet<>();
        for (EngineResult r : ran) {
            checked.addAll(r.checked());
            for (String a : r.assumptions()) {
                if (!assumptions.contains(a)) {
                    assumptions.add(a);
                }
            }
            r.inconclusiveReason().ifPresent(reason -> reasons.add(ran.size() > 1 ? r.engine() + ": " + reason : reason));
        }
        if (!reasons.isEmpty()) {
            // a search that stopped early claims no "no counterexample within the bounds"
            assumptions.removeIf(a -> a.startsWith(NO_COUNTEREXAMPLE));
        }
        List<Violation> violations = perInvariant(ran);
        List<Disagreement> disagreements = new ArrayList<>(ran.size() > 1 ? disagreements(ran) : List.of());
        disagreements.addAll(mismatches);
        Stats stats = ran.isEmpty() ? Stats.NONE : ran.get(0).stats();
        Map<String, Stats> statsByEngine = new LinkedHashMap<>();
        if (ran.size() > 1) {
            ran.forEach(r -> statsByEngine.put(r.engine(), r.stats()));
        }
        String engineName = ran.isEmpty() ? "none" : ran.size() == 1 ? ran.get(0).engine() : engineChoice;

        boolean errorFinding = findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
        Verdict verdict;
        if (!violations.isEmpty() || errorFinding || !disagreements.isEmpty()) {
            verdict = Verdict.VIOLATED;
        } else if (!reasons.isEmpty()) {
            verdict = Verdict.INCONCLUSIVE;
        } else {
            verdict = Verdict.VERIFIED;
        }
        Optional<String> reason = reasons.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", reasons));
        Optional<io.copyproof.result.Slices> slices = ran.stream().map(EngineResult::slices)
                .flatMap(Optional::stream).findFirst();
        return new VerificationResult(config.file(), config.name(), verdict, engineName, options.bounds(), stats,
                List.copyOf(checked), rulesRun, violations, findings, List.of(), assumptions, disagreements, reason,
                statsByEngine, slices);
    }

    /**
     * Each violated invariant once, in the order the engines report them: the first engine's
     * counterexample, with every engine that found one and its length ({@link Violation#foundBy()}).
     */
    private static List<Violation> perInvariant(List<EngineResult> ran) {
        Map<String, Violation> first = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> lengths = new LinkedHashMap<>();
        for (EngineResult r : ran) {
            for (Violation v : r.violations()) {
                first.putIfAbsent(v.id(), v);
                lengths.computeIfAbsent(v.id(), k -> new LinkedHashMap<>()).put(r.engine(), v.trace().size());
            }
        }
        List<Violation> out = new ArrayList<>();
        first.forEach((id, v) -> out.add(ran.size() > 1 ? v.foundBy(lengths.get(id)) : v));
        return out;
    }

    /** Invariants that engines that both checked them judge differently. */
    private static List<Disagreement> disagreements(List<EngineResult> ran) {
        Set<String> all = new LinkedHashSet<>();
        ran.forEach(r -> all.addAll(r.checked()));
        List<Disagreement> out = new ArrayList<>();
        for (String id : all) {
            Map<String, String> byEngine = new LinkedHashMap<>();
            for (EngineResult r : ran) {
                if (!r.checked().contains(id)) {
                    continue;
                }
                boolean violated = r.violations().stream().anyMatch(v -> v.id().equals(id));
                if (!violated && r.inconclusiveReason().isPresent()) {
                    continue; // an engine that ran out of budget makes no claim for what it did not violate
                }
                byEngine.put(r.engine(), violated ? "violated" : "holds");
            }
            if (byEngine.size() > 1 && new LinkedHashSet<>(byEngine.values()).size() > 1) {
                out.add(new Disagreement(id, byEngine));
            }
        }
        return out;
    }

    private static String describe(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return "out of memory";
        }
        if (e instanceof StackOverflowError) {
            return "the configuration is nested too deeply for it";
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? "an unexpected problem (please report it)" : m.lines().findFirst().orElse(m);
    }
}
