package io.copyproof.verifier;

import io.copyproof.engine.Engine;
import io.copyproof.engine.EngineResult;
import io.copyproof.engine.VerifyOptions;

import io.copyproof.config.Config;
import io.copyproof.report.Renderers;
import io.copyproof.report.RenderOptions;
import io.copyproof.result.Stats;
import io.copyproof.result.Verdict;
import io.copyproof.result.VerificationResult;
import io.copyproof.result.Violation;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A search cut by a budget after a violation claims the violation and nothing more. */
class BudgetCutVerificationTest {
    private static final String CUT = "the distinct-state budget ran out after 9 states";

    /** An engine that violates CS-PIT-COMPLETE, checks RC-SYNC too, and states the bounds assumption. */
    private static Engine engine(String name, List<String> violated, Optional<String> cut) {
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
                        List.of("No counterexample within 2 writes per host, 2 blocks per volume.", "a model assumption"),
                        cut);
            }
        };
    }

    private static String text(VerificationResult r) throws Exception {
        StringWriter w = new StringWriter();
        Renderers.forName("text").render(List.of(r), new RenderOptions(false, false, false), w);
        return w.toString();
    }

    @Test
    void aCutAfterAViolationDropsTheNoCounterexampleAssumption() throws Exception {
        Verification v = new Verification(Map.of("explorer", engine("explorer", List.of("CS-PIT-COMPLETE"),
                Optional.of(CUT))), c -> List.of(), List.of());
        VerificationResult r = v.verify(VerificationTest.SAMPLE, "explorer", VerificationTest.OPTIONS);
        assertEquals(Verdict.VIOLATED, r.verdict());
        assertEquals(Optional.of(CUT), r.inconclusiveReason());
        assertFalse(r.assumptions().stream().anyMatch(a -> a.startsWith("No counterexample")), r.assumptions().toString());
        assertTrue(r.assumptions().contains("a model assumption"));
        String t = text(r);
        assertTrue(t.lines().findFirst().orElse("").contains("stopped early"), t);
        assertTrue(t.contains("Undecided  RC-SYNC"), t);
    }

    @Test
    void bothEnginesWithOneCutSayItToo() throws Exception {
        Verification v = new Verification(Map.of(
                "explorer", engine("explorer", List.of("CS-PIT-COMPLETE"), Optional.empty()),
                "alloy", engine("alloy", List.of("CS-PIT-COMPLETE"), Optional.of(CUT))), c -> List.of(), List.of());
        VerificationResult r = v.verify(VerificationTest.SAMPLE, "both", VerificationTest.OPTIONS);
        assertEquals(Verdict.VIOLATED, r.verdict());
        assertTrue(r.inconclusiveReason().orElse("").contains("alloy: " + CUT), r.toString());
        assertFalse(r.assumptions().stream().anyMatch(a -> a.startsWith("No counterexample")));
        assertTrue(text(r).lines().findFirst().orElse("").contains("stopped early (alloy: " + CUT + ")"));
    }

    @Test
    void aCompleteSearchKeepsTheAssumption() {
        Verification v = new Verification(Map.of("explorer", engine("explorer", List.of(), Optional.empty())),
                c -> List.of(), List.of());
        VerificationResult r = v.verify(VerificationTest.SAMPLE, "explorer", VerificationTest.OPTIONS);
        assertEquals(Verdict.VERIFIED, r.verdict());
        assertTrue(r.assumptions().stream().anyMatch(a -> a.startsWith("No counterexample")));
    }
}
