package io.copyproof.result;

import io.copyproof.config.SourceLocation;

import java.util.List;
import java.util.Optional;

/**
 * A broken invariant with its shortest counterexample: the invariant's id and title, the engine
 * that found it, the initial state, the numbered steps, a closing explanation of what broke and
 * why it matters, the config element it is best attributed to, and the blast radius if access was
 * lost.
 */
public record Violation(String id, String title, String engine, List<StateValue> initialState,
                        List<TraceStep> trace, String explanation, SourceLocation location, String path,
                        Optional<BlastRadius> blastRadius) {
    public Violation {
        initialState = List.copyOf(initialState);
        trace = List.copyOf(trace);
    }
}
