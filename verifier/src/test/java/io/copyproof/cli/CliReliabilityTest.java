package io.copyproof.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** No data loss, no crash: outputs that are inputs, closed standard input, out of memory. */
class CliReliabilityTest {

    private static final String VALID = "systems:\n  - id: S\n    codeLevel: 8.5.0.6\n    ioGroups:\n"
            + "      - id: io_grp0\n        nodes: [n1, n2]\n";

    private static CliTest.Run run(String... args) {
        return CliTest.run(Main.wiring(), args);
    }

    @Test
    void verifyRefusesToWriteTheReportOverItsInput(@TempDir Path dir) throws IOException {
        for (String text : List.of(VALID, "systems: [oops\n")) {
            Path w = CliTest.write(dir, "w.yaml", text);
            CliTest.Run r = run("verify", w.toString(), "--output", dir.resolve("./w.yaml").toString());
            assertEquals(2, r.code(), r.err());
            assertTrue(r.err().contains("is the input file"), r.err());
            assertEquals(text, Files.readString(w), "the configuration is intact");
        }
    }

    @Test
    void generateRefusesToWriteTheModelOverItsInput(@TempDir Path dir) throws IOException {
        Path w = CliTest.write(dir, "w.yaml", VALID);
        CliTest.Run r = run("generate", w.toString(), "-o", w.toString());
        assertEquals(2, r.code(), r.err());
        assertEquals(VALID, Files.readString(w));
    }

    @Test
    void generateIntoADirectoryWritesAModelInsideIt(@TempDir Path dir) throws IOException {
        Path w = CliTest.write(dir, "w.yaml", VALID);
        Path out = dir.resolve("models");
        CliTest.Run r = run("generate", w.toString(), "-o", out + "/");
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.readString(out.resolve("w.als")).contains("sig"), "an Alloy model inside the directory");
    }

    @Test
    void anEmptyOutputIsAUsageError(@TempDir Path dir) throws IOException {
        Path w = CliTest.write(dir, "w.yaml", VALID);
        for (String cmd : List.of("verify", "generate")) {
            CliTest.Run r = run(cmd, w.toString(), "--output", "");
            assertEquals(2, r.code(), cmd + ": " + r.err());
            assertTrue(r.err().contains("--output must name a file or a directory"), r.err());
        }
    }

    @Test
    void anUnwritableReportSaysSoInPlainWords(@TempDir Path dir) throws IOException {
        Path w = CliTest.write(dir, "w.yaml", VALID);
        Path blocker = CliTest.write(dir, "file", "x");
        CliTest.Run r = run("verify", w.toString(), "--engine", "explorer", "--output",
                blocker.resolve("sub").resolve("r.txt").toString());
        assertEquals(2, r.code(), r.err());
        CliTest.noStackTrace(r);
        assertFalse(r.err().matches("(?s).*[A-Z][a-z]+(Exception|Error)\\b.*"), r.err());
    }

    private static Path example(String name) {
        Path p = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(p.resolve("examples"))) {
            p = p.getParent();
        }
        return p.resolve("examples").resolve(name);
    }

    @Test
    void aStateBudgetReachedAfterAViolationIsReportedAsACut(@TempDir Path dir) throws IOException {
        String hazard = example("dr-host-writes-aux.hazard.yaml").toString();
        CliTest.Run text = run("verify", hazard, "--engine", "explorer", "--threads", "1", "--max-states", "200");
        assertEquals(1, text.code(), text.err());
        String headline = text.out().lines().findFirst().orElse("");
        assertTrue(headline.startsWith("VIOLATED — 1 invariant broken, the search stopped early (the distinct-state "
                + "budget ran out"), headline);
        assertTrue(headline.endsWith("8 invariants undecided"), headline);
        assertFalse(text.out().contains("No counterexample within"), text.out());

        CliTest.Run junit = run("verify", hazard, "--engine", "explorer", "--threads", "1", "--max-states", "200",
                "--format", "junit");
        assertTrue(junit.out().contains("skipped=\"8\""), junit.out());
        assertTrue(junit.out().contains("<skipped message=\"undecided: the search stopped early (the distinct-state"),
                junit.out());
    }

    // ---- the real process ---------------------------------------------------------------

    record Child(int code, String out, String err) {
    }

    private static Child child(Path dir, List<String> jvm, String shellRedirect, String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvm);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(Main.class.getName());
        cmd.addAll(List.of(args));
        ProcessBuilder pb;
        if (shellRedirect.isEmpty()) {
            pb = new ProcessBuilder(cmd);
        } else {
            StringBuilder sh = new StringBuilder("exec");
            for (String c : cmd) {
                sh.append(" '").append(c.replace("'", "'\\''")).append('\'');
            }
            pb = new ProcessBuilder("/bin/sh", "-c", sh + " " + shellRedirect);
        }
        Path out = dir.resolve("child.out");
        Path err = dir.resolve("child.err");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the command finished");
        return new Child(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void aClosedStandardInputIsBadInputNotACrash(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")) && Files.isDirectory(Path.of("/proc/self/fd")));
        Child c = child(dir, List.of(), "<&-", "verify", "-");
        assertEquals(2, c.code(), c.out() + c.err());
        assertTrue((c.out() + c.err()).contains("standard input: it is closed"), c.out() + c.err());
    }

    @Test
    void runningOutOfMemoryIsInconclusiveWithAMessage(@TempDir Path dir) throws Exception {
        StringBuilder big = new StringBuilder(VALID.replace("nodes: [n1, n2]\n", "nodes: [n1, n2]\n"))
                .append("controllers:\n  - {id: c, model: Storwize V7000}\nluns:\n  - {id: l, controller: c}\n")
                .append("pools:\n  - {id: p, system: S}\nmdisks:\n")
                .append("  - {id: m, system: S, lun: l, mode: managed, pool: p}\nvolumes:\n");
        for (int i = 0; i < 60_000; i++) {
            big.append("  - {id: vol").append(i).append(", system: S, ioGroup: io_grp0, pool: p}\n");
        }
        Path f = CliTest.write(dir, "big.yaml", big.toString());
        Child c = child(dir, List.of("-Xmx24m", "-XX:TieredStopAtLevel=1"), "", "verify", f.toString(),
                "--threads", "1");
        assertEquals(3, c.code(), c.err());
        assertTrue(c.err().contains("out of memory"), c.err());
        assertFalse(c.err().contains("\tat ") || c.err().contains("OutOfMemoryError"), c.err());
    }
}
