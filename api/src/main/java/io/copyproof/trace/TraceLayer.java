package io.copyproof.trace;

import io.copyproof.config.Bounds;
import io.copyproof.config.Config;
import io.copyproof.result.Violation;

/**
 * The engine-neutral trace layer: turns an engine's decoded counterexample into the violation a
 * report shows (states in lanes, a sentence per step, what changed, the explanation with its blast
 * radius, the configuration location). The verifier supplies the one implementation, over the
 * storage semantics; it rejects a trace that is not a run of them (a disagreement between engines
 * made loud) with an {@link IllegalStateException}.
 */
public interface TraceLayer {
    Violation violation(Config config, Bounds bounds, AbstractTrace trace, String engine);

    /** The layer for an engine used without the storage semantics: events, arguments and the engine's own lanes. */
    static TraceLayer eventsOnly() {
        return EventsOnlyLayer.INSTANCE;
    }
}
