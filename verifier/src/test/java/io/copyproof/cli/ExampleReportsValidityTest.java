package io.copyproof.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.copyproof.report.Renderer;
import io.copyproof.result.Verdict;
import io.copyproof.result.VerificationResult;
import io.copyproof.result.Violation;
import io.copyproof.rules.Finding;
import io.copyproof.rules.Severity;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The machine-readable reports of real verifications of the bundled examples are well formed, both
 * as written for users and normalised: every JSON line validates against the result schema, the
 * SARIF log against the OASIS SARIF 2.1.0 schema, and the JUnit XML parses with, per file, one
 * test case per invariant checked and per static rule run, and failures, errors and skips that
 * match the result.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExampleReportsValidityTest {
    private static final Path SARIF_SCHEMA = Path.of("..", "reports", "src", "test", "resources",
            "sarif-schema-2.1.0.json");
    private final Map<String, List<VerificationResult>> results = new HashMap<>();

    List<ExampleRuns.Case> cases() {
        return ExampleRuns.cases();
    }

    private List<VerificationResult> results(ExampleRuns.Case c) {
        return results.computeIfAbsent(c.name(), n -> ExampleRuns.verify(c));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void jsonValidatesAgainstTheResultSchema(ExampleRuns.Case c) throws Exception {
        JsonSchema schema;
        try (InputStream in = Renderer.class.getResourceAsStream("result.schema.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        ObjectMapper mapper = new ObjectMapper();
        for (boolean normalize : List.of(false, true)) {
            List<String> lines = ExampleRuns.render(results(c), ExampleRuns.Format.JSON, normalize).lines().toList();
            assertEquals(c.files().size(), lines.size(), "one JSON line per file");
            for (String line : lines) {
                Set<ValidationMessage> errors = schema.validate(mapper.readTree(line));
                assertTrue(errors.isEmpty(), () -> errors + " in " + line);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void sarifValidatesAgainstTheSarifSchema(ExampleRuns.Case c) throws Exception {
        JsonSchema schema;
        try (InputStream in = Files.newInputStream(SARIF_SCHEMA)) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
        }
        for (boolean normalize : List.of(false, true)) {
            JsonNode log = new ObjectMapper().readTree(ExampleRuns.render(results(c), ExampleRuns.Format.SARIF,
                    normalize));
            Set<ValidationMessage> errors = schema.validate(log);
            assertTrue(errors.isEmpty(), errors::toString);
            long expected = results(c).stream().mapToLong(r -> r.violations().size() + r.findings().size()
                    + r.errors().size()).sum();
            assertEquals(expected, log.at("/runs/0/results").size(),
                    "a SARIF result per violation, finding and input error");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void junitParsesAndItsCountsMatchTheResult(ExampleRuns.Case c) throws Exception {
        List<VerificationResult> rs = results(c);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(
                ExampleRuns.render(rs, ExampleRuns.Format.JUNIT, false).getBytes(StandardCharsets.UTF_8)));
        Element root = doc.getDocumentElement();
        assertEquals("testsuites", root.getTagName());
        NodeList suites = root.getElementsByTagName("testsuite");
        assertEquals(rs.size(), suites.getLength(), "a test suite per file");
        int tests = 0;
        int failures = 0;
        int errors = 0;
        for (int i = 0; i < rs.size(); i++) {
            VerificationResult r = rs.get(i);
            Element suite = (Element) suites.item(i);
            int expectedTests;
            int expectedFailures;
            int expectedErrors;
            if (r.verdict() == Verdict.INVALID) {
                expectedTests = 1;
                expectedFailures = 0;
                expectedErrors = 1;
            } else {
                Set<String> invariants = new LinkedHashSet<>(r.checked());
                r.violations().forEach(v -> invariants.add(v.id()));
                Set<String> rules = new LinkedHashSet<>(r.rulesRun());
                r.findings().forEach(x -> rules.add(x.id()));
                expectedTests = invariants.size() + rules.size();
                Set<String> violated = r.violations().stream().map(Violation::id).collect(Collectors.toSet());
                Set<String> failedRules = r.findings().stream().filter(x -> x.severity() == Severity.ERROR)
                        .map(Finding::id).collect(Collectors.toSet());
                expectedFailures = violated.size() + failedRules.size();
                expectedErrors = 0;
                assertTrue(r.checked().containsAll(violated), "every violated invariant was checked");
                assertTrue(r.rulesRun().containsAll(rules), "every finding comes from a rule that ran");
            }
            NodeList cases = suite.getElementsByTagName("testcase");
            assertEquals(expectedTests, cases.getLength(), r.file() + ": test cases");
            assertEquals(expectedTests, Integer.parseInt(suite.getAttribute("tests")));
            assertEquals(expectedFailures, suite.getElementsByTagName("failure").getLength(), r.file() + ": failures");
            assertEquals(expectedFailures, Integer.parseInt(suite.getAttribute("failures")));
            assertEquals(expectedErrors, suite.getElementsByTagName("error").getLength(), r.file() + ": errors");
            assertEquals(expectedErrors, Integer.parseInt(suite.getAttribute("errors")));
            assertEquals(0, suite.getElementsByTagName("skipped").getLength(), "nothing skipped: no run is inconclusive");
            assertEquals(0, Integer.parseInt(suite.getAttribute("skipped")));
            Set<String> failureTypes = new TreeSet<>();
            NodeList fs = suite.getElementsByTagName("failure");
            for (int j = 0; j < fs.getLength(); j++) {
                failureTypes.add(((Element) fs.item(j)).getAttribute("type"));
            }
            Set<String> expectedTypes = new TreeSet<>();
            r.violations().forEach(v -> expectedTypes.add(v.id()));
            r.findings().stream().filter(x -> x.severity() == Severity.ERROR).forEach(x -> expectedTypes.add(x.id()));
            assertEquals(expectedTypes, failureTypes, r.file() + ": a failure per violated invariant and failed rule");
            tests += expectedTests;
            failures += expectedFailures;
            errors += expectedErrors;
        }
        assertEquals(tests, Integer.parseInt(root.getAttribute("tests")));
        assertEquals(failures, Integer.parseInt(root.getAttribute("failures")));
        assertEquals(errors, Integer.parseInt(root.getAttribute("errors")));
    }

    /**
     * Each step of a SARIF code flow stands at the config line of the element it acts on: for the
     * concurrent upgrade, the two upgrade steps of the plan, then the partnership; under both engines.
     */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"explorer", "alloy"})
    void sarifStepsStandAtTheElementEachStepActsOn(String engine) throws Exception {
        Path file = ExampleRuns.EXAMPLES.resolve("upgrade-concurrent-global.hazard.yaml");
        io.copyproof.config.LoadResult loaded = io.copyproof.config.ConfigLoader.load(file);
        io.copyproof.config.Config config = ((io.copyproof.config.LoadResult.Loaded) loaded).config();
        Wiring wiring = Main.wiring();
        VerificationResult r = new io.copyproof.verifier.Verification(wiring.engines(), wiring.staticRules(),
                wiring.staticRuleIds()).verify(loaded, engine, io.copyproof.engine.VerifyOptions
                .defaults(config.bounds()).withThreads(1));
        JsonNode log = new ObjectMapper().readTree(ExampleRuns.render(List.of(r), ExampleRuns.Format.SARIF, false));
        JsonNode result = null;
        for (JsonNode res : log.at("/runs/0/results")) {
            if (res.get("ruleId").asText().equals("RC-SYNC")) {
                result = res;
            }
        }
        assertTrue(result != null, "an RC-SYNC result");
        JsonNode steps = result.at("/codeFlows/0/threadFlows/0/locations");
        assertEquals(3, steps.size());
        List<Integer> lines = new java.util.ArrayList<>();
        for (JsonNode step : steps) {
            lines.add(step.at("/location/physicalLocation/region/startLine").asInt());
        }
        int stepA = config.locate(config.upgrade().orElseThrow().steps().get(0)).line();
        int stepB = config.locate(config.upgrade().orElseThrow().steps().get(1)).line();
        int partnership = config.locate(config.partnerships().get(0)).line();
        // the two UpgradeStart steps may come in either order (both are shortest)
        assertEquals(java.util.Set.of(stepA, stepB), java.util.Set.of(lines.get(0), lines.get(1)), lines.toString());
        assertEquals(partnership, lines.get(2), lines.toString());
        assertTrue(stepA != stepB && stepB != partnership);
    }
}
