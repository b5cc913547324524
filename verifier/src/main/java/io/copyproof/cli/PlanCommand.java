package io.copyproof.cli;

import io.copyproof.config.Config;
import io.copyproof.config.ConfigError;
import io.copyproof.engine.Engine;
import io.copyproof.engine.VerifyOptions;
import io.copyproof.plan.PlanResult;
import io.copyproof.plan.PlanText;
import io.copyproof.plan.Planner;
import io.copyproof.plan.TextProof;
import io.copyproof.slicing.SliceMemo;
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

/**
 * {@code copyproof plan FILE}: the safe upgrade plan with the fewest rounds (then the fewest added
 * steps, then the fewest stopped relationships), printed as the {@code upgrade:} section to paste;
 * {@code --output} writes the whole configuration with that section. Exit 0 found and proved, 1
 * none in the search space (with why), 2 bad input, 3 inconclusive.
 */
@Command(name = "plan", mixinStandardHelpOptions = true, versionProvider = Cli.VersionProvider.class,
        sortOptions = false,
        description = "Find the safe upgrade plan with the fewest rounds: orders of the plan's steps, added partner "
                + "upgrades the release notes need, and (only when no order alone is safe) stopping and restarting "
                + "remote copies around the upgrades. Every plan printed is proved by the engines within the bounds.",
        footer = {"", "Exit codes: 0 a plan was found and verified, 1 no plan in the search space verifies (the "
                + "output says why), 2 bad input or usage, 3 inconclusive (a budget ran out)."})
final class PlanCommand implements java.util.concurrent.Callable<Integer> {
    private final Cli cli;
    private final PrintWriter out;
    private final PrintWriter err;
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The configuration, with an 'upgrade' section "
            + "naming the target level (its steps are the starting point; - reads standard input).")
    Path file;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the whole configuration with the "
            + "plan as its 'upgrade' section (everything else kept byte for byte).")
    Path output;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json or markdown (default: ${DEFAULT-VALUE}).")
    String format;

    @Mixin
    BudgetOptions budget = new BudgetOptions();

    PlanCommand(Cli cli, PrintWriter out, PrintWriter err) {
        this.cli = cli;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        CommandSkeleton run = new CommandSkeleton(cli, out, err, spec, budget);
        run.requireFormat(format, format, PlanText.FORMATS, "");
        run.checkBudget();
        Engine engine = cli.wiring().engines().get("explorer");
        if (engine == null) {
            err.println("copyproof: plan: " + Verification.NO_ENGINE);
            return Cli.INCONCLUSIVE;
        }
        Optional<Config> loaded = run.loadValid(file, invalid -> "copyproof: " + invalid.file() + " is invalid ("
                + invalid.errors().size() + (invalid.errors().size() == 1 ? " error" : " errors") + "); no plan searched");
        if (loaded.isEmpty()) {
            return Cli.BAD_INPUT;
        }
        Config config = loaded.get();
        if (config.upgrade().isEmpty()) {
            err.println(new ConfigError("the configuration has no 'upgrade' section; plan needs one with the "
                    + "targetLevel to upgrade to (its steps may be empty)", config.sources().locate(""), "/upgrade"));
            return Cli.BAD_INPUT;
        }
        VerifyOptions options = run.options(config.bounds());
        TextProof proof = null;
        if (!file.toString().equals(Cli.STDIN_ARG)) {
            Optional<String> text = run.text(file);
            if (text.isEmpty()) {
                return Cli.BAD_INPUT;
            }
            boolean json = file.toString().toLowerCase(Locale.ROOT).endsWith(".json")
                    || text.get().stripLeading().startsWith("{");
            proof = new TextProof(config.file(), text.get(), json, run.verification(), "explorer", options);
        }
        // standard input has no file text to edit: the configuration with the plan is verified whole instead
        PlanResult r = proof == null
                ? Planner.plan(config, engine, cli.wiring().staticRules(), options, new SliceMemo())
                : Planner.plan(config, engine, cli.wiring().staticRules(), options, new SliceMemo(), proof);
        run.print(PlanText.render(config.file(), r, format));
        if (output == null || r.status() != PlanResult.Status.FOUND) {
            return r.status().exitCode();
        }
        if (proof == null) {
            err.println("copyproof: --output needs a configuration file, not standard input");
            return Cli.BAD_INPUT;
        }
        // the very text the final verify proved
        return run.write(output, proof.textOf(r.best().get(0)).orElseThrow()) ? r.status().exitCode() : Cli.BAD_INPUT;
    }
}
