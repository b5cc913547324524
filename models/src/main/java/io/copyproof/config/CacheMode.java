package io.copyproof.config;

/** The cache mode of a volume. */
public enum CacheMode implements WireEnum {
    READWRITE("readwrite"),
    READONLY("readonly"),
    NONE("none");

    private final String wire;

    CacheMode(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }

    @Override
    public String toString() {
        return wire;
    }
}
