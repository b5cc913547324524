package io.copyproof.explorer;

/** Receives the initial states of a model. */
@FunctionalInterface
public interface StateSink {
    /** Accepts a state; the explorer copies it, so the caller may reuse the array. */
    void accept(long[] state);
}
