package io.copyproof.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.copyproof.fixtures.EngineMemo;
import io.copyproof.fixtures.ExamplePins;
import io.copyproof.slicing.SlicingEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bundled examples are the regression suite of the whole tool: each runs through the command
 * line exactly as a user runs it ({@code verify FILE --format json}), and its exit code, verdict,
 * violated invariants with their shortest trace lengths (docs/semantics.md section 5) and
 * error-level static findings are pinned in {@link ExamplePins}, for the explorer and for the Alloy
 * engine alike. The list of examples is the examples directory: an example without a pin fails.
 */
@ExtendWith(EngineMemo.Shared.class)
class ExamplesRegressionTest {
    private static final Path EXAMPLES = ExamplePins.DIR;
    /** The Alloy results, shared with the other classes that run Alloy on the examples. */
    private final EngineMemo memo;

    ExamplesRegressionTest(EngineMemo memo) {
        this.memo = memo;
    }

    /** Expected outcome of one example: violations (id to shortest trace length) and error finding ids. */
    record Expected(String file, Map<String, Integer> violations, Set<String> findings) {
        int exitCode() {
            return violations.isEmpty() && findings.isEmpty() ? 0 : 1;
        }

        /** What the table of pins says of an example file; fails when it has no pin. */
        static Expected of(String file) {
            Map<String, Integer> lengths = new TreeMap<>();
            ExamplePins.traces(file).forEach((id, t) -> lengths.put(id, Integer.parseInt(t.substring(0, t.indexOf(':')))));
            return new Expected(file, lengths, ExamplePins.errors(file));
        }
    }

    /** Every example under examples/, each pinned in {@link ExamplePins}. */
    static List<String> examples() {
        return ExamplePins.files();
    }

    @Test
    void everyHazardHasASafeTwinAndEveryExampleIsPinned() throws IOException {
        Set<String> onDisk = new TreeSet<>(examples());
        Set<String> pinned = new TreeSet<>();
        for (ExamplePins.Pin p : ExamplePins.all()) {
            if (p.paired()) {
                pinned.add(p.name() + ".hazard.yaml");
            }
            pinned.add(p.name() + ".safe.yaml");
        }
        Set<String> unpinned = new TreeSet<>(onDisk);
        unpinned.removeAll(pinned);
        Set<String> missing = new TreeSet<>(pinned);
        missing.removeAll(onDisk);
        assertEquals(Set.of(), unpinned, "examples under examples/ without a line in ExamplePins");
        assertEquals(Set.of(), missing, "examples pinned in ExamplePins but not under examples/");
        for (String f : onDisk) {
            ExamplePins.of(f);
            if (f.endsWith(".hazard.yaml")) {
                String twin = f.replace(".hazard.yaml", ".safe.yaml");
                assertTrue(onDisk.contains(twin), f + " has a safe twin");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void exampleGivesItsPinnedResult(String file) throws IOException {
        assertPinned(Expected.of(file), "explorer", Main.wiring());
    }

    /**
     * The Alloy engine gives every example the same verdict, violated invariants and shortest
     * trace lengths as the explorer (the safe ones proved by induction, the realistic one too).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void exampleGivesThePinnedResultUnderAlloy(String file) throws IOException {
        // the command line's wiring, its Alloy engine (inside the slicing engine) answering from the memo
        Wiring wiring = Main.wiring().withEngine(new SlicingEngine(memo.alloy()));
        assertPinned(Expected.of(file), "alloy", wiring);
    }

    private static void assertPinned(Expected expected, String engine, Wiring wiring) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String file = EXAMPLES.resolve(expected.file()).toString();
        int code = new Cli(wiring, Cli.Environment.plain()).run(
                new String[] {"verify", file, "--format", "json", "--threads", "2", "--engine", engine},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String json = out.toString(StandardCharsets.UTF_8);
        JsonNode result = new ObjectMapper().readTree(json);

        Map<String, Integer> violations = new TreeMap<>();
        for (JsonNode v : result.get("violations")) {
            violations.put(v.get("id").asText(), v.get("trace").size());
        }
        Set<String> errorFindings = new TreeSet<>();
        for (JsonNode f : result.get("findings")) {
            if (f.get("severity").asText().equals("error")) {
                errorFindings.add(f.get("id").asText());
                assertTrue(f.get("location").get("line").asInt() > 0, "finding is located: " + f);
            }
        }
        assertEquals(expected.violations(), violations, "violations and shortest trace lengths; stderr: " + err);
        assertEquals(expected.findings(), errorFindings, "error-level static findings");
        assertEquals(expected.exitCode() == 0 ? "verified" : "violated", result.get("verdict").asText());
        assertEquals(expected.exitCode(), code, "exit code");
        assertEquals(engine, result.get("engine").asText());
        assertTrue(result.get("inconclusiveReason") == null || result.get("inconclusiveReason").isNull(),
                "conclusive: " + result.get("inconclusiveReason"));
    }
}
