package io.copyproof.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.copyproof.config.Config;
import io.copyproof.fixtures.Configs;
import io.copyproof.result.Stats;
import io.copyproof.result.Violation;
import io.copyproof.rules.Finding;
import io.copyproof.rules.RuleCatalog;
import io.copyproof.rules.RuleInfo;
import io.copyproof.rules.Severity;
import io.copyproof.engine.Engine;
import io.copyproof.engine.EngineResult;
import io.copyproof.engine.VerifyOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CliTest {

    /** The outcome of one in-process run. */
    record Run(int code, String out, String err) {
    }

    static Run run(Wiring wiring, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli(wiring, Cli.Environment.plain()).run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Run run(String... args) {
        return run(Wiring.empty(), args);
    }

    static void noStackTrace(Run r) {
        assertFalse(r.err().contains("\tat "), r.err());
        assertFalse(r.out().contains("\tat "), r.out());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    static Path write(Path dir, String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    // ---- usage ---------------------------------------------------------------------------

    @Test
    void noCommandIsAUsageError() {
        Run r = run();
        assertEquals(2, r.code());
        assertTrue(r.err().contains("a command is required: verify, generate, rules, import, diff or plan"), r.err());
        noStackTrace(r);
    }

    @Test
    void usageErrorsExitTwoWithAClearMessage() {
        for (String[] args : List.of(
                new String[] {"frobnicate"},
                new String[] {"verify"},
                new String[] {"verify", "--bogus", "x.yaml"},
                new String[] {"verify", "--engine", "quantum", "x.yaml"},
                new String[] {"verify", "--format", "pdf", "x.yaml"},
                new String[] {"verify", "--format", "json", "--format", "text", "x.yaml"},
                new String[] {"verify", "--threads", "0", "x.yaml"},
                new String[] {"verify", "--threads", "many", "x.yaml"},
                new String[] {"verify", "--max-states", "0", "x.yaml"},
                new String[] {"verify", "--max-memory", "lots", "x.yaml"},
                new String[] {"verify", "--max-memory", "0", "x.yaml"},
                new String[] {"verify", "--max-memory", "999999g", "x.yaml"},
                new String[] {"verify", "--time-limit", "soon", "x.yaml"},
                new String[] {"verify", "--writes-per-host", "8", "x.yaml"},
                new String[] {"verify", "--blocks-per-volume", "0", "x.yaml"},
                new String[] {"verify", "--snapshots-per-copy", "4", "x.yaml"},
                new String[] {"generate"},
                new String[] {"generate", "a.yaml", "b.yaml"})) {
            Run r = run(args);
            assertEquals(2, r.code(), () -> String.join(" ", args) + "\n" + r.err());
            assertTrue(r.err().startsWith("copyproof: "), () -> String.join(" ", args) + "\n" + r.err());
            assertTrue(r.err().contains("--help"), r.err());
            noStackTrace(r);
        }
        Run typo = run("verfy", "x.yaml");
        assertTrue(typo.err().startsWith("copyproof: unknown command 'verfy'; the commands are verify, generate, rules, "
                + "import, diff and plan (did you mean 'verify'?)"), typo.err());
        assertFalse(run("frobnicate").err().contains("did you mean"));
        assertTrue(run("dif", "a.yaml", "b.yaml").err().contains("(did you mean 'diff'?)"));
        Run r = run("verify", "--engine", "quantum", "x.yaml");
        assertTrue(r.err().contains("--engine must be one of explorer, alloy, both; got 'quantum'"), r.err());
        Run f = run("verify", "--format", "pdf", "x.yaml");
        assertTrue(f.err().contains("allowed: text, json"), f.err());
        Run b = run("verify", "--writes-per-host", "8", "x.yaml");
        assertTrue(b.err().contains("--writes-per-host must be from 1 to 7; got 8"), b.err());
    }

    @Test
    void aMemoryBudgetThatRunsOutIsInconclusiveAndNamesTheSlice() {
        Run r = run(Main.wiring(), "verify", "--max-memory", "4m", "--writes-per-host", "4", "--blocks-per-volume", "4",
                "../examples/two-site-metro-realistic.safe.yaml");
        assertEquals(3, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("the memory budget ran out"), r.out());
        assertTrue(r.out().contains("slice 3 of 3 (host db_host"), r.out());
        assertTrue(r.out().contains("Slices  3 slices"), r.out());
        noStackTrace(r);
    }

    @Test
    void helpAndVersion() {
        Run h = run("--help");
        assertEquals(0, h.code());
        assertTrue(h.out().contains("verify") && h.out().contains("generate") && h.out().contains("rules"), h.out());
        Run vh = run("verify", "--help");
        assertEquals(0, vh.code());
        for (String option : List.of("--engine", "--format", "--output", "--threads", "--max-states", "--time-limit",
                "--writes-per-host", "--blocks-per-volume", "--snapshots-per-copy", "--quiet", "--progress",
                "--full-state", "--no-color")) {
            assertTrue(vh.out().contains(option), option);
        }
        Run v = run("--version");
        assertEquals(0, v.code());
        assertTrue(v.out().startsWith("copyproof "), v.out());
    }

    @Test
    void rulesListsEveryIdWithKindAndTitle() {
        Run r = run("rules");
        assertEquals(0, r.code());
        for (RuleInfo rule : RuleCatalog.all()) {
            assertTrue(r.out().lines().anyMatch(l -> l.startsWith(rule.id() + " ") && l.contains(rule.kind().toString())
                    && l.endsWith(rule.title())), rule.id());
        }
        assertEquals(RuleCatalog.all().size() + 1, r.out().lines().count());
    }

    // ---- verify --------------------------------------------------------------------------

    @Test
    void missingFileExitsTwoWithItsName(@TempDir Path dir) {
        Path f = dir.resolve("absent.yaml");
        Run r = run("verify", f.toString());
        assertEquals(2, r.code());
        assertTrue(r.out().contains("file '" + f + "' not found"), r.out());
        noStackTrace(r);
    }

    @Test
    void invalidFileAsJsonFollowsTheContract(@TempDir Path dir) throws IOException {
        Path f = write(dir, "bad.yaml", """
                systems:
                  - id: SVC_A
                    codeLevel: 8.5.0.6
                    ioGroups: [{id: io_grp0, nodes: [A1, A2]}]
                pools: [{id: p, system: SVC_A}]
                volumes:
                  - id: db_vol
                    system: SVC_A
                    ioGroup: io_grp0
                    pool: p
                    cache: readwite
                """);
        Run r = run("verify", f.toString(), "--format", "json");
        assertEquals(2, r.code(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(f.toString(), json.get("file").asText());
        assertEquals("invalid", json.get("verdict").asText());
        assertTrue(json.has("engine") && json.has("bounds") && json.has("stats") && json.has("violations")
                && json.has("findings"), json::toString);
        JsonNode errors = json.get("errors");
        assertEquals(1, errors.size());
        JsonNode e = errors.get(0);
        assertEquals("volume 'db_vol' has cache 'readwite'; allowed: readwrite, readonly, none",
                e.get("message").asText());
        assertEquals(f.toString(), e.get("location").get("file").asText());
        assertEquals(11, e.get("location").get("line").asInt());
        assertEquals(12, e.get("location").get("column").asInt());
        assertEquals("/volumes/0/cache", e.get("path").asText());
        // people reading the log see the located error on standard error
        assertTrue(r.err().contains(f + ":11:12: volume 'db_vol' has cache 'readwite'"), r.err());
        assertEquals("", run("verify", f.toString(), "--format", "json", "--quiet").err());
    }

    @Test
    void validFileWithoutEnginesIsInconclusiveAndSaysSo(@TempDir Path dir) throws IOException {
        Path f = write(dir, "good.yaml", Configs.SAMPLE);
        Run r = run("verify", f.toString(), "--format", "json");
        assertEquals(3, r.code(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("inconclusive", json.get("verdict").asText());
        assertEquals("no exploration engine is available in this build", json.get("inconclusiveReason").asText());
        assertTrue(r.err().contains("only validated"), r.err());
        assertTrue(r.err().contains("nothing is claimed proved"), r.err());
        Run quiet = run("verify", f.toString(), "--quiet");
        assertEquals(3, quiet.code());
        assertEquals("", quiet.err());
        assertTrue(quiet.out().contains("INCONCLUSIVE"), quiet.out());
    }

    /** An engine that reports one violation (or none), remembering the options it was given. */
    static Engine fakeEngine(String name, boolean violate, AtomicReference<VerifyOptions> seen) {
        return new Engine() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public EngineResult check(Config config, VerifyOptions options) {
                seen.set(options);
                List<Violation> v = violate ? List.of(new Violation("CS-PIT-COMPLETE", "t", name, List.of(), List.of(),
                        "x", config.locate(config.volumes().get(0)), "/volumes/0", Optional.empty())) : List.of();
                return new EngineResult(name, List.of("CS-PIT-COMPLETE"), v, Stats.NONE, List.of(), Optional.empty());
            }
        };
    }

    @Test
    void wiredEnginesDecideTheExitCodeAndGetTheOverriddenBounds(@TempDir Path dir) throws IOException {
        Path f = write(dir, "good.yaml", Configs.SAMPLE);
        AtomicReference<VerifyOptions> seen = new AtomicReference<>();
        Wiring clean = Wiring.empty().withEngine(fakeEngine("explorer", false, seen));
        Run ok = run(clean, "verify", f.toString(), "--writes-per-host", "3", "--threads", "1", "--max-states", "99",
                "--time-limit", "90s");
        assertEquals(0, ok.code(), ok.out() + ok.err());
        assertEquals(3, seen.get().bounds().writesPerHost());
        assertEquals(2, seen.get().bounds().blocksPerVolume());
        assertEquals(1, seen.get().threads());
        assertEquals(99, seen.get().maxStates());
        assertEquals(java.time.Duration.ofSeconds(90), seen.get().timeLimit());

        Run bad = run(Wiring.empty().withEngine(fakeEngine("explorer", true, seen)), "verify", f.toString());
        assertEquals(1, bad.code());

        Run alloyMissing = run(clean, "verify", f.toString(), "--engine", "alloy");
        assertEquals(3, alloyMissing.code());

        Wiring rules = clean.withStaticRules(List.of("CS-CACHE-ENABLED-SOURCE"), c -> List.of(new Finding(
                "CS-CACHE-ENABLED-SOURCE", Severity.ERROR, "m", c.locate(c.volumes().get(1)), "/volumes/1",
                List.of("app_vol"))));
        assertEquals(1, run(rules, "verify", f.toString()).code());
    }

    @Test
    void invalidAmongSeveralFilesExitsTwoAndWritesADirectory(@TempDir Path dir) throws IOException {
        Path good = write(dir, "good.yaml", Configs.SAMPLE);
        Path bad = write(dir, "bad.yaml", "systems: 3\n");
        Path out = dir.resolve("reports");
        Run r = run(Wiring.empty().withEngine(fakeEngine("explorer", false, new AtomicReference<>())), "verify",
                good.toString(), bad.toString(), "--format", "json", "--format", "junit", "--output", out.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(Files.isRegularFile(out.resolve("copyproof.json")));
        assertTrue(Files.isRegularFile(out.resolve("copyproof.junit.xml")));
        assertTrue(r.err().contains("wrote"), r.err());
    }

    @Test
    void outputFileForOneFormat(@TempDir Path dir) throws IOException {
        Path bad = write(dir, "bad.yaml", "systems: 3\n");
        Path report = dir.resolve("r.json");
        Run r = run("verify", bad.toString(), "--format", "json", "--output", report.toString());
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertEquals("invalid", new ObjectMapper().readTree(report.toFile()).get("verdict").asText());
    }

    @Test
    void colourOnlyOnATerminalAndNeverWithNoColor(@TempDir Path dir) throws IOException {
        Path bad = write(dir, "bad.yaml", "systems: 3\n");
        java.util.function.BiFunction<Cli.Environment, String[], String> out = (env, args) -> {
            ByteArrayOutputStream o = new ByteArrayOutputStream();
            new Cli(Wiring.empty(), env).run(args, new PrintStream(o, true, StandardCharsets.UTF_8),
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            return o.toString(StandardCharsets.UTF_8);
        };
        String esc = "\u001b[";
        assertTrue(out.apply(new Cli.Environment(true, Map.of()), new String[] {"verify", bad.toString()}).contains(esc));
        assertFalse(out.apply(new Cli.Environment(false, Map.of()), new String[] {"verify", bad.toString()})
                .contains(esc));
        assertFalse(out.apply(new Cli.Environment(true, Map.of("NO_COLOR", "1")), new String[] {"verify",
                bad.toString()}).contains(esc));
        assertFalse(out.apply(new Cli.Environment(true, Map.of()), new String[] {"verify", "--no-color",
                bad.toString()}).contains(esc));
    }

    // ---- generate ------------------------------------------------------------------------

    @Test
    void generateWithoutAGeneratorExitsTwo(@TempDir Path dir) throws IOException {
        Path f = write(dir, "good.yaml", Configs.SAMPLE);
        Run r = run("generate", f.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("the Alloy generator is not available in this build"), r.err());
    }

    @Test
    void generateWritesTheModel(@TempDir Path dir) throws IOException {
        Path f = write(dir, "good.yaml", Configs.SAMPLE);
        Wiring w = Wiring.empty().withGenerator(c -> "module " + c.name() + "\n");
        Run r = run(w, "generate", f.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("module sample\n", r.out());
        Path model = dir.resolve("out/model.als");
        assertEquals(0, run(w, "generate", f.toString(), "--output", model.toString()).code());
        assertEquals("module sample\n", Files.readString(model));
    }

    @Test
    void generateOnAnInvalidFilePrintsLocatedErrors(@TempDir Path dir) throws IOException {
        Path f = write(dir, "bad.yaml", "systems:\n  - {id: S, codeLevel: x}\n");
        Run r = run(Wiring.empty().withGenerator(c -> "m"), "generate", f.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains(f + ":2:24: system 'S' has codeLevel 'x'"), r.err());
        noStackTrace(r);
    }

    @Test
    void internalFailuresNeverShowAStackTrace(@TempDir Path dir) throws IOException {
        Path f = write(dir, "good.yaml", Configs.SAMPLE);
        Wiring w = Wiring.empty().withGenerator(c -> {
            throw new IllegalStateException("boom");
        });
        Run r = run(w, "generate", f.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("boom"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    static Run runWithStdin(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli(Main.wiring(), Cli.Environment.plain().withStdin(stdin)).run(args,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void verifyReadsAConfigurationFromStandardInput() throws IOException {
        Path example = Path.of("..", "examples", "backend-snapshot-cached.hazard.yaml");
        Run fromStdin = runWithStdin(Files.readAllBytes(example), "verify", "-", "--format", "json");
        Run fromFile = run(Main.wiring(), "verify", example.toString(), "--format", "json");
        assertEquals(1, fromStdin.code(), fromStdin.err());
        com.fasterxml.jackson.databind.ObjectMapper m = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.JsonNode a = m.readTree(fromStdin.out());
        com.fasterxml.jackson.databind.JsonNode b = m.readTree(fromFile.out());
        assertEquals("<stdin>", a.get("file").asText());
        assertEquals(b.get("verdict"), a.get("verdict"));
        assertEquals(b.get("violations").size(), a.get("violations").size());
        for (int i = 0; i < a.get("violations").size(); i++) {
            assertEquals(b.get("violations").get(i).get("id"), a.get("violations").get(i).get("id"));
            assertEquals(b.get("violations").get(i).get("trace").size(), a.get("violations").get(i).get("trace").size());
        }
        // findings point at the same lines, in "<stdin>"
        assertEquals(b.get("findings").get(0).get("location").get("line"),
                a.get("findings").get(0).get("location").get("line"));
        assertEquals("<stdin>", a.get("findings").get(0).get("location").get("file").asText());
    }

    @Test
    void invalidStandardInputIsReportedWithLineAndColumn() {
        Run r = runWithStdin("systems:\n  - id: SVC_A\n    codeLevel: [\n".getBytes(StandardCharsets.UTF_8),
                "verify", "-");
        assertEquals(2, r.code());
        assertTrue(r.out().contains("<stdin>:") || r.err().contains("<stdin>:"), r.out() + r.err());
        noStackTrace(r);
        Run json = runWithStdin("{\"systems\": 3}".getBytes(StandardCharsets.UTF_8), "verify", "-", "--format", "json");
        assertEquals(2, json.code());
        assertTrue(json.out().contains("/systems"), json.out());
    }

    @Test
    void emptyStandardInputIsBadInput() {
        Run r = runWithStdin(new byte[0], "verify", "-");
        assertEquals(2, r.code());
        assertTrue((r.out() + r.err()).contains("standard input is empty"), r.out() + r.err());
        noStackTrace(r);
    }

    @Test
    void standardInputCanBeGivenOnce() {
        Run r = runWithStdin("systems: []\n".getBytes(StandardCharsets.UTF_8), "verify", "-", "-");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("once"), r.err());
    }

    @Test
    void generateReadsStandardInput() throws IOException {
        Path example = Path.of("..", "examples", "backend-snapshot-cached.hazard.yaml");
        Run r = runWithStdin(Files.readAllBytes(example), "generate", "-");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("one sig Vol_db_vol"), r.out().lines().limit(5).toList().toString());
        assertTrue(r.out().contains("from <stdin>"), r.out().lines().limit(3).toList().toString());
    }
}
