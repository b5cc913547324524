package io.copyproof.result;

import io.copyproof.config.SourceLocation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A broken invariant with its shortest counterexample: the invariant's id and title, the engine
 * that found it, the initial state, the numbered steps, a closing explanation of what broke and
 * why it matters, the config element it is best attributed to, and the blast radius if access was
 * lost. {@code foundBy} gives, for every engine that found the invariant broken, the length of its
 * shortest counterexample (the trace shown is the first engine's).
 */
public record Violation(String id, String title, String engine, List<StateValue> initialState,
                        List<TraceStep> trace, String explanation, SourceLocation location, String path,
                        Optional<BlastRadius> blastRadius, Map<String, Integer> foundBy) {
    public Violation {
        initialState = List.copyOf(initialState);
        trace = List.copyOf(trace);
        foundBy = foundBy == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(foundBy));
    }

    /** A violation one engine found. */
    public Violation(String id, String title, String engine, List<StateValue> initialState,
                     List<TraceStep> trace, String explanation, SourceLocation location, String path,
                     Optional<BlastRadius> blastRadius) {
        this(id, title, engine, initialState, trace, explanation, location, path, blastRadius,
                engine == null ? Map.of() : Map.of(engine, trace == null ? 0 : trace.size()));
    }

    /** This violation, found by the engines of {@code lengths} with those trace lengths. */
    public Violation foundBy(Map<String, Integer> lengths) {
        return new Violation(id, title, engine, initialState, trace, explanation, location, path, blastRadius, lengths);
    }
}
