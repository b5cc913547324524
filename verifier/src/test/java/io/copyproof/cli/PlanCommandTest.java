package io.copyproof.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.copyproof.fixtures.TwoSystems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code copyproof plan}: the plans of the upgrade examples pinned, the exits, and --output. */
class PlanCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path EXAMPLES = Path.of("..", "examples");

    private static CliTest.Run run(String... args) {
        return CliTest.run(Main.wiring(), args);
    }

    /** Each plan as "step<after,after | ..." with its rounds, added steps and stopped relationships. */
    private static List<String> plans(JsonNode report) {
        List<String> out = new ArrayList<>();
        for (JsonNode p : report.get("plans")) {
            List<String> steps = new ArrayList<>();
            for (JsonNode s : p.get("upgrade").get("steps")) {
                String name = s.has("system") ? s.get("system").asText() : s.get("id").asText();
                List<String> after = new ArrayList<>();
                if (s.has("after")) {
                    s.get("after").forEach(a -> after.add(a.asText()));
                }
                steps.add(name + "<" + String.join(",", after));
            }
            out.add(p.get("rounds").asInt() + " " + p.get("added") + " " + p.get("stoppedRelationships") + " "
                    + String.join(" | ", steps));
        }
        return out;
    }

    private static final List<String> EITHER_ORDER = List.of("2 [] [] SVC_A< | SVC_B<SVC_A", "2 [] [] SVC_B< | SVC_A<SVC_B");
    private static final List<String> STOP_RESTART = List.of(
            "3 [] [\"rc_db\"] stop-rc_db< | SVC_A<stop-rc_db | SVC_B<stop-rc_db | start-rc_db<SVC_A,SVC_B");

    static Stream<Arguments> examples() {
        List<Arguments> all = new ArrayList<>();
        for (String n : List.of("upgrade-concurrent-metro", "upgrade-concurrent-global", "upgrade-concurrent-metro-stress")) {
            all.add(Arguments.of(n + ".hazard", EITHER_ORDER));
            all.add(Arguments.of(n + ".safe", EITHER_ORDER));
        }
        // SVC_B at 8.3.1.9 is below 8.6.0.0's minimum partner level: only SVC_B first
        all.add(Arguments.of("partner-below-min-level.hazard", List.of("2 [] [] SVC_B< | SVC_A<SVC_B")));
        all.add(Arguments.of("partner-below-min-level.safe", List.of("2 [] [] SVC_B< | SVC_A<SVC_B")));
        // the release notes say to stop Global Mirror: no order alone is safe with rc_db running
        all.add(Arguments.of("release-notes-stop-global.hazard", STOP_RESTART));
        all.add(Arguments.of("release-notes-stop-global.safe", EITHER_ORDER));
        // incompatible in either order: the stop/restart plan, both upgrades in one round
        all.add(Arguments.of("upgrade-stop-restart.hazard", STOP_RESTART));
        // its own stop and restart are kept, with their ids, around both upgrades, which then share a round
        all.add(Arguments.of("upgrade-stop-restart.safe", List.of(
                "3 [] [\"rc_db\"] stop_gm< | SVC_A<stop_gm | SVC_B<stop_gm | start_gm<SVC_A,SVC_B")));
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void pinsThePlanOfEachUpgradeExample(String example, List<String> expected) throws IOException {
        CliTest.Run r = run("plan", "--format", "json", EXAMPLES.resolve(example + ".yaml").toString());
        assertEquals(0, r.code(), r.err());
        JsonNode report = JSON.readTree(r.out());
        assertEquals("found", report.get("status").asText());
        assertEquals(expected, plans(report));
    }

    @Test
    void countsTheSearchWithTheRightPlurals() {
        CliTest.Run r = run("plan", EXAMPLES.resolve("upgrade-stop-restart.safe.yaml").toString());
        assertEquals(0, r.code(), r.err());
        // the input's own operator steps leave one order: one candidate, proved by one whole verify
        assertTrue(r.out().contains("Searched  1 candidate plan, 2 slice checks (0 answered from the memo), "
                + "1 whole verify of plans that passed their slices\n"), r.out());
    }

    @Test
    void saysWhenNoOrderWorksWithoutStoppingAndOffersTheStopRestartPlan() {
        CliTest.Run r = run("plan", EXAMPLES.resolve("upgrade-stop-restart.hazard.yaml").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("no order of the upgrade steps verifies: each fails UP-COMPATIBLE-LEVELS"), r.out());
        assertTrue(r.out().contains("- {id: stop-rc_db, stop: rc_db}"), r.out());
        assertTrue(r.out().contains("# round 3\n    - {id: start-rc_db, start: rc_db, after: [SVC_A, SVC_B]}"), r.out());
    }

    /**
     * Two partnered systems, levels and release note given; relationships ({@code rels}: a whole
     * {@code remoteCopies} section, or empty) and steps appended.
     */
    private static String config(String levelB, String note, String rels, String... steps) {
        return TwoSystems.of(1).levels("8.5.0.6", levelB).releaseNote(note).hosts("  - {id: h1, volumes: [v1]}\n")
                .bounds("{writesPerHost: 1, blocksPerVolume: 1}").remoteCopies(rels.replaceFirst("^remoteCopies:\n", ""))
                .yaml(steps);
    }

    private static final String GM = "remoteCopies:\n  - {id: rc_db, type: global, master: v1, aux: w1}\n";

    @Test
    void addsAnUpgradeStepForAPartnerTheReleaseNotesWouldLeaveBehind(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("add.yaml");
        Files.writeString(f, config("8.3.1.9", "{level: 8.6.0.0, minPartnerLevel: 8.5.0.0}", GM, "{system: SVC_A}"));
        CliTest.Run r = run("plan", "--format", "json", f.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("2 [\"SVC_B\"] [] SVC_B< | SVC_A<SVC_B"), plans(JSON.readTree(r.out())));
    }

    private static final String STOP_GLOBAL = "{level: 8.6.0.0, stopBeforeUpgrade: [global]}";

    @Test
    void keepsTheOperatorStepsOfTheInputAsConstraints(@TempDir Path dir) throws IOException {
        // "stop GM, upgrade A, then B, restart": the plan keeps the steps, their ids and their after lists
        Path f = dir.resolve("kept.yaml");
        Files.writeString(f, config("8.5.0.6", STOP_GLOBAL, GM, "{id: stop_gm, stop: rc_db}",
                "{system: SVC_A, after: [stop_gm]}", "{system: SVC_B, after: [stop_gm, SVC_A]}",
                "{id: start_gm, start: rc_db, after: [SVC_B]}"));
        CliTest.Run r = run("plan", "--format", "json", f.toString());
        assertEquals(0, r.code(), r.err());
        // the restart waits for SVC_A through SVC_B: kept; the order of SVC_A and SVC_B is the search's
        assertEquals(List.of("3 [] [\"rc_db\"] stop_gm< | SVC_A<stop_gm | SVC_B<stop_gm | start_gm<SVC_A,SVC_B"),
                plans(JSON.readTree(r.out())));
        assertTrue(JSON.readTree(r.out()).get("wholeChecks").asInt() >= 1, r.out());
        Path o = dir.resolve("out.yaml");
        assertEquals(0, run("plan", "-o", o.toString(), f.toString()).code());
        assertEquals(0, run("verify", o.toString()).code());
    }

    @Test
    void operatorStepsAroundBothUpgradesLetThePartnersShareARound(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("around.yaml");
        Files.writeString(f, config("8.5.0.6", STOP_GLOBAL, GM, "{id: stop_gm, stop: rc_db}",
                "{system: SVC_A, after: [stop_gm]}", "{system: SVC_B, after: [stop_gm]}",
                "{id: start_gm, start: rc_db, after: [SVC_A, SVC_B]}"));
        CliTest.Run r = run("plan", "--format", "json", f.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("3 [] [\"rc_db\"] stop_gm< | SVC_A<stop_gm | SVC_B<stop_gm | start_gm<SVC_A,SVC_B"),
                plans(JSON.readTree(r.out())));
    }

    @Test
    void anOrderThatWouldMakeACycleWithTheKeptStepsIsNotTried(@TempDir Path dir) throws IOException {
        // SVC_A waits for the restart, which waits for SVC_B: only SVC_B first is an order
        Path f = dir.resolve("cycle.yaml");
        Files.writeString(f, config("8.5.0.6", "{level: 8.6.0.0}", GM, "{id: stop_gm, stop: rc_db}",
                "{system: SVC_A, after: [start_gm]}", "{system: SVC_B, after: [stop_gm]}",
                "{id: start_gm, start: rc_db, after: [SVC_B]}"));
        CliTest.Run r = run("plan", "--format", "json", f.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("4 [] [\"rc_db\"] stop_gm< | SVC_B<stop_gm | start_gm<SVC_B | SVC_A<start_gm"),
                plans(JSON.readTree(r.out())));
    }

    @Test
    void saysWhenTheKeptStepsAreTheOnlyStopsAndNoPlanWorks(@TempDir Path dir) throws IOException {
        // incompatible in either order, and the restart of the only relationship comes before SVC_B upgrades
        Path f = dir.resolve("early.yaml");
        Files.writeString(f, config("8.4.0.10", "{level: 8.6.0.0, minPartnerLevel: 8.5.0.0}", GM,
                "{id: stop_gm, stop: rc_db}", "{system: SVC_A, after: [stop_gm]}",
                "{id: start_gm, start: rc_db, after: [stop_gm, SVC_A]}", "{system: SVC_B, after: [start_gm]}")
                .replace("codeLevel: 8.5.0.6", "codeLevel: 8.4.0.10"));
        CliTest.Run r = run("plan", f.toString());
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("no relationship is running between the systems that the input's operator steps "
                + "do not already stop or start, so stopping relationships cannot help"), r.out());
    }

    @Test
    void exitsOneWithWhyWhenNothingInTheSpaceWorks(@TempDir Path dir) throws IOException {
        // no relationship to stop, and the partnership is incompatible in either order
        Path f = dir.resolve("none.yaml");
        Files.writeString(f, config("8.4.0.10", "{level: 8.6.0.0, minPartnerLevel: 8.5.0.0}", "",
                "{system: SVC_A}", "{system: SVC_B}").replace("codeLevel: 8.5.0.6", "codeLevel: 8.4.0.10"));
        CliTest.Run r = run("plan", f.toString());
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.out().startsWith("NO PLAN"), r.out());
        assertTrue(r.out().contains("each fails UP-COMPATIBLE-LEVELS")
                && r.out().contains("stopping relationships cannot help"), r.out());
    }

    @Test
    void badInputIsLocatedExitTwo(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("noplan.yaml");
        Files.writeString(f, config("8.5.0.6", "{level: 8.6.0.0}", GM).replaceAll("upgrade:[\\s\\S]*", ""));
        CliTest.Run r = run("plan", f.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("noplan.yaml:") && r.err().contains("no 'upgrade' section"), r.err());
        assertTrue(!r.err().contains("Exception"), r.err());
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, config("8.5.0.6", "{level: 8.6.0.0}", GM, "{stop: rc_dbx}"));
        CliTest.Run b = run("plan", bad.toString());
        assertEquals(2, b.code());
        assertTrue(b.err().contains("bad.yaml:") && b.err().contains("/upgrade/steps/0/stop"), b.err());
        assertEquals(2, run("plan", "--format", "html", f.toString()).code());
    }

    @Test
    void outputKeepsEveryOtherByteAndVerifies(@TempDir Path dir) throws IOException {
        String text = "# site config\n" + config("8.3.1.9", "{level: 8.6.0.0, minPartnerLevel: 8.5.0.0}", GM,
                "{system: SVC_A}") + "# trailing comment\nworkload: {stress: false}\n";
        Path f = dir.resolve("in.yaml");
        Files.writeString(f, text);
        Path o = dir.resolve("out.yaml");
        assertEquals(0, run("plan", "-o", o.toString(), f.toString()).code());
        String written = Files.readString(o, StandardCharsets.UTF_8);
        int at = text.indexOf("upgrade:");
        assertEquals(text.substring(0, at), written.substring(0, at));
        assertTrue(written.endsWith("# trailing comment\nworkload: {stress: false}\n"), written);
        assertTrue(written.contains("    - {system: SVC_A, after: [SVC_B]}"), written);
        assertEquals(0, run("verify", o.toString()).code());
    }

    @Test
    void outputOfAJsonConfiguration(@TempDir Path dir) throws IOException {
        Path src = EXAMPLES.resolve("partner-below-min-level.hazard.yaml");
        // the same configuration as JSON, through the loader's own reading of YAML
        JsonNode tree = new ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory()).readTree(src.toFile());
        String text = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree) + "\n";
        Path f = dir.resolve("c.json");
        Files.writeString(f, text);
        Path o = dir.resolve("o.json");
        assertEquals(0, run("plan", "--output", o.toString(), f.toString()).code());
        String written = Files.readString(o);
        int at = text.indexOf("\"upgrade\"");
        assertEquals(text.substring(0, at), written.substring(0, at));
        JsonNode up = JSON.readTree(written).get("upgrade");
        assertEquals("SVC_A", up.get("steps").get(1).get("system").asText());
        assertEquals("SVC_B", up.get("steps").get(1).get("after").get(0).asText());
        assertEquals(0, run("verify", o.toString()).code());
    }
}
