package io.copyproof.semantics;

import io.copyproof.config.Config;
import io.copyproof.explorer.Explorer;
import io.copyproof.explorer.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Exact distinct-state counts: by hand for tiny configurations, pinned for the examples. */
class StateCountTest {

    /** One system, one host writing one striped volume over one managed MDisk. */
    static Config tiny(String cache, int w, int b) {
        return Examples.parse("""
                name: tiny
                systems:
                  - id: S
                    codeLevel: 8.5.0.6
                    ioGroups:
                      - {id: io_grp0, nodes: [n1, n2]}
                controllers:
                  - {id: c, model: any}
                luns:
                  - {id: l1, controller: c}
                pools:
                  - {id: p, system: S}
                mdisks:
                  - {id: m1, system: S, lun: l1, mode: managed, pool: p}
                volumes:
                  - {id: v, system: S, ioGroup: io_grp0, pool: p, type: striped, cache: %s}
                hosts:
                  - {id: h, volumes: [v]}
                bounds: {writesPerHost: %d, blocksPerVolume: %d, snapshotsPerCopy: 1}
                """.formatted(cache, w, b));
    }

    static long explorerCount(Config c, int threads, boolean por) {
        Result r = Explorer.of(new StorageModel(c)).threads(threads).exact(true).partialOrder(por).run();
        assertTrue(r.complete());
        return r.stats().distinctStates();
    }

    static long naiveCount(Config c) {
        return NaiveSearch.of(new StorageModel(c)).states();
    }

    @ParameterizedTest(name = "cache {0}, W={1}, B={2}: {3} states")
    @CsvSource({
            // write-through, W=2, B=1: written 0 / 1 / 2, the LUN holds the last write: 3 states
            "none, 2, 1, 3",
            // cached, W=2, B=1 (by hand): s0 = nothing written; write 1 -> s1 = cache (w1, dirty);
            // destage -> s2 = LUN w1, cache (w1, clean); write 2 from s1 -> s3 = cache (w2, dirty), LUN 0;
            // write 2 from s2 -> s4 = cache (w2, dirty), LUN w1; destage from s3 or s4 -> s5 = LUN w2,
            // cache (w2, clean): 6 states
            "readwrite, 2, 1, 6",
            // cached, W=1, B=2: s0; the write to block 0 or to block 1 (dirty); each destaged: 5 states
            "readwrite, 1, 2, 5",
            // write-through W=1 B=2: s0 and the write to block 0 or 1 (wloc differs): 3 states
            "none, 1, 2, 3"})
    void tinyCountsByHand(String cache, int w, int b, long expected) {
        Config c = tiny(cache, w, b);
        assertEquals(expected, naiveCount(c));
        assertEquals(expected, explorerCount(c, 1, false));
        assertEquals(expected, explorerCount(c, 2, false));
    }

    @ParameterizedTest(name = "{0}: {1} states, {2} with partial-order reduction")
    @CsvSource({
            "backend-snapshot-cached.hazard, 82, 82",
            "backend-snapshot-cached.safe, 24, 24",
            "stale-read-cached-target.hazard, 148, 140",
            "upgrade-concurrent-metro.safe, 2371, 1565",
            "pit-target-holds-svc-data.safe, 1656, 529"})
    void pinnedExampleCounts(String example, long full, long reduced) {
        Config c = Examples.load(example);
        assertEquals(full, naiveCount(c));
        assertEquals(full, explorerCount(c, 1, false));
        assertEquals(full, explorerCount(c, 2, false));
        assertEquals(reduced, explorerCount(c, 1, true));
        assertEquals(reduced, explorerCount(c, 2, true));
    }
}
