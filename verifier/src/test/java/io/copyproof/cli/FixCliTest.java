package io.copyproof.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code copyproof fix}: exit codes, located changes, {@code --output} keeping comments, bad input. */
class FixCliTest {
    static final Path EXAMPLES = Path.of("..", "examples");

    static CliTest.Run run(String... args) {
        return CliTest.run(Main.wiring(), args);
    }

    @Test
    void printsEachChangeAtItsPlaceWithBeforeAndAfter() {
        CliTest.Run r = run("fix", EXAMPLES.resolve("backend-snapshot-cached.hazard.yaml").toString(), "--threads", "1");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("backend-snapshot-cached.hazard.yaml:35:12  /volumes/0/cache: readwrite -> none"),
                r.out());
        assertTrue(r.out().contains("restores CS-PIT-COMPLETE, CS-PIT-ORDER, CS-CACHE-ENABLED-SOURCE"), r.out());
        assertTrue(r.out().contains("verified (engine explorer, bounds writesPerHost=2"), r.out());
    }

    @Test
    void theBudgetsOfDiffPlanAndFixAreCheckedAndCappedAsVerifysAre() {
        String hazard = EXAMPLES.resolve("upgrade-concurrent-metro.hazard.yaml").toString();
        for (String[] cmd : List.of(new String[] {"fix", hazard}, new String[] {"plan", hazard},
                new String[] {"diff", hazard, hazard})) {
            List<String> zero = new java.util.ArrayList<>(List.of(cmd));
            zero.addAll(List.of("--threads", "0"));
            CliTest.Run bad = run(zero.toArray(String[]::new));
            assertEquals(2, bad.code(), cmd[0] + ": " + bad.err());
            assertTrue(bad.err().contains("--threads and --max-states must be at least 1"), bad.err());
            List<String> many = new java.util.ArrayList<>(List.of(cmd));
            many.addAll(List.of("--threads", "100000"));
            CliTest.Run capped = run(many.toArray(String[]::new));
            assertTrue(capped.err().contains("--threads 100000 is more than this machine can use"),
                    cmd[0] + ": " + capped.err());
            assertTrue(capped.code() == 0 || capped.code() == 1, cmd[0] + " exit " + capped.code() + ": " + capped.err());
        }
    }

    @Test
    void outputKeepsCommentsAndLayoutAndVerifies(@TempDir Path dir) throws IOException {
        Path in = EXAMPLES.resolve("dr-host-writes-aux.hazard.yaml");
        Path out = dir.resolve("repaired.yaml");
        CliTest.Run r = run("fix", in.toString(), "--output", out.toString(), "--threads", "1");
        assertEquals(0, r.code(), r.err());
        List<String> before = Files.readAllLines(in);
        List<String> after = Files.readAllLines(out);
        assertEquals(before.size(), after.size());
        int changed = 0;
        for (int i = 0; i < before.size(); i++) {
            if (!before.get(i).equals(after.get(i))) {
                changed++;
                assertEquals("  - {id: dr_host, volumes: [db_vol_dr], readOnly: true}", after.get(i));
            }
        }
        assertEquals(1, changed);
        assertTrue(after.get(0).startsWith("#"), "the leading comment is kept");
        assertEquals(0, run("verify", out.toString(), "--threads", "1").code());
    }

    @Test
    void noRepairInTheCatalogExitsOneAndSaysWhatResists(@TempDir Path dir) {
        Path out = dir.resolve("never.yaml");
        CliTest.Run r = run("fix", EXAMPLES.resolve("unsupported-controller.hazard.yaml").toString(), "--threads", "1",
                "-o", out.toString());
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("resists: CS-UNSUPPORTED-CONTROLLER"), r.out());
        assertFalse(Files.exists(out), "nothing is written when no repair was verified");
    }

    @Test
    void jsonNamesTheStatusTheChangesAndTheProof() throws IOException {
        CliTest.Run r = run("fix", EXAMPLES.resolve("upgrade-concurrent-metro.hazard.yaml").toString(), "--format",
                "json", "--threads", "1");
        assertEquals(0, r.code(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals("repaired", j.get("status").asText());
        assertEquals("verified", j.get("proof").get("verdict").asText());
        JsonNode change = j.get("repairs").get(0).get("changes").get(0);
        assertEquals("/upgrade/steps/1/after", change.get("path").asText());
        assertEquals("after: [SVC_A]", change.get("after").asText());
        assertEquals(47, change.get("location").get("line").asInt());
    }

    @Test
    void badInputIsLocatedAndExitsTwo(@TempDir Path dir) throws IOException {
        Path bad = CliTest.write(dir, "bad.yaml", "name: x\nvolumes:\n  - {id: v, cache: sometimes}\n");
        CliTest.Run r = run("fix", bad.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("bad.yaml:3:"), r.err());
        CliTest.noStackTrace(r);
        CliTest.Run stdin = run("fix", "-");
        assertEquals(2, stdin.code());
        CliTest.Run fmt = run("fix", bad.toString(), "--format", "sarif");
        assertEquals(2, fmt.code());
        CliTest.noStackTrace(fmt);
    }

    @Test
    void aSafeConfigurationHasNothingToRepair() {
        CliTest.Run r = run("fix", EXAMPLES.resolve("backend-snapshot-cached.safe.yaml").toString(), "--threads", "1");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("nothing to repair"), r.out());
    }

    @Test
    void verifySuggestShowsTheVerifiedRepairAndKeepsTheVerdict() throws IOException {
        String hazard = EXAMPLES.resolve("upgrade-concurrent-metro.hazard.yaml").toString();
        CliTest.Run text = run("verify", hazard, "--suggest", "--threads", "1");
        assertEquals(1, text.code(), "the file as it is stays violated");
        assertTrue(text.out().contains("Verified repair: upgrade 'SVC_A' before 'SVC_B'"), text.out());
        assertTrue(text.out().contains("upgrade-concurrent-metro.hazard.yaml:47:7  /upgrade/steps/1/after: (absent) → "
                + "after: [SVC_A]"), text.out());
        JsonNode sarif = new ObjectMapper().readTree(run("verify", hazard, "--suggest", "--format", "sarif",
                "--threads", "1").out());
        JsonNode rep = null;
        for (JsonNode res : sarif.get("runs").get(0).get("results")) {
            if (res.has("fixes")) {
                rep = res.get("fixes").get(0).get("artifactChanges").get(0).get("replacements").get(0);
            }
        }
        assertTrue(rep != null, sarif::toString);
        assertEquals(", after: [SVC_A]", rep.get("insertedContent").get("text").asText());
        assertEquals(47, rep.get("deletedRegion").get("startLine").asInt());
        CliTest.Run plain = run("verify", hazard, "--threads", "1");
        assertFalse(plain.out().contains("Verified repair"), "no suggestion without --suggest");
        CliTest.Run resists = run("verify", EXAMPLES.resolve("unsupported-controller.hazard.yaml").toString(),
                "--suggest", "--threads", "1");
        assertFalse(resists.out().contains("Verified repair"), resists.out());
        assertTrue(resists.err().contains("no verified repair to suggest"), resists.err());
    }
}
