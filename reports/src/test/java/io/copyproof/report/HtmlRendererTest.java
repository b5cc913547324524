package io.copyproof.report;

import io.copyproof.result.Change;
import io.copyproof.result.VerificationResult;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlRendererTest {
    private final Renderer html = Renderers.forName("html");

    private static Document parse(String page) throws Exception {
        // The page is well-formed XML apart from the HTML5 doctype.
        return JUnitRendererTest.parse(page.replaceFirst("<!DOCTYPE html>", ""));
    }

    @Test
    void bothEnginesSayWhoFoundIt() throws Exception {
        String both = Golden.render(html, List.of(SampleResults.cachedSnapshotBothEngines()), RenderOptions.PLAIN);
        assertTrue(both.contains("found by both engines: 2 steps at <code>"), both);
        String one = Golden.render(html, List.of(SampleResults.cachedSnapshot()), RenderOptions.PLAIN);
        assertTrue(one.contains("found by explorer at <code>"), one);
    }

    @Test
    void wellFormedWithATimelinePerViolationAndASummaryRowPerFile() throws Exception {
        String page = Golden.render(html, SampleResults.all(), RenderOptions.PLAIN);
        Files.writeString(Golden.artifacts().resolve("samples.html"), page, StandardCharsets.UTF_8);
        Document doc = parse(page);
        assertEquals(3, doc.getElementsByTagName("svg").getLength(), "one timeline per violation");
        Element summary = (Element) doc.getElementsByTagName("tbody").item(0);
        assertEquals(SampleResults.all().size(), summary.getElementsByTagName("tr").getLength());
        assertEquals(SampleResults.all().size(), doc.getElementsByTagName("section").getLength());
    }

    @Test
    void aLanePerActorAndAMarkerWithATooltipWhereALaneChanged() throws Exception {
        VerificationResult r = SampleResults.cachedSnapshot();
        Document doc = parse(Golden.render(html, List.of(r), RenderOptions.PLAIN));
        Element svg = (Element) doc.getElementsByTagName("svg").item(0);
        NodeList groups = svg.getElementsByTagName("g");
        assertEquals(Fmt.lanes(r.violations().get(0)).size(), groups.getLength());
        assertEquals("host:db_host", ((Element) groups.item(0)).getAttribute("data-lane"), "hosts first");
        int markers = 0;
        for (int i = 0; i < svg.getElementsByTagName("circle").getLength(); i++) {
            Element c = (Element) svg.getElementsByTagName("circle").item(i);
            if (c.getAttribute("class").contains("marker")) {
                markers++;
                assertEquals(1, c.getElementsByTagName("title").getLength());
            }
        }
        int changes = r.violations().get(0).trace().stream().mapToInt(s -> (int) s.changes().stream()
                .map(Change::actor).distinct().count()).sum();
        assertEquals(changes, markers);
        assertTrue(svg.getTextContent().contains("db_vol.b0: — → v1 (dirty)"), svg.getTextContent());
    }

    @Test
    void theBlastRadiusIsHighlighted() throws Exception {
        String page = Golden.render(html, List.of(SampleResults.poolOffline()), RenderOptions.PLAIN);
        assertTrue(page.contains("<div class=\"blast\"><strong>Blast radius</strong>"), page);
        assertTrue(page.contains("class=\"row-blast\""), page);
        assertTrue(page.contains("blast-mark"), page);
    }

    @Test
    void selfContainedAndEscaped() throws Exception {
        String page = Golden.render(html, SampleResults.all(), RenderOptions.PLAIN);
        assertFalse(page.contains("<script"), "no scripts");
        assertFalse(page.contains("<link"), "no linked resources");
        assertFalse(Pattern.compile("\\bsrc=").matcher(page).find(), "no external sources");
        assertFalse(page.contains("url("), "no CSS urls");
        assertFalse(page.contains("@import"), "no CSS imports");
        assertFalse(Pattern.compile("href=\"(?!#)").matcher(page).find(), "links stay inside the page");
        assertTrue(page.contains("default-src 'none'"), "a CSP forbids loading anything");
        assertTrue(page.contains("lost &lt;app_vol&gt;"), "values are escaped");
        assertFalse(page.contains("lost <app_vol>"));
    }

    @Test
    void fullStateListsEveryValueAfterEachStep() throws Exception {
        String plain = Golden.render(html, List.of(SampleResults.cachedSnapshot()), RenderOptions.PLAIN);
        String full = Golden.render(html, List.of(SampleResults.cachedSnapshot()), new RenderOptions(false, true, false));
        assertFalse(plain.contains("State after step"));
        assertTrue(full.contains("State after step 2"));
        parse(full);
    }

    @Test
    void golden() throws Exception {
        Golden.check("samples.html", Golden.render(html, SampleResults.all(), Golden.NORMALIZED));
    }

    static Path write(String page) throws Exception {
        Path file = Golden.artifacts().resolve("html-report.html");
        Files.writeString(file, page, StandardCharsets.UTF_8);
        return file;
    }
}
