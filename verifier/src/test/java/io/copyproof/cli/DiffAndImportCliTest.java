package io.copyproof.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code copyproof diff} on example pairs and {@code copyproof import} on the two-site fixtures, end to end. */
class DiffAndImportCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path EXAMPLES = Path.of("..", "examples");
    private static final Path SITES = Path.of("..", "models", "src", "test", "resources", "imports", "two-sites");
    private static final String SAFE = EXAMPLES.resolve("backend-snapshot-cached.safe.yaml").toString();
    private static final String HAZARD = EXAMPLES.resolve("backend-snapshot-cached.hazard.yaml").toString();

    private static CliTest.Run run(String... args) {
        return CliTest.run(Main.wiring(), args);
    }

    private static List<String> ids(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(e -> out.add(e.get("id").asText()));
        return out;
    }

    @Test
    void safeToHazardExitsOneAndListsOnlyTheNewViolations() throws IOException {
        CliTest.Run verify = run("verify", "--format", "json", HAZARD);
        JsonNode report = JSON.readTree(verify.out());
        JsonNode hazard = report.isArray() ? report.get(0) : report.has("results") ? report.get("results").get(0) : report;
        CliTest.Run r = run("diff", SAFE, HAZARD, "--format", "json");
        assertEquals(1, r.code(), r.err());
        JsonNode d = JSON.readTree(r.out());
        List<String> expected = new ArrayList<>(ids(hazard.get("violations")));
        hazard.get("findings").forEach(f -> {
            if (f.get("severity").asText().equals("error")) {
                expected.add(f.get("id").asText());
            }
        });
        assertEquals(expected.stream().sorted().toList(), ids(d.get("new")).stream().sorted().toList());
        assertEquals(0, d.get("removed").size());
        assertEquals(0, d.get("kept").size());
        JsonNode first = d.get("new").get(0);
        assertEquals(HAZARD, first.get("location").get("file").asText());
        assertTrue(first.get("trace").size() > 0, first.toString());
    }

    @Test
    void hazardToSafeExitsZeroAndListsThemAsRemoved() throws IOException {
        CliTest.Run r = run("diff", HAZARD, SAFE, "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode d = JSON.readTree(r.out());
        assertEquals(0, d.get("new").size());
        assertTrue(d.get("removed").size() >= 2, d.toString());
        d.get("removed").forEach(e -> assertEquals(HAZARD, e.get("location").get("file").asText()));
        CliTest.Run text = run("diff", HAZARD, SAFE);
        assertTrue(text.out().contains("Removed by the change"), text.out());
        assertTrue(text.out().contains("CS-PIT-COMPLETE"), text.out());
    }

    @Test
    void movedLinesDoNotMakeAViolationNew(@TempDir Path tmp) throws IOException {
        Path shifted = tmp.resolve("shifted.yaml");
        Files.writeString(shifted, "# a change that only adds lines above\n# and here\n\n" + Files.readString(Path.of(HAZARD)));
        CliTest.Run r = run("diff", HAZARD, shifted.toString(), "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode d = JSON.readTree(r.out());
        assertEquals(0, d.get("new").size());
        assertTrue(d.get("kept").size() >= 2);
        assertEquals(shifted.toString(), d.get("kept").get(0).get("location").get("file").asText());
    }

    @Test
    void sarifListsTheNewResultsOnly() throws IOException {
        JsonNode fresh = JSON.readTree(run("diff", SAFE, HAZARD, "--format", "sarif").out());
        JsonNode newList = JSON.readTree(run("diff", SAFE, HAZARD, "--format", "json").out()).get("new");
        assertEquals(newList.size(), fresh.get("runs").get(0).get("results").size());
        JsonNode none = JSON.readTree(run("diff", HAZARD, HAZARD, "--format", "sarif").out());
        assertEquals(0, none.get("runs").get(0).get("results").size());
    }

    @Test
    void everyFormatRendersAndJunitFailsOnNewOnly() {
        for (String f : List.of("text", "markdown", "html", "junit")) {
            CliTest.Run r = run("diff", SAFE, HAZARD, "--format", f);
            assertEquals(1, r.code(), f + ": " + r.err());
            assertTrue(r.out().contains("CS-PIT-COMPLETE"), f);
        }
        assertTrue(run("diff", SAFE, HAZARD, "--format", "junit").out().contains("<failure"));
        assertFalse(run("diff", HAZARD, SAFE, "--format", "junit").out().contains("<failure"));
    }

    @Test
    void badInputExitsTwoWithoutAStackTrace(@TempDir Path tmp) throws IOException {
        Path bad = CliTest.write(tmp, "bad.yaml", "systems: [ {id: A, codeLevel: 8.5.0.0, ioGroups: []} ]\nvolumes: 3\n");
        CliTest.Run r = run("diff", SAFE, bad.toString());
        assertEquals(2, r.code(), r.out());
        CliTest.noStackTrace(r);
        assertTrue(r.out().contains("bad.yaml:2"), r.out());
        assertEquals(2, run("diff", SAFE, "--format", "nope", HAZARD).code());
    }

    @Test
    void importedTwoSitesVerifyAndAFindingNamesTheExportLine(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("two.yaml");
        CliTest.Run imp = run("import", SITES.resolve("siteA").toString(), SITES.resolve("siteB").toString(),
                "--overlay", SITES.resolve("overlay.yaml").toString(), "--output", out.toString());
        assertEquals(0, imp.code(), imp.err());
        assertTrue(imp.err().contains("warning:"), imp.err());
        assertEquals(0, run("verify", out.toString()).code());
        // the proposed change: enable the cache of the image volume whose LUN the backend snapshots
        Path changed = tmp.resolve("changed.yaml");
        Files.writeString(changed, Files.readString(out).replace("type: image, mdisk: mdisk2@SVC_A, cache: none",
                "type: image, mdisk: mdisk2@SVC_A, cache: readwrite"));
        CliTest.Run d = run("diff", out.toString(), changed.toString());
        assertEquals(1, d.code(), d.out());
        assertTrue(d.out().contains("CS-CACHE-ENABLED-SOURCE"), d.out());
        assertTrue(d.out().contains("(exported at "), d.out());
        assertTrue(d.out().contains("siteA/lsvdisk.txt:4"), d.out());
    }

    @Test
    void aMalformedExportExitsTwoWithEveryProblemLocated(@TempDir Path tmp) throws IOException {
        for (String site : List.of("siteA", "siteB")) {
            Path to = Files.createDirectories(tmp.resolve(site));
            try (Stream<Path> files = Files.list(SITES.resolve(site))) {
                for (Path f : files.toList()) {
                    Files.copy(f, to.resolve(f.getFileName()));
                }
            }
        }
        Path node = tmp.resolve("siteA/lsnode.txt");
        Files.writeString(node, Files.readString(node).replace('!', ':'));
        Files.delete(tmp.resolve("siteB/lsvdisk.json"));
        CliTest.Run r = run("import", tmp.resolve("siteA").toString(), tmp.resolve("siteB").toString());
        assertEquals(2, r.code(), r.err());
        CliTest.noStackTrace(r);
        assertTrue(r.err().contains("siteA/lsnode.txt:2:"), r.err());
        assertTrue(r.err().contains("lsvdisk.txt (or lsvdisk.json) is missing"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void anInconclusiveAfterWithNothingNewExitsThree() throws IOException {
        CliTest.Run r = run("diff", SAFE, SAFE, "--max-states", "1", "--format", "json");
        assertEquals(3, r.code(), r.out());
        JsonNode d = JSON.readTree(r.out());
        assertEquals("inconclusive", d.get("outcome").asText());
        assertTrue(d.get("note").asText().contains("may be hidden"), d.toString());
    }
}
