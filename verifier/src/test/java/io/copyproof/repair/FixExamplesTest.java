package io.copyproof.repair;

import io.copyproof.config.ConfigLoader;
import io.copyproof.config.LoadResult;
import io.copyproof.engine.VerifyOptions;
import io.copyproof.config.Bounds;
import io.copyproof.result.Verdict;
import io.copyproof.rules.StaticRules;
import io.copyproof.semantics.ExplorerEngine;
import io.copyproof.slicing.SlicingEngine;
import io.copyproof.verifier.Verification;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pins the repair {@code fix} returns for every hazard example: the repair itself, that the
 * repaired text verifies when loaded and verified again from scratch, and that it touches only
 * elements the violations and findings name (a new LUN it creates aside). Every safe twin needs
 * no repair.
 */
class FixExamplesTest {
    static final Path EXAMPLES = Path.of("..", "examples");

    /** The repair of each hazard example, as {@link Repair#describe()} says it; empty: none in the catalog. */
    static final Map<String, List<String>> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put("backend-snapshot-cached", List.of("set the cache of volume 'db_vol' to none"));
        EXPECTED.put("dr-host-writes-aux", List.of(new Repair.ReadOnlyMapping("dr_host").describe()));
        EXPECTED.put("managed-lun-suspended", List.of(new Repair.NoSuspend("clone_src").describe()));
        EXPECTED.put("partner-below-min-level", List.of(new Repair.OrderSteps("SVC_B", "SVC_A").describe()));
        EXPECTED.put("pit-target-holds-svc-data",
                List.of(new Repair.Retarget("nightly_snap", "lun_data2_fresh", "ds8k_1").describe()));
        EXPECTED.put("mirrored-volume-pool-offline",
                List.of(new Repair.Retarget("nightly_snap", "lun_m3_fresh", "ds8k_1").describe()));
        EXPECTED.put("release-notes-stop-global",
                List.of(new Repair.StopAround("rc_db", List.of("SVC_A", "SVC_B")).describe()));
        EXPECTED.put("stale-read-cached-target", List.of("set the cache of volume 'tgt_vol' to none"));
        EXPECTED.put("unsupported-controller", List.of());
        EXPECTED.put("upgrade-stop-restart",
                List.of(new Repair.StopAround("rc_db", List.of("SVC_A", "SVC_B")).describe()));
        EXPECTED.put("upgrade-concurrent-global", List.of(new Repair.OrderSteps("SVC_A", "SVC_B").describe()));
        EXPECTED.put("upgrade-concurrent-metro", List.of(new Repair.OrderSteps("SVC_A", "SVC_B").describe()));
        EXPECTED.put("upgrade-concurrent-metro-stress", List.of(new Repair.OrderSteps("SVC_A", "SVC_B").describe()));
        // issue 11's examples
        EXPECTED.put("pit-source-shared-pool", List.of("set the cache of volume 'db_vol' to none"));
        EXPECTED.put("pit-source-rc-secondary", List.of("set the cache of volume 'db_dr' to none"));
        EXPECTED.put("backend-group-cached-log", List.of("set the cache of volume 'log_vol' to none"));
        EXPECTED.put("unsupported-controller-target",
                List.of(new Repair.Retarget("dr_replica", "lun_dr_fresh", "midrange_dr").describe()));
        EXPECTED.put("pit-target-rc-aux",
                List.of(new Repair.Retarget("refresh_snap", "lun_b_dr_fresh", "ds8k_site_b").describe()));
        EXPECTED.put("metro-secondary-suspended", List.of(new Repair.NoSuspend("dr_snap").describe()));
        EXPECTED.put("intrasystem-aux-written", List.of(new Repair.ReadOnlyMapping("test_host").describe()));
        // the writing host keeps writing: the copies (relationships) are taken (replicated) together instead
        EXPECTED.put("backend-copies-taken-apart",
                List.of(new Repair.JoinCopyGroup(List.of("snap_db", "snap_log"), "cg_snap_db").describe()));
        EXPECTED.put("rc-consistency-groups", List.of(new Repair.JoinRcGroup(List.of("rc_db"), "cg_log").describe()));
        EXPECTED.put("gmcv-cycles", List.of(new Repair.JoinRcGroup(List.of("rc_db"), "cg_log").describe()));
        // the single-path host is zoned to the other node of its I/O group too
        EXPECTED.put("host-single-path-upgrade", List.of(new Repair.AddPath("backup_host", "A_node2").describe()));
        // volume mirroring: the cache of the mirrored volume whose image copy 1 is snapshotted; a fresh snapshot target
        EXPECTED.put("mirrored-image-copy-snapshot", List.of("set the cache of volume 'db_vol' to none"));
        EXPECTED.put("mirrored-volume-failover",
                List.of(new Repair.Retarget("nightly_snap", "lun_a3_fresh", "ds8k_1").describe()));
    }

    static Verification verification() {
        return new Verification(Map.of("explorer", new SlicingEngine(new ExplorerEngine())), StaticRules::check,
                StaticRules.ids());
    }

    static RepairSearch search() {
        return new RepairSearch(verification(), "explorer", VerifyOptions.defaults(Bounds.DEFAULT).withThreads(1),
                RepairSearch.DEFAULT_MAX_CHANGES);
    }

    static Stream<String> hazards() throws IOException {
        try (Stream<Path> s = Files.list(EXAMPLES)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".hazard.yaml"))
                    .map(n -> n.substring(0, n.length() - ".hazard.yaml".length())).sorted().toList().stream();
        }
    }

    static FixResult fix(String file) throws IOException {
        Path p = EXAMPLES.resolve(file);
        return search().fix(p.toString(), Files.readString(p));
    }

    @ParameterizedTest
    @MethodSource("hazards")
    void everyHazardGetsItsPinnedRepairAndTheRepairVerifies(String name) throws IOException {
        assertTrue(EXPECTED.containsKey(name), "no repair pinned for the hazard example " + name);
        FixResult r = fix(name + ".hazard.yaml");
        List<String> expected = EXPECTED.get(name);
        assertEquals(expected, r.repairs().stream().map(a -> a.repair().describe()).toList());
        if (expected.isEmpty()) {
            assertEquals(FixResult.Status.NO_REPAIR, r.status());
            assertEquals(1, r.exitCode());
            assertTrue(!r.unrepaired().isEmpty() && !r.unrepaired().get(0).resisting().isEmpty());
            return;
        }
        assertEquals(FixResult.Status.REPAIRED, r.status());
        assertEquals(Verdict.VERIFIED, r.repaired().orElseThrow().verdict());
        // the repaired text, loaded and verified from scratch
        LoadResult again = ConfigLoader.parse(r.original().file(), r.repairedText());
        assertTrue(again instanceof LoadResult.Loaded, () -> again.toString());
        assertEquals(Verdict.VERIFIED, verification().verify(again, "explorer",
                VerifyOptions.defaults(Bounds.DEFAULT).withThreads(1)).verdict());
        Set<String> involved = new HashSet<>();
        RepairSearch.targets(((LoadResult.Loaded) again).config(), r.original())
                .forEach(t -> involved.addAll(t.elements()));
        // a relationship (a backend copy) is involved when a volume (a LUN) or the group it serves is
        io.copyproof.config.Config c = ((LoadResult.Loaded) again).config();
        c.remoteCopies().stream().filter(rc -> involved.contains(rc.master()) || involved.contains(rc.aux())
                || involved.contains(io.copyproof.config.Derived.groupName(rc))).forEach(rc -> involved.add(rc.id()));
        for (FixResult.AppliedRepair a : r.repairs()) {
            for (String e : a.repair().elements()) {
                boolean created = a.repair() instanceof Repair.Retarget rt && rt.freshLun().equals(e);
                assertTrue(created || involved.contains(e), e + " is not involved in " + involved);
            }
            assertEquals(RepairSearch.remaining(r.original()), a.restores());
        }
    }

    @ParameterizedTest
    @MethodSource("hazards")
    void everySafeTwinNeedsNoRepair(String name) throws IOException {
        FixResult r = fix(name + ".safe.yaml");
        assertEquals(FixResult.Status.NOTHING_TO_FIX, r.status());
        assertEquals(0, r.exitCode());
        assertTrue(r.repairs().isEmpty());
    }

    /** Remedies are printed only as verified repairs: no finding message gives advice of its own. */
    @ParameterizedTest
    @MethodSource("hazards")
    void noFindingMessageCarriesAnUnverifiedRemedy(String name) throws IOException {
        for (String variant : List.of(".hazard.yaml", ".safe.yaml")) {
            FixResult r = fix(name + variant);
            for (io.copyproof.rules.Finding f : r.original().findings()) {
                for (String advice : List.of("; set ", "; use ", "; add ", "; stop ", "; keep ", "; upgrade ",
                        "; raise ", "; map ", "; reverse ", "instead ", "add 'after")) {
                    assertTrue(!f.message().contains(advice), f.id() + " advises (" + advice.trim() + "): "
                            + f.message());
                }
            }
        }
    }

    /**
     * Two hazards in one cone (the snapshot's source and target volumes both cached) need two
     * changes: the search returns both, and no single repair of the whole catalog suffices.
     */
    @org.junit.jupiter.api.Test
    void twoHazardsInOneConeTakeTwoChangesAndNoSingleRepairSuffices() throws IOException {
        String text = Files.readString(EXAMPLES.resolve("stale-read-cached-target.hazard.yaml"))
                .replace("mdisk: md_src, cache: none}", "mdisk: md_src, cache: readwrite}");
        String file = "both-cached.yaml";
        FixResult r = search().fix(file, text);
        assertEquals(FixResult.Status.REPAIRED, r.status());
        assertEquals(List.of("set the cache of volume 'db_vol' to none", "set the cache of volume 'tgt_vol' to none"),
                r.repairs().stream().map(a -> a.repair().describe()).toList());
        io.copyproof.config.Config c = ((LoadResult.Loaded) ConfigLoader.parse(file, text)).config();
        List<Repair> catalog = Candidates.of(c, Cones.ids(c));
        assertTrue(catalog.size() > 2);
        for (Repair one : catalog) {
            assertTrue(search().verifyWith(c, text, List.of(one)).map(v -> v.verdict() != Verdict.VERIFIED)
                    .orElse(true), one.describe());
        }
    }

    /** A partner the plan leaves below the release notes' minimum: its upgrade step is added, first. */
    @org.junit.jupiter.api.Test
    void aPartnerLeftBehindGetsItsOwnUpgradeStepFirst() throws IOException {
        String text = Files.readString(EXAMPLES.resolve("partner-below-min-level.hazard.yaml"))
                .replace("    - {system: SVC_B, after: [SVC_A]}\n", "");
        FixResult r = search().fix("partner-left.yaml", text);
        assertEquals(FixResult.Status.REPAIRED, r.status());
        assertEquals(List.of(new Repair.AddStep("SVC_B", java.util.Optional.of("SVC_A")).describe()),
                r.repairs().stream().map(a -> a.repair().describe()).toList());
        assertTrue(r.repairedText().contains("    - {system: SVC_A, after: [SVC_B]}\n    - {system: SVC_B}\n"),
                r.repairedText());
    }
}
