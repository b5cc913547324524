package io.copyproof.config;

import java.util.List;

/**
 * One entry of {@code upgrade.steps[]}: a system's code upgrade ({@link UpgradeStep}) or an
 * operator's stop or start of remote copies ({@link OperatorStep}). A step starts only after every
 * step its {@code after} list names has finished.
 */
public sealed interface PlanStep permits UpgradeStep, OperatorStep {

    /** The steps this one waits for: system ids (their upgrade steps) and operator step ids. */
    List<String> after();
}
