package io.copyproof.config;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The element a trace step acts on, from its arguments: what reports point each step at. */
class ConfigSubjectTest {
    private static Config load(String name) {
        return ((LoadResult.Loaded) ConfigLoader.load(Path.of("../examples", name))).config();
    }

    private static String path(Config c, Map<String, ?> args) {
        return c.subjectOf(args).map(c::pathOf).orElse("none");
    }

    @Test
    void eachEventPointsAtTheElementItActsOn() {
        Config c = load("two-site-metro-realistic.safe.yaml");
        assertEquals("/volumes/2", path(c, Map.of("host", "db_host", "volume", "db_vol", "block", 0)));
        assertEquals("/volumes/2", path(c, Map.of("volume", "db_vol", "block", 1)));
        assertEquals("/backendCopies/1", path(c, Map.of("copy", "snap_log")));
        assertEquals("/remoteCopies/1", path(c, Map.of("relationship", "rc_app2")));
        // a consistency group: its first relationship; a relationship without one is its own group
        assertEquals("/remoteCopies/2", path(c, Map.of("group", "cg_db")));
        assertEquals("/remoteCopies/0", path(c, Map.of("group", "rc_app1")));
        // node steps: the node's I/O group; upgrade steps: the plan's step for the system
        assertEquals("/systems/1/ioGroups/1", path(c, Map.of("system", "SVC_B", "node", "B_node3")));
        assertEquals("/upgrade/steps/1", path(c, Map.of("system", "SVC_B")));
        assertEquals("/pools/1", path(c, Map.of("pool", "pool_a_img")));
        assertEquals("/partnerships/0", path(c, Map.of("partnership", "p_ab")));
        // and the location is the element's line in the file
        SourceLocation at = c.locate(c.subjectOf(Map.of("partnership", "p_ab")).orElseThrow());
        assertEquals(lineOf("two-site-metro-realistic.safe.yaml", "{id: p_ab"), at.line());
    }

    private static int lineOf(String example, String text) {
        try {
            java.util.List<String> lines = java.nio.file.Files.readAllLines(Path.of("../examples", example));
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(text)) {
                    return i + 1;
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        throw new AssertionError(text + " not in " + example);
    }

    @Test
    void aSystemWithoutAnUpgradeStepIsTheSystemItself() {
        Config c = load("backend-snapshot-cached.hazard.yaml");
        assertEquals("/systems/0", path(c, Map.of("system", c.systems().get(0).id())));
    }

    @Test
    void unknownOrMissingNamesGiveNothing() {
        Config c = load("backend-snapshot-cached.hazard.yaml");
        assertEquals(Optional.empty(), c.subjectOf(Map.of()));
        assertEquals(Optional.empty(), c.subjectOf(Map.of("block", 1)));
        assertEquals(Optional.empty(), c.subjectOf(Map.of("copy", "no_such_copy")));
        assertEquals(Optional.empty(), c.subjectOf(Map.of("volume", "no_such_volume")));
    }
}
