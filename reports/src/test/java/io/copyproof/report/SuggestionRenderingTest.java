package io.copyproof.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ValidationMessage;
import io.copyproof.config.SourceLocation;
import io.copyproof.result.Suggestion;
import io.copyproof.result.VerificationResult;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code verify --suggest}: a verified repair is shown after the violation and the error finding it
 * restores in every format; SARIF carries it as {@code fixes} with the replacement text and still
 * validates against the official 2.1.0 schema; JSON against the result schema. Without
 * suggestions nothing of it appears.
 */
class SuggestionRenderingTest {
    static final String FILE = "examples/backend-snapshot-cached-volume.yaml";

    static VerificationResult suggested() {
        Suggestion s = new Suggestion(List.of("CS-PIT-COMPLETE", "CS-CACHE-ENABLED-SOURCE"),
                "set the cache of volume 'db_vol' to none",
                List.of(new Suggestion.Edit("/volumes/0/cache", new SourceLocation(FILE, 12, 12), "readwrite", "none",
                        12, 12, 12, 21, "none")),
                "the repaired configuration verifies: engine explorer, bounds writesPerHost=2");
        return SampleResults.cachedSnapshot().withSuggestions(List.of(s));
    }

    static String render(String format, VerificationResult r) throws Exception {
        StringWriter w = new StringWriter();
        Renderers.forName(format).render(List.of(r), RenderOptions.PLAIN, w);
        return w.toString();
    }

    @Test
    void everyFormatShowsTheRepairAndNothingWithoutOne() throws Exception {
        for (String format : List.of("text", "json", "markdown", "html", "junit", "sarif")) {
            String with = render(format, suggested());
            assertTrue(with.contains("set the cache of volume"), format + ": " + with);
            assertTrue(with.contains("readwrite") && with.contains("none"), format);
            String without = render(format, SampleResults.cachedSnapshot());
            assertFalse(without.contains("Verified repair") || without.contains("\"suggestions\"")
                    || without.contains("\"fixes\""), format + ": " + without);
        }
    }

    @Test
    void sarifFixesCarryTheReplacementAndValidate() throws Exception {
        JsonNode log = JsonRenderer.parse(render("sarif", suggested()));
        Set<ValidationMessage> errors = SarifRendererTest.schema().validate(log);
        assertTrue(errors.isEmpty(), errors::toString);
        int withFixes = 0;
        for (JsonNode res : log.get("runs").get(0).get("results")) {
            if (res.has("fixes")) {
                withFixes++;
                JsonNode rep = res.get("fixes").get(0).get("artifactChanges").get(0).get("replacements").get(0);
                assertEquals(12, rep.get("deletedRegion").get("startColumn").asInt());
                assertEquals(21, rep.get("deletedRegion").get("endColumn").asInt());
                assertEquals("none", rep.get("insertedContent").get("text").asText());
                assertEquals(FILE, res.get("fixes").get(0).get("artifactChanges").get(0).get("artifactLocation")
                        .get("uri").asText());
            }
        }
        assertEquals(2, withFixes, "the violation and the error finding it restores");
    }

    @Test
    void jsonCarriesTheRepairAndValidates() throws Exception {
        JsonNode j = JsonRenderer.parse(render("json", suggested()));
        Set<ValidationMessage> errors = JsonRendererTest.schema().validate(j);
        assertTrue(errors.isEmpty(), errors::toString);
        assertEquals("none", j.get("violations").get(0).get("suggestions").get(0).get("edits").get(0)
                .get("after").asText());
        assertEquals(1, j.get("suggestions").size());
    }
}
