package io.copyproof.imports;

import io.copyproof.config.CacheMode;
import io.copyproof.config.Config;
import io.copyproof.config.ConfigError;
import io.copyproof.config.ConfigLoader;
import io.copyproof.config.LoadResult;
import io.copyproof.config.MDiskMode;
import io.copyproof.config.RemoteCopy;
import io.copyproof.config.VolumeType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImporterTest {

    static Path fixtures() {
        try {
            return Paths.get(ImporterTest.class.getResource("/imports/two-sites").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ImportResult.Imported importTwoSites() {
        Path root = fixtures();
        ImportResult r = Importer.run(List.of(root.resolve("siteA"), root.resolve("siteB")),
                Optional.of(root.resolve("overlay.yaml")), "imported.yaml");
        if (r instanceof ImportResult.Failed f) {
            throw new AssertionError("import failed: " + f.errors());
        }
        return (ImportResult.Imported) r;
    }

    @Test
    void twoPartneredSystemsImportWithEveryElementAsExported() {
        Config c = importTwoSites().config();
        assertEquals("two-site production (imported)", c.name());
        assertEquals(List.of("SVC_A", "SVC_B"), c.systems().stream().map(s -> s.id()).toList());
        assertEquals("8.5.0.6", c.system("SVC_A").codeLevel().toString());
        assertEquals("7.8.1.11", c.system("SVC_B").codeLevel().toString());
        // I/O groups without nodes are skipped; nodes come from lsnode and lsnodecanister
        assertEquals(1, c.system("SVC_A").ioGroups().size());
        assertEquals(List.of("A_node1", "A_node2"), c.system("SVC_A").ioGroups().get(0).nodes());
        assertEquals(List.of("B_node1", "B_node2"), c.system("SVC_B").ioGroups().get(0).nodes());
        // volumes with type, pool, MDisk and cache from the concise and detailed views
        assertEquals(VolumeType.IMAGE, c.volume("img_vol").type());
        assertEquals(Optional.of("mdisk2@SVC_A"), c.volume("img_vol").mdisk());
        assertEquals(CacheMode.NONE, c.volume("img_vol").cache());
        assertEquals(VolumeType.SEQUENTIAL, c.volume("seq_vol").type());
        assertEquals(Optional.of("mdisk4"), c.volume("seq_vol").mdisk());
        assertEquals(CacheMode.READONLY, c.volume("db_snap").cache());
        assertEquals(CacheMode.READONLY, c.volume("report_vol").cache());
        assertEquals("Pool_DB", c.volume("mirror_vol").pool()); // the primary copy
        // its other copy (lsvdisk-detail copy block) is its mirror, copy 1
        assertEquals("Pool_MIR", c.volume("mirror_vol").mirror().orElseThrow().pool());
        assertEquals("Pool_DB", c.volume("mirror_vol").copies().get(0).pool());
        assertEquals(12, c.volumes().size());
        // MDisks: image, unmanaged, LUN ids <controller>:<ctrl_LUN_#>; the array MDisk is left out
        assertEquals(MDiskMode.IMAGE, c.mdisk("mdisk2@SVC_A").mode());
        assertEquals("DS8K_A:0000000000000005", c.mdisk("mdisk2@SVC_A").lun());
        assertEquals(MDiskMode.UNMANAGED, c.mdisk("mdisk3").mode());
        assertEquals("SVC_B_internal:mdisk2", c.mdisk("mdisk2@SVC_B").lun()); // an array: internal drives
        // hosts and their mappings, the overlay's additions
        assertEquals(List.of("db_vol", "log_vol"), c.host("app01").volumes());
        assertEquals(List.of("img_vol", "mirror_vol", "seq_vol"), c.host("app02").volumes());
        assertTrue(c.host("dr_host").readOnly());
        assertEquals(List.of("DS8K_A:0000000000000006"), c.host("report_host").luns());
        assertTrue(c.controller("DS8K_A").nativeCopy().pointInTime());
        assertEquals("IBM 2107900", c.controller("DS8K_B").model());
        // one partnership and each relationship once, though both systems list them
        assertEquals(1, c.partnerships().size());
        assertEquals(List.of("SVC_A", "SVC_B"), c.partnerships().get(0).systems());
        assertEquals(List.of("rc_db", "rc_log"), c.remoteCopies().stream().map(RemoteCopy::id).toList());
        assertEquals(Optional.of("cg_db"), c.remoteCopy("rc_db").consistencyGroup());
        assertEquals("db_vol_dr", c.remoteCopy("rc_db").aux());
        assertEquals(2, c.flashCopies().size());
        assertEquals(1, c.backendCopies().size());
        assertTrue(c.upgrade().isPresent());
    }

    @Test
    void whatTheFormatCannotExpressIsWarnedAboutWithTheExportLine() {
        List<String> w = importTwoSites().warnings().stream().map(ConfigError::toString).toList();
        assertHas(w, "siteB/lsmdisk.txt:4:", "array", "SVC_B_internal");
        assertHas(w, "siteB/lspartnership.txt:4:", "SVC_C");
        assertHas(w, "siteB/lsrcrelationship.json:", "rc_archive", "SVC_C");
        assertHas(w, "siteA/lsfcmap.txt:2:", "fccg_nightly");
        assertHas(w, "siteA/lsrcconsistgrp.txt:3:", "cg_spare");
        assertHas(w, "siteB/lsmdisk.txt:2:", "mdisk0", "mdisk0@<system>");
    }

    private static void assertHas(List<String> lines, String... parts) {
        assertTrue(lines.stream().anyMatch(l -> Stream.of(parts).allMatch(l::contains)),
                "no line with " + List.of(parts) + " in:\n" + String.join("\n", lines));
    }

    @Test
    void everyElementCarriesItsOriginAndTheYamlLoadsUnchanged() {
        ImportResult.Imported r = importTwoSites();
        String yaml = r.yaml();
        String dbVol = yaml.lines().filter(l -> l.startsWith("  - {id: db_vol,")).findFirst().orElseThrow();
        assertTrue(dbVol.contains("# ") && dbVol.contains("siteA/lsvdisk.txt:2")
                && dbVol.contains("siteA/lsvdisk-detail.txt:1"), dbVol);
        LoadResult again = ConfigLoader.parse("again.yaml", yaml);
        assertInstanceOf(LoadResult.Loaded.class, again);
        ImportOrigins origins = ImportOrigins.of(yaml);
        Config c = ((LoadResult.Loaded) again).config();
        int line = c.locate(c.volume("bi_vol")).line();
        assertTrue(origins.at(line).orElseThrow().contains("siteB/lsvdisk.json:"), origins.at(line).toString());
        assertFalse(ImportOrigins.of("name: x\nsystems: []  # a.txt:1\n").at(2).isPresent());
    }

    private static Path copyFixtures(Path tmp) throws IOException {
        for (String site : List.of("siteA", "siteB")) {
            Path to = Files.createDirectories(tmp.resolve(site));
            try (Stream<Path> files = Files.list(fixtures().resolve(site))) {
                for (Path f : files.toList()) {
                    Files.copy(f, to.resolve(f.getFileName()));
                }
            }
        }
        return tmp;
    }

    @Test
    void malformedExportsGetEveryProblemLocatedInOnePass(@TempDir Path tmp) throws IOException {
        Path root = copyFixtures(tmp);
        Path a = root.resolve("siteA");
        // lsnode exported with -delim : (iSCSI names contain colons)
        Files.writeString(a.resolve("lsnode.txt"), Files.readString(a.resolve("lsnode.txt")).replace('!', ':'));
        Files.delete(root.resolve("siteB/lsmdisk.txt"));
        Files.writeString(a.resolve("lsvdisk.txt"), Files.readString(a.resolve("lsvdisk.txt"))
                .replace("!Pool_SEQ!1.00TB!seq!", "!Pool_NONE!1.00TB!seq!"));
        Files.writeString(a.resolve("lsrcrelationship.txt"), Files.readString(a.resolve("lsrcrelationship.txt"))
                .replace("!log_vol_dr!", "!log_vol_drr!"));
        Files.writeString(a.resolve("lshost.txt"), Files.readString(a.resolve("lshost.txt"))
                + "2!extra!2!4!online!!!!!scsi!!!surplus\n");
        ImportResult r = Importer.run(List.of(a, root.resolve("siteB")), Optional.empty(), "out.yaml");
        ImportResult.Failed f = assertInstanceOf(ImportResult.Failed.class, r);
        List<String> e = f.errors().stream().map(ConfigError::toString).toList();
        assertHas(e, "siteA/lsnode.txt:2:", "re-export with '-delim !'");
        assertHas(e, "siteB/lsmdisk.txt", "required file lsmdisk.txt");
        assertHas(e, "siteA/lsvdisk.txt:5:", "seq_vol", "Pool_NONE");
        assertHas(e, "siteA/lsrcrelationship.txt:3:", "log_vol_drr");
        assertHas(e, "siteA/lshost.txt:4:", "13 fields", "12");
        assertTrue(e.stream().noneMatch(s -> s.contains("Exception")), String.join("\n", e));
    }

    @Test
    void anOverlayReferenceThatNamesNothingIsLocatedInTheOverlay(@TempDir Path tmp) throws IOException {
        Path overlay = tmp.resolve("overlay.yaml");
        Files.writeString(overlay, "hosts:\n  - {id: app01, readOnly: true}\n  - {id: new_host, volumes: [no_such_vol]}\n");
        Path root = fixtures();
        ImportResult r = Importer.run(List.of(root.resolve("siteA"), root.resolve("siteB")), Optional.of(overlay),
                "out.yaml");
        ImportResult.Failed f = assertInstanceOf(ImportResult.Failed.class, r);
        assertEquals(1, f.errors().size(), f.errors().toString());
        ConfigError e = f.errors().get(0);
        assertEquals(overlay.toString(), e.location().file());
        assertEquals(3, e.location().line());
        assertTrue(e.message().contains("no_such_vol"), e.message());
    }

    @Test
    void anOverlayUpdatesImportedElementsByIdAndAddsNewOnes(@TempDir Path tmp) throws IOException {
        Path overlay = tmp.resolve("o.yaml");
        Files.writeString(overlay, "volumes:\n  - {id: db_snap, cache: none}\nworkload: {stress: true}\n");
        Path root = fixtures();
        ImportResult r = Importer.run(List.of(root.resolve("siteA"), root.resolve("siteB")), Optional.of(overlay),
                "out.yaml");
        Config c = assertInstanceOf(ImportResult.Imported.class, r).config();
        assertEquals(CacheMode.NONE, c.volume("db_snap").cache());
        assertEquals("Pool_DB", c.volume("db_snap").pool());
        assertTrue(c.workload().stress());
        String line = ((ImportResult.Imported) r).yaml().lines().filter(l -> l.contains("{id: db_snap,"))
                .findFirst().orElseThrow();
        assertTrue(line.contains("o.yaml:2"), line);
    }

    @Test
    void aPartnershipToASystemNotGivenIsLeftOutWithAWarning() {
        ImportResult r = Importer.run(List.of(fixtures().resolve("siteB")), Optional.empty(), "b.yaml");
        ImportResult.Imported i = assertInstanceOf(ImportResult.Imported.class, r);
        assertTrue(i.config().partnerships().isEmpty());
        assertTrue(i.config().remoteCopies().isEmpty());
        List<String> w = i.warnings().stream().map(ConfigError::toString).toList();
        assertHas(w, "lspartnership.txt:3:", "SVC_A");
        assertHas(w, "rc_db", "SVC_A");
    }

    @Test
    void whatOnlyValidationFindsIsLocatedAtTheExportLineItCameFrom(@TempDir Path tmp) throws IOException {
        Path root = copyFixtures(tmp);
        Path a = root.resolve("siteA");
        Path b = root.resolve("siteB");
        // an I/O group left with one node, and two systems that do not list each other as partners
        Files.writeString(a.resolve("lsnode.txt"), Files.readString(a.resolve("lsnode.txt"))
                .lines().filter(l -> !l.contains("A_node2")).reduce("", (x, y) -> x + y + "\n"));
        Files.writeString(a.resolve("lspartnership.txt"), Files.readString(a.resolve("lspartnership.txt"))
                .lines().filter(l -> !l.contains("!SVC_B!")).reduce("", (x, y) -> x + y + "\n"));
        Files.writeString(b.resolve("lspartnership.txt"), Files.readString(b.resolve("lspartnership.txt"))
                .lines().filter(l -> !l.contains("!SVC_A!")).reduce("", (x, y) -> x + y + "\n"));
        ImportResult r = Importer.run(List.of(a, b), Optional.empty(), "out.yaml");
        List<String> e = assertInstanceOf(ImportResult.Failed.class, r).errors().stream()
                .map(ConfigError::toString).toList();
        assertHas(e, "siteA/lsiogrp.txt:2:", "1 node");
        assertHas(e, "siteA/lsrcrelationship.txt:2:", "rc_db", "no partnership");
        assertHas(e, "siteA/lsrcrelationship.txt:3:", "rc_log", "no partnership");
    }

    @Test
    void aRelationshipSwitchedToItsAuxIsImportedInTheDirectionItCopies(@TempDir Path tmp) throws IOException {
        Path root = copyFixtures(tmp);
        Path a = root.resolve("siteA");
        // a consistency group switches as a whole (switchrcconsistgrp): both of cg_db's relationships
        Files.writeString(a.resolve("lsrcrelationship.txt"), Files.readString(a.resolve("lsrcrelationship.txt"))
                .replace("!log_vol_dr!master!", "!log_vol_dr!aux!").replace("!db_vol_dr!master!", "!db_vol_dr!aux!"));
        Files.delete(root.resolve("siteB/lsrcrelationship.json"));
        ImportResult r = Importer.run(List.of(a, root.resolve("siteB")), Optional.empty(), "out.yaml");
        ImportResult.Imported i = assertInstanceOf(ImportResult.Imported.class, r);
        assertEquals("log_vol_dr", i.config().remoteCopy("rc_log").master());
        assertEquals("log_vol", i.config().remoteCopy("rc_log").aux());
        assertEquals("db_vol_dr", i.config().remoteCopy("rc_db").master());
        assertHas(i.warnings().stream().map(ConfigError::toString).toList(), "siteA/lsrcrelationship.txt:3:",
                "primary is aux");
    }

    @Test
    void aMistypedOverlaySectionIsLocatedInTheOverlay(@TempDir Path tmp) throws IOException {
        Path overlay = tmp.resolve("overlay.yaml");
        Files.writeString(overlay, "# fixes\nvolumez:\n  - {id: db_snap, cache: none}\n");
        Path root = fixtures();
        ImportResult r = Importer.run(List.of(root.resolve("siteA"), root.resolve("siteB")), Optional.of(overlay),
                "out.yaml");
        ImportResult.Failed f = assertInstanceOf(ImportResult.Failed.class, r);
        assertEquals(overlay.toString(), f.errors().get(0).location().file(), f.errors().toString());
        assertEquals(3, f.errors().get(0).location().line(), f.errors().toString()); // the section's value
        assertTrue(f.errors().get(0).message().contains("volumes"), f.errors().toString());
    }
}
