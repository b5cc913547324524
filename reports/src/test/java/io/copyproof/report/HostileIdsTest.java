package io.copyproof.report;

import io.copyproof.result.VerificationResult;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * For all hostile ids and names (newlines, backticks, markup, control characters, bidirectional
 * overrides, quotes), every renderer's output parses with a real parser and keeps its structure:
 * JSON and ITF with Jackson, SARIF against its schema, JUnit and HTML with the JDK's XML parser,
 * Markdown and text line by line.
 */
class HostileIdsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonSchema sarifSchema;
    private static final RenderOptions PLAIN = new RenderOptions(false, true, false);
    private static final Pattern CODE_SPAN = Pattern.compile("`[^`]*`");
    private static final Set<String> MD_TAGS = Set.of("details", "/details", "summary", "/summary");

    @BeforeContainer
    static void schema() throws Exception {
        sarifSchema = SarifRendererTest.schema();
    }

    @Provide
    Arbitrary<String> hostile() {
        Arbitrary<String> fragments = Arbitraries.of("\n", "\r\n", "\n\n## ✅ VERIFIED\n", "`", "``", "<img src=x onerror=alert(1)>",
                "</details>", "<script>alert(1)</script>", "\u001b[2J", "\u0007", "\u0000", "\u202e", "\u2028",
                "&amp;", "]]>", "\"", "'", "|", "*", "_", "[x](http://e)", "\\", "-->", "<!--", "\uFFFE", "\uD800",
                "#", "\t", "\u0085", "db_vol");
        Arbitrary<String> random = Arbitraries.strings().withCharRange('\u0000', '\u02ff').ofMaxLength(6);
        return Arbitraries.oneOf(fragments, random).list().ofMinSize(1).ofMaxSize(5).map(l -> String.join("", l));
    }

    /** Every sample result with every string (ids, names, messages, paths, values) made hostile. */
    private static List<VerificationResult> results(String h) {
        List<VerificationResult> out = new ArrayList<>();
        for (VerificationResult r : SampleResults.all()) {
            out.add(Escape.strings(r, s -> s == null ? null : h + s + h));
        }
        return out;
    }

    private static String render(String format, List<VerificationResult> results) throws Exception {
        StringWriter w = new StringWriter();
        Renderers.forName(format).render(results, PLAIN, w);
        return w.toString();
    }

    @Property(tries = 60)
    void jsonAndSarifParseAndSarifKeepsItsSchema(@ForAll("hostile") String h) throws Exception {
        List<VerificationResult> rs = results(h);
        String[] lines = render("json", rs).split("\n");
        assertEquals(rs.size(), lines.length, "one JSON document per line, whatever the ids hold");
        for (String line : lines) {
            assertTrue(JSON.readTree(line).isObject());
        }
        JsonNode sarif = JSON.readTree(render("sarif", rs));
        assertEquals(Set.of(), sarifSchema.validate(sarif), "SARIF schema");
        for (String line : render("itf", rs).split("\n")) {
            if (!line.isBlank()) {
                JSON.readTree(line);
            }
        }
    }

    @Property(tries = 60)
    void junitAndHtmlAreWellFormedAndHoldNoInjectedElements(@ForAll("hostile") String h) throws Exception {
        List<VerificationResult> rs = results(h);
        Document junit = xml(render("junit", rs));
        assertEquals("testsuites", junit.getDocumentElement().getTagName());
        String html = render("html", rs);
        Document doc = xml(html.replaceFirst("(?i)^<!DOCTYPE html>", ""));
        NodeList imgs = doc.getElementsByTagName("img");
        for (int i = 0; i < imgs.getLength(); i++) {
            assertFalse(((Element) imgs.item(i)).hasAttribute("onerror"), "an injected <img>");
        }
        String benign = render("html", SampleResults.all());
        assertEquals(xml(benign.replaceFirst("(?i)^<!DOCTYPE html>", "")).getElementsByTagName("script").getLength(),
                doc.getElementsByTagName("script").getLength(), "no injected <script>");
    }

    @Property(tries = 60)
    void markdownKeepsEveryIdInsideItsLineAndSpan(@ForAll("hostile") String h) throws Exception {
        String md = render("markdown", results(h));
        for (String line : md.split("\n", -1)) {
            if (line.startsWith("#")) {
                assertTrue(line.startsWith("## copyproof: ") || line.matches("### \\S+ `[^`]*`"),
                        "a heading only where the renderer puts one: " + line);
            }
            assertFalse(line.contains("\r") || line.contains("\u2028") || line.contains("\u0000"), line);
            String prose = CODE_SPAN.matcher(line).replaceAll("");
            assertFalse(prose.replace("\\`", "").contains("`"), "an unbalanced code span: " + line);
            var tags = Pattern.compile("<(/?[A-Za-z][A-Za-z0-9]*)").matcher(prose);
            while (tags.find()) {
                assertTrue(MD_TAGS.contains(tags.group(1)), "raw HTML in Markdown: " + line);
            }
        }
    }

    @Property(tries = 60)
    void textShowsControlCharactersInsteadOfSendingThem(@ForAll("hostile") String h) throws Exception {
        String text = render("text", results(h));
        text.codePoints().forEach(c -> assertFalse(c != '\n' && Escape.isControl(c),
                "a raw control character U+" + Integer.toHexString(c)));
        int benignLines = render("text", SampleResults.all()).split("\n", -1).length;
        assertEquals(benignLines, text.split("\n", -1).length, "ids cannot add lines to the text report");
    }

    private static Document xml(String s) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        f.setExpandEntityReferences(false);
        DocumentBuilder b = f.newDocumentBuilder();
        b.setErrorHandler(null);
        return b.parse(new InputSource(new StringReader(s)));
    }
}
