package io.copyproof.report;

import io.copyproof.result.Change;
import io.copyproof.result.TraceStep;
import io.copyproof.result.Verdict;
import io.copyproof.result.VerificationResult;
import io.copyproof.result.Violation;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Renderers cope with what a producer may leave out, and with no results at all. */
class RobustnessTest {

    /** A violation with no location, path, explanation, initial state or state, and nulls where allowed. */
    static VerificationResult sparse() {
        TraceStep step = new TraceStep(1, "Destage", Map.of(), null,
                List.of(new Change("cache:SVC_A/io_grp0", "db_vol.b1", null, null)), List.of());
        Violation v = new Violation("CS-PIT-ORDER", null, null, List.of(), List.of(step), null, null, null, null);
        return new VerificationResult("weird <name> & \"quotes\".yaml", null, Verdict.VIOLATED, null, null, null,
                List.of(), List.of(), List.of(v), List.of(), List.of(), List.of(), List.of(), null);
    }

    @Test
    void everyFormatRendersASparseResultAndNoResultsAtAll() throws Exception {
        for (String name : Renderers.names()) {
            for (List<VerificationResult> results : List.of(List.of(sparse()), List.<VerificationResult>of())) {
                StringWriter w = new StringWriter();
                assertDoesNotThrow(() -> Renderers.forName(name).render(results, RenderOptions.PLAIN, w), name);
            }
        }
    }

    @Test
    void theSparseResultStillMeetsTheSchemasAndParses() throws Exception {
        List<VerificationResult> results = List.of(sparse(), SampleResults.invalid());
        String json = Golden.render(Renderers.forName("json"), results, RenderOptions.PLAIN);
        for (String line : json.split("\n")) {
            assertTrue(JsonRendererTest.schema().validate(JsonRenderer.parse(line)).isEmpty(), line);
        }
        String sarif = Golden.render(Renderers.forName("sarif"), results, RenderOptions.PLAIN);
        assertTrue(SarifRendererTest.schema().validate(JsonRenderer.parse(sarif)).isEmpty(), sarif);
        JUnitRendererTest.parse(Golden.render(Renderers.forName("junit"), results, RenderOptions.PLAIN));
        String html = Golden.render(Renderers.forName("html"), results, RenderOptions.PLAIN);
        JUnitRendererTest.parse(html.replaceFirst("<!DOCTYPE html>", ""));
        assertTrue(html.contains("weird &lt;name&gt; &amp; &quot;quotes&quot;.yaml"));
    }

    @Test
    void anEmptyRunIsStillAValidSarifLogAndJUnitDocument() throws Exception {
        String sarif = Golden.render(Renderers.forName("sarif"), List.of(), RenderOptions.PLAIN);
        assertTrue(SarifRendererTest.schema().validate(JsonRenderer.parse(sarif)).isEmpty(), sarif);
        JUnitRendererTest.parse(Golden.render(Renderers.forName("junit"), List.of(), RenderOptions.PLAIN));
    }
}
