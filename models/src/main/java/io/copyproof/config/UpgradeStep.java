package io.copyproof.config;

import java.util.List;

/**
 * One system's upgrade: {@code upgrade.steps[]}. It starts only after every system (and operator step) in
 * {@code after} has committed; two steps with no {@code after} path between them may run
 * concurrently.
 */
public record UpgradeStep(String system, List<String> after) implements PlanStep {
    public UpgradeStep {
        after = List.copyOf(after);
    }
}
