package io.copyproof.alloy;

import io.copyproof.config.Bounds;
import io.copyproof.config.Config;
import io.copyproof.config.ConfigLoader;
import io.copyproof.config.LoadResult;
import io.copyproof.fixtures.Configs;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Golden-file tests of the generator over every bundled example. A golden file holds the part of
 * the model after the inlined library (the configuration and the checks); the library itself is
 * checked to be inlined verbatim. Regenerate with {@code -Dcopyproof.golden.update=true}.
 */
class AlloyGeneratorTest {
    private static final Path EXAMPLES = Path.of("../examples");
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final String MARKER = "-- The configuration\n";

    static Config load(Path p) {
        LoadResult r = ConfigLoader.load(p);
        if (r instanceof LoadResult.Loaded l) {
            return l.config();
        }
        throw new AssertionError("invalid example " + p + ": " + ((LoadResult.Invalid) r).errors());
    }

    static List<Path> examples() throws IOException {
        try (Stream<Path> s = Files.list(EXAMPLES)) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyExampleMatchesItsGoldenFile() throws IOException {
        boolean update = Boolean.getBoolean("copyproof.golden.update");
        return examples().stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            String text = AlloyGenerator.generate(load(p));
            String tail = text.substring(text.indexOf(MARKER));
            String name = p.getFileName().toString().replaceFirst("\\.yaml$", ".als");
            Path golden = GOLDEN.resolve(name);
            if (update) {
                Files.createDirectories(GOLDEN);
                Files.writeString(golden, tail, StandardCharsets.UTF_8);
            }
            assertTrue(Files.exists(golden), "no golden file " + golden + " (run with -Dcopyproof.golden.update=true)");
            assertEquals(Files.readString(golden, StandardCharsets.UTF_8), tail, "golden " + name);
        }));
    }

    @Test
    void inlinesTheLibraryVerbatimWithoutItsModuleLine() {
        String text = AlloyGenerator.generate(Configs.parse(Configs.SAMPLE));
        String lib = AlloyGenerator.library();
        String body = lib.substring(lib.indexOf('\n') + 1);
        assertTrue(text.contains(body));
        assertFalse(text.lines().anyMatch(l -> l.startsWith("module ")));
        assertTrue(text.startsWith("-- Alloy 6 model of the copyproof configuration 'sample'"));
    }

    @Test
    void isDeterministic() {
        Config c = Configs.parse(Configs.SAMPLE);
        assertEquals(AlloyGenerator.generate(c), AlloyGenerator.generate(Configs.parse(Configs.SAMPLE)));
    }

    @Test
    void oneCheckPerInvariantWithTheStepsBound() {
        Config c = Configs.parse(Configs.SAMPLE);
        AlloyModel m = AlloyGenerator.model(c, c.bounds(), 7);
        assertEquals(9, m.checks().size());
        // per invariant a bounded and an inductive check, and one inductive check of all of them
        assertEquals(19, m.text().lines().filter(l -> l.startsWith("check ")).count());
        assertEquals(1, m.text().lines().filter(l -> l.startsWith("run " + AlloyModel.INITIAL_STATE + " for ")
                && l.endsWith(", 1..1 steps")).count());
        assertTrue(m.text().lines().anyMatch(l -> l.startsWith("check " + AlloyModel.ALL_INDUCTIVE + " for ")
                && l.endsWith(", 2..2 steps")));
        assertTrue(m.text().contains("check CS_PIT_COMPLETE for "));
        assertTrue(m.stepsBound().steps() <= 7);
        for (AlloyModel.Check check : m.checks()) {
            int k = m.stepsBound().alloyStates(check.invariantId());
            assertTrue(k >= 1 && k <= 8);
            assertTrue(m.text().contains("check " + check.assertion() + " for ")
                    && m.text().lines().anyMatch(l -> l.startsWith("check " + check.assertion() + " for ")
                    && l.endsWith(", 1.." + k + " steps")), check.assertion());
            assertTrue(m.text().lines().anyMatch(l -> l.startsWith("check " + AlloyModel.inductive(check.assertion())
                    + " for ") && l.endsWith(", 2..2 steps")), check.assertion());
        }
    }

    @Test
    void stepsBoundSumsThePerEventMaxima() {
        Config c = load(EXAMPLES.resolve("backend-snapshot-cached.hazard.yaml"));
        StepsBound sb = AlloyGenerator.stepsBound(c, c.bounds(), 20);
        // 1 writing host x 2 writes; 2 applications to destage; 1 snapshot; no managed MDisk on the
        // snapshot's target LUN, so no PoolFault
        assertEquals(2, sb.perEvent().get("HostWrite"));
        assertEquals(2, sb.perEvent().get("Destage"));
        assertEquals(1, sb.perEvent().get("BackendCopy"));
        assertEquals(0, sb.perEvent().get("PoolFault"));
        assertEquals(5, sb.diameterBound());
        assertTrue(sb.complete());
        // per invariant, only the events in its cone of influence count
        assertEquals(5, sb.invariantBound("CS-PIT-COMPLETE"));
        assertEquals(1, sb.invariantBound("CS-TARGET-HOLDS-SVC-DATA"));
        assertEquals(1, sb.invariantBound("CS-MANAGED-LUN-SUSPENDED"));
        assertEquals(3, sb.invariantBound("AV-VOLUME-ONLINE"));
        assertEquals(0, sb.invariantBound("RC-SYNC"));
        assertEquals(0, sb.invariantBound("RC-SECONDARY-CONSISTENT"));
        assertEquals(0, sb.invariantBound("UP-COMPATIBLE-LEVELS"));
        assertEquals(0, sb.invariantBound("CS-STALE-READ"));
        assertEquals(java.util.Set.of("HostWrite", "BackendCopy"),
                InfluenceCone.categories("AV-VOLUME-ONLINE", sb.perEvent()));
        StepsBound capped = AlloyGenerator.stepsBound(c, c.bounds().withWritesPerHost(5), 4);
        assertEquals(4, capped.steps());
        assertFalse(capped.complete());
    }

    /**
     * Volume mirroring: a destage can leave a copy out of sync, which decides later whether the volume
     * stays online (semantics §7.2), so Destage is in AV-VOLUME-ONLINE's cone of a mirrored configuration.
     */
    @Test
    void aMirroredVolumeBringsDestageIntoTheAvailabilityCone() {
        Config c = load(EXAMPLES.resolve("mirrored-image-copy-snapshot.safe.yaml"));
        StepsBound sb = AlloyGenerator.stepsBound(c, c.bounds(), 30);
        assertEquals(java.util.Set.of("HostWrite", "BackendCopy"),
                InfluenceCone.categories("AV-VOLUME-ONLINE", sb.perEvent(), true, false));
        assertEquals(java.util.Set.of("HostWrite", "Destage", "BackendCopy"),
                InfluenceCone.categories("AV-VOLUME-ONLINE", sb.perEvent(), true, true));
        assertEquals(sb.perEvent().get("HostWrite") + sb.perEvent().get("Destage") + sb.perEvent().get("BackendCopy"),
                sb.invariantBound("AV-VOLUME-ONLINE"));
    }

    @Test
    void boundsOverloadChangesBlocksAndWrites() {
        Config c = Configs.parse(Configs.SAMPLE);
        String text = AlloyGenerator.generate(c, new Bounds(1, 3, 1));
        assertTrue(text.contains("Block = I0 + I1 + I2"));
        assertFalse(text.contains("W_db_host_2"));
    }

    @Test
    void namesAreSanitizedAndMapBack() {
        String yaml = Configs.SAMPLE.replace("db_vol", "db-vol.1");
        Config c = Configs.parse(yaml);
        AlloyModel m = AlloyGenerator.model(c, c.bounds(), 10);
        assertTrue(m.text().contains("Vol_db_vol_1"));
        assertEquals("db-vol.1", m.names().id("Vol_db_vol_1$0"));
        assertEquals("volume", m.names().kind("Vol_db_vol_1"));
    }
}
