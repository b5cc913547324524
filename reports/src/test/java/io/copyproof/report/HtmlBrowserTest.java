package io.copyproof.report;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
    private static final long TIMEOUT_SECONDS = 60;
    private Path chromium;
    private String missing = "";

    @BeforeAll
    void findOrInstallChromium() {
        Optional<Path> found = locate();
        if (found.isEmpty() && System.getenv("CI") != null && isRoot() && Files.isExecutable(Path.of("/usr/bin/apt-get"))) {
            String log = install();
            found = locate();
            missing = "Chromium is not installed and installing it failed; skipping the headless-browser check. "
                    + "apt-get said:\n" + log;
        } else {
            missing = "Chromium not found (install Debian's 'chromium' package, or set COPYPROOF_CHROMIUM); "
                    + "skipping the headless-browser check";
        }
        chromium = found.orElse(null);
    }

    @BeforeEach
    void needsChromium() {
        assumeTrue(chromium != null, missing);
    }

    private static Optional<Path> locate() {
        // -Dcopyproof.chromium=PATH or COPYPROOF_CHROMIUM=PATH names the browser; nothing else is tried then.
        String forced = System.getProperty("copyproof.chromium", System.getenv("COPYPROOF_CHROMIUM"));
        if (forced != null && !forced.isBlank()) {
            return Files.isExecutable(Path.of(forced)) ? Optional.of(Path.of(forced)) : Optional.empty();
        }
        List<Path> candidates = new ArrayList<>(List.of(Path.of("/usr/bin/chromium"),
                Path.of("/usr/bin/chromium-browser")));
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
                    candidates.add(Path.of(dir, name));
                }
            }
        }
        return candidates.stream().filter(Files::isExecutable).findFirst();
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

    /** The output of one headless run: stdout (the DOM with --dump-dom) and the console lines of stderr. */
    private record Run(String stdout, List<String> console, String stderr) {
    }

    private Run run(Path page, String... extra) throws Exception {
        Path work = Files.createTempDirectory("copyproof-chromium");
        Path out = work.resolve("stdout.txt");
        Path err = work.resolve("stderr.txt");
        List<String> cmd = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + work.resolve("profile"),
                "--enable-logging=stderr", "--v=0", "--window-size=1280,2000"));
        cmd.addAll(List.of(extra));
        cmd.add(page.toAbsolutePath().toUri().toString());
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        try {
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new AssertionError("Chromium did not finish within " + TIMEOUT_SECONDS + " s");
            }
        } finally {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        List<String> console = stderr.lines().filter(l -> l.contains(":CONSOLE")).toList();
        String stdout = Files.readString(out, StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(work)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
        return new Run(stdout, console, stderr);
    }

    @Test
    void theDetectorSeesConsoleErrorsOfABrokenPage() throws Exception {
        // A control: an external image the CSP blocks must show up, or the real check below proves nothing.
        Path bad = Golden.artifacts().resolve("broken-control.html");
        Files.writeString(bad, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"/><meta http-equiv="
                + "\"Content-Security-Policy\" content=\"default-src 'none'\"/></head><body>"
                + "<img src=\"https://example.invalid/x.png\" alt=\"x\"/></body></html>", StandardCharsets.UTF_8);
        Run r = run(bad, "--dump-dom");
        assertFalse(r.console().isEmpty(), () -> "no console line for a blocked load; stderr:\n" + r.stderr());
    }

    @Test
    void theReportRendersWithoutConsoleErrorsAndIsScreenshotted() throws Exception {
        String page = Golden.render(new HtmlRenderer(), SampleResults.all(), RenderOptions.PLAIN);
        Path file = HtmlRendererTest.write(page);
        Path shot = Path.of("target", "html-report.png").toAbsolutePath();
        Files.deleteIfExists(shot);

        Run dom = run(file, "--dump-dom");
        assertTrue(dom.console().isEmpty(), () -> "console messages:\n" + String.join("\n", dom.console()));
        assertTrue(dom.stdout().contains("id=\"summary\""), "the summary table rendered");
        assertEquals(3, dom.stdout().split("<svg", -1).length - 1, "a timeline per violation");
        assertTrue(dom.stdout().contains("Blast radius"), "the blast radius rendered");

        Run screenshot = run(file, "--screenshot=" + shot);
        assertTrue(screenshot.console().isEmpty(), () -> String.join("\n", screenshot.console()));
        assertTrue(Files.exists(shot), () -> "no screenshot; stderr:\n" + screenshot.stderr());
        byte[] png = Files.readAllBytes(shot);
        assertTrue(png.length > 10_000, "a screenshot of a rendered page, not a blank one: " + png.length);
        assertEquals((byte) 0x89, png[0]);
        assertEquals('P', png[1]);
    }
}
