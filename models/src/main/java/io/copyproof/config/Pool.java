package io.copyproof.config;

/** A storage pool (managed disk group) of one system: {@code pools[]}. */
public record Pool(String id, String system) {
}
