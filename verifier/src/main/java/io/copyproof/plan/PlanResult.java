package io.copyproof.plan;

import io.copyproof.config.Bounds;
import io.copyproof.config.CodeLevel;

import java.util.List;
import java.util.Optional;

/**
 * What {@code copyproof plan} found: the best plans (several when they tie on rounds, added steps
 * and stopped relationships), or why there is none, within the bounds every candidate was checked
 * at. {@code found} means {@code best} is not empty and every plan in it verified, whole, on the
 * {@code verify} path ({@code wholeChecks} counts those final verifications, of every candidate
 * that passed its slices).
 */
public record PlanResult(Status status, CodeLevel targetLevel, List<Plan> best, Bounds bounds,
                         Optional<String> why, int candidates, int sliceChecks, int sliceHits, int wholeChecks) {

    /** The outcome: exit 0, 1 and 3 of the command. */
    public enum Status {
        FOUND(0), NONE(1), INCONCLUSIVE(3);

        private final int exitCode;

        Status(int exitCode) {
            this.exitCode = exitCode;
        }

        public int exitCode() {
            return exitCode;
        }
    }

    public PlanResult {
        best = List.copyOf(best);
    }

    /**
     * One plan: its steps in round order, each with its round and the reasons of its {@code after}
     * entries; the systems whose upgrade steps it adds and the relationships it stops.
     */
    public record Plan(List<Step> steps, int rounds, List<String> added, List<String> stoppedRelationships) {
        public Plan {
            steps = List.copyOf(steps);
            added = List.copyOf(added);
            stoppedRelationships = List.copyOf(stoppedRelationships);
        }
    }

    /** A step of a plan: {@code step} is an UpgradeStep or OperatorStep, {@code reasons} one per constraint. */
    public record Step(io.copyproof.config.PlanStep step, int round, List<String> reasons) {
        public Step {
            reasons = List.copyOf(reasons);
        }
    }
}
