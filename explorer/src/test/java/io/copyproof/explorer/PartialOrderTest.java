package io.copyproof.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.copyproof.explorer.bench.BenchModels;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Partial-order reduction on small models with known answers: the visibility declaration keeps a
 * violation that only an interleaving shows, and pinned state counts of the local pit model (the
 * SPIN comparison of docs/benchmarks.md) with and without reduction, with the static and the
 * breadth-first cycle proviso, the same for 1, 2 and 4 threads.
 */
class PartialOrderTest {

    /**
     * Process 0 walks 0 -> 1 -> 2, process 1 steps 0 -> 1; "never (1, 1)" breaks only if process 1
     * moves while process 0 is at 1. Running process 0 alone (it is independent of process 1) would
     * miss it; its steps are visible to the invariant, so they are never explored alone.
     */
    @ParameterizedTest(name = "static proviso {0}, threads {1}")
    @CsvSource({"true, 1", "false, 1", "true, 2", "false, 4"})
    void visibleActionsAreNotExploredAlone(boolean staticProviso, int threads) {
        ProcessNetwork m = new ProcessNetwork(new int[] {3, 2}, new int[][][] {{{0, 1}, {1, 2}}, {{0, 1}}},
                new int[0][], new int[][] {{0, 1, 1, 1}}, staticProviso);
        Result r = Explorer.of(m).threads(threads).partialOrder(true).run();
        Trace t = r.trace("bad0");
        assertNotNull(t);
        assertEquals(2, t.length());
        Checks.assertValidTrace(m, t);
    }

    @ParameterizedTest(name = "pit({0},{1},{2}) watching {3}: {4} states, {5} reduced, {6} with the BFS proviso")
    @CsvSource({
            // per volume 110 states at (B, W) = (2, 3), 12 at (1, 2): their V-th power unreduced; SPIN 6.5.2
            // stores 4,688 at (3, 2, 3), as the static proviso does
            "2, 2, 3, -1, 12100, 764, 1854",
            "3, 2, 3, -1, 1331000, 4688, 29758",
            // watching volume 0: its writes and destages are visible, so it is never explored alone
            "2, 2, 3, 0, 12100, 764, 1854",
            "2, 1, 2, -1, 144, 23, 34"})
    void pinnedPitCounts(int volumes, int blocks, int writes, int watched, long full, long reduced, long bfs) {
        Model unreduced = BenchModels.pitLocal(volumes, blocks, writes, watched);
        assertEquals(full, count(unreduced, false, 2));
        if (full < 20_000) {
            assertEquals(full, Reference.of(unreduced).states(), "the naive search agrees");
        }
        for (int threads : new int[] {1, 2, 4}) {
            assertEquals(reduced, count(BenchModels.pitLocal(volumes, blocks, writes, watched, true), true, threads));
            assertEquals(bfs, count(BenchModels.pitLocal(volumes, blocks, writes, watched, false), true, threads));
        }
    }

    private static long count(Model m, boolean por, int threads) {
        Result r = Explorer.of(m).threads(threads).partialOrder(por).run();
        assertEquals(Status.VERIFIED, r.status());
        return r.stats().distinctStates();
    }
}
