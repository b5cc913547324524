package io.copyproof.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Distinct-state counts that can be derived by hand, and a classic protocol, for 1, 2 and 4 threads. */
class ExplorerCountsTest {

    @ParameterizedTest(name = "{0} counters to {1}, {2} threads, exact {3}")
    @CsvSource({
        "1, 0, 1, false", "1, 5, 2, true", "2, 3, 1, false", "3, 4, 2, false", "3, 4, 4, true",
        "4, 9, 1, false", "4, 9, 2, false", "4, 9, 4, false", "4, 9, 2, true", "6, 5, 2, false", "2, 300, 2, false"})
    void independentCountersReachKPlusOneToTheN(int n, int k, int threads, boolean exact) {
        Result r = Explorer.of(TestModels.counters(n, k, Long.MAX_VALUE)).threads(threads).exact(exact).run();
        assertEquals(Status.VERIFIED, r.status());
        assertEquals(StopReason.EXHAUSTED, r.stopReason());
        assertEquals((long) Math.pow(k + 1, n), r.stats().distinctStates());
        assertEquals((long) n * k, r.stats().maxDepth());
        // every state except those with a counter at k has one successor per counter below k
        assertEquals((long) n * k * (long) Math.pow(k + 1, n - 1), r.stats().transitions());
        assertEquals(List.of("sum below " + Long.MAX_VALUE), r.holds());
    }

    @ParameterizedTest(name = "{0} threads")
    @CsvSource({"1", "2", "4"})
    void countersShortestViolationIsTheSum(int threads) {
        Model m = TestModels.counters(3, 6, 10);
        Result r = Explorer.of(m).threads(threads).run();
        assertEquals(Status.VIOLATED, r.status());
        assertEquals(StopReason.ALL_VIOLATED, r.stopReason());
        Trace t = r.trace("sum below 10");
        assertEquals(10, t.length());
        Checks.assertValidTrace(m, t);
    }

    /** Peterson: 20 reachable states (pinned; also checked against the naive reference search). */
    @ParameterizedTest(name = "{0} threads, exact {1}")
    @CsvSource({"1, false", "2, true", "4, false"})
    void petersonHoldsWithPinnedStateCount(int threads, boolean exact) {
        Model m = TestModels.peterson(false);
        assertEquals(20, Reference.of(m).states());
        Result r = Explorer.of(m).threads(threads).exact(exact).run();
        assertEquals(Status.VERIFIED, r.status());
        assertEquals(20, r.stats().distinctStates());
        assertEquals(List.of("mutex"), r.holds());
        assertTrue(r.violations().isEmpty());
    }

    @ParameterizedTest(name = "{0} threads")
    @CsvSource({"1", "2", "4"})
    void brokenPetersonHasShortestCounterexample(int threads) {
        Model m = TestModels.peterson(true);
        Reference ref = Reference.of(m);
        Result r = Explorer.of(m).threads(threads).run();
        assertEquals(Status.VIOLATED, r.status());
        Trace t = r.trace("mutex");
        assertEquals(ref.shortestViolation[0], t.length());
        assertEquals(6, t.length());
        Checks.assertValidTrace(m, t);
        assertTrue(t.format(m).contains("p0.flag"));
    }

    /** Dining philosophers: counts pinned and equal to the naive reference search. */
    @ParameterizedTest(name = "{0} philosophers, {1} threads")
    @CsvSource({"3, 1, 14", "3, 2, 14", "5, 2, 82", "5, 4, 82", "8, 2, 1154"})
    void philosophersPinnedCounts(int n, int threads, long expected) {
        Model m = TestModels.philosophers(n);
        assertEquals(expected, Reference.of(m).states());
        Result r = Explorer.of(m).threads(threads).run();
        assertEquals(Status.VERIFIED, r.status());
        assertEquals(expected, r.stats().distinctStates());
        assertNull(r.trace("neighbours never eat together"));
    }

    @ParameterizedTest(name = "spill {0}")
    @CsvSource({"true", "false"})
    void traceLinksInHeapOrOnDiskGiveTheSameTrace(boolean spill) {
        Model m = TestModels.counters(2, 50, 60);
        Result r = Explorer.of(m).threads(2).spillTraceLinks(spill).run();
        assertEquals(60, r.trace("sum below 60").length());
        Checks.assertValidTrace(m, r.trace("sum below 60"));
    }
}
