package io.copyproof.explorer;

import java.io.PrintStream;
import java.util.Objects;

/**
 * Receives progress snapshots of a long search, at most once per interval given to
 * {@link Explorer#progress(ProgressListener, java.time.Duration)}. Called from a worker thread; must
 * be quick. Whether to report at all (quiet, not a terminal) is the caller's decision.
 */
@FunctionalInterface
public interface ProgressListener {
    void onProgress(Progress progress);

    /** Prints one {@link Progress#format()} line per report to {@code out} (typically {@code System.err}). */
    static ProgressListener printingTo(PrintStream out) {
        Objects.requireNonNull(out, "out");
        return p -> out.println(p.format());
    }
}
