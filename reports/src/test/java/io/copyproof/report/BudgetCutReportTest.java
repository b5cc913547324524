package io.copyproof.report;

import io.copyproof.result.VerificationResult;
import io.copyproof.result.Verdict;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A search that found a violation and then ran out of budget says so in every format. */
class BudgetCutReportTest {
    static final String REASON = "the distinct-state budget ran out after 1000 states";
    private static final RenderOptions PLAIN = new RenderOptions(false, false, false);

    /** One invariant violated, the other eight never decided. */
    static VerificationResult cut() {
        VerificationResult r = SampleResults.cachedSnapshot();
        return new VerificationResult(r.file(), r.configName(), Verdict.VIOLATED, r.engine(), r.bounds(), r.stats(),
                r.checked(), r.rulesRun(), r.violations(), List.of(), List.of(), List.of("an assumption"),
                List.of(), Optional.of(REASON));
    }

    private static String render(String format) throws Exception {
        StringWriter w = new StringWriter();
        Renderers.forName(format).render(List.of(cut()), PLAIN, w);
        return w.toString();
    }

    private static int undecided() {
        return cut().checked().size() - 1;
    }

    @Test
    void textSaysTheSearchStoppedAndListsTheUndecided() throws Exception {
        String t = render("text");
        String headline = t.lines().findFirst().orElseThrow();
        assertTrue(headline.startsWith("VIOLATED — 1 invariant broken"), headline);
        assertTrue(headline.contains("stopped early (" + REASON + ")"), headline);
        assertTrue(headline.contains(undecided() + " invariants undecided"), headline);
        assertTrue(t.contains("Undecided  "), t);
        assertFalse(t.matches("(?s).*Checked  \\d+ invariants, .*"), "not a plain 'checked' count: " + t);
    }

    @Test
    void junitMarksTheUndecidedAsSkippedWithTheReason() throws Exception {
        String x = render("junit");
        Matcher m = Pattern.compile("<skipped message=\"([^\"]*)\"").matcher(x);
        int skipped = 0;
        while (m.find()) {
            assertTrue(m.group(1).contains(REASON), m.group(1));
            skipped++;
        }
        assertEquals(undecided(), skipped, x);
        assertTrue(x.contains("skipped=\"" + undecided() + "\""), x);
    }

    @Test
    void jsonAndSarifSayItAndListTheUndecided() throws Exception {
        JsonNode j = new ObjectMapper().readTree(render("json"));
        JsonNode r = j.has("results") ? j.get("results").get(0) : j.isArray() ? j.get(0) : j;
        assertTrue(r.get("stoppedEarly").asBoolean(), r.toString());
        assertEquals(undecided(), r.get("undecided").size());
        assertEquals(REASON, r.get("inconclusiveReason").asText());
        String sarif = render("sarif");
        assertTrue(sarif.contains("the search stopped early (" + REASON + ")"), sarif);
        assertEquals(java.util.Set.of(), SarifRendererTest.schema().validate(new ObjectMapper().readTree(sarif)));
    }

    @Test
    void markdownAndHtmlListTheUndecided() throws Exception {
        for (String f : List.of("markdown", "html")) {
            String s = render(f);
            assertTrue(s.contains("Undecided (" + REASON + ")"), f + ": " + s);
            assertTrue(s.contains("stopped early"), f);
        }
    }

    @Test
    void aCompleteSearchHasNoUndecided() throws Exception {
        StringWriter w = new StringWriter();
        Renderers.forName("text").render(List.of(SampleResults.cachedSnapshot()), PLAIN, w);
        assertFalse(w.toString().contains("stopped early"));
        assertFalse(w.toString().contains("Undecided"));
    }
}
