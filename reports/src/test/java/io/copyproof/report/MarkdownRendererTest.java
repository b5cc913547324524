package io.copyproof.report;

import io.copyproof.result.VerificationResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkdownRendererTest {
    private final Renderer markdown = Renderers.forName("markdown");

    @Test
    void aSummaryTableAndTracesInCollapsibleSections() throws Exception {
        String md = Golden.render(markdown, SampleResults.all(), RenderOptions.PLAIN);
        assertTrue(md.startsWith("## copyproof: "), md);
        assertTrue(md.contains("exit 2"), md);
        long rows = md.lines().takeWhile(l -> !l.startsWith("###")).filter(l -> l.startsWith("| `")).count();
        assertEquals(SampleResults.all().size(), rows);
        long details = md.lines().filter(l -> l.contains("<details><summary>Trace:")).count();
        assertEquals(3, details, "one per violation");
        assertTrue(md.contains("**Blast radius:** pools: pool\\_main"), md);
        assertTrue(md.contains("lost &lt;app\\_vol&gt;"), "HTML in values is escaped: " + md);
        assertTrue(md.contains("`examples/backend-snapshot-cached-volume.yaml:23:12` | `CS-CACHE-ENABLED-SOURCE`"), md);
    }

    @Test
    void detailIsLeftOutWhenItWouldNotFitInAComment() throws Exception {
        List<VerificationResult> some = java.util.Collections.nCopies(20, SampleResults.poolOffline());
        String md = Golden.render(markdown, some, RenderOptions.PLAIN);
        assertTrue(md.length() <= MarkdownRenderer.MAX_CHARS, "length " + md.length());
        assertTrue(md.contains("Traces left out"), md.substring(0, 300));
        assertTrue(!md.contains("<details><summary>Trace:"));

        List<VerificationResult> many = java.util.Collections.nCopies(150, SampleResults.poolOffline());
        String table = Golden.render(markdown, many, RenderOptions.PLAIN);
        assertTrue(table.length() <= MarkdownRenderer.MAX_CHARS, "length " + table.length());
        assertTrue(table.contains("Details left out"), table.substring(0, 300));
        assertEquals(150, table.lines().filter(l -> l.startsWith("| `")).count());
    }

    @Test
    void golden() throws Exception {
        Golden.check("samples.md", Golden.render(markdown, SampleResults.all(), Golden.NORMALIZED));
    }
}
