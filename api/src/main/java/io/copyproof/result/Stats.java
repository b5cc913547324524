package io.copyproof.result;

/**
 * Statistics of one exploration: distinct states, transitions, depth (longest shortest path
 * explored), wall seconds, bytes of memory per stored state, the probability that a fingerprint
 * collision hid a state (0 in exact mode), and peak heap bytes.
 */
public record Stats(long distinctStates, long transitions, int depth, double seconds, double bytesPerState,
                    double collisionProbability, long peakHeapBytes) {
    public static final Stats NONE = new Stats(0, 0, 0, 0.0, 0.0, 0.0, 0);
}
