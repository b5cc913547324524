package io.copyproof.report;

import java.util.List;
import java.util.Map;

/**
 * One step of a counterexample: its number (from 1), the event name as in domain.md
 * ({@code HostWrite}, {@code Destage}, ...), the event's arguments by name in a stable order
 * ({@code host}, {@code volume}, {@code block}), a sentence a storage engineer can follow, what
 * changed, and the whole state after the step.
 */
public record TraceStep(int step, String event, Map<String, Object> args, String text, List<Change> changes,
                        List<StateValue> state) {
    public TraceStep {
        args = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(args));
        changes = List.copyOf(changes);
        state = List.copyOf(state);
    }
}
