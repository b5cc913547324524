package io.copyproof.explorer;

import java.util.Objects;

/** A named safety property: {@code holds} must be true in every reachable state. */
public record Invariant(String name, StatePredicate holds) {
    public Invariant {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(holds, "holds");
    }

    public static Invariant of(String name, StatePredicate holds) {
        return new Invariant(name, holds);
    }
}
