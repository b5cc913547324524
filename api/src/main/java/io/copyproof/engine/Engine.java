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

    /**
     * What is wrong with how this engine was set up (e.g. an unknown solver in a system property),
     * if anything: the command line then refuses to run it, with this message.
     */
    default java.util.Optional<String> configurationProblem() {
        return java.util.Optional.empty();
    }
}
