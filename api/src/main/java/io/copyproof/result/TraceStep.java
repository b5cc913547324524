package io.copyproof.result;

import io.copyproof.config.SourceLocation;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One step of a counterexample: its number (from 1), the event name as in docs/semantics.md §3
 * ({@code HostWrite}, {@code Destage}, ...), the event's arguments by name in a stable order
 * ({@code host}, {@code volume}, {@code block}), a sentence a storage engineer can follow, what
 * changed, the whole state after the step, and where the element the step acts on stands in the
 * configuration (empty when unknown).
 */
public record TraceStep(int step, String event, Map<String, Object> args, String text, List<Change> changes,
                        List<StateValue> state, Optional<SourceLocation> location) {
    public TraceStep {
        args = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(args));
        changes = List.copyOf(changes);
        state = List.copyOf(state);
        location = location == null ? Optional.empty() : location;
    }

    /** A step whose element's location is not known. */
    public TraceStep(int step, String event, Map<String, Object> args, String text, List<Change> changes,
                     List<StateValue> state) {
        this(step, event, args, text, changes, state, Optional.empty());
    }
}
