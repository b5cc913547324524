package io.copyproof.rules;

/** How bad a static finding is. An {@code error} finding makes {@code verify} exit 1. */
public enum Severity {
    ERROR("error"),
    WARNING("warning"),
    NOTE("note");

    private final String wire;

    Severity(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    @Override
    public String toString() {
        return wire;
    }
}
