package io.copyproof.report;

import io.copyproof.result.VerificationResult;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JUnitRendererTest {
    private final Renderer junit = Renderers.forName("junit");

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static int children(Element e, String tag) {
        return e.getElementsByTagName(tag).getLength();
    }

    private static int attr(Element e, String name) {
        return Integer.parseInt(e.getAttribute(name));
    }

    @Test
    void parsesAndTheCountsMatchTheTestCases() throws Exception {
        Document doc = parse(Golden.render(junit, SampleResults.all(), RenderOptions.PLAIN));
        Element root = doc.getDocumentElement();
        assertEquals("testsuites", root.getTagName());
        NodeList suites = root.getElementsByTagName("testsuite");
        assertEquals(SampleResults.all().size(), suites.getLength());
        int tests = 0;
        for (int i = 0; i < suites.getLength(); i++) {
            Element s = (Element) suites.item(i);
            assertEquals(children(s, "testcase"), attr(s, "tests"));
            assertEquals(children(s, "failure"), attr(s, "failures"));
            assertEquals(children(s, "error"), attr(s, "errors"));
            assertEquals(children(s, "skipped"), attr(s, "skipped"));
            tests += attr(s, "tests");
        }
        assertEquals(tests, attr(root, "tests"));
        assertEquals(children(root, "failure"), attr(root, "failures"));
        assertEquals(children(root, "skipped"), attr(root, "skipped"));
        assertEquals(children(root, "error"), attr(root, "errors"));
    }

    @Test
    void aViolatedInvariantFailsWithTheWholeTraceAndTheRestPass() throws Exception {
        VerificationResult r = SampleResults.cachedSnapshot();
        Document doc = parse(Golden.render(junit, List.of(r), RenderOptions.PLAIN));
        Element suite = (Element) doc.getElementsByTagName("testsuite").item(0);
        assertEquals(r.file(), suite.getAttribute("name"));
        assertEquals(r.checked().size() + r.rulesRun().size(), attr(suite, "tests"));
        assertEquals(2, attr(suite, "failures"), "the violation and the error finding");
        Element failure = (Element) doc.getElementsByTagName("failure").item(0);
        assertEquals("CS-PIT-COMPLETE", failure.getAttribute("type"));
        String trace = failure.getTextContent();
        assertTrue(trace.contains("1. HostWrite"), trace);
        assertTrue(trace.contains("2. BackendSnapshot"), trace);
        assertTrue(trace.contains("cache SVC_A/io_grp0: db_vol.b0  — → v1 (dirty)"), trace);
        Element rule = (Element) doc.getElementsByTagName("failure").item(1);
        assertEquals("CS-CACHE-ENABLED-SOURCE", rule.getAttribute("type"));
    }

    @Test
    void verifiedPassesInconclusiveSkipsInvalidErrors() throws Exception {
        Document ok = parse(Golden.render(junit, List.of(SampleResults.verified()), RenderOptions.PLAIN));
        assertEquals(0, ok.getElementsByTagName("failure").getLength());
        assertEquals(0, ok.getElementsByTagName("skipped").getLength());

        VerificationResult inc = SampleResults.inconclusive();
        Document skipped = parse(Golden.render(junit, List.of(inc), RenderOptions.PLAIN));
        assertEquals(inc.checked().size(), skipped.getElementsByTagName("skipped").getLength());
        assertTrue(((Element) skipped.getElementsByTagName("skipped").item(0)).getAttribute("message")
                .contains("state budget"));

        Document invalid = parse(Golden.render(junit, List.of(SampleResults.invalid()), RenderOptions.PLAIN));
        assertEquals(1, invalid.getElementsByTagName("testcase").getLength());
        Element error = (Element) invalid.getElementsByTagName("error").item(0);
        assertTrue(error.getTextContent().contains("examples/broken.yaml:14:12"), error.getTextContent());
    }

    @Test
    void escapesMarkupAndControlCharacters() throws Exception {
        VerificationResult r = SampleResults.poolOffline();
        String xml = Golden.render(junit, List.of(r), RenderOptions.PLAIN);
        Document doc = parse(xml);
        assertTrue(doc.getDocumentElement().getTextContent().contains("lost <app_vol>"));
    }

    @Test
    void golden() throws Exception {
        Golden.check("samples.junit.xml", Golden.render(junit, SampleResults.all(), Golden.NORMALIZED));
    }
}
