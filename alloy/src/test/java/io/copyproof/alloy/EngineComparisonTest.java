package io.copyproof.alloy;

import io.copyproof.config.SourceLocation;
import io.copyproof.result.Disagreement;
import io.copyproof.result.Stats;
import io.copyproof.result.TraceStep;
import io.copyproof.result.Violation;
import io.copyproof.engine.EngineResult;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EngineComparisonTest {
    static Violation v(String id, String engine, int steps) {
        List<TraceStep> trace = new java.util.ArrayList<>();
        for (int i = 1; i <= steps; i++) {
            trace.add(new TraceStep(i, "HostWrite", Map.of(), "", List.of(), List.of()));
        }
        return new Violation(id, id, engine, List.of(), trace, "", SourceLocation.ofFile("f"), "", Optional.empty());
    }

    static EngineResult r(String engine, List<String> checked, List<Violation> vs, Optional<String> incon) {
        return new EngineResult(engine, checked, vs, Stats.NONE, List.of(), incon);
    }

    @Test
    void sameVerdictsNoDisagreement() {
        EngineResult a = r("explorer", List.of("A", "B"), List.of(v("A", "explorer", 2)), Optional.empty());
        EngineResult b = r("alloy", List.of("A", "B"), List.of(v("A", "alloy", 2)), Optional.empty());
        assertEquals(List.of(), EngineComparison.compare(a, b));
        assertEquals(List.of(), EngineComparison.compare(a, b, true));
    }

    @Test
    void differentVerdictsAreReportedPerInvariant() {
        EngineResult a = r("explorer", List.of("A", "B"), List.of(v("A", "explorer", 2)), Optional.empty());
        EngineResult b = r("alloy", List.of("A", "B"), List.of(v("B", "alloy", 1)), Optional.empty());
        List<Disagreement> d = EngineComparison.compare(a, b);
        assertEquals(2, d.size());
        assertEquals("A", d.get(0).id());
        assertEquals(Map.of("explorer", "violated", "alloy", "holds"), d.get(0).verdictByEngine());
        assertEquals(Map.of("explorer", "holds", "alloy", "violated"), d.get(1).verdictByEngine());
    }

    @Test
    void differentLengthsOnlyWhenAsked() {
        EngineResult a = r("explorer", List.of("A"), List.of(v("A", "explorer", 2)), Optional.empty());
        EngineResult b = r("alloy", List.of("A"), List.of(v("A", "alloy", 3)), Optional.empty());
        assertEquals(List.of(), EngineComparison.compare(a, b));
        assertEquals(Map.of("explorer", "violated in 2 steps", "alloy", "violated in 3 steps"),
                EngineComparison.compare(a, b, true).get(0).verdictByEngine());
    }

    @Test
    void anInconclusiveEngineMakesNoClaimOnWhatItDidNotViolate() {
        EngineResult a = r("explorer", List.of("A"), List.of(v("A", "explorer", 2)), Optional.empty());
        EngineResult b = r("alloy", List.of("A"), Collections.emptyList(), Optional.of("cap"));
        assertEquals(List.of(), EngineComparison.compare(a, b));
    }

    @Test
    void onlyInvariantsBothChecked() {
        EngineResult a = r("explorer", List.of("A", "B"), List.of(v("B", "explorer", 1)), Optional.empty());
        EngineResult b = r("alloy", List.of("A"), List.of(), Optional.empty());
        assertEquals(List.of(), EngineComparison.compare(a, b));
    }
}
