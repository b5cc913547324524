package io.copyproof.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Budgets stop the search cleanly with statistics and never report VERIFIED. */
class BudgetTest {

    private static final Model BIG = TestModels.counters(3, 99, Long.MAX_VALUE); // 10^6 states

    @ParameterizedTest(name = "{0} threads")
    @CsvSource({"1", "2", "4"})
    void maxStatesIsInconclusive(int threads) {
        Result r = Explorer.of(BIG).threads(threads).maxStates(10_000).run();
        assertEquals(Status.INCONCLUSIVE, r.status());
        assertEquals(StopReason.STATE_LIMIT, r.stopReason());
        assertFalse(r.complete());
        assertTrue(r.holds().isEmpty());
        assertEquals(List.of("sum below " + Long.MAX_VALUE), r.unresolved());
        assertTrue(r.stats().distinctStates() > 10_000);
        assertTrue(r.stats().distinctStates() < 100_000);
    }

    @Test
    void exactlyMaxStatesIsStillComplete() {
        Result r = Explorer.of(TestModels.counters(2, 9, Long.MAX_VALUE)).maxStates(100).run();
        assertEquals(Status.VERIFIED, r.status());
    }

    @Test
    void allInvariantsViolatedStopsEarlyAndIsComplete() {
        Model m = TestModels.counters(3, 99, 3);
        Result r = Explorer.of(m).maxStates(50).run();
        assertEquals(Status.VIOLATED, r.status());
        Checks.assertValidTrace(m, r.trace("sum below 3"));
        assertEquals(StopReason.ALL_VIOLATED, r.stopReason());
        assertTrue(r.complete());
    }

    @Test
    void violationFoundBeforeTheBudgetRanOutIsReportedAsIncomplete() {
        Model m = TestModels.publishers(4, 3, 1); // "counter below 1" breaks at depth 4; 625 states
        Result r = Explorer.of(m).threads(2).maxStates(200).run();
        assertEquals(Status.VIOLATED, r.status());
        assertEquals(StopReason.STATE_LIMIT, r.stopReason());
        assertFalse(r.complete());
        assertEquals(4, r.trace("counter below 1").length());
        Checks.assertValidTrace(m, r.trace("counter below 1"));
        assertEquals(List.of("counter at most n"), r.unresolved());
        assertTrue(r.holds().isEmpty());
    }

    @Test
    void printingProgressListenerWritesOneLinePerReport() {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        java.io.PrintStream out = new java.io.PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8);
        ProgressListener.printingTo(out).onProgress(new Progress(1234, 56, 7, 2.5e6, 300L << 20, 3.0));
        assertEquals("explorer: 1234 distinct, 56 queued, depth 7, 2.50M states/s, heap 300 MiB, 3.0 s"
                + System.lineSeparator(), bytes.toString(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void maxDepthIsInconclusiveWhenDeeperStatesExist() {
        Result r = Explorer.of(TestModels.counters(2, 9, Long.MAX_VALUE)).maxDepth(5).run();
        assertEquals(Status.INCONCLUSIVE, r.status());
        assertEquals(StopReason.DEPTH_LIMIT, r.stopReason());
        assertEquals(21, r.stats().distinctStates()); // sum <= 5
        assertEquals(5, r.stats().maxDepth());
        Result exact = Explorer.of(TestModels.counters(2, 9, Long.MAX_VALUE)).maxDepth(18).run();
        assertEquals(Status.VERIFIED, exact.status());
        assertEquals(100, exact.stats().distinctStates());
    }

    @ParameterizedTest(name = "{0} threads")
    @CsvSource({"1", "2"})
    void timeLimitWithAFakeClock(int threads) {
        AtomicLong now = new AtomicLong();
        Ticker fake = () -> now.addAndGet(1_000_000); // every read advances 1 ms
        Result r = Explorer.of(BIG).threads(threads).clock(fake).timeLimit(Duration.ofMillis(20)).run();
        assertEquals(Status.INCONCLUSIVE, r.status());
        assertEquals(StopReason.TIME_LIMIT, r.stopReason());
        assertTrue(r.stats().distinctStates() < 1_000_000);
        assertTrue(r.stats().seconds() > 0.019);
    }

    @ParameterizedTest(name = "{0} threads, exact {1}")
    @CsvSource({"1, false", "2, true"})
    void memoryBudgetStopsCleanly(int threads, boolean exact) {
        Result r = Explorer.of(BIG).threads(threads).exact(exact).memoryBudget(4L << 20).run();
        assertEquals(Status.INCONCLUSIVE, r.status());
        assertEquals(StopReason.MEMORY_LIMIT, r.stopReason());
        assertTrue(r.stats().distinctStates() > 1000);
        assertTrue(r.stats().bytesPerState() > 0);
    }

    @Test
    void fullRunWithGrowthReportsStatsAndProgress() {
        List<Progress> reports = new ArrayList<>();
        AtomicLong now = new AtomicLong();
        Result r = Explorer.of(BIG).threads(2).clock(() -> now.addAndGet(100_000))
                .progress(p -> {
                    synchronized (reports) {
                        reports.add(p);
                    }
                }, Duration.ofMillis(1)).run();
        assertEquals(Status.VERIFIED, r.status());
        assertEquals(1_000_000, r.stats().distinctStates());
        assertEquals(297, r.stats().maxDepth());
        assertTrue(r.stats().bytesPerState() <= 16, "bytes per state " + r.stats().bytesPerState());
        assertTrue(r.stats().collisionProbability() > 0 && r.stats().collisionProbability() < 1e-6);
        assertTrue(r.stats().peakHeapBytes() > 0);
        assertFalse(reports.isEmpty());
        assertNotNull(reports.get(0).format());
    }

    @Test
    void modelExceptionsPropagate() {
        Model bad = new Model() {
            @Override
            public int stateWords() {
                return 1;
            }

            @Override
            public void initialStates(StateSink out) {
                out.accept(new long[1]);
            }

            @Override
            public void successors(long[] state, Successors out) {
                if (state[0] == 3) {
                    throw new IllegalArgumentException("boom");
                }
                out.begin()[0]++;
                out.emit(0);
            }

            @Override
            public List<Invariant> invariants() {
                return List.of();
            }
        };
        for (int threads : new int[] {1, 3}) {
            assertEquals("boom", assertThrows(IllegalArgumentException.class,
                    () -> Explorer.of(bad).threads(threads).run()).getMessage());
        }
    }
}
