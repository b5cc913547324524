package io.copyproof.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bundled bad-input examples ({@code examples/invalid/*.invalid.yaml}): configurations a
 * storage administrator could write that cannot be right. Each runs through the command line as a
 * user runs it, under both engines, and its exit code (2), verdict and located error (line, column,
 * field path and message) are pinned here; no stack trace, no Java class name.
 */
class InvalidExamplesTest {
    private static final Path DIR = Path.of("..", "examples", "invalid");

    /** The expected error of one bad-input example: where, and a distinctive part of the message. */
    record Expected(String file, int line, int column, String path, String text) {
        @Override
        public String toString() {
            return file;
        }
    }

    static List<Expected> expectations() {
        return List.of(
                new Expected("striped-over-image-mdisk.invalid.yaml", 21, 58, "/volumes/1/pool",
                        "volume 'app_vol' is striped in pool 'pool_img', which has no managed MDisk"),
                new Expected("upgrade-downgrade.invalid.yaml", 21, 16, "/upgrade/steps/1/system",
                        "the upgrade step of 'SVC_B' would take it from 8.6.0.0 down to the target level 8.5.1.0"),
                new Expected("min-partner-above-level.invalid.yaml", 24, 39, "/releaseNotes/0/minPartnerLevel",
                        "the release notes of level 8.6.0.0 require partners at 8.7.0.0 or later"));
    }

    @Test
    void everyBadInputExampleIsPinned() throws IOException {
        Set<String> onDisk;
        try (Stream<Path> files = Files.list(DIR)) {
            onDisk = files.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(onDisk, expectations().stream().map(Expected::file).collect(Collectors.toCollection(TreeSet::new)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectations")
    void badInputIsLocatedUnderTheExplorer(Expected expected) throws IOException {
        assertLocated(expected, "explorer");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectations")
    void badInputIsLocatedUnderAlloy(Expected expected) throws IOException {
        assertLocated(expected, "alloy");
    }

    private static void assertLocated(Expected expected, String engine) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String file = DIR.resolve(expected.file()).toString();
        int code = new Cli(Main.wiring(), Cli.Environment.plain()).run(
                new String[] {"verify", file, "--format", "json", "--engine", engine},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertEquals(2, code, stderr);
        JsonNode json = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals("invalid", json.get("verdict").asText());
        JsonNode errors = json.get("errors");
        assertEquals(1, errors.size(), errors::toString);
        JsonNode e = errors.get(0);
        assertTrue(e.get("message").asText().contains(expected.text()), e.get("message").asText());
        assertEquals(expected.path(), e.get("path").asText());
        assertEquals(expected.line(), e.get("location").get("line").asInt(), e::toString);
        assertEquals(expected.column(), e.get("location").get("column").asInt(), e::toString);
        assertTrue(stderr.contains(file + ":" + expected.line() + ":" + expected.column() + ": "), stderr);
        assertFalse(stderr.contains("Exception") || stderr.contains("java."), stderr);
    }
}
