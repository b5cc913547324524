package io.copyproof.imports;

import io.copyproof.config.ConfigError;
import io.copyproof.config.SourceLocation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Every error and warning of one import, each with the export file, line and column it concerns. */
final class Issues {
    private final List<ConfigError> errors = new ArrayList<>();
    private final List<ConfigError> warnings = new ArrayList<>();

    void error(SourceLocation at, String message) {
        errors.add(new ConfigError(message, at, ""));
    }

    void warn(SourceLocation at, String message) {
        warnings.add(new ConfigError(message, at, ""));
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** Errors by file, then line and column; the order of discovery otherwise. */
    List<ConfigError> errors() {
        return sorted(errors);
    }

    List<ConfigError> warnings() {
        return sorted(warnings);
    }

    private static List<ConfigError> sorted(List<ConfigError> list) {
        List<ConfigError> out = new ArrayList<>(list);
        out.sort(Comparator.comparing((ConfigError e) -> e.location().file())
                .thenComparingInt(e -> e.location().line()).thenComparingInt(e -> e.location().column()));
        return out;
    }
}
