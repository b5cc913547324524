package io.copyproof.config;

import java.util.List;

/** What loading a configuration file gives: a valid configuration, or every error found in it. */
public sealed interface LoadResult permits LoadResult.Loaded, LoadResult.Invalid {

    /** The file as given on the command line. */
    String file();

    /** A configuration that passed every validation check. */
    record Loaded(Config config) implements LoadResult {
        @Override
        public String file() {
            return config.file();
        }
    }

    /** The file could not be used; {@code errors} is never empty and is in file order. */
    record Invalid(String file, List<ConfigError> errors) implements LoadResult {
        public Invalid {
            errors = List.copyOf(errors);
            if (errors.isEmpty()) {
                throw new IllegalArgumentException("an invalid result has at least one error");
            }
        }
    }
}
