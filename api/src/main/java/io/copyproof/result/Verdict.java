package io.copyproof.result;

/** The verdict for one file, with the exit code it maps to. */
public enum Verdict {
    /** No counterexample and no error-level finding within the stated bounds (exit 0). */
    VERIFIED("verified", 0),
    /** A counterexample, an error-level finding, or a disagreement between engines (exit 1). */
    VIOLATED("violated", 1),
    /** The file could not be used (exit 2). */
    INVALID("invalid", 2),
    /** A budget ran out before the bounded space was exhausted (exit 3); never a proof. */
    INCONCLUSIVE("inconclusive", 3);

    private final String wire;
    private final int exitCode;

    Verdict(String wire, int exitCode) {
        this.wire = wire;
        this.exitCode = exitCode;
    }

    public String wire() {
        return wire;
    }

    public int exitCode() {
        return exitCode;
    }

    /**
     * The exit code of a run over several files: 2 if any is invalid, else 1 if any is violated,
     * else 3 if any is inconclusive, else 0.
     */
    public static int exitCodeOf(Iterable<Verdict> verdicts) {
        boolean invalid = false;
        boolean violated = false;
        boolean inconclusive = false;
        for (Verdict v : verdicts) {
            invalid |= v == INVALID;
            violated |= v == VIOLATED;
            inconclusive |= v == INCONCLUSIVE;
        }
        return invalid ? 2 : violated ? 1 : inconclusive ? 3 : 0;
    }

    @Override
    public String toString() {
        return wire;
    }
}
