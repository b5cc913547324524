package io.copyproof.config;

import java.util.List;

/**
 * The code-upgrade plan: {@code upgrade}. {@link #plan()} holds every entry of {@code steps} in
 * file order; {@link #steps()} the systems' upgrade steps and {@link #operatorSteps()} the
 * operator's stops and starts of remote copies.
 */
public record Upgrade(CodeLevel targetLevel, List<? extends PlanStep> plan) {
    public Upgrade {
        plan = List.copyOf(plan);
    }

    /** The systems' upgrade steps, in file order. */
    public List<UpgradeStep> steps() {
        return plan.stream().filter(UpgradeStep.class::isInstance).map(UpgradeStep.class::cast).toList();
    }

    /** The operator steps, in file order. */
    public List<OperatorStep> operatorSteps() {
        return plan.stream().filter(OperatorStep.class::isInstance).map(OperatorStep.class::cast).toList();
    }
}
