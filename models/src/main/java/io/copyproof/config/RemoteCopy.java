package io.copyproof.config;

import java.util.Optional;

/**
 * A Metro or Global Mirror relationship, master volume to aux volume on the partner system:
 * {@code remoteCopies[]}. {@code state} defaults to {@code consistent_synchronized}
 * ({@code consistent_copying} in cycling mode {@code multi}); {@code cyclingMode} to {@code none}.
 */
public record RemoteCopy(String id, RemoteCopyType type, String master, String aux,
                         Optional<String> consistencyGroup, RelationshipState state, CyclingMode cyclingMode) {

    /** A relationship without cycling (cycling mode {@code none}). */
    public RemoteCopy(String id, RemoteCopyType type, String master, String aux,
                      Optional<String> consistencyGroup, RelationshipState state) {
        this(id, type, master, aux, consistencyGroup, state, CyclingMode.NONE);
    }

    /** Global Mirror with change volumes ({@code cyclingMode: multi}). */
    public boolean cycling() {
        return cyclingMode == CyclingMode.MULTI;
    }
}
