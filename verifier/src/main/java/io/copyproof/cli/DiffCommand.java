package io.copyproof.cli;

import io.copyproof.config.LoadResult;
import io.copyproof.diff.Diff;
import io.copyproof.diff.DiffRenderer;
import io.copyproof.diff.DiffResult;
import io.copyproof.result.VerificationResult;
import io.copyproof.verifier.Verification;
import io.copyproof.engine.Engine;
import io.copyproof.slicing.SliceResults;
import io.copyproof.slicing.SlicingEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code copyproof diff BEFORE AFTER}: verifies both configurations and reports which violations
 * and error-level findings the change introduces, removes and keeps. Exit 0 nothing new, 1
 * something new, 2 bad input, 3 nothing new found but AFTER inconclusive. The two checks share the
 * slices that verified ({@link SliceResults}): a slice AFTER did not change is explored once.
 */
@Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = Cli.VersionProvider.class,
        sortOptions = false,
        description = "Verify a configuration before and after a change and report the violations and error-level "
                + "findings the change introduces, removes and keeps (matched by invariant or rule id and the "
                + "elements concerned, not by line).",
        footer = {"", "Exit codes: 0 nothing new, 1 AFTER has a violation or error finding BEFORE did not, "
                + "2 bad input or usage, 3 nothing new found but AFTER is inconclusive."})
final class DiffCommand implements java.util.concurrent.Callable<Integer> {
    private final Cli cli;
    private final PrintWriter out;
    private final PrintWriter err;
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BEFORE", description = "The configuration as it is.")
    Path before;

    @Parameters(index = "1", paramLabel = "AFTER", description = "The configuration with the change.")
    Path after;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json, markdown, html, junit or sarif (new results only) (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "PATH", description = "Write the report to this file "
            + "(default: standard output).")
    Path output;

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "explorer",
            description = "explorer, alloy or both (default: ${DEFAULT-VALUE}).")
    String engine;

    @Mixin
    BudgetOptions budget = new BudgetOptions();

    DiffCommand(Cli cli, PrintWriter out, PrintWriter err) {
        this.cli = cli;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        CommandSkeleton run = new CommandSkeleton(cli, out, err, spec, budget);
        run.requireFormat(format, format, DiffRenderer.FORMATS, "");
        run.requireEngine(engine);
        run.checkBudget();
        if (before.toString().equals(Cli.STDIN_ARG) && after.toString().equals(Cli.STDIN_ARG)) {
            throw run.usage("standard input ('-') can be given once only");
        }
        Verification verification = run.verification(sharing(cli.wiring().engines(), new SliceResults()));
        LoadResult b = run.load(before);
        LoadResult a = run.load(after);
        VerificationResult vb = ImportOriginNotes.annotate(verification.verify(b, engine, run.options(b)));
        VerificationResult va = ImportOriginNotes.annotate(verification.verify(a, engine, run.options(a)));
        DiffResult d = Diff.compare(b, vb, a, va);
        String report = DiffRenderer.render(d, format);
        if (output == null) {
            run.print(report);
        } else if (!run.write(output, report)) {
            return Cli.BAD_INPUT;
        }
        if (d.exitCode() == Cli.BAD_INPUT && !format.equalsIgnoreCase("text")) {
            d.before().errors().forEach(err::println);
            d.after().errors().forEach(err::println);
        }
        return d.exitCode();
    }

    /**
     * The engines, each slicing one sharing {@code results}: a slice of AFTER that verified in BEFORE
     * (the same up to renaming, same engine and bounds) is not explored again.
     */
    static Map<String, Engine> sharing(Map<String, Engine> engines, SliceResults results) {
        Map<String, Engine> out = new LinkedHashMap<>();
        engines.forEach((name, e) -> out.put(name, e instanceof SlicingEngine s ? s.sharing(results) : e));
        return out;
    }
}
