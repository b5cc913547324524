package io.copyproof.slicing;

import io.copyproof.config.BackendCopy;
import io.copyproof.config.Config;
import io.copyproof.config.Host;
import io.copyproof.config.RemoteCopy;
import io.copyproof.config.Volume;
import io.copyproof.result.TraceStep;
import io.copyproof.result.Violation;
import io.copyproof.semantics.ExplorerEngine;
import io.copyproof.engine.EngineResult;
import io.copyproof.engine.VerifyOptions;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The slices of generated two-site configurations, their locations and the merged verdicts. */
class SlicerTest {
    private static final TwoSiteConfigs.Shape SHAPE = new TwoSiteConfigs.Shape(200, 20, 4, 10, false);

    @Test
    void everyInstanceIsInExactlyOneSliceAndHostsKeepOnlyTheSlicesVolumes() {
        Config whole = ScaleBench.load(TwoSiteConfigs.yaml(SHAPE), "two-site.yaml");
        List<Slice> slices = Slicer.slices(whole);
        Map<String, Integer> owner = new HashMap<>();
        for (Slice s : slices) {
            for (Volume v : s.config().volumes()) {
                assertEquals(null, owner.put("volume " + v.id(), 1), v.id() + " is in two slices");
            }
            s.config().backendCopies().forEach(c -> owner.merge("copy " + c.id(), 1, Integer::sum));
            s.config().remoteCopies().forEach(r -> owner.merge("rc " + r.id(), 1, Integer::sum));
            for (Host h : s.config().hosts()) {
                List<String> own = s.config().volumes().stream().map(Volume::id).toList();
                assertTrue(own.containsAll(h.volumes()), h.id() + " keeps a volume of another slice");
                assertFalse(h.volumes().isEmpty());
            }
        }
        for (Host h : whole.hosts()) {
            h.volumes().forEach(v -> assertTrue(owner.containsKey("volume " + v), v + " is in no slice"));
        }
        for (BackendCopy c : whole.backendCopies()) {
            assertEquals(1, owner.get("copy " + c.id()), c.id());
        }
        for (RemoteCopy r : whole.remoteCopies()) {
            assertEquals(1, owner.get("rc " + r.id()), r.id());
        }
        long distinct = slices.stream().map(Slice::key).distinct().count();
        assertTrue(distinct < slices.size() / 10, distinct + " distinct of " + slices.size());
    }

    /** One host's writes to masters in two consistency groups are judged together (RC-SECONDARY-CONSISTENT). */
    @Test
    void relationshipsWrittenByOneHostStayInOneSlice() throws java.io.IOException {
        String yaml = java.nio.file.Files.readString(java.nio.file.Path.of("..", "examples",
                "rc-consistency-groups.hazard.yaml"));
        Config whole = ScaleBench.load(yaml, "rc-consistency-groups.hazard.yaml");
        List<Slice> slices = Slicer.slices(whole);
        List<List<String>> rels = slices.stream()
                .map(sl -> sl.config().remoteCopies().stream().map(RemoteCopy::id).toList())
                .filter(l -> !l.isEmpty()).toList();
        assertEquals(List.of(List.of("rc_db", "rc_log")), rels);
        EngineResult r = new SlicingEngine(new ExplorerEngine()).check(whole,
                VerifyOptions.defaults(whole.bounds()).withThreads(1));
        assertEquals(Map.of("RC-SECONDARY-CONSISTENT", 3), r.violations().stream()
                .collect(Collectors.toMap(Violation::id, v -> v.trace().size())));
    }

    @Test
    void theHazardousTwinIsFoundWithShortestTracesLocatedInTheWholeFile() {
        Config whole = ScaleBench.load(TwoSiteConfigs.yaml(SHAPE.twin(true)), "two-site-hazard.yaml");
        EngineResult r = new SlicingEngine(new ExplorerEngine()).check(whole,
                VerifyOptions.defaults(whole.bounds()).withThreads(2));
        assertTrue(r.inconclusiveReason().isEmpty(), r.inconclusiveReason().toString());
        Map<String, Integer> lengths = r.violations().stream()
                .collect(Collectors.toMap(Violation::id, v -> v.trace().size()));
        assertEquals(Map.of("CS-PIT-COMPLETE", 2, "CS-PIT-ORDER", 4, "RC-SYNC", 3), lengths);
        assertTrue(r.slices().orElseThrow().total() > 100);
        for (Violation v : r.violations()) {
            // the pointer and line are those of the whole file, not of the slice's lists
            Object element = elementAt(whole, v.path());
            assertEquals(whole.locate(element).line(), v.location().line(), v.id() + " at " + v.path());
            for (TraceStep s : v.trace()) {
                assertEquals(whole.subjectOf(s.args()).map(whole::locate), s.location(), v.id() + " step " + s.step());
            }
        }
        Violation pit = r.violations().stream().filter(v -> v.id().equals("CS-PIT-COMPLETE")).findFirst().orElseThrow();
        assertTrue(pit.path().startsWith("/backendCopies/0"), pit.path());
    }

    @Test
    void aSliceWithoutAVerdictMakesTheWholeInconclusiveAndIsNamed() {
        Config whole = ScaleBench.load(TwoSiteConfigs.yaml(SHAPE), "two-site.yaml");
        VerifyOptions tiny = new VerifyOptions(whole.bounds(), 2, 1, java.time.Duration.ofMinutes(1), false, true, true);
        EngineResult r = new SlicingEngine(new ExplorerEngine()).check(whole, tiny);
        String reason = r.inconclusiveReason().orElseThrow();
        assertTrue(reason.contains("slices without a verdict: slice 1 of " + r.slices().orElseThrow().total()), reason);
        assertTrue(reason.contains("distinct-state budget"), reason);
        assertFalse(r.slices().orElseThrow().inconclusive().isEmpty());
    }

    @Test
    void slicesIdenticalUpToRenamingShareTheirCanonicalFormAndOthersDoNot() {
        Config whole = ScaleBench.load(TwoSiteConfigs.yaml(SHAPE), "two-site.yaml");
        Map<String, Slice> byVolume = new HashMap<>();
        for (Slice s : Slicer.slices(whole)) {
            s.config().volumes().forEach(v -> byVolume.put(v.id(), s));
        }
        // same pool, same I/O group, one volume each, different ids: the same form
        assertEquals(byVolume.get("vol2").key(), byVolume.get("vol6").key());
        // other pool and I/O group: another form
        assertNotEquals(byVolume.get("vol2").key(), byVolume.get("vol3").key());
        // a backend copy slice is not a plain volume's
        assertNotEquals(byVolume.get("vol2").key(), byVolume.get("db0").key());
    }

    @Test
    void pointersOfASliceAreRewrittenToTheWholeConfiguration() {
        Slice s = new Slice(ScaleBench.load(TwoSiteConfigs.yaml(SHAPE), "x.yaml"), "k", "l",
                Map.of("volumes", new int[] {17, 40}, "upgrade/steps", new int[] {1}));
        assertEquals("/volumes/40/cache", s.toWholePointer("/volumes/1/cache"));
        assertEquals("/volumes/17", s.toWholePointer("/volumes/0"));
        assertEquals("/upgrade/steps/1", s.toWholePointer("/upgrade/steps/0"));
        assertEquals("/upgrade/targetLevel", s.toWholePointer("/upgrade/targetLevel"));
        assertEquals("", s.toWholePointer(""));
    }

    @Test
    void assumptionListsMergeInTheirCommonOrder() {
        assertEquals(List.of("a", "b", "c", "d", "z"),
                SliceMerge.mergeOrdered(List.of(List.of("a", "c", "z"), List.of("a", "b", "c", "d", "z"))));
    }

    @Test
    void alloyClaimsOfEachSliceBecomeOneLineWithCounts() {
        List<String> merged = SliceMerge.perSliceClaims(List.of(
                List.of("Bounds: x.", "Alloy proved A, B by induction: tail.", "Alloy checked C on every run of up to 9.", "z"),
                List.of("Bounds: x.", "Alloy proved A by induction: tail.", "Alloy checked B, C on every run of up to 7.", "z")));
        assertEquals(4, merged.size(), merged.toString());
        assertEquals("Bounds: x.", merged.get(0));
        assertTrue(merged.get(1).endsWith("A in 2 of 2 slices, B in 1 of 2 slices."), merged.get(1));
        assertTrue(merged.get(2).endsWith("C in 2 of 2 slices, B in 1 of 2 slices."), merged.get(2));
        assertEquals("z", merged.get(3));
    }

    private static Object elementAt(Config c, String path) {
        String[] p = path.split("/");
        if (p[1].equals("upgrade")) {
            return c.upgrade().orElseThrow().steps().get(Integer.parseInt(p[3]));
        }
        int i = Integer.parseInt(p[2]);
        return switch (p[1]) {
            case "backendCopies" -> c.backendCopies().get(i);
            case "remoteCopies" -> c.remoteCopies().get(i);
            case "volumes" -> c.volumes().get(i);
            default -> throw new AssertionError("unexpected pointer " + path);
        };
    }
}
