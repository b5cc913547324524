package io.copyproof.cli;

import io.copyproof.fixtures.HeadlessChromium;
import io.copyproof.result.VerificationResult;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The HTML report of real verifications with several violations (the point-in-time copy onto a
 * managed MDisk, and the concurrent upgrade under stress) opened in headless Chromium: it renders
 * with no console message, holds a timeline per violation, and a screenshot is kept at
 * {@code target/html-example-report.png}. Skipped, with the reason, when no Chromium is installed.
 */
class ExampleReportsBrowserTest {

    @Test
    void aRealMultiViolationReportRendersCleanlyAndIsScreenshotted() throws Exception {
        Optional<HeadlessChromium> browser = HeadlessChromium.find();
        HeadlessChromium.assumeAvailable(browser.isPresent(), HeadlessChromium.MISSING);
        ExampleRuns.Case c = new ExampleRuns.Case("html", List.of(
                ExampleRuns.EXAMPLES.resolve("pit-target-holds-svc-data.hazard.yaml"),
                ExampleRuns.EXAMPLES.resolve("upgrade-concurrent-metro-stress.hazard.yaml")));
        List<VerificationResult> results = ExampleRuns.verify(c);
        int violations = results.stream().mapToInt(r -> r.violations().size()).sum();
        assertTrue(violations >= 4, "several violations to draw: " + violations);

        Path dir = Files.createDirectories(Path.of("target", "test-artifacts"));
        Path page = dir.resolve("html-example-report.html");
        Files.writeString(page, ExampleRuns.render(results, ExampleRuns.Format.HTML, false), StandardCharsets.UTF_8);
        HeadlessChromium.Run dom = browser.get().open(page, 1280, 2000, "--dump-dom");
        assertTrue(dom.console().isEmpty(), () -> "console messages:\n" + String.join("\n", dom.console()));
        assertTrue(dom.stdout().contains("id=\"summary\""), "the summary table rendered");
        assertEquals(violations, dom.stdout().split("<svg", -1).length - 1, "a timeline per violation");
        assertTrue(dom.stdout().contains("Blast radius"), "the blast radius rendered");

        Path shot = Path.of("target", "html-example-report.png").toAbsolutePath();
        Files.deleteIfExists(shot);
        HeadlessChromium.Run screenshot = browser.get().open(page, 1280, 2400, "--screenshot=" + shot);
        assertTrue(screenshot.console().isEmpty(), () -> String.join("\n", screenshot.console()));
        assertTrue(Files.exists(shot), () -> "no screenshot; stderr:\n" + screenshot.stderr());
        byte[] png = Files.readAllBytes(shot);
        assertTrue(png.length > 10_000, "a screenshot of a rendered page, not a blank one: " + png.length);
        assertEquals((byte) 0x89, png[0]);
    }
}
