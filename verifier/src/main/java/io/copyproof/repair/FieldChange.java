package io.copyproof.repair;

import io.copyproof.config.SourceLocation;

/**
 * One field of the configuration file a repair changes: its JSON pointer, where it stands (for a
 * new field or element: the mapping or list it goes into), the text before ({@code (absent)} when
 * new) and after, and the replacement of the file's text that makes it.
 */
public record FieldChange(String path, SourceLocation location, String before, String after,
                          Replacement replacement) {

    /**
     * The text replacement that makes the change: the region from {@code startLine:startColumn}
     * to {@code endLine:endColumn} (1-based, end exclusive; empty for an insertion) becomes {@code text}.
     */
    public record Replacement(int startLine, int startColumn, int endLine, int endColumn, String text) {
    }

    /** What {@link #before()} says of a field or element the repair adds. */
    public static final String ABSENT = "(absent)";

    @Override
    public String toString() {
        return location + ": " + path + ": " + before + " -> " + after;
    }
}
