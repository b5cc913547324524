package io.copyproof.alloy;

import edu.mit.csail.sdg.alloy4.A4Reporter;
import edu.mit.csail.sdg.alloy4.Err;
import edu.mit.csail.sdg.ast.Command;
import edu.mit.csail.sdg.ast.Expr;
import edu.mit.csail.sdg.parser.CompModule;
import edu.mit.csail.sdg.parser.CompUtil;
import edu.mit.csail.sdg.translator.A4Options;
import edu.mit.csail.sdg.translator.A4Solution;
import edu.mit.csail.sdg.translator.TranslateAlloyToKodkod;
import io.copyproof.config.Bounds;
import io.copyproof.config.Config;
import io.copyproof.result.Stats;
import io.copyproof.result.Violation;
import io.copyproof.trace.TraceLayer;
import io.copyproof.vocabulary.Assumption;
import io.copyproof.engine.Engine;
import io.copyproof.engine.EngineResult;
import io.copyproof.engine.VerifyOptions;
import kodkod.engine.satlab.SATFactory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The Alloy engine: generates the configuration's Alloy 6 model ({@link AlloyGenerator}), parses
 * it with the Alloy API from memory, runs one bounded temporal check per invariant and decodes each
 * counterexample into the shared vocabulary, which its {@link TraceLayer} turns into a violation.
 *
 * <p>The order of the solves: first that some initial state exists (else every check would hold
 * vacuously); then every invariant at once by induction (copyproof.als §5: the invariants and the
 * lemmas hold initially and after any step from a state where they hold, checked on two states),
 * which when it succeeds proves them for runs of any length; otherwise, per invariant, its own
 * inductive check and, when that fails, the bounded check. A bounded check's "no counterexample"
 * means none within the model's {@code steps} bound. When that bound is below the derived bound
 * on the length of a shortest counterexample ({@link StepsBound#complete()} false) the result is
 * inconclusive for that invariant, and says so. Solving runs in-process on a daemon worker thread: when the time
 * limit of {@link VerifyOptions} runs out the engine stops waiting and reports the rest as
 * inconclusive; the abandoned solve cannot be interrupted and ends on its own or with the process.
 *
 * <p>The SAT solver is SAT4J unless the system property {@code copyproof.alloy.solver} names
 * another of Alloy's bundled solvers by id (e.g. {@code minisat}); the cap on the steps bound is
 * {@code copyproof.alloy.maxSteps} (default {@link AlloyGenerator#DEFAULT_MAX_STEPS}).
 */
public final class AlloyEngine implements Engine {
    /** The engine's name on the command line and in results. */
    public static final String NAME = "alloy";
    /** Bounded checks first try traces of up to this many states (SHORT - 1 events). */
    static final int SHORT = 8;
    /** File name the generated model is parsed under. */
    static final String MODEL_FILE = "copyproof-model.als";

    private final String solverId;
    private final int maxSteps;
    private final boolean induction;
    private final TraceLayer layer;
    private final Optional<String> problem;

    /**
     * An engine with SAT4J (or the solver named by {@code copyproof.alloy.solver}), the default cap
     * ({@code copyproof.alloy.maxSteps}) and the inductive checks unless
     * {@code copyproof.alloy.induction=false}.
     */
    public AlloyEngine() {
        this(AlloySettings.fromSystemProperties());
    }

    private AlloyEngine(AlloySettings settings) {
        this(settings.solverId(), settings.maxSteps(), settings.induction(), TraceLayer.eventsOnly(),
                settings.problem());
    }

    /** What is wrong with the {@code copyproof.alloy.*} system properties, if anything. */
    @Override
    public Optional<String> configurationProblem() {
        return problem;
    }

    /** An engine with the given solver id and cap on the steps bound, inductive checks first. */
    public AlloyEngine(String solverId, int maxSteps) {
        this(solverId, maxSteps, true);
    }

    /**
     * An engine with the given solver id and cap on the steps bound; with {@code induction} false
     * only the bounded checks run (each invariant up to its bound, at most the cap).
     */
    public AlloyEngine(String solverId, int maxSteps, boolean induction) {
        this(solverId, maxSteps, induction, TraceLayer.eventsOnly(), Optional.empty());
    }

    private AlloyEngine(String solverId, int maxSteps, boolean induction, TraceLayer layer,
                        Optional<String> problem) {
        this.solverId = solverId;
        this.maxSteps = maxSteps;
        this.induction = induction;
        this.layer = layer;
        this.problem = problem;
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
    }

    /**
     * This engine with the trace layer that turns its decoded counterexamples into violations (the
     * verifier's, over the storage semantics); without one, {@link TraceLayer#eventsOnly()}.
     */
    public AlloyEngine withTraceLayer(TraceLayer traceLayer) {
        return new AlloyEngine(solverId, maxSteps, induction, traceLayer, problem);
    }

    /** The ids of the invariants this engine implements (a predicate in the library), in catalog order. */
    public static List<String> implementedInvariants() {
        return AlloyGenerator.implemented().stream().map(io.copyproof.rules.RuleInfo::id).toList();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public EngineResult check(Config config, VerifyOptions options) {
        long start = System.nanoTime();
        Bounds bounds = options.bounds();
        AlloyModel model = AlloyGenerator.model(config, bounds, maxSteps);
        CompModule world;
        try {
            world = parse(model.text());
        } catch (Err e) {
            throw new IllegalStateException("the generated Alloy model does not parse: " + e.getMessage(), e);
        }
        A4Options opts = new A4Options();
        opts.solver = solver(solverId);
        opts.skolemDepth = 1;
        opts.noOverflow = true;
        // the partial-instance inference costs seconds per check on temporal models and saves nothing here
        opts.inferPartialInstance = false;

        Map<String, Command> commands = new HashMap<>();
        for (Command cmd : world.getAllCommands()) {
            commands.put(cmd.label, cmd);
        }
        List<String> checked = new ArrayList<>();
        List<Violation> violations = new ArrayList<>();
        List<String> inductive = new ArrayList<>();
        List<String> bounded = new ArrayList<>();
        Optional<String> inconclusive = Optional.empty();
        long deadline = options.timeLimit() == null ? Long.MAX_VALUE
                : start + Math.max(0, clamp(options.timeLimit()).toNanos());
        int totalSteps = 0;
        TraceReader reader = new TraceReader(config, bounds, model, world);
        List<String> unproved = new ArrayList<>();
        // Every solve runs on one daemon worker thread, so the caller can stop waiting when the
        // time limit runs out: an Alloy solve cannot be interrupted, the abandoned solve ends on
        // its own (or with the process).
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "copyproof-alloy");
            t.setDaemon(true);
            return t;
        });
        try {
            // Some initial state must exist, else every check below would hold vacuously.
            Command initial = command(commands, AlloyModel.INITIAL_STATE);
            Optional<Boolean> exists = await(worker, () -> solve(world, initial, opts, AlloyModel.INITIAL_STATE)
                    .satisfiable(), deadline);
            if (exists.isEmpty()) {
                inconclusive = Optional.of("the time limit ran out before Alloy checked the initial state");
            } else if (!exists.get()) {
                throw new IllegalStateException("the generated Alloy model has no initial state");
            }
            // Every invariant at once, by induction: when it holds, nothing else needs solving.
            boolean allProved = false;
            if (inconclusive.isEmpty() && induction) {
                Command all = command(commands, AlloyModel.ALL_INDUCTIVE);
                Optional<Boolean> cex = await(worker, () -> solve(world, withSteps(all, 2, 2), opts,
                        AlloyModel.ALL_INDUCTIVE).satisfiable(), deadline);
                progress(options, start, "every invariant by induction: " + (cex.isEmpty() ? "time limit"
                        : cex.get() ? "not proved at once, checking each" : "proved"));
                if (cex.isEmpty()) {
                    inconclusive = Optional.of("the time limit ran out while Alloy checked every invariant by induction");
                } else if (!cex.get()) {
                    allProved = true;
                    for (AlloyModel.Check check : model.checks()) {
                        checked.add(check.invariantId());
                        inductive.add(check.invariantId());
                    }
                }
            }
            for (AlloyModel.Check check : allProved || inconclusive.isPresent() ? List.<AlloyModel.Check>of()
                    : model.checks()) {
                Command cmd = command(commands, check.assertion());
                Command ind = command(commands, AlloyModel.inductive(check.assertion()));
                int k = cmd.maxprefix;
                // The inductive check first (two states), unless the initial state alone decides
                // the invariant (bound 0). When it fails the invariant is usually broken, and its
                // counterexamples short: the check over 1..SHORT states (Alloy tries lengths in
                // increasing order, so the first is a shortest). Beyond that, one solve at exactly
                // k states: any run of fewer events, padded with stutters, is such a trace, so
                // UNSAT there means no counterexample within the bound; only when it is SAT, the
                // lengths SHORT+1..k for a shortest one. All derive from the parsed commands.
                Optional<Outcome> outcome = await(worker, () -> {
                    if (induction && k > 1 && !solve(world, withSteps(ind, 2, 2), opts, check).satisfiable()) {
                        return new Outcome(true, Optional.empty());
                    }
                    A4Solution sol = solve(world, withSteps(cmd, 1, Math.min(k, SHORT)), opts, check);
                    if (!sol.satisfiable() && k > SHORT) {
                        sol = solve(world, withSteps(cmd, k, k), opts, check);
                        if (sol.satisfiable()) {
                            sol = solve(world, withSteps(cmd, SHORT + 1, k), opts, check);
                        }
                    }
                    return new Outcome(false, sol.satisfiable() ? Optional.of(layer.violation(config, bounds,
                            reader.trace(check.invariantId(), sol), NAME))
                            : Optional.empty());
                }, deadline);
                if (outcome.isEmpty()) {
                    inconclusive = Optional.of("the time limit ran out while Alloy checked " + check.invariantId());
                    break;
                }
                checked.add(check.invariantId());
                Optional<Violation> found = outcome.get().violation();
                progress(options, start, "check " + checked.size() + " of " + model.checks().size() + ", "
                        + check.invariantId() + ": " + (outcome.get().inductive() ? "proved by induction"
                        : found.map(v -> "violated in " + v.trace().size() + " steps")
                        .orElse("no counterexample within " + model.stepsBound().steps(check.invariantId()) + " events")));
                if (outcome.get().inductive()) {
                    inductive.add(check.invariantId());
                } else if (found.isPresent()) {
                    totalSteps += found.get().trace().size();
                    violations.add(found.get());
                } else {
                    bounded.add(check.invariantId());
                    if (!model.stepsBound().complete(check.invariantId())) {
                        unproved.add(check.invariantId());
                    }
                }
            }
        } finally {
            worker.shutdownNow();
        }
        if (inconclusive.isEmpty() && !unproved.isEmpty()) {
            StepsBound sb = model.stepsBound();
            StringJoiner which = new StringJoiner(", ");
            for (String id : unproved) {
                which.add(id + " (up to " + sb.invariantBound(id) + ")");
            }
            inconclusive = Optional.of("Alloy found no counterexample within " + sb.cap()
                    + " events, but a shortest counterexample may be longer for " + which
                    + " (raise copyproof.alloy.maxSteps, or use the explorer)");
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int depth = model.checks().stream().filter(c -> !inductive.contains(c.invariantId()))
                .mapToInt(c -> model.stepsBound().steps(c.invariantId())).max().orElse(0);
        Stats stats = new Stats(0, totalSteps, depth, seconds, 0.0, 0.0,
                Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory());
        List<String> assumptions = new ArrayList<>(Assumption.statedFor(config, bounds));
        assumptions.addAll(assumptions(model, bounds, inductive, bounded));
        return new EngineResult(NAME, checked, violations, stats, assumptions, inconclusive);
    }

    /** One progress line on standard error, when progress was asked for. */
    private static void progress(VerifyOptions options, long start, String what) {
        if (options.progress()) {
            System.err.printf(java.util.Locale.ROOT, "alloy: %s (%.1f s)%n", what, (System.nanoTime() - start) / 1e9);
        }
    }

    /** What one invariant's checks found: proved by induction, or the bounded check's counterexample if any. */
    private record Outcome(boolean inductive, Optional<Violation> violation) {
    }

    private static Command command(Map<String, Command> commands, String label) {
        Command cmd = commands.get(label);
        if (cmd == null) {
            throw new IllegalStateException("the generated model has no command " + label);
        }
        return cmd;
    }

    /** A time limit no longer than a century: any longer one means "no limit" and would overflow in nanoseconds. */
    static java.time.Duration clamp(java.time.Duration limit) {
        java.time.Duration century = java.time.Duration.ofDays(36_525);
        return limit.compareTo(century) > 0 ? century : limit;
    }

    /**
     * Runs {@code task} on the worker and waits for it until the deadline: empty when the time ran
     * out (the task is abandoned) or the caller was interrupted.
     */
    private static <T> Optional<T> await(ExecutorService worker, Callable<T> task, long deadline) {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            return Optional.empty();
        }
        Future<T> f = worker.submit(task);
        try {
            return Optional.of(f.get(remaining, TimeUnit.NANOSECONDS));
        } catch (TimeoutException e) {
            f.cancel(true);
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err; // out of memory in the solver: the caller says so, in words
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The same check with {@code min..max steps} (states). */
    static Command withSteps(Command c, int min, int max) {
        Command out = new Command(c.pos, c.nameExpr, c.label, c.check, c.overall, c.bitwidth, c.maxseq, min, max,
                c.expects, c.scope, c.additionalExactScopes, c.commandKeyword, c.formula, c.parent);
        if (out.minprefix != min || out.maxprefix != max) {
            throw new IllegalStateException("cannot set the steps of " + c.label);
        }
        return out;
    }

    private static A4Solution solve(CompModule world, Command cmd, A4Options opts, AlloyModel.Check check) {
        return solve(world, cmd, opts, check.assertion());
    }

    private static A4Solution solve(CompModule world, Command cmd, A4Options opts, String what) {
        try {
            return TranslateAlloyToKodkod.execute_command(A4Reporter.NOP, world.getAllReachableSigs(), cmd, opts);
        } catch (Err e) {
            throw new IllegalStateException("Alloy failed on " + what + ": " + e.getMessage(), e);
        }
    }

    static List<String> assumptions(AlloyModel model, Bounds bounds, List<String> inductive, List<String> bounded) {
        StepsBound sb = model.stepsBound();
        List<String> out = new ArrayList<>();
        if (!inductive.isEmpty()) {
            out.add("Alloy proved " + String.join(", ", inductive) + " by induction: the invariant and the lemmas of the "
                    + "model (copyproof.als §5) hold initially and after every step, so they hold on runs of any length.");
        }
        if (!bounded.isEmpty()) {
            boolean all = bounded.stream().allMatch(sb::complete);
            out.add("Alloy checked " + String.join(", ", bounded) + " on every run of up to min(b, " + sb.cap()
                    + ") events, where b bounds the length of a shortest counterexample counting only the events "
                    + "that can influence the invariant (runs have at most " + sb.diameterBound() + " events); "
                    + (all ? "b is within the cap for each, so this covers the bounded state space."
                    : "where b exceeds the cap a longer counterexample is not excluded."));
        }
        return out;
    }

    /** The solver with the given id among Alloy's bundled solvers, else SAT4J. */
    static SATFactory solver(String id) {
        for (SATFactory f : SATFactory.getAllSolvers()) {
            if (f.id().equalsIgnoreCase(id)) {
                return f;
            }
        }
        return SATFactory.DEFAULT;
    }

    /**
     * Parses a model from memory: Alloy reads files through the map it is given (keyed by the
     * canonical file name) and clears it, so the map is a fresh mutable one.
     */
    static CompModule parse(String text) throws Err {
        Map<String, String> files = new HashMap<>();
        files.put(MODEL_FILE, text);
        files.put(edu.mit.csail.sdg.alloy4.Util.canon(MODEL_FILE), text);
        return CompUtil.parseEverything_fromFile(A4Reporter.NOP, files, MODEL_FILE);
    }

    /** Parses an expression in the model's scope. */
    static Expr expr(CompModule world, String text) {
        try {
            return CompUtil.parseOneExpression_fromString(world, text);
        } catch (Err e) {
            throw new IllegalStateException("bad expression " + text + ": " + e.getMessage(), e);
        }
    }
}
