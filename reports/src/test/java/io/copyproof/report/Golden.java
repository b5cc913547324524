package io.copyproof.report;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Golden files under {@code src/test/resources/golden/}. Run with
 * {@code -Dcopyproof.updateGolden=true} to rewrite them from the current output (then review the
 * diff before committing).
 */
final class Golden {
    static final RenderOptions NORMALIZED = new RenderOptions(false, false, true);
    private static final Path DIR = Path.of("src", "test", "resources", "golden");

    private Golden() {
    }

    static String render(Renderer r, List<VerificationResult> results, RenderOptions options) throws IOException {
        StringWriter w = new StringWriter();
        r.render(results, options, w);
        return w.toString();
    }

    /** Compares with (or, when updating, writes) {@code golden/<name>}. */
    static void check(String name, String actual) throws IOException {
        Path file = DIR.resolve(name);
        if (Boolean.getBoolean("copyproof.updateGolden")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(file)) {
            throw new AssertionError("no golden file " + file + "; run with -Dcopyproof.updateGolden=true");
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual,
                "output differs from " + file + " (run with -Dcopyproof.updateGolden=true to accept)");
    }

    /** A directory for build artifacts of the tests: {@code target/test-artifacts}. */
    static Path artifacts() throws IOException {
        return Files.createDirectories(Path.of("target", "test-artifacts"));
    }
}
