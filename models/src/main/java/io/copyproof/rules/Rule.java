package io.copyproof.rules;

import io.copyproof.config.Config;

import java.util.List;

/** One static rule over a configuration: adds a finding to {@code out} for each violation. */
interface Rule {
    /** The rule's catalog id. */
    String id();

    void check(Config config, List<Finding> out);
}
