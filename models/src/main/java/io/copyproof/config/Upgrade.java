package io.copyproof.config;

import java.util.List;

/** The code-upgrade plan: {@code upgrade}. */
public record Upgrade(CodeLevel targetLevel, List<UpgradeStep> steps) {
    public Upgrade {
        steps = List.copyOf(steps);
    }
}
