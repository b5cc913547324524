package io.copyproof.alloy;

import kodkod.engine.satlab.SATFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The Alloy engine's settings from the {@code copyproof.alloy.*} system properties, checked: an
 * unknown solver, a {@code maxSteps} that is not a positive whole number, or an {@code induction}
 * that is neither {@code true} nor {@code false} is a problem to report, never a silent default.
 *
 * @param solverId  the SAT solver's id ({@code sat4j} unless set)
 * @param maxSteps  the cap on the steps bound
 * @param induction whether the inductive checks run first
 * @param problem   what is wrong with the properties, if anything (then the defaults stand in)
 */
record AlloySettings(String solverId, int maxSteps, boolean induction, Optional<String> problem) {
    static final String SOLVER = "copyproof.alloy.solver";
    static final String MAX_STEPS = "copyproof.alloy.maxSteps";
    static final String INDUCTION = "copyproof.alloy.induction";
    /** The largest cap accepted: far beyond what a solver finishes. */
    static final int MAX_STEPS_LIMIT = 10_000;

    static AlloySettings fromSystemProperties() {
        return from(System::getProperty);
    }

    /** The settings from a property lookup (a name to its value, or null when unset). */
    static AlloySettings from(UnaryOperator<String> property) {
        List<String> problems = new ArrayList<>();
        String solver = property.apply(SOLVER);
        if (solver == null) {
            solver = "sat4j";
        } else if (!solverIds().contains(solver.toLowerCase(Locale.ROOT))) {
            problems.add(SOLVER + "=" + solver + " is not a solver; the solvers are " + String.join(", ", solverIds()));
            solver = "sat4j";
        }
        int maxSteps = AlloyGenerator.DEFAULT_MAX_STEPS;
        String steps = property.apply(MAX_STEPS);
        if (steps != null) {
            try {
                maxSteps = Integer.parseInt(steps.trim());
                if (maxSteps < 2 || maxSteps > MAX_STEPS_LIMIT) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                problems.add(MAX_STEPS + "=" + steps + " must be a whole number from 2 to " + MAX_STEPS_LIMIT);
                maxSteps = AlloyGenerator.DEFAULT_MAX_STEPS;
            }
        }
        boolean induction = true;
        String ind = property.apply(INDUCTION);
        if (ind != null) {
            if (ind.equalsIgnoreCase("false")) {
                induction = false;
            } else if (!ind.equalsIgnoreCase("true")) {
                problems.add(INDUCTION + "=" + ind + " must be true or false");
            }
        }
        return new AlloySettings(solver, maxSteps, induction,
                problems.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", problems)));
    }

    /** The ids of the solvers Alloy offers here, in lower case. */
    static List<String> solverIds() {
        return SATFactory.getAllSolvers().stream().map(s -> s.id().toLowerCase(Locale.ROOT)).distinct().toList();
    }
}
