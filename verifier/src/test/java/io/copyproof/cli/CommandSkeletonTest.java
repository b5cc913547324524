package io.copyproof.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The steps {@code plan}, {@code fix} and {@code diff} share through {@link CommandSkeleton}, byte
 * for byte as each command said them before: usage errors of --format, --engine and the budgets,
 * located load errors with exit 2, and a report that cannot be written.
 */
class CommandSkeletonTest {
    private static final String HAZARD = Path.of("..", "examples", "upgrade-concurrent-metro.hazard.yaml").toString();
    private static final String SAFE = Path.of("..", "examples", "upgrade-concurrent-metro.safe.yaml").toString();

    private static CliTest.Run run(String... args) {
        return CliTest.run(Main.wiring(), args);
    }

    private static void usage(String expectedFirstLine, String... args) {
        CliTest.Run r = run(args);
        assertEquals(2, r.code(), r.err());
        assertEquals(expectedFirstLine, r.err().lines().findFirst().orElse(""), r.err());
        assertTrue(r.err().contains("Try 'copyproof " + args[0] + " --help' for usage."), r.err());
        assertEquals("", r.out());
    }

    @Test
    void usageErrorsOfEachCommand() {
        usage("copyproof: --format 'html' is not a format; allowed: text, json, markdown", "plan", "--format", "html", HAZARD);
        usage("copyproof: --format 'html' is not a format of fix; allowed: text, json, markdown",
                "fix", "--format", "HTML", HAZARD);
        usage("copyproof: --format 'bogus' is not a format; allowed: text, json, markdown, html, junit, sarif",
                "diff", "--format", "bogus", SAFE, HAZARD);
        usage("copyproof: --engine must be one of explorer, alloy, both; got 'bogus'", "fix", "--engine", "bogus", HAZARD);
        usage("copyproof: --engine must be one of explorer, alloy, both; got 'bogus'", "diff", "--engine", "bogus", SAFE,
                HAZARD);
        usage("copyproof: --threads and --max-states must be at least 1", "plan", "--threads", "0", HAZARD);
        usage("copyproof: --threads and --max-states must be at least 1", "fix", "--max-states", "0", HAZARD);
        usage("copyproof: --threads and --max-states must be at least 1", "diff", "--threads", "0", SAFE, HAZARD);
        usage("copyproof: standard input ('-') can be given once only", "diff", "-", "-");
        usage("copyproof: fix edits a file's text at the places of its fields; give a file, not standard input", "fix", "-");
    }

    @Test
    void loadErrorsAreLocatedAndExitTwo(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "systems:\n  - {id: S, codeLevel: x}\n");
        String located = bad + ":2:24: system 'S' has codeLevel 'x'; a code level is 1 to 6 dotted numbers such as "
                + "8.5.0.6 (at /systems/0/codeLevel)";
        CliTest.Run plan = run("plan", bad.toString());
        assertEquals(2, plan.code());
        assertEquals(located + "\ncopyproof: " + bad + " is invalid (1 error); no plan searched\n", plan.err());
        CliTest.Run fix = run("fix", bad.toString());
        assertEquals(2, fix.code());
        assertEquals(located + "\ncopyproof: " + bad + " is invalid; nothing to repair\n", fix.err());
        CliTest.Run diff = run("diff", "--format", "json", bad.toString(), SAFE);
        assertEquals(2, diff.code());
        assertEquals(located + "\n", diff.err());
        for (CliTest.Run r : new CliTest.Run[] {plan, fix, diff}) {
            CliTest.noStackTrace(r);
        }
    }

    @Test
    void aReportThatCannotBeWrittenExitsTwo(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("afile");
        Files.writeString(file, "");
        String out = file.resolve("out.yaml").toString();
        CliTest.Run plan = run("plan", "-o", out, HAZARD);
        assertEquals(2, plan.code());
        assertTrue(plan.out().startsWith("PLAN FOUND"), plan.out());
        assertEquals("copyproof: cannot write " + out + ": " + file + "\n", plan.err());
        CliTest.Run fix = run("fix", "-o", out, HAZARD);
        assertEquals(2, fix.code());
        assertEquals("copyproof: cannot write " + out + ": a file is in the way: " + file + "\n", fix.err());
        CliTest.Run diff = run("diff", "-o", out, SAFE, HAZARD);
        assertEquals(2, diff.code());
        assertEquals("", diff.out());
        assertTrue(diff.err().startsWith("copyproof: cannot write " + out + ": "), diff.err());
        assertFalse(diff.err().contains("Exception"), diff.err());
    }
}
