package io.copyproof.rules;

/** Whether a check is a static rule over the configuration, an invariant over states, or both. */
public enum RuleKind {
    STATIC("static"),
    INVARIANT("invariant"),
    INVARIANT_AND_STATIC("invariant + static");

    private final String label;

    RuleKind(String label) {
        this.label = label;
    }

    public boolean isStatic() {
        return this != INVARIANT;
    }

    public boolean isInvariant() {
        return this != STATIC;
    }

    @Override
    public String toString() {
        return label;
    }
}
