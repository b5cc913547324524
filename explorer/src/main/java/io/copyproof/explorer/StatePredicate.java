package io.copyproof.explorer;

/** A predicate over packed states. Must not modify the state nor allocate. */
@FunctionalInterface
public interface StatePredicate {
    boolean test(long[] state);
}
