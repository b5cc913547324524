package io.copyproof.cli;

import io.copyproof.config.Config;
import io.copyproof.rules.Finding;
import io.copyproof.engine.Engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a build of the command line plugs in: the engines by name ({@code explorer},
 * {@code alloy}), the static rules with the ids they check, and the Alloy generator. Start from
 * {@link #empty()} and add what exists; {@link Main#wiring()} is the one place that does so.
 *
 * @param engines       engines by {@link Engine#name()}
 * @param staticRules   the static rules over a valid configuration
 * @param staticRuleIds the rule ids {@code staticRules} checks; empty when no static rules are wired
 * @param generator     configuration to Alloy 6 model text, when wired
 */
public record Wiring(Map<String, Engine> engines, Function<Config, List<Finding>> staticRules,
                     List<String> staticRuleIds, Optional<Function<Config, String>> generator) {

    public Wiring {
        engines = Map.copyOf(engines);
        Objects.requireNonNull(staticRules, "staticRules");
        staticRuleIds = List.copyOf(staticRuleIds);
        Objects.requireNonNull(generator, "generator");
    }

    /** Nothing plugged in: {@code verify} only validates, {@code generate} is not available. */
    public static Wiring empty() {
        return new Wiring(Map.of(), config -> List.of(), List.of(), Optional.empty());
    }

    /** This wiring plus an engine, under its {@link Engine#name()}. */
    public Wiring withEngine(Engine engine) {
        Map<String, Engine> m = new LinkedHashMap<>(engines);
        m.put(engine.name(), engine);
        return new Wiring(m, staticRules, staticRuleIds, generator);
    }

    /** This wiring with the static rules and the ids of the rules they check. */
    public Wiring withStaticRules(List<String> ruleIds, Function<Config, List<Finding>> rules) {
        return new Wiring(engines, rules, ruleIds, generator);
    }

    /** This wiring with the Alloy generator ({@code AlloyGenerator::generate}). */
    public Wiring withGenerator(Function<Config, String> alloyGenerator) {
        return new Wiring(engines, staticRules, staticRuleIds, Optional.of(alloyGenerator));
    }
}
