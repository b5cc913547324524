package io.copyproof.explorer;

/**
 * Where a model writes the successors of one state. Use: {@code long[] s = out.begin(); s[0] |= 4;
 * out.emit(ACTION);}. No allocation: the buffer is reused across calls.
 */
public interface Successors {
    /** A scratch buffer holding a fresh copy of the current state, valid until the next {@code begin}. */
    long[] begin();

    /** The buffer, as changed since {@link #begin()}, is a successor reached by {@code action}. */
    void emit(int action);
}
