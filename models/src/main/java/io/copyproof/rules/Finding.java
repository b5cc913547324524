package io.copyproof.rules;

import io.copyproof.config.SourceLocation;

import java.util.List;

/**
 * A static finding: rule {@code id}, severity, a message that names the elements involved, the
 * location of the offending field, its JSON pointer, and the ids of the elements it concerns.
 */
public record Finding(String id, Severity severity, String message, SourceLocation location, String path,
                      List<String> elements) {
    public Finding {
        elements = List.copyOf(elements);
    }
}
