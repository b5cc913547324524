package io.copyproof.report;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ItfRendererTest {

    @Test
    void oneDocumentPerViolationNamedAfterFileAndInvariant() {
        Map<String, String> files = Renderers.itf().files(SampleResults.all(), RenderOptions.PLAIN);
        assertEquals(List.of("backend-snapshot-cached-volume.CS-PIT-COMPLETE.itf.json",
                "backend-clone-onto-managed-mdisk.CS-TARGET-HOLDS-SVC-DATA.itf.json",
                "backend-clone-onto-managed-mdisk.AV-VOLUME-ONLINE.itf.json"), List.copyOf(files.keySet()));
    }

    @Test
    void statesAreRecordsOfLanesWithTheSameShapeThroughout() throws Exception {
        String doc = Renderers.itf().files(List.of(SampleResults.cachedSnapshot()), RenderOptions.PLAIN).values()
                .iterator().next();
        JsonNode itf = JsonRenderer.parse(doc);
        assertEquals("ITF", itf.at("/#meta/format").asText());
        JsonNode states = itf.get("states");
        assertEquals(3, states.size(), "initial state and two steps");
        assertEquals(0, states.get(0).at("/#meta/index").asInt());
        assertEquals("HostWrite", states.get(1).at("/#meta/event").asText());
        assertEquals("v1 (dirty)", states.get(1).at("/cache:SVC_A~1io_grp0/db_vol.b0").asText());
        assertEquals("—", states.get(0).at("/cache:SVC_A~1io_grp0/db_vol.b0").asText());
        for (JsonNode var : itf.get("vars")) {
            for (JsonNode s : states) {
                assertTrue(s.has(var.asText()), var + " missing in " + s);
                assertEquals(fields(states.get(0).get(var.asText())), fields(s.get(var.asText())));
            }
        }
    }

    private static List<String> fields(JsonNode record) {
        List<String> names = new java.util.ArrayList<>();
        for (Iterator<String> it = record.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    @Test
    void asARendererOneDocumentPerLine() throws Exception {
        String out = Golden.render(Renderers.forName("itf"), SampleResults.all(), RenderOptions.PLAIN);
        assertEquals(3, out.lines().count());
    }

    @Test
    void golden() throws Exception {
        Map<String, String> files = Renderers.itf().files(List.of(SampleResults.cachedSnapshot()), Golden.NORMALIZED);
        Golden.check("backend-snapshot-cached-volume.CS-PIT-COMPLETE.itf.json", files.values().iterator().next());
    }
}
