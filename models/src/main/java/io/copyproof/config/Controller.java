package io.copyproof.config;

/** A backend storage array that presents LUNs to the systems: {@code controllers[]}. */
public record Controller(String id, String model, NativeCopy nativeCopy) {
}
