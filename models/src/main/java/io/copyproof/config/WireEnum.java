package io.copyproof.config;

/** An enum whose constants have the exact spelling used in configuration files. */
public interface WireEnum {
    /** The spelling in the configuration format, e.g. {@code readwrite} or {@code pointInTime}. */
    String wire();
}
