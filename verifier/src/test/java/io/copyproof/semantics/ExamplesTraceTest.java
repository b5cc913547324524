package io.copyproof.semantics;

import io.copyproof.config.Config;
import io.copyproof.result.TraceStep;
import io.copyproof.result.Violation;
import io.copyproof.engine.EngineResult;
import io.copyproof.engine.VerifyOptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The expected shortest traces of docs/semantics.md §5 on the bundled examples, through the
 * {@link ExplorerEngine} (1 and 2 threads, reductions on and off) and the reference {@link NaiveSearch}.
 */
class ExamplesTraceTest {

    /** Expected violations per hazard: invariant -> "length: Event, Event, ..." (events only where unique). */
    static Stream<Arguments> hazards() {
        return Stream.of(
                Arguments.of("backend-snapshot-cached.hazard", Map.of(
                        "CS-PIT-COMPLETE", "2: HostWrite, BackendSnapshot",
                        "CS-PIT-ORDER", "4: HostWrite, HostWrite, Destage, BackendSnapshot")),
                Arguments.of("pit-target-holds-svc-data.hazard", Map.of(
                        "CS-TARGET-HOLDS-SVC-DATA", "1: BackendSnapshot",
                        "AV-VOLUME-ONLINE", "2: BackendSnapshot, PoolFault",
                        // the striped volumes over the target LUN cache reads: a stale read is reachable too
                        "CS-STALE-READ", "4: HostWrite, HostRead, BackendSnapshot, HostRead")),
                Arguments.of("managed-lun-suspended.hazard", Map.of(
                        "CS-MANAGED-LUN-SUSPENDED", "1: LunSuspend",
                        "AV-VOLUME-ONLINE", "1: LunSuspend")),
                Arguments.of("upgrade-concurrent-metro.hazard", Map.of(
                        "RC-SYNC", "3: UpgradeStart, UpgradeStart, PartnershipFault")),
                Arguments.of("upgrade-concurrent-global.hazard", Map.of(
                        "RC-SYNC", "3: UpgradeStart, UpgradeStart, PartnershipFault")),
                Arguments.of("upgrade-concurrent-metro-stress.hazard", Map.of(
                        "RC-SYNC", "3: UpgradeStart, UpgradeStart, PartnershipFault",
                        "AV-VOLUME-ONLINE", "5: UpgradeStart, UpgradeStart, NodeDown, NodeDown, HostWrite")),
                Arguments.of("partner-below-min-level.hazard", Map.of(
                        "UP-COMPATIBLE-LEVELS", "6: UpgradeStart, NodeDown, NodeUp, NodeDown, NodeUp, UpgradeCommit",
                        "RC-SYNC", "7: UpgradeStart, NodeDown, NodeUp, NodeDown, NodeUp, UpgradeCommit, PartnershipFault")),
                Arguments.of("stale-read-cached-target.hazard", Map.of(
                        "CS-STALE-READ", "4: HostWrite, HostRead, BackendSnapshot, HostRead")),
                Arguments.of("dr-host-writes-aux.hazard", Map.of(
                        "RC-SECONDARY-CONSISTENT", "1: HostWrite")),
                // incompatible levels in either order, relationships running: no operator steps
                Arguments.of("upgrade-stop-restart.hazard", Map.of(
                        "UP-COMPATIBLE-LEVELS", "6: UpgradeStart, NodeDown, NodeUp, NodeDown, NodeUp, UpgradeCommit",
                        "RC-SYNC", "7: UpgradeStart, NodeDown, NodeUp, NodeDown, NodeUp, UpgradeCommit, PartnershipFault")),
                Arguments.of("rc-consistency-groups.hazard", Map.of(
                        "RC-SECONDARY-CONSISTENT", "3: HostWrite, HostWrite, GlobalReplicate")),
                Arguments.of("host-single-path-upgrade.hazard", Map.of(
                        "AV-VOLUME-ONLINE", "2: UpgradeStart, NodeDown")),
                // issue 11: the wrong verdicts removed
                Arguments.of("pit-source-shared-pool.hazard", Map.of(
                        "CS-PIT-COMPLETE", "2: HostWrite, BackendSnapshot",
                        "CS-PIT-ORDER", "4: HostWrite, HostWrite, Destage, BackendSnapshot")),
                Arguments.of("pit-source-rc-secondary.hazard", Map.of(
                        "CS-PIT-COMPLETE", "2: HostWrite, BackendSnapshot",
                        "CS-PIT-ORDER", "4: HostWrite, HostWrite, Destage, BackendSnapshot")),
                Arguments.of("pit-target-rc-aux.hazard", Map.of(
                        "CS-TARGET-HOLDS-SVC-DATA", "1: BackendSnapshot")),
                Arguments.of("metro-secondary-suspended.hazard", Map.of(
                        "CS-MANAGED-LUN-SUSPENDED", "1: LunSuspend",
                        "RC-SYNC", "2: LunSuspend, HostWrite")),
                Arguments.of("intrasystem-aux-written.hazard", Map.of(
                        "RC-SECONDARY-CONSISTENT", "1: HostWrite")),
                // backend consistency groups: one BackendSnapshot takes both copies; their targets are one image
                Arguments.of("backend-group-cached-log.hazard", Map.of(
                        "CS-PIT-COMPLETE", "2: HostWrite, BackendSnapshot",
                        "CS-PIT-ORDER", "3: HostWrite, HostWrite, BackendSnapshot")),
                Arguments.of("backend-copies-taken-apart.hazard", Map.of()),
                Arguments.of("gmcv-cycles.hazard", Map.of(
                        "RC-SECONDARY-CONSISTENT", "4: HostWrite, HostWrite, CycleStart, CycleComplete")),
                // volume mirroring: pool_mirror goes offline with logs_vol; the mirrored app_vol stays online
                Arguments.of("mirrored-volume-pool-offline.hazard", Map.of(
                        "CS-TARGET-HOLDS-SVC-DATA", "1: BackendSnapshot",
                        "AV-VOLUME-ONLINE", "2: BackendSnapshot, PoolFault")),
                // volume mirroring: a snapshot of the image copy 1's LUN misses cached writes
                Arguments.of("mirrored-image-copy-snapshot.hazard", Map.of(
                        "CS-PIT-COMPLETE", "2: HostWrite, BackendSnapshot",
                        "CS-PIT-ORDER", "4: HostWrite, HostWrite, Destage, BackendSnapshot")),
                // volume mirroring: pool_a goes offline with logs_vol; app_vol fails over to copy 1
                Arguments.of("mirrored-volume-failover.hazard", Map.of(
                        "CS-TARGET-HOLDS-SVC-DATA", "1: BackendSnapshot",
                        "AV-VOLUME-ONLINE", "2: BackendSnapshot, PoolFault")),
                // static-only hazards: the exploration finds nothing
                Arguments.of("release-notes-stop-global.hazard", Map.of()),
                Arguments.of("unsupported-controller.hazard", Map.of()),
                Arguments.of("unsupported-controller-target.hazard", Map.of()));
    }

    static Map<String, String> viaEngine(Config c, int threads, boolean reductions) {
        VerifyOptions o = new VerifyOptions(c.bounds(), threads, 10_000_000, Duration.ofMinutes(2), false,
                reductions, reductions);
        EngineResult r = new ExplorerEngine().check(c, o);
        assertTrue(r.inconclusiveReason().isEmpty(), () -> r.inconclusiveReason().get());
        Map<String, String> out = new TreeMap<>();
        for (Violation v : r.violations()) {
            out.put(v.id(), v.trace().size() + ": " + String.join(", ", v.trace().stream().map(TraceStep::event).toList()));
        }
        return out;
    }

    static Map<String, String> viaNaive(Config c) {
        StorageModel m = new StorageModel(c);
        NaiveSearch s = NaiveSearch.of(m);
        Map<String, String> out = new TreeMap<>();
        s.violations.forEach((k, v) -> out.put(k, v.length + ": " + String.join(", ",
                Arrays.stream(v).mapToObj(StorageModel::eventName).toList())));
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hazards")
    void hazardShortestTraces(String example, Map<String, String> expected) {
        Config c = Examples.load(example);
        Map<String, String> want = new TreeMap<>(expected);
        assertEquals(want, viaNaive(c), "naive reference");
        for (int threads : new int[]{1, 2}) {
            for (boolean red : new boolean[]{false, true}) {
                // With several workers the explorer may report another of several equally short traces
                // (pit-target-holds-svc-data's stale read can destage instead of read first): only the
                // length is pinned there; one worker is deterministic and gives exactly these events.
                Map<String, String> got = viaEngine(c, threads, red);
                assertEquals(threads == 1 ? want : lengths(want), threads == 1 ? got : lengths(got),
                        "threads=" + threads + " reductions=" + red);
            }
        }
    }

    private static Map<String, String> lengths(Map<String, String> traces) {
        Map<String, String> out = new TreeMap<>();
        traces.forEach((id, t) -> out.put(id, t.substring(0, t.indexOf(':'))));
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"backend-snapshot-cached", "pit-target-holds-svc-data", "managed-lun-suspended",
            "upgrade-concurrent-metro", "upgrade-concurrent-global", "upgrade-concurrent-metro-stress",
            "partner-below-min-level", "stale-read-cached-target", "dr-host-writes-aux",
            "release-notes-stop-global", "unsupported-controller", "upgrade-stop-restart", "rc-consistency-groups", "host-single-path-upgrade",
            "pit-source-shared-pool", "pit-source-rc-secondary",
            "pit-target-rc-aux", "metro-secondary-suspended", "intrasystem-aux-written", "unsupported-controller-target",
            "backend-copies-taken-apart", "backend-group-cached-log", "gmcv-cycles", "mirrored-volume-pool-offline",
            "mirrored-image-copy-snapshot", "mirrored-volume-failover"})
    void safeTwinsVerify(String name) {
        Config c = Examples.load(name + ".safe");
        assertEquals(Map.of(), viaNaive(c));
        assertEquals(Map.of(), viaEngine(c, 2, true));
        assertEquals(Map.of(), viaEngine(c, 1, false));
    }

    @org.junit.jupiter.api.Test
    void violationReadsLikeAStorageEngineerWouldTellIt() {
        Config c = Examples.load("pit-target-holds-svc-data.hazard");
        EngineResult r = new ExplorerEngine().check(c, VerifyOptions.defaults(c.bounds()).withThreads(1));
        Map<String, Violation> byId = new LinkedHashMap<>();
        r.violations().forEach(v -> byId.put(v.id(), v));
        Violation av = byId.get("AV-VOLUME-ONLINE");
        assertEquals(List.of(1, 2), av.trace().stream().map(TraceStep::step).toList());
        assertEquals(Map.of("copy", "nightly_snap"), av.trace().get(0).args());
        assertEquals(Map.of("pool", "pool_data"), av.trace().get(1).args());
        assertEquals(List.of("pool_data"), av.blastRadius().orElseThrow().pools());
        assertEquals(List.of("app_vol1", "app_vol2"), av.blastRadius().orElseThrow().volumes());
        assertEquals(List.of("app_host"), av.blastRadius().orElseThrow().hosts());
        // the half of the rule's rationale that fits the cause: the pool, not the concurrent upgrade
        assertTrue(av.explanation().endsWith("a pool taken offline takes every striped or sequential volume in it offline."),
                av.explanation());
        assertFalse(av.explanation().contains("upgrad"), av.explanation());
        assertEquals("/backendCopies/0/target", av.path());
        assertTrue(av.location().line() > 0);
        // the PoolFault step changes only the MDisk, the pool and the volumes
        assertTrue(av.trace().get(1).changes().stream().allMatch(ch -> ch.actor().startsWith("mdisk:")
                || ch.actor().startsWith("pool:") || ch.actor().startsWith("volume:")), av.trace().get(1).changes().toString());
        Violation svc = byId.get("CS-TARGET-HOLDS-SVC-DATA");
        assertEquals("/backendCopies/0/target", svc.path());
        assertEquals(List.of("pool_data"), svc.blastRadius().orElseThrow().pools());
        assertEquals(r.assumptions().get(r.assumptions().size() - 1),
                "No counterexample within 2 writes per host, 2 blocks per volume, each backend copy and FlashCopy mapping taken once.");

        Config cached = Examples.load("backend-snapshot-cached.hazard");
        Violation pit = new ExplorerEngine().check(cached, VerifyOptions.defaults(cached.bounds()).withThreads(1))
                .violations().get(0);
        assertEquals("CS-PIT-COMPLETE", pit.id());
        TraceStep first = pit.trace().get(0);
        assertEquals(Map.of("host", "db_host", "volume", "db_vol", "block", 0), first.args());
        assertEquals("db_host writes version 1 (write 1 of db_host) to db_vol block 0; SVC_A io_grp0 caches it (dirty) "
                + "and acknowledges — the backend LUN lun_src does not have it yet", first.text());
        assertEquals(List.of("db_host", "db_vol"), List.of(first.args().get("host"), first.args().get("volume")));
        assertFalse(first.changes().isEmpty());
        assertTrue(first.changes().stream().noneMatch(ch -> ch.actor().startsWith("lun:")), first.changes().toString());
        assertTrue(pit.explanation().startsWith("The point-in-time copy nightly_snap on lun_tgt lacks write 1 of db_host"),
                pit.explanation());
    }

    @org.junit.jupiter.api.Test
    void aBudgetThatRunsOutIsInconclusive() {
        Config c = Examples.load("upgrade-concurrent-metro.safe");
        EngineResult r = new ExplorerEngine().check(c, new VerifyOptions(c.bounds(), 1, 100, Duration.ofMinutes(1),
                false, true, true));
        assertTrue(r.violations().isEmpty());
        assertTrue(r.inconclusiveReason().orElseThrow().contains("distinct-state budget"), r.inconclusiveReason().get());
        assertEquals("explorer", r.engine());
        assertEquals(9, r.checked().size());
        // partnered systems with no backend copy: the assumptions about backend copies are left out
        assertEquals(ExplorerEngine.assumptions(c, c.bounds()), r.assumptions());
        assertEquals(9, r.assumptions().size());
        assertTrue(r.assumptions().stream().noneMatch(a -> a.contains("backend copy target")), r.assumptions().toString());
    }

    /** The realistic example is statically clean; its exhaustive run is measured, not timed here. */
    @org.junit.jupiter.api.Test
    void realisticExampleIsStaticallyClean() {
        Config c = Examples.load("two-site-metro-realistic.safe");
        assertEquals(List.of(), io.copyproof.rules.StaticRules.check(c).stream()
                .filter(f -> f.severity() == io.copyproof.rules.Severity.ERROR).map(f -> f.id() + ": " + f.message()).toList());
        assertEquals(8, c.volumes().size());
        assertEquals(4, c.hosts().size());
    }
}
