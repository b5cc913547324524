package io.copyproof.slicing;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Progress of a sliced check on a stream: after a slice is done (at most one line every two
 * seconds, and a last line), slices done of those to explore, the total with those reused, states
 * so far, states per second and an estimate of the time left from the mean time per slice.
 */
final class SliceProgress {
    private static final long INTERVAL_NANOS = 2_000_000_000L;

    private final PrintStream out;
    private final String engine;
    private final int total;
    private final int toExplore;
    private final long start;
    private int done;
    private long states;
    private long lastPrint;

    SliceProgress(PrintStream out, String engine, int total, int toExplore, long start) {
        this.out = out;
        this.engine = engine;
        this.total = total;
        this.toExplore = toExplore;
        this.start = start;
        this.lastPrint = start;
        out.println(engine + ": " + total + " slices, " + toExplore + " to explore (the others are identical up to renaming)");
    }

    synchronized void sliceDone(long sliceStates) {
        done++;
        states += sliceStates;
        long now = System.nanoTime();
        if (now - lastPrint >= INTERVAL_NANOS) {
            lastPrint = now;
            out.println(line(now));
        }
    }

    synchronized void finish() {
        out.println(line(System.nanoTime()));
    }

    private String line(long now) {
        double seconds = Math.max(1e-9, (now - start) / 1e9);
        String eta = done == 0 || done == toExplore ? ""
                : String.format(Locale.ROOT, ", about %.0f s left", seconds / done * (toExplore - done));
        return String.format(Locale.ROOT, "%s: slices %d/%d explored (%d in all), %,d states, %,.0f states/s, %.1f s%s",
                engine, done, toExplore, total, states, states / seconds, seconds, eta);
    }
}
