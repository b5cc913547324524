package io.copyproof.engine;

import io.copyproof.config.Config;

/**
 * A way to check the invariants of a valid configuration: the explorer, or Alloy. Static rules are
 * run by the caller; an engine returns the exploration part of the result.
 */
public interface Engine {

    /** {@code explorer} or {@code alloy}: the {@code --engine} value and the result's engine field. */
    String name();

    EngineResult check(Config config, VerifyOptions options);
}
