package io.copyproof.explorer;

import java.time.Duration;
import java.util.Objects;

/**
 * Exhaustive bounded breadth-first explorer of a {@link Model}: for every invariant, either "holds
 * within these bounds" or its shortest counterexample trace.
 *
 * <pre>{@code
 * Result r = Explorer.of(model).threads(2).maxStates(10_000_000).timeLimit(Duration.ofMinutes(5)).run();
 * }</pre>
 *
 * <p>A mutable builder; {@link #run()} may be called more than once and each run is independent.
 * Defaults: all cores, no state or depth limit, no time limit, memory budget 80% of the maximum heap,
 * fingerprint mode (64-bit fingerprints, trace links spilled to a temporary file), both reductions
 * off, no progress reports, the system clock.
 */
public final class Explorer {

    private final Model model;
    int threads = Runtime.getRuntime().availableProcessors();
    long maxStates = Long.MAX_VALUE;
    int maxDepth = Integer.MAX_VALUE;
    long timeLimitNanos = Long.MAX_VALUE;
    long memoryBudget = -1;
    boolean exact;
    boolean partialOrder;
    boolean symmetry;
    Boolean spillTraceLinks;
    ProgressListener progress;
    long progressIntervalNanos = Duration.ofSeconds(5).toNanos();
    Ticker ticker = Ticker.system();

    private Explorer(Model model) {
        this.model = Objects.requireNonNull(model, "model");
        if (model.stateWords() < 1) {
            throw new IllegalArgumentException("stateWords must be at least 1");
        }
    }

    /** A new explorer of {@code model} with default settings. */
    public static Explorer of(Model model) {
        return new Explorer(model);
    }

    /** Worker threads (default: available processors). Results do not depend on it. */
    public Explorer threads(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.threads = n;
        return this;
    }

    /** Stop (INCONCLUSIVE unless violated) once more than {@code n} distinct states were found. */
    public Explorer maxStates(long n) {
        if (n < 1) {
            throw new IllegalArgumentException("maxStates must be at least 1");
        }
        this.maxStates = n;
        return this;
    }

    /** Explore states at most {@code d} actions from an initial state; deeper states make the run INCONCLUSIVE. */
    public Explorer maxDepth(int d) {
        if (d < 0) {
            throw new IllegalArgumentException("maxDepth must be at least 0");
        }
        this.maxDepth = d;
        return this;
    }

    /** Stop (INCONCLUSIVE unless violated) after this much time, measured with {@link #clock(Ticker)}. */
    public Explorer timeLimit(Duration limit) {
        this.timeLimitNanos = limit.isNegative() ? 0 : saturatedNanos(limit);
        return this;
    }

    /**
     * Stop cleanly, with statistics, before the explorer's own data (visited set, queues, trace links)
     * would exceed {@code bytes}. Default: 80% of the maximum heap.
     */
    public Explorer memoryBudget(long bytes) {
        if (bytes < 1) {
            throw new IllegalArgumentException("memoryBudget must be positive");
        }
        this.memoryBudget = bytes;
        return this;
    }

    /** Store full states instead of 64-bit fingerprints: no collisions, more memory (default false). */
    public Explorer exact(boolean on) {
        this.exact = on;
        return this;
    }

    /** Partial-order reduction with the model's ample-set declarations (default false). */
    public Explorer partialOrder(boolean on) {
        this.partialOrder = on;
        return this;
    }

    /** Symmetry reduction with {@link Model#canonicalize(long[])} (default false). */
    public Explorer symmetry(boolean on) {
        this.symmetry = on;
        return this;
    }

    /**
     * Keep the per-level trace links (8 bytes per state) in a temporary file instead of the heap.
     * Default: on in fingerprint mode, off in exact mode.
     */
    public Explorer spillTraceLinks(boolean on) {
        this.spillTraceLinks = on;
        return this;
    }

    /** Report progress to {@code listener} at most once per {@code interval}; null listener: silent (default). */
    public Explorer progress(ProgressListener listener, Duration interval) {
        this.progress = listener;
        this.progressIntervalNanos = saturatedNanos(interval);
        return this;
    }

    /** The time source of the time limit and progress reports (default {@link Ticker#system()}). */
    public Explorer clock(Ticker ticker) {
        this.ticker = Objects.requireNonNull(ticker, "ticker");
        return this;
    }

    /** Runs the search to completion or until a budget runs out. Exceptions of the model propagate. */
    public Result run() {
        return new Search(model, this).run();
    }

    private static long saturatedNanos(Duration d) {
        try {
            return d.toNanos();
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }
}
