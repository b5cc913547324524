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

    /** One {@code check}: the invariant id ({@code CS-PIT-COMPLETE}) and its assertion ({@code CS_PIT_COMPLETE}). */
    public record Check(String invariantId, String assertion) {
    }
}
