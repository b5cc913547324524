package io.copyproof.alloy;

import java.util.List;

/**
 * A generated Alloy model: its text (self-contained: the library is inlined), the names of its
 * sigs, the steps bound its checks use, the number of blocks per volume, and the checks in order
 * as pairs of invariant id and assertion name.
 */
public record AlloyModel(String text, AlloyNames names, StepsBound stepsBound, int blocks, List<Check> checks) {
    public AlloyModel {
        checks = List.copyOf(checks);
    }

    /** The {@code run} that shows an initial state exists. */
    public static final String INITIAL_STATE = "someInitialState";
    /** The inductive check of every invariant at once. */
    public static final String ALL_INDUCTIVE = "ALL_inductive";

    /** The inductive check of an invariant, by its assertion name ({@code RC_SYNC_inductive}). */
    public static String inductive(String assertion) {
        return assertion + "_inductive";
    }

    /** One {@code check}: the invariant id ({@code CS-PIT-COMPLETE}) and its assertion ({@code CS_PIT_COMPLETE}). */
    public record Check(String invariantId, String assertion) {
    }
}
