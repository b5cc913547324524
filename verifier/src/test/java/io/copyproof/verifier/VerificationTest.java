package io.copyproof.verifier;

import io.copyproof.engine.Engine;
import io.copyproof.engine.EngineResult;
import io.copyproof.engine.VerifyOptions;
import io.copyproof.config.Config;
import io.copyproof.config.ConfigLoader;
import io.copyproof.fixtures.Configs;
import io.copyproof.result.Stats;
import io.copyproof.result.Verdict;
import io.copyproof.result.VerificationResult;
import io.copyproof.result.Violation;
import io.copyproof.rules.Finding;
import io.copyproof.rules.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VerificationTest {
    static final Config SAMPLE = Configs.sample();
    static final VerifyOptions OPTIONS = VerifyOptions.defaults(SAMPLE.bounds()).withThreads(1);

    static Engine engine(String name, List<String> violated, Optional<String> inconclusive) {
        return new Engine() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public EngineResult check(Config config, VerifyOptions options) {
                List<Violation> v = violated.stream().map(id -> new Violation(id, id, name, List.of(), List.of(), "",
                        config.locate(config.volumes().get(0)), "/volumes/0", Optional.empty())).toList();
                return new EngineResult(name, List.of("CS-PIT-COMPLETE", "RC-SYNC"), v, Stats.NONE,
                        List.of("assumption of " + name), inconclusive);
            }
        };
    }

    static final Verification NOTHING = new Verification(Map.of(), c -> List.of(), List.of());

    @Test
    void withoutEnginesNothingIsClaimed() {
        VerificationResult r = NOTHING.verify(SAMPLE, "explorer", OPTIONS);
        assertEquals(Verdict.INCONCLUSIVE, r.verdict());
        assertEquals(Optional.of(Verification.NO_ENGINE), r.inconclusiveReason());
        assertEquals("none", r.engine());
        assertEquals(List.of(), r.rulesRun());
        assertEquals(3, r.exitCode());
    }

    @Test
    void invalidLoadResultsStayInvalid() {
        VerificationResult r = NOTHING.verify(ConfigLoader.parse("x.yaml", "systems: 1"), "explorer", OPTIONS);
        assertEquals(Verdict.INVALID, r.verdict());
        assertEquals("/systems", r.errors().get(0).path());
    }

    @Test
    void anErrorFindingIsAViolationEvenWithoutEngines() {
        Verification v = new Verification(Map.of(), c -> List.of(new Finding("CS-CACHE-ENABLED-SOURCE", Severity.ERROR,
                "m", c.locate(c.volumes().get(0)), "/volumes/0", List.of("db_vol"))), List.of("CS-CACHE-ENABLED-SOURCE"));
        VerificationResult r = v.verify(SAMPLE, "explorer", OPTIONS);
        assertEquals(Verdict.VIOLATED, r.verdict());
        assertEquals(List.of("CS-CACHE-ENABLED-SOURCE"), r.rulesRun());
        Verification warn = new Verification(Map.of("explorer", engine("explorer", List.of(), Optional.empty())),
                c -> List.of(new Finding("CS-CACHE-ENABLED-SOURCE", Severity.WARNING, "m", c.locate(c), "", List.of())));
        assertEquals(Verdict.VERIFIED, warn.verify(SAMPLE, "explorer", OPTIONS).verdict());
    }

    @Test
    void engineVerdicts() {
        Verification v = new Verification(Map.of("explorer", engine("explorer", List.of(), Optional.empty()),
                "alloy", engine("alloy", List.of("RC-SYNC"), Optional.empty())), c -> List.of());
        assertEquals(Verdict.VERIFIED, v.verify(SAMPLE, "explorer", OPTIONS).verdict());
        VerificationResult alloy = v.verify(SAMPLE, "alloy", OPTIONS);
        assertEquals(Verdict.VIOLATED, alloy.verdict());
        assertEquals("alloy", alloy.engine());
        VerificationResult both = v.verify(SAMPLE, "both", OPTIONS);
        assertEquals(Verdict.VIOLATED, both.verdict());
        assertEquals("both", both.engine());
        assertEquals(1, both.disagreements().size());
        assertEquals("RC-SYNC", both.disagreements().get(0).id());
        assertEquals(Map.of("explorer", "holds", "alloy", "violated"), both.disagreements().get(0).verdictByEngine());
        assertEquals(List.of("assumption of explorer", "assumption of alloy"), both.assumptions());
    }

    @Test
    void bothEnginesReportEachViolatedInvariantOnce() {
        Verification v = new Verification(Map.of("explorer", engine("explorer", List.of("RC-SYNC", "CS-PIT-COMPLETE"),
                Optional.empty()), "alloy", engine("alloy", List.of("CS-PIT-COMPLETE", "RC-SYNC"), Optional.empty())),
                c -> List.of());
        VerificationResult both = v.verify(SAMPLE, "both", OPTIONS);
        assertEquals(Verdict.VIOLATED, both.verdict());
        assertEquals(List.of("RC-SYNC", "CS-PIT-COMPLETE"), both.violations().stream().map(Violation::id).toList());
        assertEquals(Map.of("explorer", 0, "alloy", 0), both.violations().get(0).foundBy());
        assertEquals("explorer", both.violations().get(0).engine());
        assertEquals(List.of(), both.disagreements());
        assertEquals(List.of("explorer", "alloy"), List.copyOf(both.statsByEngine().keySet()));

        VerificationResult one = v.verify(SAMPLE, "explorer", OPTIONS);
        assertEquals(Map.of("explorer", 0), one.violations().get(0).foundBy());
        assertEquals(Map.of(), one.statsByEngine());
    }

    @Test
    void aViolationOnlyOneEngineFindsIsListedOnceAndStaysADisagreement() {
        Verification v = new Verification(Map.of("explorer", engine("explorer", List.of("RC-SYNC"), Optional.empty()),
                "alloy", engine("alloy", List.of(), Optional.empty())), c -> List.of());
        VerificationResult both = v.verify(SAMPLE, "both", OPTIONS);
        assertEquals(1, both.violations().size());
        assertEquals(Map.of("explorer", 0), both.violations().get(0).foundBy());
        assertEquals(1, both.disagreements().size());
    }

    @Test
    void aCounterexampleTheSemanticsRejectIsADisagreementNotAFailure() {
        Engine rejected = new Engine() {
            @Override
            public String name() {
                return "alloy";
            }

            @Override
            public EngineResult check(Config config, VerifyOptions options) {
                throw new io.copyproof.trace.TraceMismatch("RC-SYNC", "RC-SYNC: step 2 X(y) is not a step");
            }
        };
        Verification v = new Verification(Map.of("explorer", engine("explorer", List.of(), Optional.empty()),
                "alloy", rejected), c -> List.of());
        VerificationResult both = v.verify(SAMPLE, "both", OPTIONS);
        assertEquals(Verdict.VIOLATED, both.verdict());
        assertEquals(List.of("RC-SYNC"), both.disagreements().stream().map(d -> d.id()).toList());
        assertTrue(both.disagreements().get(0).verdictByEngine().get("alloy").contains("not a run"));
    }

    @Test
    void budgetsAndFailuresAreInconclusive() {
        Verification budget = new Verification(Map.of("explorer",
                engine("explorer", List.of(), Optional.of("the state budget ran out"))), c -> List.of());
        VerificationResult r = budget.verify(SAMPLE, "explorer", OPTIONS);
        assertEquals(Verdict.INCONCLUSIVE, r.verdict());
        assertEquals(Optional.of("the state budget ran out"), r.inconclusiveReason());

        Engine broken = new Engine() {
            @Override
            public String name() {
                return "explorer";
            }

            @Override
            public EngineResult check(Config config, VerifyOptions options) {
                throw new IllegalStateException("bug");
            }
        };
        VerificationResult b = new Verification(Map.of("explorer", broken), c -> List.of()).verify(SAMPLE, "explorer",
                OPTIONS);
        assertEquals(Verdict.INCONCLUSIVE, b.verdict());
        assertTrue(b.inconclusiveReason().orElseThrow().contains("the explorer engine failed: bug"));
        assertFalse(b.inconclusiveReason().orElseThrow().contains("Exception"), "no Java class names");

        VerificationResult half = new Verification(Map.of("explorer", engine("explorer", List.of(), Optional.empty())),
                c -> List.of()).verify(SAMPLE, "both", OPTIONS);
        assertEquals(Verdict.INCONCLUSIVE, half.verdict());
        assertTrue(half.inconclusiveReason().orElseThrow().contains("alloy engine is not available"));

        VerificationResult rulesFail = new Verification(Map.of("explorer", engine("explorer", List.of(),
                Optional.empty())), c -> {
                    throw new IllegalArgumentException("rule bug");
                }).verify(SAMPLE, "explorer", OPTIONS);
        assertEquals(Verdict.INCONCLUSIVE, rulesFail.verdict());
        assertTrue(rulesFail.inconclusiveReason().orElseThrow().contains("static rules failed"));
    }
}
