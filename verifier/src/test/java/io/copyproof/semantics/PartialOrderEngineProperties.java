package io.copyproof.semantics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.copyproof.config.Config;
import io.copyproof.engine.EngineResult;
import io.copyproof.engine.VerifyOptions;
import io.copyproof.explorer.Explorer;
import io.copyproof.explorer.Result;
import io.copyproof.generators.random.ConfigArbitraries;
import io.copyproof.result.Violation;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Partial-order reduction on random storage configurations, through the engine as the CLI runs it:
 * with the reduction on (and symmetry off, and on), the violated invariants and every reported trace
 * length equal the naive unreduced search's (the engine re-searches without the reduction, bounded
 * by the longest reduced trace, so its traces are truly shortest), and the reduced search never
 * stores more states than the full one.
 */
class PartialOrderEngineProperties {

    @Provide
    Arbitrary<Config> any() {
        return ConfigArbitraries.smallValidConfigs();
    }

    @Provide
    Arbitrary<Config> safe() {
        return ConfigArbitraries.safeConfigs();
    }

    @Property(tries = 80)
    void reducedEngineReportsTrulyShortestTraces(@ForAll("any") Config c, @ForAll boolean symmetry) {
        check(c, symmetry);
    }

    @Property(tries = 40)
    void reducedEngineReportsTrulyShortestTracesOnSafeConfigs(@ForAll("safe") Config c) {
        check(c, false);
    }

    private static void check(Config c, boolean symmetry) {
        Result full = Explorer.of(new StorageModel(c)).threads(1).exact(true).maxStates(60_000).run();
        Assume.that(full.complete() && full.stats().distinctStates() < 60_000);
        Result reduced = Explorer.of(new StorageModel(c)).threads(2).exact(true).partialOrder(true).run();
        assertTrue(reduced.stats().distinctStates() <= full.stats().distinctStates());
        NaiveSearch naive = NaiveSearch.of(new StorageModel(c));
        Map<String, Integer> want = new TreeMap<>();
        naive.violations.forEach((id, actions) -> want.put(id, actions.length));
        VerifyOptions o = new VerifyOptions(c.bounds(), 2, 10_000_000, Duration.ofMinutes(2), false, true, symmetry);
        EngineResult r = new ExplorerEngine().check(c, o);
        assertTrue(r.inconclusiveReason().isEmpty());
        Map<String, Integer> got = new TreeMap<>();
        for (Violation v : r.violations()) {
            got.put(v.id(), v.trace().size());
        }
        assertEquals(want, got, "violated invariants and shortest trace lengths");
    }
}
