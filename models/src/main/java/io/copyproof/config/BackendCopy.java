package io.copyproof.config;

import java.util.Optional;

/**
 * A native copy configured on a backend controller, source LUN to target LUN: {@code backendCopies[]}.
 * Copies with the same {@code group} (a backend consistency group) are taken together, at one
 * instant.
 */
public record BackendCopy(String id, CopyType type, String source, String target, boolean suspendsSource,
                          Optional<String> group) {

    /** A copy in no backend consistency group. */
    public BackendCopy(String id, CopyType type, String source, String target, boolean suspendsSource) {
        this(id, type, source, target, suspendsSource, Optional.empty());
    }
}
