package io.copyproof.trace;

/**
 * An engine's counterexample that is not a run of the storage semantics: a step that is not
 * enabled there, a state whose decoded lanes differ from theirs, or a last state that does not
 * break the invariant. The two statements of the semantics disagree; a verification reports it as
 * a disagreement on {@link #invariantId()}, never as a proof or a plain failure.
 */
public final class TraceMismatch extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    private final String invariantId;

    public TraceMismatch(String invariantId, String message) {
        super(message);
        this.invariantId = invariantId;
    }

    /** The invariant whose counterexample was rejected. */
    public String invariantId() {
        return invariantId;
    }
}
