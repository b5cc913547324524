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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bundled examples are the regression suite of the whole tool: each runs through the command
 * line exactly as a user runs it ({@code verify FILE --format json}), and its exit code, verdict,
 * violated invariants with their shortest trace lengths (docs/semantics.md section 5) and
 * error-level static findings are pinned here, for the explorer and for the Alloy engine alike.
 */
class ExamplesRegressionTest {
    private static final Path EXAMPLES = Path.of("..", "examples");

    /** Expected outcome of one example: violations (id to shortest trace length) and error finding ids. */
    record Expected(String file, Map<String, Integer> violations, Set<String> findings) {
        int exitCode() {
            return violations.isEmpty() && findings.isEmpty() ? 0 : 1;
        }
    }

    private static Expected hazard(String name, Map<String, Integer> violations, String... findings) {
        return new Expected(name + ".hazard.yaml", new TreeMap<>(violations), new TreeSet<>(List.of(findings)));
    }

    private static Expected safe(String name) {
        return new Expected(name + ".safe.yaml", Map.of(), Set.of());
    }

    static List<Expected> expectations() {
        List<Expected> all = new ArrayList<>();
        all.add(hazard("backend-snapshot-cached", Map.of("CS-PIT-COMPLETE", 2, "CS-PIT-ORDER", 4),
                "CS-CACHE-ENABLED-SOURCE"));
        all.add(hazard("pit-target-holds-svc-data",
                Map.of("CS-TARGET-HOLDS-SVC-DATA", 1, "AV-VOLUME-ONLINE", 2, "CS-STALE-READ", 4),
                "CS-TARGET-HOLDS-SVC-DATA", "CS-CACHE-ENABLED-SOURCE"));
        all.add(hazard("managed-lun-suspended", Map.of("CS-MANAGED-LUN-SUSPENDED", 1, "AV-VOLUME-ONLINE", 1),
                "CS-MANAGED-LUN-SUSPENDED"));
        all.add(hazard("unsupported-controller", Map.of(), "CS-UNSUPPORTED-CONTROLLER"));
        all.add(hazard("stale-read-cached-target", Map.of("CS-STALE-READ", 4), "CS-CACHE-ENABLED-SOURCE"));
        all.add(hazard("upgrade-concurrent-metro", Map.of("RC-SYNC", 3), "UP-ONE-AT-A-TIME"));
        all.add(hazard("upgrade-concurrent-global", Map.of("RC-SYNC", 3), "UP-ONE-AT-A-TIME"));
        all.add(hazard("upgrade-concurrent-metro-stress", Map.of("RC-SYNC", 3, "AV-VOLUME-ONLINE", 5),
                "UP-ONE-AT-A-TIME"));
        all.add(hazard("partner-below-min-level", Map.of("UP-COMPATIBLE-LEVELS", 6, "RC-SYNC", 7),
                "UP-COMPATIBLE-LEVELS"));
        all.add(hazard("dr-host-writes-aux", Map.of("RC-SECONDARY-CONSISTENT", 1)));
        all.add(hazard("release-notes-stop-global", Map.of(), "UP-RELEASE-NOTES"));
        all.add(hazard("upgrade-stop-restart", Map.of("UP-COMPATIBLE-LEVELS", 6, "RC-SYNC", 7),
                "UP-COMPATIBLE-LEVELS"));
        all.add(safe("upgrade-stop-restart"));
        // a database and its log in two Global Mirror consistency groups: the log's group delivers first
        all.add(hazard("rc-consistency-groups", Map.of("RC-SECONDARY-CONSISTENT", 3)));
        // the same pair under Global Mirror with change volumes: each group cycles on its own
        all.add(hazard("gmcv-cycles", Map.of("RC-SECONDARY-CONSISTENT", 4)));
        all.add(hazard("host-single-path-upgrade", Map.of("AV-VOLUME-ONLINE", 2)));
        // issue 11: wrong verdicts removed
        all.add(hazard("pit-source-shared-pool", Map.of("CS-PIT-COMPLETE", 2, "CS-PIT-ORDER", 4),
                "CS-CACHE-ENABLED-SOURCE"));
        all.add(hazard("unsupported-controller-target", Map.of(), "CS-UNSUPPORTED-CONTROLLER"));
        all.add(hazard("intrasystem-aux-written", Map.of("RC-SECONDARY-CONSISTENT", 1)));
        all.add(hazard("pit-target-rc-aux", Map.of("CS-TARGET-HOLDS-SVC-DATA", 1),
                "CS-TARGET-HOLDS-SVC-DATA"));
        all.add(hazard("pit-source-rc-secondary", Map.of("CS-PIT-COMPLETE", 2, "CS-PIT-ORDER", 4),
                "CS-CACHE-ENABLED-SOURCE"));
        all.add(hazard("metro-secondary-suspended", Map.of("CS-MANAGED-LUN-SUSPENDED", 1, "RC-SYNC", 2),
                "CS-MANAGED-LUN-SUSPENDED"));
        // issue 11: backend consistency groups
        all.add(hazard("backend-copies-taken-apart", Map.of(), "CS-PIT-GROUP-ORDER"));
        all.add(hazard("backend-group-cached-log", Map.of("CS-PIT-COMPLETE", 2, "CS-PIT-ORDER", 3),
                "CS-CACHE-ENABLED-SOURCE"));
        // issue 11: volume mirroring; the mirrored app_vol survives pool_mirror going offline, logs_vol does not
        all.add(hazard("mirrored-volume-pool-offline", Map.of("CS-TARGET-HOLDS-SVC-DATA", 1, "AV-VOLUME-ONLINE", 2),
                "CS-TARGET-HOLDS-SVC-DATA"));
        all.add(safe("mirrored-volume-pool-offline"));
        // issue 11: volume mirroring explored in both engines; a snapshot of the image copy 1, and a failover to copy 1
        all.add(hazard("mirrored-image-copy-snapshot", Map.of("CS-PIT-COMPLETE", 2, "CS-PIT-ORDER", 4),
                "CS-CACHE-ENABLED-SOURCE"));
        all.add(safe("mirrored-image-copy-snapshot"));
        all.add(hazard("mirrored-volume-failover", Map.of("CS-TARGET-HOLDS-SVC-DATA", 1, "AV-VOLUME-ONLINE", 2),
                "CS-TARGET-HOLDS-SVC-DATA"));
        all.add(safe("mirrored-volume-failover"));
        for (String name : List.of("pit-source-shared-pool", "unsupported-controller-target", "intrasystem-aux-written",
                "pit-target-rc-aux", "pit-source-rc-secondary", "metro-secondary-suspended", "backend-copies-taken-apart",
                "backend-group-cached-log")) {
            all.add(safe(name));
        }
        for (String name : List.of("backend-snapshot-cached", "pit-target-holds-svc-data", "managed-lun-suspended",
                "unsupported-controller", "stale-read-cached-target", "upgrade-concurrent-metro",
                "upgrade-concurrent-global", "upgrade-concurrent-metro-stress", "partner-below-min-level",
                "dr-host-writes-aux", "release-notes-stop-global", "rc-consistency-groups", "host-single-path-upgrade", "gmcv-cycles")) {
            all.add(safe(name));
        }
        // realistic size: 2 partnered systems, 8 volumes, 4 hosts, 2 backend snapshots, 4 Metro Mirrors
        all.add(safe("two-site-metro-realistic"));
        return all;
    }

    @Test
    void everyHazardHasASafeTwinAndEveryExampleIsPinned() throws IOException {
        Set<String> pinned = new TreeSet<>();
        expectations().forEach(e -> pinned.add(e.file()));
        Set<String> onDisk = new TreeSet<>();
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".hazard.yaml") || n.endsWith(".safe.yaml"))
                    .forEach(onDisk::add);
        }
        assertEquals(onDisk, pinned, "every example under examples/ is pinned in this test");
        for (String f : pinned) {
            if (f.endsWith(".hazard.yaml")) {
                String twin = f.replace(".hazard.yaml", ".safe.yaml");
                assertTrue(pinned.contains(twin), f + " has a safe twin");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectations")
    void exampleGivesItsPinnedResult(Expected expected) throws IOException {
        assertPinned(expected, "explorer");
    }

    /**
     * The Alloy engine gives every example the same verdict, violated invariants and shortest
     * trace lengths as the explorer (the safe ones proved by induction, the realistic one too).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("expectations")
    void exampleGivesThePinnedResultUnderAlloy(Expected expected) throws IOException {
        assertPinned(expected, "alloy");
    }

    private static void assertPinned(Expected expected, String engine) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String file = EXAMPLES.resolve(expected.file()).toString();
        int code = new Cli(Main.wiring(), Cli.Environment.plain()).run(
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
