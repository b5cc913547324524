package io.copyproof.config;

/** A native copy configured on a backend controller, source LUN to target LUN: {@code backendCopies[]}. */
public record BackendCopy(String id, CopyType type, String source, String target, boolean suspendsSource) {
}
