package io.copyproof.rules;

import io.copyproof.vocabulary.Check;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Every rule and invariant copyproof checks, with its stable id, as {@link Check} declares them. {@code ./copyproof rules} prints this catalog.
 */
public final class RuleCatalog {
    private static final List<RuleInfo> ALL = Arrays.stream(Check.values()).map(Check::info).toList();

    private RuleCatalog() {
    }

    /** Every rule and invariant, in catalog order. */
    public static List<RuleInfo> all() {
        return ALL;
    }

    /** The rules that {@code verify} checks statically. */
    public static List<RuleInfo> staticRules() {
        return ALL.stream().filter(r -> r.kind().isStatic()).toList();
    }

    /** The invariants the explorer and the Alloy engine check. */
    public static List<RuleInfo> invariants() {
        return ALL.stream().filter(r -> r.kind().isInvariant()).toList();
    }

    public static Optional<RuleInfo> find(String id) {
        return ALL.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public static RuleInfo get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("unknown rule id " + id));
    }
}
