package io.copyproof.repair;

import io.copyproof.config.ConfigLoader;
import io.copyproof.config.LoadResult;
import io.copyproof.engine.VerifyOptions;
import io.copyproof.fixtures.ExamplePins;
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

    static Verification verification() {
        return new Verification(Map.of("explorer", new SlicingEngine(new ExplorerEngine())), StaticRules::check,
                StaticRules.ids());
    }

    static RepairSearch search() {
        return new RepairSearch(verification(), "explorer", VerifyOptions.defaults(Bounds.DEFAULT).withThreads(1),
                RepairSearch.DEFAULT_MAX_CHANGES);
    }

    /** Every hazard example under examples/; its repair is pinned in {@link ExamplePins}. */
    static Stream<String> hazards() {
        return ExamplePins.hazards().stream();
    }

    static FixResult fix(String file) throws IOException {
        Path p = EXAMPLES.resolve(file);
        return search().fix(p.toString(), Files.readString(p));
    }

    @ParameterizedTest
    @MethodSource("hazards")
    void everyHazardGetsItsPinnedRepairAndTheRepairVerifies(String name) throws IOException {
        List<String> expected = ExamplePins.of(name + ".hazard.yaml").repairs().stream().map(Repair::describe).toList();
        FixResult r = fix(name + ".hazard.yaml");
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
