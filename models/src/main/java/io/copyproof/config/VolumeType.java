package io.copyproof.config;

/** The virtualization type of a volume. */
public enum VolumeType implements WireEnum {
    STRIPED("striped"),
    SEQUENTIAL("sequential"),
    IMAGE("image");

    private final String wire;

    VolumeType(String wire) {
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
