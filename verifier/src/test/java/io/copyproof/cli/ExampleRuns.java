package io.copyproof.cli;

import io.copyproof.config.Bounds;
import io.copyproof.config.ConfigLoader;
import io.copyproof.config.LoadResult;
import io.copyproof.report.RenderOptions;
import io.copyproof.report.ReportOutputs;
import io.copyproof.result.VerificationResult;
import io.copyproof.verifier.Verification;
import io.copyproof.engine.VerifyOptions;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Real verifications of a representative set of the bundled examples, done as {@code copyproof
 * verify} does them (validation, static rules, then the explorer with each file's bounds), for the
 * report tests: each run is a named case of one or more files, given by absolute path so that the
 * normalised reports show {@code <dir>/name.yaml}.
 */
final class ExampleRuns {
    static final Path EXAMPLES = Path.of("..", "examples").toAbsolutePath().normalize();
    static final Path CONFIGS = Path.of("src", "test", "resources", "configs").toAbsolutePath().normalize();

    /** The formats every case is rendered in: a golden-file name suffix per format and options. */
    enum Format {
        TEXT("text", false, "txt"),
        TEXT_FULL_STATE("text", true, "full-state.txt"),
        JSON("json", false, "jsonl"),
        MARKDOWN("markdown", false, "md"),
        HTML("html", false, "html"),
        JUNIT("junit", false, "junit.xml"),
        SARIF("sarif", false, "sarif"),
        ITF("itf", false, "itf.jsonl");

        final String name;
        final boolean fullState;
        final String suffix;

        Format(String name, boolean fullState, String suffix) {
            this.name = name;
            this.fullState = fullState;
            this.suffix = suffix;
        }
    }

    /** A named run over some files. */
    record Case(String name, List<Path> files) {
        @Override
        public String toString() {
            return name;
        }
    }

    private ExampleRuns() {
    }

    private static Case example(String name) {
        return new Case(name, List.of(EXAMPLES.resolve(name + ".yaml")));
    }

    static List<Case> cases() {
        return List.of(
                example("backend-snapshot-cached.hazard"),
                example("backend-snapshot-cached.safe"),
                example("pit-target-holds-svc-data.hazard"),
                example("upgrade-concurrent-metro-stress.hazard"),
                new Case("broken.invalid", List.of(CONFIGS.resolve("broken.invalid.yaml"))),
                new Case("multi-file", List.of(EXAMPLES.resolve("dr-host-writes-aux.hazard.yaml"),
                        EXAMPLES.resolve("release-notes-stop-global.hazard.yaml"),
                        EXAMPLES.resolve("upgrade-concurrent-metro.safe.yaml"),
                        CONFIGS.resolve("broken.invalid.yaml"))));
    }

    /**
     * Verifies each file of the case as the command line does (explorer engine), on one worker
     * thread: with several, the explorer may report a different one of several equally short
     * traces from run to run (the counts of states and transitions are the same either way).
     */
    static List<VerificationResult> verify(Case c) {
        Wiring wiring = Main.wiring();
        Verification verification = new Verification(wiring.engines(), wiring.staticRules(), wiring.staticRuleIds());
        List<VerificationResult> results = new ArrayList<>();
        for (Path file : c.files()) {
            LoadResult loaded = ConfigLoader.load(file);
            Bounds bounds = loaded instanceof LoadResult.Loaded l ? l.config().bounds() : Bounds.DEFAULT;
            results.add(verification.verify(loaded, "explorer", VerifyOptions.defaults(bounds).withThreads(1)));
        }
        return results;
    }

    /** The report in one format, through the same path as the command line's standard output. */
    static String render(List<VerificationResult> results, Format format, boolean normalize) throws IOException {
        StringWriter out = new StringWriter();
        ReportOutputs.write(List.of(format.name), Optional.empty(), results,
                new RenderOptions(false, format.fullState, normalize), out);
        return out.toString();
    }
}
