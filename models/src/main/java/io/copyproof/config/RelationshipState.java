package io.copyproof.config;

/** The state of a remote-copy relationship. */
public enum RelationshipState implements WireEnum {
    CONSISTENT_SYNCHRONIZED("consistent_synchronized"),
    CONSISTENT_STOPPED("consistent_stopped"),
    INCONSISTENT_COPYING("inconsistent_copying"),
    INCONSISTENT_STOPPED("inconsistent_stopped"),
    IDLING("idling"),
    /** A running Global Mirror relationship in cycling mode {@code multi}: consistent, an older image. */
    CONSISTENT_COPYING("consistent_copying");

    private final String wire;

    RelationshipState(String wire) {
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
