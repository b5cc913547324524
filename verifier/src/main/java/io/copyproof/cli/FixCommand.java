package io.copyproof.cli;

import io.copyproof.config.Config;
import io.copyproof.engine.VerifyOptions;
import io.copyproof.repair.FixRenderer;
import io.copyproof.repair.FixResult;
import io.copyproof.repair.RepairSearch;
import io.copyproof.result.VerificationResult;
import io.copyproof.verifier.Verification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code copyproof fix FILE}: the smallest set of catalog repairs that makes {@code verify} pass,
 * each change at its place in the file with before and after, and the proof of the repaired
 * configuration. Exit 0 repaired and proved (or nothing to repair), 1 no repair in the catalog,
 * 2 bad input or usage, 3 inconclusive.
 */
@Command(name = "fix", mixinStandardHelpOptions = true, versionProvider = Cli.VersionProvider.class,
        sortOptions = false,
        description = "Find the smallest verified repair of a configuration: changes an administrator would make "
                + "(cache mode, read-only mapping, upgrade order, partner upgrade, copy mode, MDisk mode, a fresh "
                + "target LUN, stopping a relationship), never deleting an element or a mapping. Every repair "
                + "printed has been verified.",
        footer = {"", "Exit codes: 0 repaired and verified (or nothing to repair), 1 no repair in the catalog "
                + "makes it verify, 2 bad input or usage, 3 inconclusive (a budget ran out)."})
final class FixCommand implements Callable<Integer> {
    private final Cli cli;
    private final PrintWriter out;
    private final PrintWriter err;
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "A configuration file (.yaml, .yml, .json).")
    Path file;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the repaired configuration "
            + "here (comments and layout kept; JSON stays JSON). Written only when the repair is verified.")
    Path output;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json or markdown (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "explorer",
            description = "explorer, alloy or both (default: ${DEFAULT-VALUE}).")
    String engine;

    @Option(names = "--max-changes", paramLabel = "N", defaultValue = "2",
            description = "The most repairs tried together, 1 to " + RepairSearch.MOST_CHANGES
                    + " (default: ${DEFAULT-VALUE}).")
    int maxChanges;

    @Mixin
    BudgetOptions budget = new BudgetOptions();

    FixCommand(Cli cli, PrintWriter out, PrintWriter err) {
        this.cli = cli;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        CommandSkeleton run = new CommandSkeleton(cli, out, err, spec, budget);
        format = format.toLowerCase(Locale.ROOT);
        run.requireFormat(format, format, FixRenderer.FORMATS, " of fix");
        run.requireEngine(engine);
        if (maxChanges < 1 || maxChanges > RepairSearch.MOST_CHANGES) {
            throw run.usage("--max-changes must be from 1 to " + RepairSearch.MOST_CHANGES + "; got " + maxChanges);
        }
        run.checkBudget();
        if (file.toString().equals(Cli.STDIN_ARG)) {
            throw run.usage("fix edits a file's text at the places of its fields; give a file, not standard input");
        }
        Optional<Config> loaded = run.loadValid(file,
                invalid -> "copyproof: " + invalid.file() + " is invalid; nothing to repair");
        if (loaded.isEmpty()) {
            return Cli.BAD_INPUT;
        }
        Optional<String> read = run.text(file);
        if (read.isEmpty()) {
            return Cli.BAD_INPUT;
        }
        String text = read.get();
        Verification verification = run.verification();
        VerifyOptions options = run.options(loaded.get().bounds());
        VerificationResult original = verification.verify(loaded.get(), engine, options);
        FixResult result = new RepairSearch(verification, engine, options, maxChanges).fix(loaded.get(), text, original);
        run.print(FixRenderer.render(result, format));
        return writeOutput(run, result);
    }

    private int writeOutput(CommandSkeleton run, FixResult result) {
        if (output == null) {
            return result.exitCode();
        }
        if (result.status() != FixResult.Status.REPAIRED) {
            err.println("copyproof: nothing written to " + output + ": "
                    + (result.status() == FixResult.Status.NOTHING_TO_FIX ? "there is nothing to repair"
                    : "no repair was verified"));
            return result.exitCode();
        }
        return run.writeAtomically(output, result.repairedText()) ? result.exitCode() : Cli.BAD_INPUT;
    }
}
