package io.copyproof.cli;

import io.copyproof.config.Bounds;
import io.copyproof.config.Config;
import io.copyproof.config.ConfigError;
import io.copyproof.config.ConfigLoader;
import io.copyproof.config.LoadResult;
import io.copyproof.report.RenderOptions;
import io.copyproof.report.Renderers;
import io.copyproof.report.ReportOutputs;
import io.copyproof.result.Verdict;
import io.copyproof.result.VerificationResult;
import io.copyproof.rules.RuleCatalog;
import io.copyproof.rules.RuleInfo;
import io.copyproof.verifier.Verification;
import io.copyproof.engine.VerifyOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The command line as a function: {@link #run(String[], PrintStream, PrintStream)} parses the
 * arguments, does the work and returns the exit code (0 verified, 1 violated or an error-level
 * finding, 2 bad input or usage, 3 inconclusive). It never exits the JVM and never lets a stack
 * trace reach the user.
 */
public final class Cli {
    /** Exit code for bad input or usage. */
    public static final int BAD_INPUT = 2;
    /** Exit code when nothing can be claimed: a budget ran out, or memory did. */
    public static final int INCONCLUSIVE = 3;
    /** What is said when the JVM runs out of memory, wherever that happens. */
    static final String OUT_OF_MEMORY = "copyproof: out of memory; nothing is claimed (inconclusive). Give Java more "
            + "memory (e.g. COPYPROOF_JAVA_OPTS=-Xmx4g), or lower the bounds or --max-states";

    private final Wiring wiring;
    private final Environment environment;

    /**
     * Where the command runs: whether standard output is a terminal, and the environment variables
     * (for {@code NO_COLOR} and {@code TERM}).
     */
    public record Environment(boolean terminal, Map<String, String> env, Supplier<InputStream> stdin) {
        public Environment {
            env = Map.copyOf(env);
            Objects.requireNonNull(stdin, "stdin");
        }

        /** No standard input to read (an empty one). */
        public Environment(boolean terminal, Map<String, String> env) {
            this(terminal, env, () -> InputStream.nullInputStream());
        }

        /** The real process: a terminal when {@link System#console()} is present; the process's standard input. */
        public static Environment system() {
            return new Environment(System.console() != null, System.getenv(), () -> {
                try {
                    return Stdin.open();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }

        /** No terminal, no variables, empty standard input: plain output (tests). */
        public static Environment plain() {
            return new Environment(false, Map.of());
        }

        /** The same, with {@code bytes} on standard input (tests). */
        public Environment withStdin(byte[] bytes) {
            byte[] copy = bytes.clone();
            return new Environment(terminal, env, () -> new java.io.ByteArrayInputStream(copy));
        }
    }

    /** A file argument of {@code -}: the configuration comes from standard input. */
    static final String STDIN_ARG = "-";

    /** Loads a file argument: {@code -} reads standard input, any other a file. */
    LoadResult load(Path file) {
        if (!file.toString().equals(STDIN_ARG)) {
            return ConfigLoader.load(file);
        }
        InputStream in;
        try {
            in = environment.stdin().get();
        } catch (UncheckedIOException e) {
            return ConfigLoader.stdinUnreadable(e.getCause().getMessage());
        }
        try {
            // never closed: it is the process's standard input
            byte[] bytes = in.readNBytes((int) ConfigLoader.MAX_FILE_BYTES + 1);
            return ConfigLoader.parseStdin(bytes);
        } catch (IOException e) {
            return ConfigLoader.stdinUnreadable(e.getMessage() == null ? "an input/output error" : e.getMessage());
        }
    }

    public Cli(Wiring wiring, Environment environment) {
        this.wiring = wiring;
        this.environment = environment;
    }

    /** What this build plugs in (for commands in their own files). */
    Wiring wiring() {
        return wiring;
    }

    /** Runs one command line; returns its exit code. */
    public int run(String[] args, PrintStream out, PrintStream err) {
        PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        try {
            CommandLine cmd = new CommandLine(new Root(errWriter));
            cmd.addSubcommand("verify", new VerifyCommand(this, outWriter, errWriter));
            cmd.addSubcommand("generate", new GenerateCommand(this, outWriter, errWriter));
            cmd.addSubcommand("rules", new RulesCommand(outWriter));
            cmd.addSubcommand("import", new ImportCommand(outWriter, errWriter));
            cmd.addSubcommand("diff", new DiffCommand(this, outWriter, errWriter));
            cmd.addSubcommand("plan", new PlanCommand(this, outWriter, errWriter));
            cmd.addSubcommand("fix", new FixCommand(this, outWriter, errWriter));
            cmd.setOut(outWriter);
            cmd.setErr(errWriter);
            cmd.setColorScheme(CommandLine.Help.defaultColorScheme(colorAllowed(false)
                    ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
            cmd.setCaseInsensitiveEnumValuesAllowed(true);
            cmd.setParameterExceptionHandler((ex, a) -> {
                CommandLine c = ex.getCommandLine();
                errWriter.println("copyproof: " + usageMessage(ex));
                errWriter.println("Try 'copyproof" + (c == null || c.getParent() == null ? "" : " " + c.getCommandName())
                        + " --help' for usage.");
                errWriter.flush();
                return BAD_INPUT;
            });
            cmd.setExecutionExceptionHandler((ex, c, parsed) -> {
                errWriter.println("copyproof: internal error: " + describe(ex));
                errWriter.flush();
                return BAD_INPUT;
            });
            return cmd.execute(args);
        } catch (RuntimeException | StackOverflowError e) {
            errWriter.println("copyproof: internal error: " + describe(e));
            return BAD_INPUT;
        } catch (OutOfMemoryError e) {
            errWriter.println(OUT_OF_MEMORY);
            return INCONCLUSIVE;
        } finally {
            outWriter.flush();
            errWriter.flush();
        }
    }

    /** Picocli's message, except an unknown command, which is named with the commands there are. */
    private static String usageMessage(ParameterException ex) {
        CommandLine c = ex.getCommandLine();
        if (ex instanceof CommandLine.UnmatchedArgumentException u && c != null && c.getParent() == null
                && !u.getUnmatched().isEmpty() && !u.getUnmatched().get(0).startsWith("-")) {
            String unknown = u.getUnmatched().get(0);
            List<String> commands = List.copyOf(c.getSubcommands().keySet());
            String close = null;
            for (String command : commands) {
                if (distance(unknown.toLowerCase(Locale.ROOT), command) <= 2) {
                    close = command;
                    break;
                }
            }
            return "unknown command '" + unknown + "'; the commands are " + listed(commands, "and")
                    + (close == null ? "" : " (did you mean '" + close + "'?)");
        }
        return ex.getMessage();
    }

    /** {@code a, b and c}: the command names as a sentence lists them. */
    static String listed(List<String> names, String conjunction) {
        if (names.size() < 2) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " " + conjunction + " "
                + names.get(names.size() - 1);
    }

    /** Edit distance, for "did you mean" on a mistyped command. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int[] cur = new int[b.length() + 1];
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1),
                        prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            prev = cur;
        }
        return prev[b.length()];
    }

    private boolean colorAllowed(boolean noColorFlag) {
        return !noColorFlag && RenderOptions.colorAllowed(environment.terminal(), environment.env());
    }

    static String describe(Throwable e) {
        return Messages.plain(e);
    }

    static String version() {
        String v = Cli.class.getPackage() == null ? null : Cli.class.getPackage().getImplementationVersion();
        return v == null ? "development build" : v;
    }

    // ---- commands ------------------------------------------------------------------------

    @Command(name = "copyproof", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Proves storage copy-service configurations and code-upgrade plans safe within bounds, "
                    + "or shows how they fail.",
            footer = {"", "Exit codes: 0 verified within bounds, 1 violated or error-level finding, "
                    + "2 bad input or usage, 3 inconclusive."})
    static final class Root implements Callable<Integer> {
        private final PrintWriter err;
        @Spec
        CommandSpec spec;

        Root(PrintWriter err) {
            this.err = err;
        }

        @Override
        public Integer call() {
            err.println("copyproof: a command is required: "
                    + listed(List.copyOf(spec.commandLine().getSubcommands().keySet()), "or"));
            spec.commandLine().usage(err);
            return BAD_INPUT;
        }
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"copyproof " + version()};
        }
    }

    @Command(name = "verify", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            sortOptions = false,
            description = "Check each configuration: validation, static rules, then bounded exploration of every "
                    + "interleaving. One result per file.",
            footer = {"", "Exit codes: 0 verified within bounds, 1 violated or error-level finding, "
                    + "2 bad input or usage, 3 inconclusive (a budget ran out, or nothing could be explored)."})
    static final class VerifyCommand implements Callable<Integer> {
        private final Cli cli;
        private final PrintWriter out;
        private final PrintWriter err;
        @Spec
        CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "FILE", description = "Configuration files (.yaml, .yml, .json); "
                + "- reads one from standard input (YAML or JSON).")
        List<Path> files = new ArrayList<>();

        @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "explorer",
                description = "explorer, alloy or both (default: ${DEFAULT-VALUE}).")
        String engine;

        @Option(names = "--format", paramLabel = "FORMAT",
                description = "text, json, markdown, html, junit, sarif or itf; repeatable (default: text).")
        List<String> formats = new ArrayList<>();

        @Option(names = {"-o", "--output"}, paramLabel = "PATH",
                description = "Write the report to this file, or to this directory when several formats or "
                        + "files are given (default: standard output).")
        String outputArg;

        /** {@code --output} as a path (a trailing separator, which marks a directory, is in {@link #outputArg}). */
        Path output;

        @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
        Integer threads;

        @Option(names = "--max-states", paramLabel = "N",
                description = "Distinct-state budget; inconclusive when it runs out (default: 50000000).")
        Long maxStates;

        @Option(names = "--max-memory", paramLabel = "SIZE",
                description = "Memory the explorer's tables may take, e.g. 1500m, 2g; inconclusive when it runs out "
                        + "(default: 60%% of the Java heap; the launcher's heap is set with COPYPROOF_JAVA_OPTS=-Xmx...).")
        String maxMemory;

        @Option(names = "--time-limit", paramLabel = "DURATION", converter = DurationConverter.class,
                description = "Time budget per file, e.g. 90s, 5m, 1h (default: 10m).")
        Duration timeLimit;

        @Option(names = "--writes-per-host", paramLabel = "N",
                description = "Override the bound of writes per host (1 to " + Bounds.MAX_WRITES_PER_HOST + ").")
        Integer writesPerHost;

        @Option(names = "--blocks-per-volume", paramLabel = "N",
                description = "Override the bound of blocks per volume (1 to " + Bounds.MAX_BLOCKS_PER_VOLUME + ").")
        Integer blocksPerVolume;

        @Option(names = "--snapshots-per-copy", paramLabel = "N",
                description = "Override the bound of snapshots per backend copy (1 to "
                        + Bounds.MAX_SNAPSHOTS_PER_COPY + ").")
        Integer snapshotsPerCopy;

        @Option(names = {"-q", "--quiet"}, description = "Print only the report; no notes on standard error.")
        boolean quiet;

        @Option(names = "--progress", description = "Print exploration progress on standard error.")
        boolean progress;

        @Option(names = "--full-state", description = "Show every variable at each trace step, not only changes.")
        boolean fullState;

        @Option(names = "--no-color", description = "No ANSI colour (colour is used only on a terminal, and never "
                + "when NO_COLOR is set).")
        boolean noColor;

        @Option(names = "--suggest", description = "After each violation and error finding, the smallest repair "
                + "that verify proves (as 'copyproof fix' finds it); nothing unproved is suggested.")
        boolean suggest;

        VerifyCommand(Cli cli, PrintWriter out, PrintWriter err) {
            this.cli = cli;
            this.out = out;
            this.err = err;
        }

        private ParameterException usage(String message) {
            return new ParameterException(spec.commandLine(), message);
        }

        private void checkOptions() {
            if (!Verification.engineChoices().contains(engine)) {
                throw usage("--engine must be one of explorer, alloy, both; got '" + engine + "'");
            }
            for (String f : formats) {
                if (!Renderers.names().contains(f.toLowerCase(Locale.ROOT))) {
                    throw usage("--format '" + f + "' is not a format; allowed: " + String.join(", ", Renderers.names()));
                }
            }
            if (formats.stream().map(f -> f.toLowerCase(Locale.ROOT)).distinct().count() > 1 && output == null) {
                throw usage("several formats (" + String.join(", ", formats) + ") need --output DIR to write them to");
            }
            if (threads != null && threads < 1) {
                throw usage("--threads must be at least 1; got " + threads);
            }
            if (maxStates != null && maxStates < 1) {
                throw usage("--max-states must be at least 1; got " + maxStates);
            }
            if (timeLimit != null && (timeLimit.isZero() || timeLimit.isNegative())) {
                throw usage("--time-limit must be positive; got " + timeLimit);
            }
            for (String name : Verification.enginesOf(engine)) {
                io.copyproof.engine.Engine e = cli.wiring.engines().get(name);
                if (e != null && e.configurationProblem().isPresent()) {
                    throw usage("the " + name + " engine is set up wrongly: " + e.configurationProblem().get());
                }
            }
            if (maxMemory != null) {
                long bytes = bytes(maxMemory);
                long heap = Runtime.getRuntime().maxMemory();
                if (bytes < 1) {
                    throw usage("--max-memory must be a size such as 1500m or 2g; got '" + maxMemory + "'");
                }
                if (bytes > heap) {
                    throw usage("--max-memory " + maxMemory + " is more than the Java heap (" + (heap >> 20)
                            + " MiB); raise the heap with COPYPROOF_JAVA_OPTS=-Xmx... or ask for less");
                }
            }
            checkBound("--writes-per-host", writesPerHost, Bounds.MAX_WRITES_PER_HOST);
            checkBound("--blocks-per-volume", blocksPerVolume, Bounds.MAX_BLOCKS_PER_VOLUME);
            checkBound("--snapshots-per-copy", snapshotsPerCopy, Bounds.MAX_SNAPSHOTS_PER_COPY);
        }

        /** The most worker threads worth running: 4 per processor. */
        static int maxThreads() {
            return Math.max(1, Runtime.getRuntime().availableProcessors()) * 4;
        }

        private void checkBound(String name, Integer value, int max) {
            if (value != null && (value < 1 || value > max)) {
                throw usage(name + " must be from 1 to " + max + "; got " + value);
            }
        }

        /** The options for one configuration: its bounds with the command-line overrides. */
        VerifyOptions optionsFor(Bounds configured) {
            Bounds b = configured;
            if (writesPerHost != null) {
                b = b.withWritesPerHost(writesPerHost);
            }
            if (blocksPerVolume != null) {
                b = b.withBlocksPerVolume(blocksPerVolume);
            }
            if (snapshotsPerCopy != null) {
                b = b.withSnapshotsPerCopy(snapshotsPerCopy);
            }
            VerifyOptions d = VerifyOptions.defaults(b);
            return new VerifyOptions(b, threads != null ? threads : d.threads(),
                    maxStates != null ? maxStates : d.maxStates(), timeLimit != null ? timeLimit : d.timeLimit(),
                    progress, d.partialOrder(), d.symmetry(), maxMemory != null ? bytes(maxMemory) : 0L);
        }

        /** Bytes of a size such as {@code 1500m}, {@code 2g}, {@code 512k} or a plain number; -1 if not a size. */
        static long bytes(String size) {
            String s = size.trim().toLowerCase(Locale.ROOT);
            if (!s.matches("[0-9]{1,12}[kmg]?")) {
                return -1;
            }
            char unit = s.charAt(s.length() - 1);
            int shift = unit == 'k' ? 10 : unit == 'm' ? 20 : unit == 'g' ? 30 : 0;
            return Long.parseLong(shift == 0 ? s : s.substring(0, s.length() - 1)) << shift;
        }

        @Override
        public Integer call() {
            output = outputPath(spec, outputArg);
            checkOptions();
            int maxThreads = maxThreads();
            if (threads != null && threads > maxThreads) {
                if (!quiet) {
                    err.println("copyproof: note: --threads " + threads + " is more than this machine can use; using "
                            + maxThreads + " (4 per processor)");
                }
                threads = maxThreads;
            }
            Verification verification = new Verification(cli.wiring.engines(), cli.wiring.staticRules(),
                    cli.wiring.staticRuleIds());
            List<VerificationResult> results = new ArrayList<>();
            if (files.stream().filter(f -> f.toString().equals(STDIN_ARG)).count() > 1) {
                throw usage("standard input ('-') can be given once only");
            }
            List<Path> inputs = files.stream().filter(f -> !f.toString().equals(STDIN_ARG)).toList();
            if (output != null) {
                for (Path in : inputs) {
                    if (io.copyproof.report.AtomicFiles.sameFile(output, in)) {
                        throw usage("--output '" + output + "' is the input file '" + in
                                + "'; the report would replace the configuration. Choose another --output");
                    }
                }
            }
            for (Path file : files) {
                LoadResult loaded = cli.load(file);
                Bounds bounds = loaded instanceof LoadResult.Loaded l ? l.config().bounds() : Bounds.DEFAULT;
                VerificationResult result = ImportOriginNotes.annotate(verification.verify(loaded, engine,
                        optionsFor(bounds)));
                results.add(suggest ? SuggestRepairs.add(result, loaded, file, verification, engine, optionsFor(bounds),
                        quiet ? null : err) : result);
            }
            if (output != null && endsWithSeparator(outputArg)) {
                try {
                    Files.createDirectories(output); // DIR/ is a directory, even for one report
                } catch (IOException e) {
                    err.println("copyproof: cannot create the directory " + output + ": " + Messages.io(e));
                    return BAD_INPUT;
                }
            }
            RenderOptions renderOptions = new RenderOptions(cli.colorAllowed(noColor) && output == null, fullState,
                    false);
            List<Path> written;
            try {
                Writer stdout = new NonClosingWriter(out);
                written = ReportOutputs.write(formats, Optional.ofNullable(output), results, renderOptions, stdout,
                        inputs);
                stdout.flush();
            } catch (IOException e) {
                err.println("copyproof: cannot write the report: " + Messages.io(e));
                return BAD_INPUT;
            } catch (IllegalArgumentException e) {
                throw usage(e.getMessage());
            }
            if (!quiet) {
                boolean textOnStdout = output == null
                        && (formats.isEmpty() || formats.stream().anyMatch(f -> f.equalsIgnoreCase("text")));
                if (!textOnStdout) {
                    // the report is for tools or in a file: show people in the log what is wrong with the input
                    for (VerificationResult r : results) {
                        r.errors().forEach(e -> err.println(e));
                    }
                }
                for (Path p : written) {
                    err.println("copyproof: wrote " + p);
                }
                notes(results, verification);
            }
            return Verdict.exitCodeOf(results.stream().map(VerificationResult::verdict).toList());
        }

        /** Says plainly on standard error what was not checked, so no one mistakes it for a proof. */
        private void notes(List<VerificationResult> results, Verification verification) {
            for (VerificationResult r : results) {
                if (r.assumptions().contains(Verification.NOTHING_CHECKED)) {
                    err.println("copyproof: warning: " + r.file() + " holds no systems; nothing was checked");
                }
            }
            boolean unexplored = results.stream().anyMatch(r -> r.verdict() != Verdict.INVALID
                    && r.inconclusiveReason().filter(s -> s.contains(Verification.NO_ENGINE)).isPresent());
            if (unexplored) {
                err.println("copyproof: note: " + Verification.NO_ENGINE + "; the configuration"
                        + (results.size() > 1 ? "s were" : " was") + " only validated"
                        + (verification.hasStaticRules() ? " and checked by the static rules" : "")
                        + ", nothing was explored, and nothing is claimed proved (verdict inconclusive)");
            }
        }
    }

    @Command(name = "generate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Write the Alloy 6 model of a configuration (to open in the Alloy Analyzer or check "
                    + "with the alloy engine).",
            footer = {"", "Exit codes: 0 written, 2 bad input, usage, or no generator in this build."})
    static final class GenerateCommand implements Callable<Integer> {
        private final Cli cli;
        private final PrintWriter out;
        private final PrintWriter err;

        @Parameters(index = "0", paramLabel = "FILE", description = "A configuration file (.yaml, .yml, .json), "
                + "or - for standard input.")
        Path file;

        @Option(names = {"-o", "--output"}, paramLabel = "PATH", description = "Write the model to this file, or "
                + "into this directory as <config>.als when it is one or ends with / (default: standard output).")
        String outputArg;

        GenerateCommand(Cli cli, PrintWriter out, PrintWriter err) {
            this.cli = cli;
            this.out = out;
            this.err = err;
        }

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Path target = null;
            Path output = outputPath(spec, outputArg);
            if (output != null) {
                target = modelPath(outputArg, output, file);
                if (!file.toString().equals(STDIN_ARG) && io.copyproof.report.AtomicFiles.sameFile(target, file)) {
                    throw new ParameterException(spec.commandLine(), "--output '" + output + "' is the input file '"
                            + file + "'; the model would replace the configuration. Choose another --output");
                }
            }
            LoadResult loaded = cli.load(file);
            if (loaded instanceof LoadResult.Invalid invalid) {
                for (ConfigError e : invalid.errors()) {
                    err.println(e);
                }
                err.println("copyproof: " + invalid.file() + " is invalid (" + invalid.errors().size()
                        + (invalid.errors().size() == 1 ? " error" : " errors") + "); no model written");
                return BAD_INPUT;
            }
            Config config = ((LoadResult.Loaded) loaded).config();
            if (cli.wiring.generator().isEmpty()) {
                err.println("copyproof: generate: the Alloy generator is not available in this build yet; "
                        + config.file() + " is valid, but no model was written");
                return BAD_INPUT;
            }
            String model;
            try {
                model = cli.wiring.generator().get().apply(config);
            } catch (RuntimeException e) {
                err.println("copyproof: generate: could not generate the model of " + config.file() + ": "
                        + describe(e));
                return BAD_INPUT;
            }
            if (output == null) {
                out.print(model);
                out.flush();
                return 0;
            }
            try {
                io.copyproof.report.AtomicFiles.write(target, w -> w.write(model));
            } catch (IOException e) {
                err.println("copyproof: cannot write " + target + ": " + Messages.io(e));
                return BAD_INPUT;
            }
            return 0;
        }

        /**
         * Where the model goes: the path itself, or, for an existing directory or a path ending in a
         * separator, {@code <config base name>.als} inside it (as {@code verify -o DIR/} writes into DIR).
         */
        static Path modelPath(String arg, Path output, Path input) {
            if (!Files.isDirectory(output) && !endsWithSeparator(arg)) {
                return output;
            }
            String base = input.toString().equals(STDIN_ARG) || input.getFileName() == null ? "copyproof"
                    : input.getFileName().toString().replaceFirst("\\.(ya?ml|json)$", "");
            return output.resolve(base + ".als");
        }
    }

    @Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "List every rule and invariant id with its kind and title.")
    static final class RulesCommand implements Callable<Integer> {
        private final PrintWriter out;

        RulesCommand(PrintWriter out) {
            this.out = out;
        }

        @Override
        public Integer call() {
            int idWidth = RuleCatalog.all().stream().mapToInt(r -> r.id().length()).max().orElse(2);
            int kindWidth = RuleCatalog.all().stream().mapToInt(r -> r.kind().toString().length()).max().orElse(4);
            String fmt = "%-" + idWidth + "s  %-" + kindWidth + "s  %s%n";
            out.printf(fmt, "ID", "KIND", "TITLE");
            for (RuleInfo r : RuleCatalog.all()) {
                out.printf(fmt, r.id(), r.kind(), r.title());
            }
            out.flush();
            return 0;
        }
    }

    /** {@code 90s}, {@code 5m}, {@code 1h}, {@code 500ms}, a plain number of seconds, or ISO-8601 {@code PT1M30S}. */
    static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
        private static final Pattern SIMPLE = Pattern.compile("(\\d+)(ms|s|m|h)?");

        @Override
        public Duration convert(String value) {
            String v = value.trim().toLowerCase(Locale.ROOT);
            Matcher m = SIMPLE.matcher(v);
            if (m.matches()) {
                long n;
                try {
                    n = Long.parseLong(m.group(1));
                } catch (NumberFormatException e) {
                    throw new CommandLine.TypeConversionException("'" + value + "' is too large a duration");
                }
                String unit = m.group(2) == null ? "s" : m.group(2);
                return switch (unit) {
                    case "ms" -> Duration.ofMillis(n);
                    case "m" -> Duration.ofMinutes(n);
                    case "h" -> Duration.ofHours(n);
                    default -> Duration.ofSeconds(n);
                };
            }
            try {
                return Duration.parse(value.trim().toUpperCase(Locale.ROOT));
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("'" + value
                        + "' is not a duration; write e.g. 90s, 5m, 1h or 500ms");
            }
        }
    }

    /** {@code --output} as a path; empty or unusable is a usage error. */
    static Path outputPath(CommandSpec spec, String arg) {
        if (arg == null) {
            return null;
        }
        if (arg.isBlank()) {
            throw new ParameterException(spec.commandLine(), "--output must name a file or a directory; got an empty path");
        }
        try {
            return Path.of(arg);
        } catch (java.nio.file.InvalidPathException e) {
            throw new ParameterException(spec.commandLine(), "--output '" + arg.replace("\0", "") + "' is not a usable path: "
                    + e.getReason());
        }
    }

    static boolean endsWithSeparator(String arg) {
        return arg != null && (arg.endsWith("/") || arg.endsWith(java.io.File.separator));
    }

    /** Lets renderers close or flush what they write to without closing standard output. */
    static final class NonClosingWriter extends Writer {
        private final Writer delegate;

        NonClosingWriter(Writer delegate) {
            this.delegate = delegate;
        }

        @Override
        public void write(char[] cbuf, int off, int len) throws IOException {
            delegate.write(cbuf, off, len);
        }

        @Override
        public void flush() throws IOException {
            delegate.flush();
        }

        @Override
        public void close() throws IOException {
            delegate.flush();
        }
    }
}
