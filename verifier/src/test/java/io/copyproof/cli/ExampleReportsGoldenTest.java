package io.copyproof.cli;

import io.copyproof.fixtures.GoldenFiles;
import io.copyproof.result.VerificationResult;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Golden files of every report format on real verifications of bundled examples (see
 * {@link ExampleRuns}): timings, memory figures and absolute paths are normalised, while the
 * deterministic figures (distinct states, transitions, depth) stay in. Goldens are under
 * {@code src/test/resources/golden-examples/<case>.<format>}; run with
 * {@code -Dcopyproof.updateGolden=true} to rewrite them, then review the diff.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExampleReportsGoldenTest {
    private final GoldenFiles goldens = new GoldenFiles(Path.of("src", "test", "resources", "golden-examples"));
    private final Map<String, List<VerificationResult>> results = new HashMap<>();

    List<Arguments> casesAndFormats() {
        List<Arguments> all = new ArrayList<>();
        for (ExampleRuns.Case c : ExampleRuns.cases()) {
            for (ExampleRuns.Format f : ExampleRuns.Format.values()) {
                all.add(Arguments.of(c, f));
            }
        }
        return all;
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("casesAndFormats")
    void reportMatchesItsGoldenFile(ExampleRuns.Case c, ExampleRuns.Format format) throws Exception {
        List<VerificationResult> r = results.computeIfAbsent(c.name(), n -> ExampleRuns.verify(c));
        goldens.check(c.name() + "." + format.suffix, ExampleRuns.render(r, format, true));
    }
}
