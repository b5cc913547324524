package io.copyproof.explorer;

/**
 * Final statistics of a search.
 *
 * @param distinctStates       distinct states stored (canonical states when symmetry is on)
 * @param transitions          successor states generated and looked up (including duplicates; with
 *                             partial-order reduction, only those of the ample sets)
 * @param maxDepth             the deepest breadth-first level reached (0 = initial states only)
 * @param seconds              wall-clock seconds of the search
 * @param bytesPerState        bytes of the visited set and in-memory trace links per distinct state
 * @param collisionProbability in fingerprint mode, the probability that two distinct states shared a
 *                             64-bit fingerprint (so one was wrongly skipped), estimated as TLC does
 *                             ("optimistic"): {@code n * (t - n) / 2^64} for {@code n} distinct states
 *                             and {@code t} generated states; 0 in exact mode
 * @param peakHeapBytes        the highest heap use sampled during the search
 * @param threads              worker threads used
 * @param exact                true when full states were stored (no fingerprint collisions possible)
 */
public record Stats(long distinctStates, long transitions, int maxDepth, double seconds, double bytesPerState,
                    double collisionProbability, long peakHeapBytes, int threads, boolean exact) {

    /** Distinct states per second. */
    public double statesPerSecond() {
        return seconds <= 0 ? 0 : distinctStates / seconds;
    }
}
