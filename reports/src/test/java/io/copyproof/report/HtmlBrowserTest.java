package io.copyproof.report;

import io.copyproof.fixtures.HeadlessChromium;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Opens the HTML report in a real headless Chromium: it must render with no console message at
 * all (the page has no scripts, so any message is a blocked load or a parse problem), its DOM
 * must hold the summary table and a timeline per violation, and a screenshot is kept as a build
 * artifact ({@code target/html-report.png}).
 *
 * <p>Needs Chromium ({@code chromium} from Debian's packages, or the path in
 * {@code COPYPROOF_CHROMIUM} or {@code -Dcopyproof.chromium}). When it is missing and {@code CI} is set and the tests run as root
 * with apt-get, the test installs it; when that fails (no network, say) the test is skipped with
 * the reason rather than failing the build.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HtmlBrowserTest {
    private Path chromium;
    private String missing = "";

    @BeforeAll
    void findOrInstallChromium() {
        Optional<Path> found = HeadlessChromium.locate();
        if (found.isEmpty() && System.getenv("CI") != null && isRoot() && Files.isExecutable(Path.of("/usr/bin/apt-get"))) {
            String log = install();
            found = HeadlessChromium.locate();
            missing = "Chromium is not installed and installing it failed; skipping the headless-browser check. "
                    + "apt-get said:\n" + log;
        } else {
            missing = HeadlessChromium.MISSING;
        }
        chromium = found.orElse(null);
    }

    @BeforeEach
    void needsChromium() {
        HeadlessChromium.assumeAvailable(chromium != null, missing);
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** apt-get update + install, bounded; returns the tail of the output for the skip message. */
    private static String install() {
        StringBuilder log = new StringBuilder();
        for (List<String> cmd : List.of(List.of("apt-get", "update", "-q"),
                List.of("apt-get", "install", "-y", "-q", "chromium"))) {
            try {
                Path out = Files.createTempFile("apt", ".log");
                ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile());
                pb.environment().put("DEBIAN_FRONTEND", "noninteractive");
                Process p = pb.start();
                if (!p.waitFor(15, TimeUnit.MINUTES)) {
                    p.destroyForcibly();
                    log.append(String.join(" ", cmd)).append(": timed out\n");
                    break;
                }
                List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
                lines.subList(Math.max(0, lines.size() - 5), lines.size()).forEach(l -> log.append(l).append('\n'));
                Files.deleteIfExists(out);
                if (p.exitValue() != 0) {
                    log.append(String.join(" ", cmd)).append(": exit ").append(p.exitValue()).append('\n');
                    break;
                }
            } catch (IOException e) {
                log.append(String.join(" ", cmd)).append(": ").append(e.getMessage()).append('\n');
                break;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return log.toString();
    }

    private HeadlessChromium.Run run(Path page, String... extra) throws Exception {
        return new HeadlessChromium(chromium).open(page, 1280, 2000, extra);
    }

    @Test
    void theDetectorSeesConsoleErrorsOfABrokenPage() throws Exception {
        // A control: an external image the CSP blocks must show up, or the real check below proves nothing.
        Path bad = Golden.artifacts().resolve("broken-control.html");
        Files.writeString(bad, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"/><meta http-equiv="
                + "\"Content-Security-Policy\" content=\"default-src 'none'\"/></head><body>"
                + "<img src=\"https://example.invalid/x.png\" alt=\"x\"/></body></html>", StandardCharsets.UTF_8);
        HeadlessChromium.Run r = run(bad, "--dump-dom");
        assertFalse(r.console().isEmpty(), () -> "no console line for a blocked load; stderr:\n" + r.stderr());
    }

    @Test
    void theReportRendersWithoutConsoleErrorsAndIsScreenshotted() throws Exception {
        String page = Golden.render(new HtmlRenderer(), SampleResults.all(), RenderOptions.PLAIN);
        Path file = HtmlRendererTest.write(page);
        Path shot = Path.of("target", "html-report.png").toAbsolutePath();
        Files.deleteIfExists(shot);

        HeadlessChromium.Run dom = run(file, "--dump-dom");
        assertTrue(dom.console().isEmpty(), () -> "console messages:\n" + String.join("\n", dom.console()));
        assertTrue(dom.stdout().contains("id=\"summary\""), "the summary table rendered");
        assertEquals(3, dom.stdout().split("<svg", -1).length - 1, "a timeline per violation");
        assertTrue(dom.stdout().contains("Blast radius"), "the blast radius rendered");

        HeadlessChromium.Run screenshot = run(file, "--screenshot=" + shot);
        assertTrue(screenshot.console().isEmpty(), () -> String.join("\n", screenshot.console()));
        assertTrue(Files.exists(shot), () -> "no screenshot; stderr:\n" + screenshot.stderr());
        byte[] png = Files.readAllBytes(shot);
        assertTrue(png.length > 10_000, "a screenshot of a rendered page, not a blank one: " + png.length);
        assertEquals((byte) 0x89, png[0]);
        assertEquals('P', png[1]);
    }
}
