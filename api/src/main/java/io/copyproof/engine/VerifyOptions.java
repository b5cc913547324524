package io.copyproof.engine;

import io.copyproof.config.Bounds;

import java.time.Duration;

/**
 * Options of one verification: the bounds to explore within (the config's, possibly overridden on
 * the command line), worker threads, the distinct-state budget, the time budget, whether to print
 * progress on stderr, the switches of the explorer's reductions, and the memory budget of the
 * explorer's tables in bytes ({@code 0}: the explorer's default, a share of the heap the JVM has).
 */
public record VerifyOptions(Bounds bounds, int threads, long maxStates, Duration timeLimit, boolean progress,
                            boolean partialOrder, boolean symmetry, long memoryBudget) {

    /** Options with the explorer's default memory budget. */
    public VerifyOptions(Bounds bounds, int threads, long maxStates, Duration timeLimit, boolean progress,
                         boolean partialOrder, boolean symmetry) {
        this(bounds, threads, maxStates, timeLimit, progress, partialOrder, symmetry, 0L);
    }

    public static VerifyOptions defaults(Bounds bounds) {
        return new VerifyOptions(bounds, Runtime.getRuntime().availableProcessors(), 50_000_000L,
                Duration.ofMinutes(10), false, true, true);
    }

    public VerifyOptions withBounds(Bounds b) {
        return new VerifyOptions(b, threads, maxStates, timeLimit, progress, partialOrder, symmetry, memoryBudget);
    }

    public VerifyOptions withThreads(int n) {
        return new VerifyOptions(bounds, n, maxStates, timeLimit, progress, partialOrder, symmetry, memoryBudget);
    }

    public VerifyOptions withReductions(boolean por, boolean sym) {
        return new VerifyOptions(bounds, threads, maxStates, timeLimit, progress, por, sym, memoryBudget);
    }

    /** These options with a memory budget in bytes for the explorer's tables ({@code 0}: its default). */
    public VerifyOptions withMemoryBudget(long bytes) {
        return new VerifyOptions(bounds, threads, maxStates, timeLimit, progress, partialOrder, symmetry, bytes);
    }

    /** These options with another time limit and progress switch (for a part of a verification). */
    public VerifyOptions withTimeLimit(Duration limit, boolean showProgress) {
        return new VerifyOptions(bounds, threads, maxStates, limit, showProgress, partialOrder, symmetry, memoryBudget);
    }
}
