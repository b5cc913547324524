package io.copyproof.config;

/** The kind of a native backend copy. */
public enum CopyType implements WireEnum {
    POINT_IN_TIME("pointInTime"),
    REPLICATION("replication");

    private final String wire;

    CopyType(String wire) {
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
