package io.copyproof.imports;

import io.copyproof.config.SourceLocation;

import java.util.Map;

/**
 * One object of an export: a row of a concise view, a block of a detailed view, or a JSON object.
 * Values are by column name (the first of a repeated key in a detailed view); {@code columns}
 * says in which column each value starts and {@code lines} on which line, when that is not
 * {@code line} (detailed views and JSON put each value on a line of its own).
 */
record Row(String file, int line, Map<String, String> values, Map<String, Integer> columns,
           Map<String, Integer> lines) {

    /** A row on one line (a concise view). */
    Row(String file, int line, Map<String, String> values, Map<String, Integer> columns) {
        this(file, line, values, columns, Map.of());
    }

    /** The value of a column, trimmed; empty when the column is absent. */
    String get(String column) {
        String v = values.get(column);
        return v == null ? "" : v.trim();
    }

    boolean has(String column) {
        return values.containsKey(column);
    }

    /** Where the row stands. */
    SourceLocation at() {
        return new SourceLocation(file, line, 1);
    }

    /** Where a value of the row stands (the row when the column is absent). */
    SourceLocation at(String column) {
        Integer c = columns.get(column);
        Integer l = lines.get(column);
        return new SourceLocation(file, l == null ? line : l, c == null ? 1 : c);
    }

    /** {@code file:line} for comments and messages. */
    String origin() {
        return file + ":" + line;
    }
}
