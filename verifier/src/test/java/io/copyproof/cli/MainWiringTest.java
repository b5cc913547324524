package io.copyproof.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line of this build runs the explorer engine. */
class MainWiringTest {

    private static Path example(String name) {
        Path p = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(p.resolve("examples"))) {
            p = p.getParent();
        }
        return p.resolve("examples").resolve(name);
    }

    private static int verify(String file, ByteArrayOutputStream out) {
        return new Cli(Main.wiring(), Cli.Environment.plain()).run(
                new String[]{"verify", example(file).toString(), "--engine", "explorer", "--threads", "1",
                        "--format", "json"},
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    @Test
    void explorerEngineIsWired() {
        assertTrue(Main.wiring().engines().containsKey("explorer"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(1, verify("backend-snapshot-cached.hazard.yaml", out));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("\"CS-PIT-COMPLETE\""));
        assertEquals(0, verify("backend-snapshot-cached.safe.yaml", new ByteArrayOutputStream()));
    }
}
