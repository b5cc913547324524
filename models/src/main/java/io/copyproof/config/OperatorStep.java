package io.copyproof.config;

import java.util.List;

/**
 * An operator step of the upgrade plan: {@code {id: stop_gm, stop: cg_db}} or
 * {@code {id: start_gm, start: cg_db, after: [SVC_B]}}. The target is a remote-copy relationship
 * id or a remote-copy {@code consistencyGroup} name; a stop or start of a group applies to every
 * relationship of the group. {@code id} defaults to {@code stop-<target>} / {@code start-<target>}.
 */
public record OperatorStep(String id, Action action, String target, List<String> after) implements PlanStep {

    /** What the operator does: {@code stoprcrelationship} / {@code startrcrelationship} (or the group's). */
    public enum Action {
        STOP("stop"), START("start");

        private final String wire;

        Action(String wire) {
            this.wire = wire;
        }

        /** The field name in the configuration: {@code stop} or {@code start}. */
        public String wire() {
            return wire;
        }
    }

    public OperatorStep {
        after = List.copyOf(after);
    }

    /** The default id of a step without one: {@code stop-<target>} / {@code start-<target>}. */
    public static String defaultId(Action action, String target) {
        return action.wire() + "-" + target;
    }

    /** True for a stop. */
    public boolean stops() {
        return action == Action.STOP;
    }
}
