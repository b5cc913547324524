package io.copyproof.slicing;

import io.copyproof.config.Config;
import io.copyproof.engine.EngineResult;
import io.copyproof.engine.VerifyOptions;
import io.copyproof.fixtures.Configs;
import io.copyproof.plan.PlanBench;
import io.copyproof.semantics.ExplorerEngine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Slicing a plan with operator steps for verdicts ({@link Slicer#verdictSlices}, the plan search's
 * memo) gives the whole's verdicts: three systems in a chain (two Global Mirror relationships),
 * with plans that stop one or both groups.
 */
class OperatorSlicingTest {

    private static Config chain(String steps) {
        String yaml = PlanBench.chain(3, true);
        return Configs.parse(yaml.substring(0, yaml.indexOf("  steps:\n")) + "  steps:\n" + steps);
    }

    private static java.util.TreeSet<String> violated(EngineResult r) {
        assertTrue(r.inconclusiveReason().isEmpty(), () -> r.inconclusiveReason().get());
        java.util.TreeSet<String> out = new java.util.TreeSet<>();
        r.violations().forEach(v -> out.add(v.id()));
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // both groups stopped around concurrent upgrades: verified
        "{stop: rc0}|{stop: rc1}|{system: S0, after: [stop-rc0]}|{system: S1, after: [stop-rc0, stop-rc1]}"
                + "|{system: S2, after: [stop-rc1]}|{start: rc0, after: [S0, S1]}|{start: rc1, after: [S1, S2]}",
        // only rc0 stopped: S1 and S2 upgrade at once with rc1 running
        "{stop: rc0}|{system: S0, after: [stop-rc0]}|{system: S1, after: [stop-rc0]}|{system: S2, after: [stop-rc0]}"
                + "|{start: rc0, after: [S0, S1]}",
        // S2 waits for a stop of the other group only
        "{stop: rc0}|{stop: rc1}|{system: S1, after: [stop-rc0, stop-rc1]}|{system: S0, after: [S1]}"
                + "|{system: S2, after: [stop-rc1]}|{start: rc1, after: [S1, S2]}|{start: rc0, after: [S0]}"})
    void slicedVerdictsEqualTheWhole(String steps) {
        Config c = chain("    - " + String.join("\n    - ", List.of(steps.split("\\|"))) + "\n");
        VerifyOptions o = VerifyOptions.defaults(c.bounds()).withThreads(1);
        assertTrue(Slicer.verdictSlices(c).size() > 1, "the plan is cut");
        assertEquals(1, Slicer.slices(c).size(), "verify checks it whole");
        SliceMemo.Verdict sliced = new SliceMemo().check(c, new ExplorerEngine(), o);
        assertTrue(sliced.inconclusiveReason().isEmpty());
        java.util.TreeSet<String> whole = violated(new ExplorerEngine().check(c, o));
        // the memo stops at the first violated slice: what it names is violated, and it verifies iff the whole does
        assertEquals(whole.isEmpty(), sliced.verified());
        assertTrue(whole.containsAll(sliced.violated()), () -> whole + " vs " + sliced.violated());
    }
}
