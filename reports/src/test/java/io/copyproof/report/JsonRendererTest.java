package io.copyproof.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonRendererTest {
    private final Renderer json = Renderers.forName("json");

    static JsonSchema schema() throws Exception {
        try (InputStream in = JsonRenderer.class.getResourceAsStream("result.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    @Test
    void oneCompactObjectPerLineThatValidatesAgainstTheSchema() throws Exception {
        JsonSchema schema = schema();
        for (RenderOptions options : List.of(RenderOptions.PLAIN, Golden.NORMALIZED)) {
            String out = Golden.render(json, SampleResults.all(), options);
            String[] lines = out.split("\n");
            assertEquals(SampleResults.all().size(), lines.length);
            for (String line : lines) {
                JsonNode node = JsonRenderer.parse(line);
                Set<ValidationMessage> errors = schema.validate(node);
                assertTrue(errors.isEmpty(), () -> errors + " in " + line);
            }
        }
    }

    @Test
    void bothEnginesAddFoundByAndStatsByEngine() throws Exception {
        String out = Golden.render(json, List.of(SampleResults.cachedSnapshotBothEngines()), RenderOptions.PLAIN);
        JsonNode node = JsonRenderer.parse(out.strip());
        assertTrue(schema().validate(node).isEmpty(), out);
        assertEquals(2, node.at("/violations/0/foundBy/explorer").asInt());
        assertEquals(2, node.at("/violations/0/foundBy/alloy").asInt());
        assertEquals("explorer", node.at("/violations/0/engine").asText());
        assertEquals(3, node.at("/statsByEngine/alloy/depth").asInt());
        assertEquals(node.at("/stats"), node.at("/statsByEngine/explorer"));
        JsonNode one = JsonRenderer.parse(Golden.render(json, List.of(SampleResults.cachedSnapshot()),
                RenderOptions.PLAIN).strip());
        assertTrue(one.at("/violations/0/foundBy").isMissingNode(), "one engine: no foundBy");
        assertTrue(one.at("/statsByEngine").isMissingNode(), "one engine: no statsByEngine");
    }

    @Test
    void theSchemaRejectsAResultWithoutTheContractFields() throws Exception {
        JsonNode node = JsonRenderer.parse("{\"file\":\"x.yaml\",\"verdict\":\"maybe\"}");
        assertFalse(schema().validate(node).isEmpty());
    }

    @Test
    void carriesTheContractFields() throws Exception {
        JsonNode r = JsonRenderer.parse(Golden.render(json, List.of(SampleResults.cachedSnapshot()),
                RenderOptions.PLAIN));
        assertEquals("examples/backend-snapshot-cached-volume.yaml", r.get("file").asText());
        assertEquals("violated", r.get("verdict").asText());
        assertEquals("explorer", r.get("engine").asText());
        assertEquals(2, r.at("/bounds/writesPerHost").asInt());
        assertEquals(1, r.at("/bounds/snapshotsPerCopy").asInt());
        assertEquals(1284, r.at("/stats/distinctStates").asLong());
        assertEquals(0.31, r.at("/stats/seconds").asDouble(), 1e-9);
        JsonNode step = r.at("/violations/0/trace/0");
        assertEquals(1, step.get("step").asInt());
        assertEquals("HostWrite", step.get("event").asText());
        assertEquals("db_host", step.at("/args/host").asText());
        assertTrue(step.at("/args/block").isInt());
        assertEquals("cache:SVC_A/io_grp0", step.at("/changes/1/actor").asText());
        assertEquals(7, step.get("state").size());
        JsonNode finding = r.at("/findings/0");
        assertEquals("CS-CACHE-ENABLED-SOURCE", finding.get("id").asText());
        assertEquals("error", finding.get("severity").asText());
        assertEquals(23, finding.at("/location/line").asInt());
        assertEquals(12, finding.at("/location/column").asInt());
        assertEquals(1, r.get("exitCode").asInt());
        assertTrue(r.get("inconclusiveReason").isNull());
    }

    @Test
    void invalidFilesCarryTheirErrors() throws Exception {
        JsonNode r = JsonRenderer.parse(Golden.render(json, List.of(SampleResults.invalid()), RenderOptions.PLAIN));
        assertEquals("invalid", r.get("verdict").asText());
        assertEquals(2, r.get("exitCode").asInt());
        assertEquals("/volumes/0/cache", r.at("/errors/0/path").asText());
        assertEquals(14, r.at("/errors/0/location/line").asInt());
    }

    @Test
    void normalisingHidesTimingsMemoryAndAbsolutePaths() throws Exception {
        JsonNode r = JsonRenderer.parse(Golden.render(json, List.of(SampleResults.inconclusive()),
                Golden.NORMALIZED));
        assertEquals("<dir>/concurrent-upgrade.yaml", r.get("file").asText());
        assertEquals(0.0, r.at("/stats/seconds").asDouble());
        assertEquals(0, r.at("/stats/peakHeapBytes").asLong());
        assertEquals(1000000, r.at("/stats/distinctStates").asLong());
        assertEquals("inconclusive", r.get("verdict").asText());
        assertTrue(r.get("inconclusiveReason").asText().contains("state budget"));
    }

    @Test
    void golden() throws Exception {
        // Pretty-printed, one document after another, so that a change reads well in a diff.
        StringBuilder pretty = new StringBuilder();
        for (String line : Golden.render(json, SampleResults.all(), Golden.NORMALIZED).split("\n")) {
            pretty.append(JsonRenderer.MAPPER.writerWithDefaultPrettyPrinter()
                    .writeValueAsString(JsonRenderer.parse(line))).append('\n');
        }
        Golden.check("samples.json", pretty.toString());
    }
}
