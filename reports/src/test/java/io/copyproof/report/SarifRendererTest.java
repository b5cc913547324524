package io.copyproof.report;

import io.copyproof.result.VerificationResult;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.copyproof.rules.RuleCatalog;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SarifRendererTest {
    private final Renderer sarif = Renderers.forName("sarif");

    static JsonSchema schema() throws Exception {
        try (InputStream in = SarifRendererTest.class.getResourceAsStream("/sarif-schema-2.1.0.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
        }
    }

    private JsonNode render(List<VerificationResult> results) throws Exception {
        return JsonRenderer.parse(Golden.render(sarif, results, RenderOptions.PLAIN));
    }

    @Test
    void validatesAgainstTheOfficialSchema() throws Exception {
        JsonSchema schema = schema();
        for (RenderOptions o : List.of(RenderOptions.PLAIN, Golden.NORMALIZED)) {
            JsonNode log = JsonRenderer.parse(Golden.render(sarif, SampleResults.all(), o));
            Set<ValidationMessage> errors = schema.validate(log);
            assertTrue(errors.isEmpty(), errors::toString);
        }
    }

    @Test
    void theSchemaCatchesABrokenLog() throws Exception {
        JsonNode broken = JsonRenderer.parse("{\"version\":\"2.1.0\",\"runs\":[{\"tool\":{}}]}");
        assertFalse(schema().validate(broken).isEmpty());
    }

    @Test
    void oneStableRulePerCatalogIdAndResultsPointAtThem() throws Exception {
        JsonNode log = render(SampleResults.all());
        JsonNode rules = log.at("/runs/0/tool/driver/rules");
        assertEquals(RuleCatalog.all().size() + 1, rules.size());
        for (int i = 0; i < RuleCatalog.all().size(); i++) {
            assertEquals(RuleCatalog.all().get(i).id(), rules.get(i).get("id").asText());
            assertEquals(RuleCatalog.all().get(i).title(), rules.get(i).at("/shortDescription/text").asText());
        }
        for (JsonNode res : log.at("/runs/0/results")) {
            int index = res.get("ruleIndex").asInt();
            assertEquals(rules.get(index).get("id").asText(), res.get("ruleId").asText());
            assertTrue(res.at("/partialFingerprints/copyproofId~1v1").asText().matches("[0-9a-f]{32}"));
        }
    }

    @Test
    void aViolationIsLocatedAtItsConfigLineWithItsTraceAsACodeFlow() throws Exception {
        JsonNode res = render(List.of(SampleResults.cachedSnapshot())).at("/runs/0/results/0");
        assertEquals("CS-PIT-COMPLETE", res.get("ruleId").asText());
        assertEquals("error", res.get("level").asText());
        JsonNode phys = res.at("/locations/0/physicalLocation");
        assertEquals("examples/backend-snapshot-cached-volume.yaml", phys.at("/artifactLocation/uri").asText());
        assertEquals(41, phys.at("/region/startLine").asInt());
        assertEquals(5, phys.at("/region/startColumn").asInt());
        JsonNode steps = res.at("/codeFlows/0/threadFlows/0/locations");
        assertEquals(2, steps.size());
        assertTrue(steps.get(0).at("/location/message/text").asText().startsWith("1. HostWrite(host=db_host"));
        assertEquals("— → v1 (dirty)", steps.get(0).at("/state/cache SVC_A~1io_grp0: db_vol.b0/text").asText());
    }

    @Test
    void fingerprintsAreStableAcrossLinesAndDistinctAcrossElements() throws Exception {
        JsonNode results = render(SampleResults.all()).at("/runs/0/results");
        Set<String> seen = new HashSet<>();
        for (JsonNode r : results) {
            assertTrue(seen.add(r.at("/partialFingerprints/copyproofId~1v1").asText()), r.toString());
        }
        JsonNode again = render(SampleResults.all()).at("/runs/0/results");
        assertEquals(results, again);
    }

    @Test
    void invalidInputAndInconclusiveRuns() throws Exception {
        JsonNode log = render(List.of(SampleResults.invalid(), SampleResults.inconclusive()));
        JsonNode results = log.at("/runs/0/results");
        assertEquals(2, results.size());
        assertEquals("CP-INPUT", results.get(0).get("ruleId").asText());
        assertEquals(14, results.get(0).at("/locations/0/physicalLocation/region/startLine").asInt());
        JsonNode note = log.at("/runs/0/invocations/0/toolExecutionNotifications/0");
        assertTrue(note.at("/message/text").asText().contains("inconclusive"));
    }

    @Test
    void pathsBecomeUriReferences() {
        assertEquals("configs/my%20file.yaml", SarifRenderer.uri("configs\\my file.yaml"));
    }

    @Test
    void golden() throws Exception {
        Golden.check("samples.sarif", Golden.render(sarif, SampleResults.all(), Golden.NORMALIZED));
    }
}
