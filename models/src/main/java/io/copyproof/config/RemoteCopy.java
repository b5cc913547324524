package io.copyproof.config;

import java.util.Optional;

/**
 * A Metro or Global Mirror relationship, master volume to aux volume on the partner system:
 * {@code remoteCopies[]}. {@code state} defaults to {@code consistent_synchronized}.
 */
public record RemoteCopy(String id, RemoteCopyType type, String master, String aux,
                         Optional<String> consistencyGroup, RelationshipState state) {
}
