package io.copyproof.config;

/** The mode of an MDisk. */
public enum MDiskMode implements WireEnum {
    UNMANAGED("unmanaged"),
    MANAGED("managed"),
    IMAGE("image");

    private final String wire;

    MDiskMode(String wire) {
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
