package io.copyproof.semantics;

import io.copyproof.config.Config;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.copyproof.semantics.StateLayout.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Volume mirroring in the explorer (docs/semantics.md §7.2): writes reach every copy that can take
 * them, a copy that misses one is out of sync, the volume stays online and reads fail over while one
 * in-sync copy is online, and the point-in-time invariants judge copy 1's LUN positions like copy 0's.
 */
class VolumeMirroringSemanticsTest {

    /**
     * Volume v: copy 0 image on m0 (LUN l0, pool p0), copy 1 image on m1 (LUN l1, pool p1); host h
     * writes it; {@code copies} is the backendCopies section.
     */
    static Config mirrored(String cache, String copies, int writes) {
        return Examples.parse("""
                name: mirror
                systems:
                  - {id: A, codeLevel: 8.5.0.6, ioGroups: [{id: io0, nodes: [a1, a2]}]}
                controllers:
                  - {id: c, model: DS8886, nativeCopy: {pointInTime: true, replication: true, supportedUnderVirtualization: true}}
                luns:
                  - {id: l0, controller: c}
                  - {id: l1, controller: c}
                  - {id: snap, controller: c}
                pools:
                  - {id: p0, system: A}
                  - {id: p1, system: A}
                mdisks:
                  - {id: m0, system: A, lun: l0, mode: image, pool: p0}
                  - {id: m1, system: A, lun: l1, mode: image, pool: p1}
                volumes:
                  - id: v
                    system: A
                    ioGroup: io0
                    pool: p0
                    type: image
                    mdisk: m0
                    cache: %s
                    copies:
                      - {pool: p0, type: image, mdisk: m0}
                      - {pool: p1, type: image, mdisk: m1}
                hosts:
                  - {id: h, volumes: [v]}
                  - {id: reader, luns: [snap]}
                %s
                bounds: {writesPerHost: %d, blocksPerVolume: 1, snapshotsPerCopy: 1}
                """.formatted(cache, copies, writes));
    }

    private static long[] step(StorageModel m, long[] s, String action) {
        Map<String, long[]> next = m.successorsByName(s);
        long[] n = next.get(action);
        assertNotNull(n, () -> action + " not enabled; enabled: " + next.keySet());
        return n;
    }

    private static int onLun(StorageModel m, long[] s, int lun, int pos) {
        return get(s, m.L.lun[lun][pos]);
    }

    @Test
    void aWriteThroughWriteReachesBothCopies() {
        StorageModel m = new StorageModel(mirrored("none", "", 1));
        long[] s = step(m, m.initialState(), "HostWrite(h, v, 0)");
        int x = m.t.value(0, 1);
        assertEquals(x, onLun(m, s, 0, 0), "copy 0 on l0");
        assertEquals(x, onLun(m, s, 1, 0), "copy 1 on l1");
    }

    @Test
    void aDestageWritesBothCopiesWhileBothAreOnline() {
        StorageModel m = new StorageModel(mirrored("readwrite", "", 1));
        long[] s = step(m, m.initialState(), "HostWrite(h, v, 0)");
        assertEquals(0, onLun(m, s, 1, 0), "a cached write waits in the cache");
        s = step(m, s, "Destage(v, 0)");
        assertEquals(m.t.value(0, 1), onLun(m, s, 0, 0));
        assertEquals(m.t.value(0, 1), onLun(m, s, 1, 0));
    }

    /** A backend copy that suspends copy 1's LUN: destage writes copy 0 only, and copy 1 is out of sync. */
    @Test
    void aDestageWhileCopyOneIsSuspendedWritesCopyZeroOnlyAndCopyOneGoesStale() {
        StorageModel m = new StorageModel(mirrored("readwrite",
                "backendCopies: [{id: k, type: pointInTime, source: l1, target: snap, suspendsSource: true}]", 1));
        long[] s = step(m, m.initialState(), "HostWrite(h, v, 0)");
        s = step(m, s, "LunSuspend(k)");
        assertTrue(m.volumeOnline(s, 0), "online through copy 0");
        long[] before = s;
        s = step(m, s, "Destage(v, 0)");
        assertEquals(m.t.value(0, 1), onLun(m, s, 0, 0));
        assertEquals(0, onLun(m, s, 1, 0), "the suspended copy missed the write");
        String text = new Narrator(m).text(StorageModel.action(io.copyproof.vocabulary.Event.DESTAGE, 0, 0, 0), before, s);
        assertTrue(text.contains("to the backend LUN l0 (copy 0; copy 1's LUN l1 is offline: copy 1 goes out of sync)"), text);
        assertEquals(1, get(s, m.L.stale[0][1]));
        s = step(m, s, "BackendSnapshot(k)");
        s = step(m, s, "LunResume(k)");
        assertTrue(m.copyOnline(s, 0, 1) && !m.copyUsable(s, 0, 1), "back online, but out of sync: not read");
        assertFalse(m.readsCopy1(s, 0));
    }

    /** Copy 0's LUN suspended: the volume stays online and reads (logical) fail over to copy 1. */
    @Test
    void readsFailOverToCopyOneWhileCopyZeroIsOffline() {
        StorageModel m = new StorageModel(mirrored("none",
                "backendCopies: [{id: k, type: pointInTime, source: l0, target: snap, suspendsSource: true}]", 2));
        long[] s = step(m, m.initialState(), "HostWrite(h, v, 0)");
        s = step(m, s, "LunSuspend(k)");
        assertTrue(m.volumeOnline(s, 0));
        assertTrue(m.readsCopy1(s, 0));
        s = step(m, s, "HostWrite(h, v, 0)");
        int second = m.t.value(0, 2);
        assertEquals(second, onLun(m, s, 1, 0), "the write went to copy 1 alone");
        assertEquals(m.t.value(0, 1), onLun(m, s, 0, 0));
        assertEquals(second, m.logical(s, 0, 0), "logical reads copy 1");
        assertEquals(1, get(s, m.L.stale[0][0]));
    }

    /** Once copy 1 missed a write, copy 0 going offline takes the volume offline: no in-sync copy is left. */
    @Test
    void theVolumeGoesOfflineWhenTheOnlyOnlineCopyIsStale() {
        StorageModel m = new StorageModel(mirrored("none", """
                backendCopies:
                  - {id: k1, type: pointInTime, source: l1, target: snap, suspendsSource: true}
                  - {id: k0, type: replication, source: l0, target: snap, suspendsSource: true}
                """, 1));
        long[] s = step(m, m.initialState(), "LunSuspend(k1)");
        s = step(m, s, "HostWrite(h, v, 0)");
        s = step(m, s, "BackendSnapshot(k1)");
        s = step(m, s, "LunResume(k1)");
        assertTrue(m.volumeOnline(s, 0));
        s = step(m, s, "LunSuspend(k0)");
        assertFalse(m.volumeOnline(s, 0), "copy 0 offline, copy 1 out of sync");
    }

    /** A cached write missing from copy 1's position is incomplete in a snapshot of copy 1's LUN; write-through is complete. */
    @Test
    void pointInTimeChecksJudgeCopyOnesPositions() {
        String snap = "backendCopies: [{id: k, type: pointInTime, source: l1, target: snap}]";
        assertEquals(Map.of("CS-PIT-COMPLETE", "2: HostWrite, BackendSnapshot"),
                ExamplesTraceTest.viaNaive(mirrored("readwrite", snap, 1)));
        assertEquals(Map.of(), ExamplesTraceTest.viaNaive(mirrored("none", snap, 2)));
        assertEquals(Map.of("CS-PIT-COMPLETE", "2: HostWrite, BackendSnapshot"),
                ExamplesTraceTest.viaEngine(mirrored("readwrite", snap, 1), 2, true));
    }

    /** A copy 1 that missed a write (its LUN was suspended) is incomplete in its own snapshot. */
    @Test
    void aSnapshotOfAStaleCopyIsIncomplete() {
        Config c = mirrored("none",
                "backendCopies: [{id: k, type: pointInTime, source: l1, target: snap, suspendsSource: true}]", 1);
        Map<String, String> found = ExamplesTraceTest.viaNaive(c);
        assertEquals("3: LunSuspend, HostWrite, BackendSnapshot", found.get("CS-PIT-COMPLETE"));
        assertEquals("1: LunSuspend", found.get("CS-MANAGED-LUN-SUSPENDED"));
    }

    /** Reports on a mirrored configuration state the abstraction (no resynchronization); others do not. */
    @Test
    void reportsStateTheMirrorAbstractionOnlyWithAMirror() {
        String sentence = "resynchronization is not modelled";
        assertTrue(io.copyproof.vocabulary.Assumption.statedFor(mirrored("none", "", 1), io.copyproof.config.Bounds.DEFAULT)
                .stream().anyMatch(a -> a.contains(sentence)));
        assertFalse(io.copyproof.vocabulary.Assumption.statedFor(Examples.load("backend-snapshot-cached.hazard"),
                io.copyproof.config.Bounds.DEFAULT).stream().anyMatch(a -> a.contains(sentence)));
    }

    /** Small mirrored models, counted by the naive search and the explorer with and without reductions. */
    @Test
    void pinnedMirroredCounts() {
        Config cached = mirrored("readwrite",
                "backendCopies: [{id: k, type: pointInTime, source: l1, target: snap, suspendsSource: true}]", 2);
        long full = StateCountTest.naiveCount(cached);
        assertEquals(MIRRORED_CACHED_SUSPENDED, full);
        assertEquals(full, StateCountTest.explorerCount(cached, 2, false));
        assertEquals(full, StateCountTest.explorerCount(cached, 2, false, true), "mirrored blocks are never opaque");
        Config thru = mirrored("none", "backendCopies: [{id: k, type: pointInTime, source: l1, target: snap}]", 2);
        assertEquals(MIRRORED_WRITE_THROUGH, StateCountTest.naiveCount(thru));
        assertEquals(MIRRORED_WRITE_THROUGH, StateCountTest.explorerCount(thru, 1, true, true));
    }

    static final long MIRRORED_CACHED_SUSPENDED = 60;
    // by hand: (written 0..2) x (snapshot not taken, or taken holding one of the written+1 values): 2 + 3 + 4
    static final long MIRRORED_WRITE_THROUGH = 9;
}
