package io.copyproof.plan;

import io.copyproof.config.Config;
import io.copyproof.config.ConfigLoader;
import io.copyproof.config.LoadResult;
import io.copyproof.config.OperatorStep;
import io.copyproof.engine.Engine;
import io.copyproof.engine.EngineResult;
import io.copyproof.engine.VerifyOptions;
import io.copyproof.result.Verdict;
import io.copyproof.result.VerificationResult;
import io.copyproof.rules.StaticRules;
import io.copyproof.semantics.ExplorerEngine;
import io.copyproof.slicing.SliceMemo;
import io.copyproof.slicing.SlicingEngine;
import io.copyproof.verifier.Verification;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code plan} reports a plan proved only after one whole verification of the configuration with it:
 * a search whose slice verdicts lie (an engine that never reports a violation, static rules that find
 * nothing) still returns only a plan that verify proves, and a final check that fails or gives no
 * verdict is never reported as a plan found.
 */
class PlannerProofTest {
    private static final Path EXAMPLE = Path.of("..", "examples", "upgrade-stop-restart.hazard.yaml");
    private static final Engine EXPLORER = new SlicingEngine(new ExplorerEngine());
    private static final Verification VERIFY = new Verification(Map.of("explorer", EXPLORER), StaticRules::check);

    /** Says every configuration verifies: the counterexamples the explorer finds are dropped. */
    private static final Engine UNSOUND = new Engine() {
        @Override
        public String name() {
            return "explorer";
        }

        @Override
        public EngineResult check(Config config, VerifyOptions options) {
            EngineResult r = EXPLORER.check(config, options);
            return new EngineResult(r.engine(), r.checked(), List.of(), r.stats(), r.assumptions(),
                    r.inconclusiveReason());
        }
    };

    private static String text() throws IOException {
        return Files.readString(EXAMPLE);
    }

    private static Config config(String text) {
        return ((LoadResult.Loaded) ConfigLoader.parse(EXAMPLE.toString(), text)).config();
    }

    private static VerifyOptions options(Config c) {
        return VerifyOptions.defaults(c.bounds()).withThreads(1);
    }

    private static PlanResult planWith(PlanProof proof) throws IOException {
        Config c = config(text());
        return Planner.plan(c, UNSOUND, x -> List.of(), options(c), new SliceMemo(), proof);
    }

    @Test
    void unsoundSliceVerdictsDoNotReachTheReport() throws IOException {
        Config c = config(text());
        TextProof proof = new TextProof(EXAMPLE.toString(), text(), false, VERIFY, "explorer", options(c));
        PlanResult r = Planner.plan(c, UNSOUND, x -> List.of(), options(c), new SliceMemo(), proof);
        assertEquals(PlanResult.Status.FOUND, r.status(), () -> r.why().orElse(""));
        // both 2-round orders pass the lying slices but fail the whole verify; the stop/restart plan is proved
        assertEquals(3, r.best().get(0).rounds());
        assertEquals(List.of("rc_db"), r.best().get(0).stoppedRelationships());
        assertTrue(r.wholeChecks() >= 3, "whole checks: " + r.wholeChecks());
        for (PlanResult.Plan p : r.best()) {
            String written = proof.textOf(p).orElseThrow();
            assertEquals(Verdict.VERIFIED, VERIFY.verify(ConfigLoader.parse(EXAMPLE.toString(), written), "explorer",
                    options(c)).verdict(), written);
            assertTrue(p.steps().stream().anyMatch(s -> s.step() instanceof OperatorStep), written);
        }
    }

    @Test
    void aFinalCheckThatFailsLeavesNoPlan() throws IOException {
        VerificationResult violated = VERIFY.verify(config(text()), "explorer", options(config(text())));
        assertEquals(Verdict.VIOLATED, violated.verdict());
        PlanResult r = planWith((level, plan) -> violated);
        assertEquals(PlanResult.Status.NONE, r.status());
        assertEquals(1, r.status().exitCode());
        assertTrue(r.best().isEmpty());
        assertTrue(r.why().orElseThrow().contains("in the final whole verify"), r.why().orElseThrow());
    }

    @Test
    void aFinalCheckWithoutVerdictIsInconclusive() throws IOException {
        VerificationResult v = VERIFY.verify(config(text()), "explorer", options(config(text())));
        VerificationResult noVerdict = new VerificationResult(v.file(), v.configName(), Verdict.INCONCLUSIVE,
                v.engine(), v.bounds(), v.stats(), v.checked(), v.rulesRun(), List.of(), List.of(), List.of(),
                v.assumptions(), List.of(), Optional.of("the time budget ran out"));
        PlanResult r = planWith((level, plan) -> noVerdict);
        assertEquals(PlanResult.Status.INCONCLUSIVE, r.status());
        assertEquals(3, r.status().exitCode());
        assertTrue(r.best().isEmpty());
        assertTrue(r.why().orElseThrow().contains("final verify") && r.why().orElseThrow().contains("time budget"),
                r.why().orElseThrow());
    }
}
