package io.copyproof.cli;

import io.copyproof.config.Bounds;
import io.copyproof.config.Config;
import io.copyproof.config.ConfigError;
import io.copyproof.config.LoadResult;
import io.copyproof.engine.Engine;
import io.copyproof.engine.VerifyOptions;
import io.copyproof.report.AtomicFiles;
import io.copyproof.verifier.Verification;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The load-and-render skeleton the commands that search with the engines share ({@code plan},
 * {@code fix}, {@code diff}): usage checks of {@code --format}, {@code --engine} and the budgets,
 * loading with located errors (exit 2), the verification and the options of one check, printing
 * the report and writing a file. Each command keeps its own words; this keeps the steps in one place.
 */
final class CommandSkeleton {
    private final Cli cli;
    private final PrintWriter out;
    private final PrintWriter err;
    private final CommandSpec spec;
    private final BudgetOptions budget;

    CommandSkeleton(Cli cli, PrintWriter out, PrintWriter err, CommandSpec spec, BudgetOptions budget) {
        this.cli = cli;
        this.out = out;
        this.err = err;
        this.spec = spec;
        this.budget = budget;
    }

    /** A usage error of this command (exit 2, with picocli's usage help). */
    ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /**
     * A usage error unless {@code format} (in any case) is one of {@code allowed}; the message shows
     * {@code shown} and says {@code "is not a format" + qualifier}.
     */
    void requireFormat(String format, String shown, List<String> allowed, String qualifier) {
        if (!allowed.contains(format.toLowerCase(java.util.Locale.ROOT))) {
            throw usage("--format '" + shown + "' is not a format" + qualifier + "; allowed: "
                    + String.join(", ", allowed));
        }
    }

    /** A usage error unless {@code engine} is explorer, alloy or both. */
    void requireEngine(String engine) {
        if (!Verification.engineChoices().contains(engine)) {
            throw usage("--engine must be one of explorer, alloy, both; got '" + engine + "'");
        }
    }

    /** The budgets' usage checks (and the note on --threads capped). */
    void checkBudget() {
        budget.check(spec.commandLine(), err);
    }

    /** Loads {@code file} ({@code -}: standard input). */
    LoadResult load(Path file) {
        return cli.load(file);
    }

    /**
     * The configuration of {@code file}, or empty when it does not load or validate: then every
     * error is printed located ({@code file:line:column}, field path) and {@code summary} of it
     * after them, and the command exits 2.
     */
    Optional<Config> loadValid(Path file, Function<LoadResult.Invalid, String> summary) {
        LoadResult loaded = cli.load(file);
        if (loaded instanceof LoadResult.Invalid invalid) {
            for (ConfigError e : invalid.errors()) {
                err.println(e);
            }
            err.println(summary.apply(invalid));
            return Optional.empty();
        }
        return Optional.of(((LoadResult.Loaded) loaded).config());
    }

    /**
     * The text of {@code file} as the loader read it (UTF-8, without a byte-order mark), for the
     * commands that edit it at the loader's locations; empty (with why, on err) when it cannot be read.
     */
    Optional<String> text(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return Optional.of(text.startsWith("\ufeff") ? text.substring(1) : text);
        } catch (IOException e) {
            err.println("copyproof: cannot read " + file + ": " + Messages.io(e));
            return Optional.empty();
        }
    }

    /** The verification of this build (its engines, static rules and their ids). */
    Verification verification() {
        return verification(cli.wiring().engines());
    }

    /** The verification of this build with {@code engines} instead of its own. */
    Verification verification(Map<String, Engine> engines) {
        return new Verification(engines, cli.wiring().staticRules(), cli.wiring().staticRuleIds());
    }

    /** The options of one check: {@code bounds} and the budgets given. */
    VerifyOptions options(Bounds bounds) {
        return budget.options(bounds);
    }

    /** The options of one check of {@code loaded}: its bounds, the defaults for a file that did not load. */
    VerifyOptions options(LoadResult loaded) {
        return options(loaded instanceof LoadResult.Loaded l ? l.config().bounds() : Bounds.DEFAULT);
    }

    /** Prints the report on standard output. */
    void print(String report) {
        out.print(report);
        out.flush();
    }

    /** Writes {@code text} to {@code output}, creating its directory; false (with why, on err) when it cannot. */
    boolean write(Path output, String text) {
        try {
            Path parent = output.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(output, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("copyproof: cannot write " + output + ": " + Cli.describe(e));
            return false;
        }
        err.println("copyproof: wrote " + output);
        return true;
    }

    /** Writes {@code text} to {@code output} whole or not at all; false (with why, on err) when it cannot. */
    boolean writeAtomically(Path output, String text) {
        try {
            AtomicFiles.write(output, w -> w.write(text));
        } catch (IOException e) {
            err.println("copyproof: cannot write " + output + ": " + Messages.io(e));
            return false;
        }
        err.println("copyproof: wrote " + output);
        return true;
    }
}
