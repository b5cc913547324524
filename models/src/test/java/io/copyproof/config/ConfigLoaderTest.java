package io.copyproof.config;

import io.copyproof.fixtures.Configs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

class ConfigLoaderTest {

    /** Twenty lines: two systems with one I/O group each, a controller, two LUNs, two pools, two MDisks. */
    static final String BASE = """
            systems:
              - id: SVC_A
                codeLevel: 8.5.0.6
                ioGroups:
                  - {id: io_grp0, nodes: [A1, A2]}
              - id: SVC_B
                codeLevel: 8.5.0.6
                ioGroups:
                  - {id: io_grp0, nodes: [B1, B2]}
            controllers:
              - {id: ctl, model: X}
            luns:
              - {id: lun1, controller: ctl}
              - {id: lun2, controller: ctl}
            pools:
              - {id: pool_a, system: SVC_A}
              - {id: pool_b, system: SVC_B}
            mdisks:
              - {id: md1, system: SVC_A, lun: lun1, mode: managed, pool: pool_a}
              - {id: md2, system: SVC_B, lun: lun2, mode: managed, pool: pool_b}
            """;

    // ---- helpers -------------------------------------------------------------------------

    private static List<ConfigError> errors(String yaml) {
        return Configs.errors(yaml);
    }

    private static String show(List<ConfigError> errors) {
        return errors.stream().map(ConfigError::toString).collect(Collectors.joining("\n"));
    }

    /** Asserts that the text has exactly one error, at line:column and path, whose message contains {@code text}. */
    private static ConfigError only(String yaml, int line, int column, String path, String text) {
        List<ConfigError> errors = errors(yaml);
        assertEquals(1, errors.size(), () -> "expected one error, got:\n" + show(errors));
        return check(errors.get(0), line, column, path, text);
    }

    /** Asserts that among the errors there is one at line:column and path whose message contains {@code text}. */
    private static ConfigError has(String yaml, int line, int column, String path, String text) {
        List<ConfigError> errors = errors(yaml);
        for (ConfigError e : errors) {
            if (e.location().line() == line && e.location().column() == column && e.path().equals(path)
                    && e.message().contains(text)) {
                return e;
            }
        }
        return fail("no error " + line + ":" + column + " " + path + " containing '" + text + "' in:\n" + show(errors));
    }

    private static ConfigError check(ConfigError e, int line, int column, String path, String text) {
        assertEquals(Configs.FILE, e.location().file(), e::toString);
        assertEquals(line, e.location().line(), e::toString);
        assertEquals(column, e.location().column(), e::toString);
        assertEquals(path, e.path(), e::toString);
        assertTrue(e.message().contains(text), () -> "message of " + e + " lacks '" + text + "'");
        return e;
    }

    // ---- happy paths and defaults --------------------------------------------------------

    @Test
    void sampleLoadsWithEverySection() {
        Config c = Configs.sample();
        assertEquals("sample", c.name());
        assertEquals(2, c.systems().size());
        assertEquals(CodeLevel.of("8.5.0.6"), c.system("SVC_A").codeLevel());
        assertEquals(List.of("A_node1", "A_node2"), c.ioGroup("SVC_A", "io_grp0").nodes());
        assertEquals(new NativeCopy(true, false, true), c.controller("ds8k_1").nativeCopy());
        assertEquals(VolumeType.IMAGE, c.volume("db_vol").type());
        assertEquals(CacheMode.NONE, c.volume("db_vol").cache());
        assertEquals(CopyType.POINT_IN_TIME, c.backendCopy("nightly_snap").type());
        assertEquals(RemoteCopyType.METRO, c.remoteCopy("rc_app").type());
        assertEquals(CodeLevel.of("8.6"), c.upgrade().orElseThrow().targetLevel());
        assertEquals(List.of("SVC_A"), c.upgrade().orElseThrow().steps().get(1).after());
        assertEquals(List.of(RemoteCopyType.GLOBAL), c.releaseNotes().get(0).stopBeforeUpgrade());
        assertEquals(CodeLevel.of("8.4"), c.releaseNotes().get(0).minPartnerLevel().orElseThrow());
        assertEquals(Bounds.DEFAULT, c.bounds());
        assertEquals(Configs.FILE, c.file());
    }

    @Test
    void defaultsApplyToOmittedFields() {
        Config c = Configs.parse(BASE + """
                volumes:
                  - {id: v, system: SVC_A, ioGroup: io_grp0, pool: pool_a}
                  - {id: w, system: SVC_B, ioGroup: io_grp0, pool: pool_b}
                hosts:
                  - {id: h, volumes: [v]}
                backendCopies:
                  - {id: bc, type: replication, source: lun1, target: lun2}
                partnerships:
                  - {id: p, systems: [SVC_A, SVC_B]}
                remoteCopies:
                  - {id: rc, type: global, master: v, aux: w}
                """);
        assertEquals("test.yaml", c.name(), "name defaults to the file name");
        Volume v = c.volume("v");
        assertEquals(VolumeType.STRIPED, v.type());
        assertEquals(CacheMode.READWRITE, v.cache());
        assertTrue(v.mdisk().isEmpty());
        assertFalse(c.host("h").readOnly());
        assertEquals(List.of(), c.host("h").luns());
        assertFalse(c.backendCopy("bc").suspendsSource());
        assertEquals(NativeCopy.NONE, c.controller("ctl").nativeCopy());
        assertEquals(RelationshipState.CONSISTENT_SYNCHRONIZED, c.remoteCopy("rc").state());
        assertTrue(c.remoteCopy("rc").consistencyGroup().isEmpty());
        assertFalse(c.workload().stress());
        assertEquals(new Bounds(2, 2, 1), c.bounds());
        assertTrue(c.upgrade().isEmpty());
        assertEquals(List.of(), c.flashCopies());
    }

    @Test
    void sourceMapPointsAtValues() {
        Config c = Configs.parse(BASE + """
                volumes:
                  - id: v
                    system: SVC_A
                    ioGroup: io_grp0
                    pool: pool_a
                    cache: none
                """);
        Volume v = c.volume("v");
        assertEquals(new SourceLocation("test.yaml", 26, 12), c.locate(v, "cache"));
        assertEquals(new SourceLocation("test.yaml", 22, 9), c.locate(v, "id"));
        // an element that is a mapping is located at its first key
        assertEquals(new SourceLocation("test.yaml", 22, 5), c.locate(v));
        // an omitted field falls back to its element
        assertEquals(new SourceLocation("test.yaml", 22, 5), c.locate(v, "type"));
        assertEquals("/volumes/0", c.pathOf(v));
        assertEquals(new SourceLocation("test.yaml", 5, 35), c.sources().locate("/systems/0/ioGroups/0/nodes/1"));
    }

    @Test
    void jsonLoadsWithLocations() {
        String json = """
                {
                  "name": "j",
                  "systems": [
                    {"id": "S", "codeLevel": "8.5", "ioGroups": [{"id": "g", "nodes": ["n1", "n2"]}]}
                  ],
                  "bounds": {"writesPerHost": 3}
                }
                """;
        Config c = Configs.parse("c.json", json);
        assertEquals("j", c.name());
        assertEquals(3, c.bounds().writesPerHost());
        assertEquals(new SourceLocation("c.json", 6, 31), c.sources().locate("/bounds/writesPerHost"));
        LoadResult bad = ConfigLoader.parse("c.json", json.replace("\"writesPerHost\": 3", "\"writesPerHost\": 9"));
        ConfigError e = assertInstanceOf(LoadResult.Invalid.class, bad).errors().get(0);
        assertEquals(new SourceLocation("c.json", 6, 31), e.location());
        assertEquals("/bounds/writesPerHost", e.path());
    }

    @Test
    void codeLevelAsYamlNumberIsItsText() {
        Config c = Configs.parse("""
                systems:
                  - {id: S, codeLevel: 8.5, ioGroups: [{id: g, nodes: [a, b]}]}
                """);
        assertEquals(CodeLevel.of("8.5.0.0"), c.system("S").codeLevel());
    }

    // ---- shape errors ----------------------------------------------------------------------

    @Test
    void unknownFieldSuggestsTheClosestName() {
        ConfigError e = only(BASE + """
                volumes:
                  - {id: v, system: SVC_A, ioGroup: io_grp0, pool: pool_a, cahce: none}
                """, 22, 60, "/volumes/0/cahce", "did you mean 'cache'?");
        assertEquals("volume 'v' has an unknown field 'cahce'; did you mean 'cache'?", e.message());
    }

    @Test
    void unknownFieldWithoutCloseNameListsTheFields() {
        only(BASE + """
                volumes:
                  - {id: v, system: SVC_A, ioGroup: io_grp0, pool: pool_a, colour: red}
                """, 22, 60, "/volumes/0/colour",
                "the fields of a volume are: id, system, ioGroup, pool, type, mdisk, cache");
        only(BASE + "nmae: x\n", 21, 1, "/nmae", "did you mean 'name'?");
    }

    @Test
    void missingRequiredFieldPointsAtTheElement() {
        ConfigError e = only(BASE + """
                volumes:
                  - {id: v, system: SVC_A, ioGroup: io_grp0}
                """, 22, 5, "/volumes/0/pool", "has no 'pool'");
        assertEquals("volume 'v' has no 'pool'; it is required", e.message());
        only(BASE + """
                volumes:
                  - system: SVC_A
                    ioGroup: io_grp0
                    pool: pool_a
                """, 22, 5, "/volumes/0/id", "the volume at /volumes/0 has no 'id'");
    }

    @Test
    void stringWhereAListIsExpected() {
        ConfigError e = only("""
                systems:
                  - id: S
                    codeLevel: 8.5
                    ioGroups:
                      - id: g
                        nodes: n1
                """, 6, 16, "/systems/0/ioGroups/0/nodes", "must be a list");
        assertEquals("'nodes' of I/O group 'g' must be a list such as [a, b], not the text 'n1'", e.message());
        only(BASE + "hosts:\n  - {id: h, volumes: {v: 1}}\n", 22, 22, "/hosts/0/volumes", "must be a list");
        only(BASE + "volumes: v\n", 21, 10, "/volumes", "must be a list of volumes");
        only(BASE + "volumes:\n  - v\n", 22, 5, "/volumes/0", "each entry of 'volumes' must be a mapping");
    }

    @Test
    void listWhereTextIsExpected() {
        only(BASE + "hosts:\n  - {id: [a]}\n", 22, 10, "/hosts/0/id", "'id' of the host at /hosts/0 must be text, not a list");
    }

    @Test
    void yamlOneOneBooleanWordsAreRejected() {
        ConfigError e = only(BASE + "workload: {stress: yes}\n", 21, 20, "/workload/stress", "'yes'");
        assertEquals("'stress' of the workload is 'yes'; write true or false (words such as yes, no, on, off are "
                + "not accepted)", e.message());
        only(BASE + "workload:\n  stress: on\n", 22, 11, "/workload/stress", "write true or false");
        only(BASE + "workload: {stress: \"true\"}\n", 21, 20, "/workload/stress", "without quotes");
        only(BASE + "workload: {stress: 1}\n", 21, 20, "/workload/stress", "must be true or false, not the number 1");
        // where text is expected, yes/no/on/off are plain text (no 'Norway problem')
        Config c = Configs.parse(BASE + "hosts:\n  - {id: no}\n");
        assertEquals("no", c.hosts().get(0).id());
        only(BASE + "hosts:\n  - {id: true}\n", 22, 10, "/hosts/0/id", "is the boolean true; put it in quotes");
    }

    @Test
    void enumValueOutsideTheAllowedListsThem() {
        ConfigError e = only(BASE + """
                volumes:
                  - id: db_vol
                    system: SVC_A
                    ioGroup: io_grp0
                    pool: pool_a
                    cache: readwite
                """, 26, 12, "/volumes/0/cache", "");
        assertEquals("volume 'db_vol' has cache 'readwite'; allowed: readwrite, readonly, none", e.message());
        only(BASE + "backendCopies:\n  - {id: b, type: snapshot, source: lun1, "
                + "target: lun2}\n", 22, 19, "/backendCopies/0/type", "allowed: pointInTime, replication");
    }

    @Test
    void malformedCodeLevels() {
        ConfigError e = only("""
                systems:
                  - id: S
                    codeLevel: 8.5.x
                    ioGroups: [{id: g, nodes: [a, b]}]
                """, 3, 16, "/systems/0/codeLevel", "");
        assertEquals("system 'S' has codeLevel '8.5.x'; a code level is 1 to 6 dotted numbers such as 8.5.0.6",
                e.message());
        only(BASE + "upgrade: {targetLevel: 'v9', steps: []}\n", 21, 24, "/upgrade/targetLevel", "targetLevel 'v9'");
        only(BASE + "upgrade: {steps: []}\n", 21, 10, "/upgrade/targetLevel", "has no 'targetLevel'");
        only(BASE + "releaseNotes:\n  - {level: 9.1, minPartnerLevel: 8..1}\n", 22, 35,
                "/releaseNotes/0/minPartnerLevel", "minPartnerLevel '8..1'");
    }

    @Test
    void boundsOutOfRange() {
        ConfigError e = only(BASE + "bounds: {writesPerHost: 0}\n", 21, 25, "/bounds/writesPerHost", "");
        assertEquals("'writesPerHost' of the bounds is 0; allowed: 1 to 7", e.message());
        only(BASE + "bounds: {blocksPerVolume: 9}\n", 21, 27, "/bounds/blocksPerVolume", "allowed: 1 to 8");
        only(BASE + "bounds: {snapshotsPerCopy: 4}\n", 21, 28, "/bounds/snapshotsPerCopy", "allowed: 1 to 3");
        only(BASE + "bounds: {snapshotsPerCopy: -1}\n", 21, 28, "/bounds/snapshotsPerCopy", "allowed: 1 to 3");
        only(BASE + "bounds: {writesPerHost: 99999999999999999999}\n", 21, 25, "/bounds/writesPerHost", "1 to 7");
        only(BASE + "bounds: {writesPerHost: 2.5}\n", 21, 25, "/bounds/writesPerHost", "a whole number from 1 to 7");
        Config c = Configs.parse(BASE + "bounds: {writesPerHost: 7, blocksPerVolume: 8, snapshotsPerCopy: 3}\n");
        assertEquals(new Bounds(Bounds.MAX_WRITES_PER_HOST, Bounds.MAX_BLOCKS_PER_VOLUME,
                Bounds.MAX_SNAPSHOTS_PER_COPY), c.bounds());
    }

    @Test
    void duplicateKeysAreErrors() {
        ConfigError e = only(BASE + "workload:\n  stress: true\n  stress: false\n", 23, 3, "/workload/stress",
                "");
        assertEquals("the key 'stress' appears twice in this mapping (first on line 22); keep one", e.message());
    }

    // ---- cross-reference errors ------------------------------------------------------------

    @Test
    void duplicateIdsWithinTheirKind() {
        ConfigError e = only(BASE + "hosts:\n  - {id: h}\n  - {id: h}\n", 23, 10,
                "/hosts/1/id", "");
        assertEquals("host id 'h' is used twice (first on line 22); ids are unique among hosts", e.message());
        // the same id in two kinds is fine
        Configs.parse(BASE + "hosts:\n  - {id: ctl}\n");
        only("""
                systems:
                  - id: S
                    codeLevel: 8
                    ioGroups:
                      - {id: g, nodes: [a, b]}
                      - {id: g, nodes: [c, d]}
                """, 6, 14, "/systems/0/ioGroups/1/id", "I/O group id 'g' is used twice in system 'S'");
    }

    @Test
    void danglingReferenceSaysWhatKindAndSuggests() {
        ConfigError e = only(BASE + "volumes:\n  - {id: v, system: SVC_A, ioGroup: io_grp0, pool: pool_x}\n",
                22, 52, "/volumes/0/pool", "");
        assertEquals("volume 'v' names pool 'pool_x', but there is no pool with that id; did you mean 'pool_a' or "
                + "'pool_b'?", e.message());
        ConfigError far = only(BASE + "hosts:\n  - {id: h, luns: [zzzzzz]}\n", 22, 20, "/hosts/0/luns/0",
                "there is no LUN with that id");
        assertTrue(far.message().endsWith("; known LUNs: lun1, lun2"), far::toString);
        has(BASE + "flashCopies:\n  - {id: f, source: lun1, target: lun2}\n", 22, 21, "/flashCopies/0/source",
                "names source volume 'lun1', but there is no volume with that id; the configuration declares no "
                        + "volumes");
    }

    @Test
    void ioGroupNeedsExactlyTwoDistinctNodes() {
        ConfigError e = only("""
                systems:
                  - id: S
                    codeLevel: 8
                    ioGroups:
                      - {id: g, nodes: [a, b, c]}
                """, 5, 24, "/systems/0/ioGroups/0/nodes", "");
        assertEquals("I/O group 'g' of system 'S' has 3 nodes; an I/O group has exactly two", e.message());
        only("systems:\n  - {id: S, codeLevel: 8, ioGroups: [{id: g, nodes: [a]}]}\n", 2, 53,
                "/systems/0/ioGroups/0/nodes", "has 1 node;");
        only("systems:\n  - {id: S, codeLevel: 8, ioGroups: [{id: g, nodes: [a, a]}]}\n", 2, 57,
                "/systems/0/ioGroups/0/nodes/1", "lists node 'a' twice");
        only("systems:\n  - {id: S, codeLevel: 8, ioGroups: [{id: g}]}\n", 2, 38,
                "/systems/0/ioGroups/0/nodes", "has no 'nodes'");
    }

    @Test
    void imageAndSequentialVolumesNeedAnMDisk() {
        ConfigError e = only(BASE + "volumes:\n  - {id: v, system: SVC_A, ioGroup: io_grp0, pool: pool_a, "
                + "type: sequential}\n", 22, 5, "/volumes/0/mdisk", "");
        assertEquals("volume 'v' is sequential but names no MDisk; sequential volumes need 'mdisk'", e.message());
        Config ok = Configs.parse(BASE + "volumes:\n  - {id: v, system: SVC_A, ioGroup: io_grp0, pool: pool_a, "
                + "type: sequential, mdisk: md1}\n");
        assertEquals("md1", ok.volume("v").mdisk().orElseThrow());
    }

    @Test
    void stripedVolumeWithAnMDiskIsAnError() {
        only(BASE + "volumes:\n  - {id: v, system: SVC_A, ioGroup: io_grp0, pool: pool_a, mdisk: md1}\n", 22, 67,
                "/volumes/0/mdisk", "is striped but names MDisk 'md1'; a striped volume spreads over every MDisk");
    }

    @Test
    void stripedVolumesSpreadOverManagedMDisksOnly() {
        // a pool whose only MDisk is an image MDisk gives a striped volume no extents
        String base = BASE.replace("mode: managed, pool: pool_a", "mode: image, pool: pool_a");
        ConfigError e = has(base + """
                volumes:
                  - {id: img, system: SVC_A, ioGroup: io_grp0, pool: pool_a, type: image, mdisk: md1}
                  - {id: v, system: SVC_A, ioGroup: io_grp0, pool: pool_a}
                """, 23, 52, "/volumes/1/pool", "");
        assertEquals("volume 'v' is striped in pool 'pool_a', which has no managed MDisk; a striped volume spreads "
                + "over the managed MDisks of its pool (an image MDisk belongs to its one image volume)", e.message());
        // an empty pool too
        String withEmpty = BASE.replace("  - {id: pool_b, system: SVC_B}\n",
                "  - {id: pool_b, system: SVC_B}\n  - {id: empty, system: SVC_A}\n");
        only(withEmpty + "volumes:\n  - {id: v, system: SVC_A, ioGroup: io_grp0, pool: empty}\n", 23, 52,
                "/volumes/0/pool", "volume 'v' is striped in pool 'empty', which has no managed MDisk");
        // a managed MDisk beside the image one is enough
        Configs.parse(base.replace("mdisks:\n", "mdisks:\n  - {id: md9, system: SVC_A, lun: lun2, mode: managed, "
                + "pool: pool_a}\n").replace("  - {id: md2, system: SVC_B, lun: lun2, mode: managed, pool: pool_b}\n", "")
                + "volumes:\n  - {id: img, system: SVC_A, ioGroup: io_grp0, pool: pool_a, type: image, mdisk: md1}\n"
                + "  - {id: v, system: SVC_A, ioGroup: io_grp0, pool: pool_a}\n");
    }

    @Test
    void imageVolumesAndImageMDisksAreOneToOne() {
        String base = BASE.replace("mode: managed, pool: pool_a", "mode: image, pool: pool_a");
        Configs.parse(base + "volumes:\n  - {id: v, system: SVC_A, ioGroup: io_grp0, pool: pool_a, type: image, "
                + "mdisk: md1}\n");
        ConfigError two = only(base + """
                volumes:
                  - {id: v, system: SVC_A, ioGroup: io_grp0, pool: pool_a, type: image, mdisk: md1}
                  - {id: w, system: SVC_A, ioGroup: io_grp0, pool: pool_a, type: image, mdisk: md1}
                """, 23, 80, "/volumes/1/mdisk", "");
        assertEquals("volume 'w' and volume 'v' are both image volumes of MDisk 'md1'; an image-mode MDisk holds "
                + "exactly one volume", two.message());
        // an image-mode MDisk without its volume
        only(base, 19, 47, "/mdisks/0/mode", "MDisk 'md1' is in image mode but no image volume uses it");
    }

    @Test
    void imageVolumeNeedsAnImageModeMDisk() {
        only(BASE + "volumes:\n  - {id: v, system: SVC_A, ioGroup: io_grp0, pool: pool_a, type: image, "
                + "mdisk: md1}\n", 22, 80, "/volumes/0/mdisk",
                "volume 'v' is an image volume but its MDisk 'md1' is managed mode");
        String base = BASE.replace("mode: managed, pool: pool_a", "mode: image, pool: pool_a");
        has(base + "volumes:\n  - {id: v, system: SVC_A, ioGroup: io_grp0, pool: pool_a, type: sequential, "
                + "mdisk: md1}\n", 22, 85, "/volumes/0/mdisk",
                "is sequential but its MDisk 'md1' is image mode");
    }

    @Test
    void mdiskModeAndPool() {
        only(BASE.replace("mode: managed, pool: pool_a}", "mode: unmanaged, pool: pool_a}"), 19, 64,
                "/mdisks/0/pool", "MDisk 'md1' is unmanaged but names pool 'pool_a'");
        only(BASE.replace("mode: managed, pool: pool_a}", "mode: managed}"), 19, 5, "/mdisks/0/pool",
                "MDisk 'md1' is managed mode but names no pool");
        only(BASE.replace(", mode: managed, pool: pool_a}", ", pool: pool_a}"), 19, 5, "/mdisks/0/mode",
                "MDisk 'md1' has no 'mode'");
    }

    @Test
    void systemMismatches() {
        // a volume whose pool belongs to another system
        only(BASE + "volumes:\n  - {id: v, system: SVC_A, ioGroup: io_grp0, pool: pool_b}\n", 22, 52,
                "/volumes/0/pool", "volume 'v' is on system 'SVC_A' but its pool 'pool_b' belongs to system 'SVC_B'");
        // a volume whose I/O group is not on its system
        ConfigError g = only(BASE + "volumes:\n  - {id: v, system: SVC_A, ioGroup: io_grp1, pool: pool_a}\n",
                22, 37, "/volumes/0/ioGroup", "");
        assertEquals("volume 'v' names I/O group 'io_grp1', but system 'SVC_A' has no I/O group with that id; did "
                + "you mean 'io_grp0'?", g.message());
        // an MDisk whose pool is on another system
        only(BASE.replace("lun: lun1, mode: managed, pool: pool_a", "lun: lun1, mode: managed, pool: pool_b"),
                19, 62, "/mdisks/0/pool", "MDisk 'md1' is on system 'SVC_A' but its pool 'pool_b' belongs to "
                        + "system 'SVC_B'");
        // a sequential volume on another system's MDisk
        has(BASE + "volumes:\n  - {id: v, system: SVC_A, ioGroup: io_grp0, pool: pool_a, type: sequential, "
                + "mdisk: md2}\n", 22, 85, "/volumes/0/mdisk", "its MDisk 'md2' is on system 'SVC_B'");
    }

    static final String TWO_VOLUMES = BASE + """
            volumes:
              - {id: va, system: SVC_A, ioGroup: io_grp0, pool: pool_a}
              - {id: va2, system: SVC_A, ioGroup: io_grp0, pool: pool_a}
              - {id: vb, system: SVC_B, ioGroup: io_grp0, pool: pool_b}
            """;

    @Test
    void remoteCopyNeedsTwoPartneredSystems() {
        ConfigError e = only(TWO_VOLUMES + "remoteCopies:\n  - {id: rc, type: metro, master: va, aux: vb}\n",
                26, 44, "/remoteCopies/0/aux", "");
        assertEquals("remote copy 'rc' joins systems 'SVC_A' and 'SVC_B', which have no partnership; declare one "
                + "under 'partnerships'", e.message());
        // an intrasystem relationship (master and aux on one system) is valid SVC and needs no partnership
        Configs.parse(TWO_VOLUMES + "remoteCopies:\n  - {id: rc, type: metro, master: va, aux: va2}\n");
        only(TWO_VOLUMES + "remoteCopies:\n  - {id: rc, type: metro, master: va, aux: va}\n", 26, 44,
                "/remoteCopies/0/aux", "as both master and aux");
        Configs.parse(TWO_VOLUMES + "partnerships:\n  - {id: p, systems: [SVC_B, SVC_A]}\n"
                + "remoteCopies:\n  - {id: rc, type: metro, master: va, aux: vb}\n");
    }

    static final String GROUPED = TWO_VOLUMES + """
              - {id: vb2, system: SVC_B, ioGroup: io_grp0, pool: pool_b}
            partnerships:
              - {id: p, systems: [SVC_A, SVC_B]}
            remoteCopies:
              - {id: rc1, type: metro, master: va, aux: vb, consistencyGroup: cg}
            """;

    @Test
    void consistencyGroupHasOnePairOneTypeOneState() {
        ConfigError e = only(GROUPED + "  - {id: rc2, type: global, master: va2, aux: vb2, consistencyGroup: cg}\n",
                30, 21, "/remoteCopies/1/type", "");
        assertEquals("remote copy 'rc2' is in consistency group 'cg' with 'rc1' (line 29), but it is global and "
                + "that one metro; the relationships of a consistency group join one master system to one aux "
                + "system with one copy type and change state together", e.message());
        only(GROUPED + "  - {id: rc2, type: metro, master: vb2, aux: va2, consistencyGroup: cg}\n", 30, 36,
                "/remoteCopies/1/master", "its master is on system 'SVC_B' and that one's on 'SVC_A'");
        only(GROUPED + "  - {id: rc2, type: metro, master: va2, aux: vb2, consistencyGroup: cg, "
                + "state: consistent_stopped}\n", 30, 80, "/remoteCopies/1/state",
                "its state is consistent_stopped and that one's consistent_synchronized");
        Configs.parse(GROUPED + "  - {id: rc2, type: metro, master: va2, aux: vb2, consistencyGroup: cg}\n");
        Configs.parse(GROUPED + "  - {id: rc2, type: global, master: va2, aux: vb2, consistencyGroup: cg2}\n");
    }

    @Test
    void cyclingModeIsGlobalMirrorWithChangeVolumes() {
        String base = GROUPED.replace("consistencyGroup: cg}", "consistencyGroup: cg1}");
        only(base + "  - {id: rc2, type: metro, master: va2, aux: vb2, cyclingMode: multi}\n", 30, 64,
                "/remoteCopies/1/cyclingMode", "cycling mode multi (Global Mirror with change volumes) applies to "
                + "type global only");
        only(base + "  - {id: rc2, type: global, master: va2, aux: vb2, cyclingMode: multi, "
                + "state: consistent_synchronized}\n", 30, 79, "/remoteCopies/1/state",
                "reports consistent_copying while it runs");
        only(base + "  - {id: rc2, type: global, master: va2, aux: vb2, state: consistent_copying}\n", 30, 59,
                "/remoteCopies/1/state", "set cyclingMode: multi");
        only(base.replace("type: metro", "type: global")
                + "  - {id: rc2, type: global, master: va2, aux: vb2, consistencyGroup: cg1, cyclingMode: multi}\n",
                30, 88, "/remoteCopies/1/cyclingMode", "its cycling mode is multi and that one's none");
        only(base + "  - {id: rc2, type: global, master: va2, aux: vb2, cyclingMode: several}\n", 30, 65,
                "/remoteCopies/1/cyclingMode", "none, multi");
        Config c = Configs.parse(base + "  - {id: rc2, type: global, master: va2, aux: vb2, cyclingMode: multi}\n");
        assertEquals(RelationshipState.CONSISTENT_COPYING, c.remoteCopy("rc2").state(), "the default state");
        assertEquals(CyclingMode.NONE, c.remoteCopy("rc1").cyclingMode());
    }

    @Test
    void partnershipJoinsExactlyTwoDistinctSystems() {
        only(BASE + "partnerships:\n  - {id: p, systems: [SVC_A]}\n", 22, 22, "/partnerships/0/systems",
                "partnership 'p' names 1 system; a partnership joins exactly two distinct systems");
        only(BASE + "partnerships:\n  - {id: p, systems: [SVC_A, SVC_A]}\n", 22, 30, "/partnerships/0/systems/1",
                "names system 'SVC_A' twice");
        only(BASE + "partnerships:\n  - {id: p, systems: [SVC_A, SVC_B, SVC_A]}\n", 22, 22,
                "/partnerships/0/systems", "names 3 systems");
        only(BASE + "partnerships:\n  - {id: p, systems: [SVC_A, SVC_B]}\n  - {id: q, systems: [SVC_B, SVC_A]}\n",
                23, 22, "/partnerships/1/systems", "joins the same systems as partnership 'p'");
    }

    @Test
    void backendConsistencyGroupsHaveOneTypeAndController() {
        String luns = BASE.replace("  - {id: lun2, controller: ctl}\n", "  - {id: lun2, controller: ctl}\n"
                + "  - {id: lun3, controller: ctl}\n  - {id: lun4, controller: ctl2}\n")
                .replace("  - {id: ctl, model: X}\n", "  - {id: ctl, model: X}\n  - {id: ctl2, model: Y}\n");
        Config ok = Configs.parse(luns + "backendCopies:\n"
                + "  - {id: a, type: pointInTime, source: lun1, target: lun3, group: g}\n"
                + "  - {id: b, type: pointInTime, source: lun2, target: lun4, group: g}\n");
        assertEquals(Optional.of("g"), ok.backendCopies().get(1).group());
        has(luns + "backendCopies:\n"
                + "  - {id: a, type: pointInTime, source: lun1, target: lun3, group: g}\n"
                + "  - {id: b, type: replication, source: lun2, target: lun4, group: g}\n", 26, 67,
                "/backendCopies/1/group", "backend copy 'b' is replication but copy 'a' of the group is pointInTime");
        has(luns + "backendCopies:\n"
                + "  - {id: a, type: pointInTime, source: lun1, target: lun3, group: g}\n"
                + "  - {id: b, type: pointInTime, source: lun4, target: lun2, group: g}\n", 26, 67,
                "/backendCopies/1/group", "copies from controller 'ctl2' but copy 'a' of the group copies from "
                        + "controller 'ctl'");
        has(luns + "backendCopies:\n"
                + "  - {id: a, type: pointInTime, source: lun1, target: lun3, group: g}\n"
                + "  - {id: b, type: pointInTime, source: lun3, target: lun2, group: g}\n", 26, 67,
                "/backendCopies/1/group", "shares a LUN with another copy of group 'g'");
    }

    @Test
    void aDowngradeIsNotAnUpgradeStep() {
        ConfigError e = only(BASE + "upgrade:\n  targetLevel: 8.4.0.0\n  steps:\n    - {system: SVC_A}\n", 24, 16,
                "/upgrade/steps/0/system", "");
        assertEquals("the upgrade step of 'SVC_A' would take it from 8.5.0.6 down to the target level 8.4.0.0; a code "
                + "upgrade only goes to a later level (a downgrade is not an upgrade step)", e.message());
        // a system above the target level without a step is not upgraded at all
        Configs.parse(BASE.replace("codeLevel: 8.5.0.6\n    ioGroups:\n      - {id: io_grp0, nodes: [B1",
                "codeLevel: 8.7.0.0\n    ioGroups:\n      - {id: io_grp0, nodes: [B1")
                + "upgrade:\n  targetLevel: 8.6.0.0\n  steps:\n    - {system: SVC_A}\n");
    }

    @Test
    void aMinimumPartnerLevelIsAtMostItsOwnLevel() {
        ConfigError e = only(BASE + "releaseNotes:\n  - {level: 8.6.0.0, minPartnerLevel: 8.7.0.0}\n", 22, 39,
                "/releaseNotes/0/minPartnerLevel", "");
        assertEquals("the release notes of level 8.6.0.0 require partners at 8.7.0.0 or later, above the level itself; "
                + "two systems at 8.6.0.0 could never be partners (a minimum partner level is at most the level its "
                + "note belongs to)", e.message());
        Configs.parse(BASE + "releaseNotes:\n  - {level: 8.6.0.0, minPartnerLevel: 8.6.0.0}\n");
    }

    @Test
    void upgradeStepsNameKnownSystemsOnce() {
        only(BASE + "upgrade:\n  targetLevel: 8.6\n  steps:\n    - {system: SVC_C}\n", 24, 16,
                "/upgrade/steps/0/system", "names system 'SVC_C', but there is no system with that id");
        only(BASE + "upgrade:\n  targetLevel: 8.6\n  steps:\n    - {system: SVC_A}\n    - {system: SVC_A}\n", 25, 16,
                "/upgrade/steps/1/system", "system 'SVC_A' has two upgrade steps (first on line 24)");
        ConfigError e = only(BASE + "upgrade:\n  targetLevel: 8.6\n  steps:\n    - {system: SVC_A, after: [SVC_B]}\n",
                24, 31, "/upgrade/steps/0/after/0", "");
        assertEquals("the upgrade step of 'SVC_A' waits for system 'SVC_B', which has no upgrade step; add a step "
                + "for it or remove it from 'after'", e.message());
    }

    @Test
    void upgradeCyclesAreNamed() {
        ConfigError e = only(BASE + """
                upgrade:
                  targetLevel: 8.6
                  steps:
                    - {system: SVC_A, after: [SVC_B]}
                    - {system: SVC_B, after: [SVC_A]}
                """, 24, 30, "/upgrade/steps/0/after", "");
        assertEquals("the upgrade steps wait for each other in a cycle: SVC_A -> SVC_B -> SVC_A (each waits for the "
                + "next); no step of the cycle could ever start", e.message());
        only(BASE + "upgrade:\n  targetLevel: 8.6\n  steps:\n    - {system: SVC_B, after: [SVC_B]}\n", 24, 30,
                "/upgrade/steps/0/after", "cycle: SVC_B -> SVC_B");
    }

    @Test
    void copiesAndListsWithinTheirRules() {
        // a backend copy onto its own source
        only(BASE + "backendCopies:\n  - {id: b, type: pointInTime, source: lun1, target: lun1}\n", 22, 54,
                "/backendCopies/0/target", "backend copy 'b' copies LUN 'lun1' onto itself");
        // a FlashCopy mapping across systems
        only(TWO_VOLUMES + "flashCopies:\n  - {id: f, source: va, target: vb}\n", 26, 33, "/flashCopies/0/target",
                "FlashCopy mapping 'f' has source 'va' on system 'SVC_A' and target 'vb' on system 'SVC_B'; FlashCopy "
                        + "copies within one system");
        only(TWO_VOLUMES + "flashCopies:\n  - {id: f, source: va, target: va}\n", 26, 33, "/flashCopies/0/target",
                "copies volume 'va' onto itself");
        // a host that lists a volume twice
        only(TWO_VOLUMES + "hosts:\n  - {id: h, volumes: [va, va]}\n", 26, 27, "/hosts/0/volumes/1",
                "host 'h' lists volume 'va' twice in 'volumes'");
        // a step that waits for the same system twice
        only(BASE + "upgrade:\n  targetLevel: 8.6\n  steps:\n    - {system: SVC_A}\n"
                        + "    - {system: SVC_B, after: [SVC_A, SVC_A]}\n", 25, 38, "/upgrade/steps/1/after/1",
                "lists 'SVC_A' twice in 'after'");
        // release notes for one level twice
        only(BASE + "releaseNotes:\n  - {level: 8.6}\n  - {level: 8.6.0.0}\n", 23, 13, "/releaseNotes/1/level",
                "release notes for level 8.6.0.0 are given twice (first on line 22)");
    }

    @Test
    void nodesAndLunsAreNotShared() {
        only("""
                systems:
                  - id: S
                    codeLevel: 8
                    ioGroups:
                      - {id: g0, nodes: [a, b]}
                      - {id: g1, nodes: [b, c]}
                """, 6, 26, "/systems/0/ioGroups/1/nodes/0", "node 'b' is in two I/O groups of system 'S' ('g0' and 'g1')");
        only(BASE.replace("{id: md2, system: SVC_B, lun: lun2", "{id: md2, system: SVC_A, lun: lun1")
                        .replace("mode: managed, pool: pool_b}", "mode: managed, pool: pool_a}"), 20, 35,
                "/mdisks/1/lun", "MDisk 'md2' presents LUN 'lun1', which MDisk 'md1' of system 'SVC_A' already presents");
    }

    @Test
    void volumeAndItsMDiskShareThePool() {
        String base = BASE.replace("  - {id: pool_b, system: SVC_B}\n",
                "  - {id: pool_b, system: SVC_B}\n  - {id: pool_a2, system: SVC_A}\n");
        only(base + "volumes:\n  - {id: v, system: SVC_A, ioGroup: io_grp0, pool: pool_a2, type: sequential, "
                + "mdisk: md1}\n", 23, 86, "/volumes/0/mdisk",
                "volume 'v' is in pool 'pool_a2' but its MDisk 'md1' is in pool 'pool_a'");
    }

    @Test
    void errorsAreCollectedInOnePassInFileOrder() {
        List<ConfigError> errors = errors(BASE + """
                volumes:
                  - {id: v, system: SVC_X, ioGroup: io_grp0, pool: pool_a, cache: big}
                hosts:
                  - {id: h, volumes: [w]}
                bounds: {writesPerHost: 0}
                """);
        assertEquals(4, errors.size(), () -> show(errors));
        for (int i = 1; i < errors.size(); i++) {
            SourceLocation a = errors.get(i - 1).location();
            SourceLocation b = errors.get(i).location();
            assertTrue(a.line() < b.line() || (a.line() == b.line() && a.column() <= b.column()), () -> show(errors));
        }
        assertEquals(List.of("/volumes/0/system", "/volumes/0/cache", "/hosts/0/volumes/0", "/bounds/writesPerHost"),
                errors.stream().map(ConfigError::path).toList());
    }

    // ---- files and syntax ------------------------------------------------------------------

    @Test
    void missingFile(@TempDir Path dir) {
        Path f = dir.resolve("nope.yaml");
        LoadResult r = ConfigLoader.load(f);
        ConfigError e = assertInstanceOf(LoadResult.Invalid.class, r).errors().get(0);
        assertEquals("file '" + f + "' not found", e.message());
        assertEquals(SourceLocation.ofFile(f.toString()), e.location());
        assertTrue(ConfigLoader.load(dir).toString().contains("is a directory"));
    }

    @Test
    void emptyFiles() {
        ConfigError e = assertInstanceOf(LoadResult.Invalid.class, ConfigLoader.parse("e.yaml", "")).errors().get(0);
        assertTrue(e.message().startsWith("the file is empty"), e::toString);
        ConfigError c = assertInstanceOf(LoadResult.Invalid.class, ConfigLoader.parse("e.yaml", "# nothing\n\n"))
                .errors().get(0);
        assertEquals(new SourceLocation("e.yaml", 1, 1), c.location());
        only("{}\n", 1, 1, "/systems", "the configuration declares no systems");
        only("- a\n", 1, 1, "", "a configuration is a mapping");
    }

    @Test
    void yamlSyntaxErrorCarriesTheParsersPosition() {
        ConfigError e = only("systems:\n  - id: a\n    codeLevel: 8\n   ioGroups: []\n", 4, 4, "", "");
        assertTrue(e.message().startsWith("the file is not valid YAML: "), e::toString);
        only("systems: [a, b\n", 2, 1, "", "not valid YAML");
        only("systems:\n\t- a\n", 2, 1, "", "TAB");
    }

    @Test
    void jsonSyntaxError() {
        ConfigError e = assertInstanceOf(LoadResult.Invalid.class,
                ConfigLoader.parse("x.json", "{\"systems\": [1,\n  }")).errors().get(0);
        assertEquals(new SourceLocation("x.json", 2, 3), e.location());
        assertTrue(e.message().startsWith("the file is not valid JSON: "), e::toString);
        assertFalse(e.message().contains("Source"), e::toString);
    }

    @Test
    void otherExtensionsAreRefused() {
        ConfigError e = assertInstanceOf(LoadResult.Invalid.class, ConfigLoader.parse("c.txt", "systems: []"))
                .errors().get(0);
        assertEquals("'c.txt' is not a configuration file: the name must end in .yaml, .yml or .json", e.message());
    }

    @Test
    void tooLargeFilesSayTheLimit(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("big.yaml");
        byte[] big = new byte[(int) ConfigLoader.MAX_FILE_BYTES + 1];
        java.util.Arrays.fill(big, (byte) ' ');
        Files.write(f, big);
        ConfigError e = assertInstanceOf(LoadResult.Invalid.class, ConfigLoader.load(f)).errors().get(0);
        assertTrue(e.message().endsWith("the limit is 8 MiB (8388608 bytes)"), e::toString);
    }

    @Test
    void notUtf8(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("bin.yaml");
        Files.write(f, new byte[] {'n', 'a', 'm', 'e', ':', ' ', 'x', '\n', 'a', ':', ' ', (byte) 0xff});
        ConfigError e = assertInstanceOf(LoadResult.Invalid.class, ConfigLoader.load(f)).errors().get(0);
        assertEquals(new SourceLocation(f.toString(), 2, 4), e.location());
        assertTrue(e.message().contains("not UTF-8"), e::toString);
    }

    @Test
    void aliasBombsStopQuickly() {
        StringBuilder sb = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 30; i++) {
            sb.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 10; j++) {
                sb.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            sb.append("]\n");
        }
        String bomb = sb.toString();
        List<ConfigError> errors = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> errors(bomb));
        assertTrue(errors.stream().anyMatch(e -> e.message().equals("aliases expand to more than 100000 values; write "
                + "the configuration out with fewer aliases")), () -> show(errors));
        assertTrue(errors.size() <= Problems.MAX_ERRORS + 1);
    }

    @Test
    void aliasesAndMergeKeysAreExpanded() {
        Config c = Configs.parse(BASE + """
                volumes:
                  - &vol {id: v1, system: SVC_A, ioGroup: io_grp0, pool: pool_a, cache: none}
                  - <<: *vol
                    id: v2
                  - {<<: [*vol], id: v3, cache: readonly}
                hosts:
                  - {id: h1, volumes: &both [v1, v2]}
                  - {id: h2, volumes: *both}
                """);
        assertEquals(CacheMode.NONE, c.volume("v2").cache());
        assertEquals("pool_a", c.volume("v3").pool());
        assertEquals(CacheMode.READONLY, c.volume("v3").cache());
        assertEquals(List.of("v1", "v2"), c.host("h2").volumes());
        // inside a copy, positions point at the anchored original; the copy itself at the alias
        assertEquals(new SourceLocation("test.yaml", 22, 58), c.locate(c.volume("v2"), "pool"));
        assertEquals(new SourceLocation("test.yaml", 24, 9), c.locate(c.volume("v2"), "id"));
        assertEquals(new SourceLocation("test.yaml", 28, 23), c.sources().locate("/hosts/1/volumes"));
        // errors in a merged field name the element that uses it
        has(BASE + """
                volumes:
                  - &vol {id: v1, system: SVC_A, ioGroup: io_grp0, pool: pool_a, cache: fast}
                  - {<<: *vol, id: v2}
                """, 22, 73, "/volumes/1/cache", "volume 'v2' has cache 'fast'");
        only(BASE + "hosts:\n  - {id: h, volumes: *nothing}\n", 22, 22, "/hosts/0/volumes",
                "the alias *nothing names no anchor (&nothing) defined before it");
        only(BASE + "hosts:\n  - {id: h, <<: [a]}\n", 22, 18, "/hosts/0/<</0",
                "a merge key (<<) takes a mapping or a list of mappings");
    }

    @Test
    void deepNestingIsRefused() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        List<ConfigError> errors = errors(deep);
        assertTrue(errors.get(0).message().contains("nested deeper than 64 levels"), () -> show(errors));
        assertEquals(1, errors.get(0).location().line());
    }

    @Test
    void tooManyValuesStopReadingAtTheLimit() {
        String many = "[" + "1,".repeat(TreeReader.MAX_VALUES + 10) + "1]";
        List<ConfigError> errors = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> errors(many));
        assertEquals(1, errors.size(), () -> show(errors));
        assertEquals("the file holds more than 500000 values; this is not a configuration copyproof can check",
                errors.get(0).message());
        assertEquals(1, errors.get(0).location().line());
        assertEquals("/499999", errors.get(0).path());
    }

    @Test
    void multipleDocumentsAreRefused() {
        only("systems: []\n---\nname: x\n", 3, 1, "", "more than one document");
    }

    @Test
    void nullsAreErrorsToo() {
        assertInstanceOf(LoadResult.Invalid.class, ConfigLoader.load(null));
        assertInstanceOf(LoadResult.Invalid.class, ConfigLoader.parse("x.yaml", (String) null));
        assertInstanceOf(LoadResult.Invalid.class, ConfigLoader.parse("x.yaml", (byte[]) null));
        assertInstanceOf(LoadResult.Invalid.class, ConfigLoader.parse(null, "systems: []"));
    }

    @Test
    void byteOrderMarkIsAccepted() {
        byte[] body = ("\uFEFF" + Configs.SAMPLE).getBytes(StandardCharsets.UTF_8);
        assertInstanceOf(LoadResult.Loaded.class, ConfigLoader.parse("bom.yaml", body));
    }
}
