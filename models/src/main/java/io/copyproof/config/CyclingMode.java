package io.copyproof.config;

/**
 * The cycling mode of a Global Mirror relationship ({@code chrcrelationship -cyclingmode}):
 * {@code none} replicates every write, {@code multi} is Global Mirror with change volumes, which
 * copies a frozen point-in-time image of the master per cycle.
 */
public enum CyclingMode implements WireEnum {
    NONE("none"),
    MULTI("multi");

    private final String wire;

    CyclingMode(String wire) {
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
