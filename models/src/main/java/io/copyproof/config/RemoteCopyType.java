package io.copyproof.config;

/** The kind of a Metro/Global Mirror relationship. */
public enum RemoteCopyType implements WireEnum {
    METRO("metro"),
    GLOBAL("global");

    private final String wire;

    RemoteCopyType(String wire) {
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
