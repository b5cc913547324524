package io.copyproof.report;

import io.copyproof.result.VerificationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportOutputsTest {
    private final List<VerificationResult> one = List.of(SampleResults.cachedSnapshot());

    @Test
    void withoutOutputTheOneFormatGoesToStandardOutputAndTextIsTheDefault() throws Exception {
        StringWriter out = new StringWriter();
        assertEquals(List.of(), ReportOutputs.write(List.of(), Optional.empty(), one, RenderOptions.PLAIN, out));
        assertTrue(out.toString().contains("VIOLATED"));
    }

    @Test
    void severalFormatsNeedAnOutputDirectory() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReportOutputs.write(
                List.of("sarif", "html"), Optional.empty(), one, RenderOptions.PLAIN, new StringWriter()));
        assertTrue(e.getMessage().contains("--output"), e.getMessage());
    }

    @Test
    void oneFormatAndOneFileWritesThatFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sub/report.sarif");
        assertEquals(List.of(file), ReportOutputs.write(List.of("sarif"), Optional.of(file), one, RenderOptions.PLAIN,
                new StringWriter()));
        assertTrue(Files.readString(file).contains("\"version\" : \"2.1.0\""));
    }

    @Test
    void severalFormatsWriteOneReportEachIntoTheDirectory(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("reports");
        List<Path> files = ReportOutputs.write(List.of("sarif", "html", "junit", "itf", "sarif"), Optional.of(out),
                SampleResults.all(), RenderOptions.PLAIN, new StringWriter());
        assertEquals(List.of(out.resolve("copyproof.sarif"), out.resolve("copyproof.html"),
                out.resolve("copyproof.junit.xml"),
                out.resolve("backend-snapshot-cached-volume.CS-PIT-COMPLETE.itf.json"),
                out.resolve("backend-clone-onto-managed-mdisk.CS-TARGET-HOLDS-SVC-DATA.itf.json"),
                out.resolve("backend-clone-onto-managed-mdisk.AV-VOLUME-ONLINE.itf.json")), files);
        for (Path f : files) {
            assertTrue(Files.size(f) > 0, f.toString());
        }
    }

    @Test
    void severalInputFilesMakeTheOutputADirectory(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("json-out");
        List<Path> files = ReportOutputs.write(List.of("json"), Optional.of(out), SampleResults.all(),
                RenderOptions.PLAIN, new StringWriter());
        assertEquals(List.of(out.resolve("copyproof.json")), files);
        assertEquals(SampleResults.all().size(), Files.readAllLines(files.get(0)).size());
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        assertThrows(IllegalArgumentException.class, () -> ReportOutputs.write(List.of("pdf"), Optional.empty(), one,
                RenderOptions.PLAIN, new StringWriter()));
    }

    @Test
    void filesAreNeverColoured(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("out.txt");
        ReportOutputs.write(List.of("text"), Optional.of(file), one, new RenderOptions(true, false, false),
                new StringWriter());
        assertTrue(Files.readString(file).contains("VIOLATED"));
        assertTrue(!Files.readString(file).contains("\u001b["));
    }
}
