package io.copyproof.cli;

import io.copyproof.config.Bounds;
import io.copyproof.config.ConfigError;
import io.copyproof.config.LoadResult;
import io.copyproof.engine.VerifyOptions;
import io.copyproof.repair.FixRenderer;
import io.copyproof.repair.FixResult;
import io.copyproof.repair.RepairSearch;
import io.copyproof.report.AtomicFiles;
import io.copyproof.result.VerificationResult;
import io.copyproof.verifier.Verification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
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

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    @Override
    public Integer call() {
        format = format.toLowerCase(Locale.ROOT);
        if (!FixRenderer.FORMATS.contains(format)) {
            throw usage("--format '" + format + "' is not a format of fix; allowed: "
                    + String.join(", ", FixRenderer.FORMATS));
        }
        if (!Verification.engineChoices().contains(engine)) {
            throw usage("--engine must be one of explorer, alloy, both; got '" + engine + "'");
        }
        if (maxChanges < 1 || maxChanges > RepairSearch.MOST_CHANGES) {
            throw usage("--max-changes must be from 1 to " + RepairSearch.MOST_CHANGES + "; got " + maxChanges);
        }
        budget.check(spec.commandLine(), err);
        if (file.toString().equals(Cli.STDIN_ARG)) {
            throw usage("fix edits a file's text at the places of its fields; give a file, not standard input");
        }
        LoadResult loaded = cli.load(file);
        if (loaded instanceof LoadResult.Invalid invalid) {
            for (ConfigError e : invalid.errors()) {
                err.println(e);
            }
            err.println("copyproof: " + invalid.file() + " is invalid; nothing to repair");
            return Cli.BAD_INPUT;
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("copyproof: cannot read " + file + ": " + Messages.io(e));
            return Cli.BAD_INPUT;
        }
        if (text.startsWith("\ufeff")) {
            text = text.substring(1);
        }
        Verification verification = new Verification(cli.wiring().engines(), cli.wiring().staticRules(),
                cli.wiring().staticRuleIds());
        LoadResult.Loaded l = (LoadResult.Loaded) loaded;
        VerifyOptions options = options(l.config().bounds());
        VerificationResult original = verification.verify(l.config(), engine, options);
        FixResult result = new RepairSearch(verification, engine, options, maxChanges).fix(l.config(), text, original);
        out.print(FixRenderer.render(result, format));
        out.flush();
        return writeOutput(result);
    }

    private int writeOutput(FixResult result) {
        if (output == null) {
            return result.exitCode();
        }
        if (result.status() != FixResult.Status.REPAIRED) {
            err.println("copyproof: nothing written to " + output + ": "
                    + (result.status() == FixResult.Status.NOTHING_TO_FIX ? "there is nothing to repair"
                    : "no repair was verified"));
            return result.exitCode();
        }
        try {
            String repaired = result.repairedText();
            AtomicFiles.write(output, w -> w.write(repaired));
            err.println("copyproof: wrote " + output);
        } catch (IOException e) {
            err.println("copyproof: cannot write " + output + ": " + Messages.io(e));
            return Cli.BAD_INPUT;
        }
        return result.exitCode();
    }

    private VerifyOptions options(Bounds bounds) {
        return budget.options(bounds);
    }
}
