package io.copyproof.config;

/** A LUN on one backend controller: {@code luns[]}. */
public record Lun(String id, String controller) {
}
