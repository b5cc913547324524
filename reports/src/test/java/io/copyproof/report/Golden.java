package io.copyproof.report;

import io.copyproof.result.VerificationResult;
import io.copyproof.fixtures.GoldenFiles;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Golden files under {@code src/test/resources/golden/}. Run with
 * {@code -Dcopyproof.updateGolden=true} to rewrite them from the current output (then review the
 * diff before committing).
 */
final class Golden {
    static final RenderOptions NORMALIZED = new RenderOptions(false, false, true);
    private static final GoldenFiles FILES = new GoldenFiles(Path.of("src", "test", "resources", "golden"));

    private Golden() {
    }

    static String render(Renderer r, List<VerificationResult> results, RenderOptions options) throws IOException {
        StringWriter w = new StringWriter();
        r.render(results, options, w);
        return w.toString();
    }

    /** Compares with (or, when updating, writes) {@code golden/<name>}. */
    static void check(String name, String actual) throws IOException {
        FILES.check(name, actual);
    }

    /** A directory for build artifacts of the tests: {@code target/test-artifacts}. */
    static Path artifacts() throws IOException {
        return Files.createDirectories(Path.of("target", "test-artifacts"));
    }
}
