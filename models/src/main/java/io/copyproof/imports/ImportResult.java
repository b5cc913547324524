package io.copyproof.imports;

import io.copyproof.config.Config;
import io.copyproof.config.ConfigError;

import java.util.List;

/** What an import gives: the configuration (its YAML text and the loaded form), or every error found. */
public sealed interface ImportResult permits ImportResult.Imported, ImportResult.Failed {

    /** What the exports hold that the configuration cannot express, or that was assumed; each located. */
    List<ConfigError> warnings();

    /**
     * A configuration that validates: {@code yaml} is the text to write (each element with a comment
     * naming its origin), {@code config} the same text loaded.
     */
    record Imported(String yaml, Config config, List<ConfigError> warnings) implements ImportResult {
        public Imported {
            warnings = List.copyOf(warnings);
        }
    }

    /** The exports (or the overlay) could not be imported; {@code errors} is never empty. */
    record Failed(List<ConfigError> errors, List<ConfigError> warnings) implements ImportResult {
        public Failed {
            errors = List.copyOf(errors);
            warnings = List.copyOf(warnings);
            if (errors.isEmpty()) {
                throw new IllegalArgumentException("a failed import has at least one error");
            }
        }
    }
}
