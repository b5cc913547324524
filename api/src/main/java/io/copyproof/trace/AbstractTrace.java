package io.copyproof.trace;

import io.copyproof.vocabulary.Check;
import io.copyproof.vocabulary.Lane;

import java.util.List;
import java.util.Map;

/**
 * An engine's counterexample to one invariant, decoded into the shared vocabulary: the lanes of
 * the initial state and the steps up to the first state that breaks the invariant. Both engines
 * produce it; one {@link TraceLayer} turns it into the report's violation, so both print the same
 * narration, explanation, location and lanes.
 */
public record AbstractTrace(Check invariant, Map<String, String> initialLanes, List<AbstractStep> steps) {
    public AbstractTrace {
        if (!invariant.isInvariant()) {
            throw new IllegalArgumentException(invariant.id() + " is not an invariant");
        }
        initialLanes = Map.copyOf(initialLanes);
        steps = List.copyOf(steps);
    }

    /** The key of the lane of element {@code id}: its actor and variable. */
    public static String key(Lane lane, String id) {
        return lane.actor(id) + "\u0000" + lane.display();
    }
}
