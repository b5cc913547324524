package io.copyproof.rules;

import io.copyproof.config.Config;
import io.copyproof.config.Derived;

import java.util.List;

/** One static rule over a configuration: adds a finding to {@code out} for each violation. */
interface Rule {
    /** The rule's catalog id. */
    String id();

    /** Appends this rule's findings; {@code derived} is the configuration's topology, computed once for all rules. */
    void check(Config config, Derived derived, List<Finding> out);
}
