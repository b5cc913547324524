package io.copyproof.explorer;

/**
 * A snapshot of a running search, handed to a {@link ProgressListener}.
 *
 * @param distinctStates distinct states stored so far
 * @param queued         states discovered but not yet expanded (rest of this level and the next)
 * @param depth          the breadth-first level being expanded
 * @param statesPerSecond distinct states found per second since the previous report
 * @param heapUsedBytes  heap in use now
 * @param seconds        seconds since the search started
 */
public record Progress(long distinctStates, long queued, int depth, double statesPerSecond, long heapUsedBytes,
                       double seconds) {

    /** One line, e.g. {@code explorer: 1234567 distinct, 20000 queued, depth 17, 4.1M states/s, heap 312 MiB, 3.0 s}. */
    public String format() {
        return String.format(java.util.Locale.ROOT,
                "explorer: %d distinct, %d queued, depth %d, %.2fM states/s, heap %d MiB, %.1f s",
                distinctStates, queued, depth, statesPerSecond / 1e6, heapUsedBytes >> 20, seconds);
    }
}
