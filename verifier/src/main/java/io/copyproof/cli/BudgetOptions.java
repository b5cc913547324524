package io.copyproof.cli;

import io.copyproof.config.Bounds;
import io.copyproof.engine.VerifyOptions;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

import java.io.PrintWriter;
import java.time.Duration;

/**
 * The budgets of the commands that run the engines on candidates ({@code diff}, {@code plan},
 * {@code fix}), declared once as a picocli mixin: {@code --threads}, {@code --max-states},
 * {@code --time-limit}. {@code verify} has more options and keeps its own.
 */
final class BudgetOptions {
    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
    Integer threads;

    @Option(names = "--max-states", paramLabel = "N", description = "Distinct-state budget per check.")
    Long maxStates;

    @Option(names = "--time-limit", paramLabel = "DURATION", converter = Cli.DurationConverter.class,
            description = "Time budget per check, e.g. 90s, 5m (default: 10m).")
    Duration timeLimit;

    /**
     * A usage error for a budget below 1; more threads than the machine can use are capped, with a
     * note on {@code err} (as {@code verify} does).
     */
    void check(CommandLine cmd, PrintWriter err) {
        if ((threads != null && threads < 1) || (maxStates != null && maxStates < 1)) {
            throw new ParameterException(cmd, "--threads and --max-states must be at least 1");
        }
        int most = Cli.VerifyCommand.maxThreads();
        if (threads != null && threads > most) {
            err.println("copyproof: note: --threads " + threads + " is more than this machine can use; using "
                    + most + " (4 per processor)");
            threads = most;
        }
    }

    /** The options of one check: the configuration's bounds, these budgets, the defaults otherwise. */
    VerifyOptions options(Bounds bounds) {
        VerifyOptions d = VerifyOptions.defaults(bounds);
        return new VerifyOptions(bounds, threads != null ? threads : d.threads(),
                maxStates != null ? maxStates : d.maxStates(), timeLimit != null ? timeLimit : d.timeLimit(),
                false, d.partialOrder(), d.symmetry());
    }
}
