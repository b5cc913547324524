package io.copyproof.explorer;

/** The verdict of a search. */
public enum Status {
    /** The state space within the bounds was exhausted and every invariant held in every state. */
    VERIFIED,
    /** At least one invariant has a counterexample trace (the search may also have been cut short). */
    VIOLATED,
    /** A budget ran out before the space was exhausted and no invariant was violated: no claim. */
    INCONCLUSIVE
}
