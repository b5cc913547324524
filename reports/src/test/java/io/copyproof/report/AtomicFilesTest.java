package io.copyproof.report;

import io.copyproof.result.VerificationResult;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reports replace the previous one whole or not at all, and never an input file. */
class AtomicFilesTest {

    @Test
    void aWriteThatFailsHalfwayLeavesThePreviousReportWhole(@TempDir Path dir) throws IOException {
        Path report = Files.writeString(dir.resolve("copyproof.txt"), "the previous report\n");
        assertThrows(IOException.class, () -> AtomicFiles.write(report, w -> {
            w.write("half of a new rep");
            w.flush();
            throw new IOException("interrupted");
        }));
        assertEquals("the previous report\n", Files.readString(report));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(report), s.toList(), "no temporary file left behind");
        }
    }

    @Test
    void aWriteReplacesTheReport(@TempDir Path dir) throws IOException {
        Path report = Files.writeString(dir.resolve("r.json"), "old");
        AtomicFiles.write(report, w -> w.write("new"));
        assertEquals("new", Files.readString(report));
    }

    @Test
    void reportOutputsRefuseToOverwriteAnInput(@TempDir Path dir) throws IOException {
        Path input = Files.writeString(dir.resolve("w.yaml"), "systems: []\n");
        VerificationResult r = VerificationResult.invalid(input.toString(), List.of());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReportOutputs.write(
                List.of("text"), Optional.of(dir.resolve(".").resolve("w.yaml")), List.of(r),
                new RenderOptions(false, false, false), new java.io.StringWriter(), List.of(input)));
        assertTrue(e.getMessage().contains("overwrite the input"), e.getMessage());
        assertEquals("systems: []\n", Files.readString(input));
    }

    @Test
    void aDirectoryReportNamedLikeAnInputIsRefused(@TempDir Path dir) throws IOException {
        Path input = Files.writeString(dir.resolve("copyproof.json"), "{\"systems\": []}");
        VerificationResult r = VerificationResult.invalid(input.toString(), List.of());
        assertThrows(IllegalArgumentException.class, () -> ReportOutputs.write(List.of("text", "json"),
                Optional.of(dir), List.of(r), new RenderOptions(false, false, false), new java.io.StringWriter(),
                List.of(input)));
        assertEquals("{\"systems\": []}", Files.readString(input));
        assertTrue(Files.notExists(dir.resolve("copyproof.txt")), "nothing written when one target is refused");
    }
}
