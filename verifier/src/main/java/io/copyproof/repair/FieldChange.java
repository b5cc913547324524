package io.copyproof.repair;

import io.copyproof.config.SourceLocation;

/**
 * One field of the configuration file a repair changes: its JSON pointer, where it stands (for a
 * new field or element: the mapping or list it goes into), the text before ({@code (absent)} when
 * new) and after.
 */
public record FieldChange(String path, SourceLocation location, String before, String after) {
    /** What {@link #before()} says of a field or element the repair adds. */
    public static final String ABSENT = "(absent)";

    @Override
    public String toString() {
        return location + ": " + path + ": " + before + " -> " + after;
    }
}
