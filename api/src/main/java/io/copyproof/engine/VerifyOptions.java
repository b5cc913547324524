package io.copyproof.engine;

import io.copyproof.config.Bounds;

import java.time.Duration;

/**
 * Options of one verification: the bounds to explore within (the config's, possibly overridden on
 * the command line), worker threads, the distinct-state budget, the time budget, whether to print
 * progress on stderr, and the switches of the explorer's reductions.
 */
public record VerifyOptions(Bounds bounds, int threads, long maxStates, Duration timeLimit, boolean progress,
                            boolean partialOrder, boolean symmetry) {

    public static VerifyOptions defaults(Bounds bounds) {
        return new VerifyOptions(bounds, Runtime.getRuntime().availableProcessors(), 50_000_000L,
                Duration.ofMinutes(10), false, true, true);
    }

    public VerifyOptions withBounds(Bounds b) {
        return new VerifyOptions(b, threads, maxStates, timeLimit, progress, partialOrder, symmetry);
    }

    public VerifyOptions withThreads(int n) {
        return new VerifyOptions(bounds, n, maxStates, timeLimit, progress, partialOrder, symmetry);
    }

    public VerifyOptions withReductions(boolean por, boolean sym) {
        return new VerifyOptions(bounds, threads, maxStates, timeLimit, progress, por, sym);
    }
}
