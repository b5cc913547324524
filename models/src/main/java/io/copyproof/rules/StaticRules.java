package io.copyproof.rules;

import io.copyproof.config.Config;
import io.copyproof.config.Derived;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The static rules: checks over a configuration alone, without exploring its behaviour (section 6
 * of the semantics). Each finding points at the offending field of the file.
 */
public final class StaticRules {
    private static final List<Rule> RULES = List.of(
            new TargetHoldsSvcDataRule(),
            new ManagedLunSuspendedRule(),
            new UnsupportedControllerRule(),
            new CacheEnabledSourceRule(),
            new OneAtATimeRule(),
            new CompatibleLevelsRule(),
            new ReleaseNotesRule(),
            new PitGroupOrderRule());

    private StaticRules() {
    }

    /**
     * Every finding of every static rule, in a stable order: by the rule's place in
     * {@link RuleCatalog}, then by position in the file (line, column), then in the order found.
     */
    public static List<Finding> check(Config config) {
        List<Finding> all = new ArrayList<>();
        Derived derived = Derived.of(config);
        for (Rule rule : byCatalogOrder()) {
            List<Finding> found = new ArrayList<>();
            rule.check(config, derived, found);
            found.sort(Comparator.comparingInt((Finding f) -> f.location().line())
                    .thenComparingInt(f -> f.location().column()));
            all.addAll(found);
        }
        return List.copyOf(all);
    }

    /** The ids of the static rules this class runs, in catalog order. */
    public static List<String> ids() {
        return byCatalogOrder().stream().map(Rule::id).toList();
    }

    private static List<Rule> byCatalogOrder() {
        List<String> order = RuleCatalog.all().stream().map(RuleInfo::id).toList();
        return RULES.stream().sorted(Comparator.comparingInt(r -> order.indexOf(r.id()))).toList();
    }
}
