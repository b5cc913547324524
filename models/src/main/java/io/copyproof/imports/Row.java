package io.copyproof.imports;

import io.copyproof.config.SourceLocation;

import java.util.Map;

/**
 * One object of an export: a row of a concise view, a block of a detailed view, or a JSON object.
 * Values are by column name (the first of a repeated key in a detailed view), with the line and
 * column where each starts. Rows of one concise view share their header and its index; a block
 * or JSON object is searched in order (it has few keys and few are asked for), so that reading a
 * large export allocates no map per object.
 */
final class Row {
    private final String file;
    private final int line;
    private final String[] keys;
    private final String[] values;
    private final int[] cols;
    /** The line of each value, or null when all stand on {@link #line}. */
    private final int[] lines;
    /** Key to position, shared by the rows of one concise view; null to search {@link #keys} in order. */
    private final Map<String, Integer> index;

    Row(String file, int line, String[] keys, String[] values, int[] cols, int[] lines, Map<String, Integer> index) {
        this.file = file;
        this.line = line;
        this.keys = keys;
        this.values = values;
        this.cols = cols;
        this.lines = lines;
        this.index = index;
    }

    private int find(String column) {
        if (index != null) {
            Integer i = index.get(column);
            return i == null ? -1 : i;
        }
        for (int i = 0; i < keys.length; i++) {
            if (keys[i].equals(column)) {
                return i;
            }
        }
        return -1;
    }

    /** The value of a column, trimmed; empty when the column is absent. */
    String get(String column) {
        int i = find(column);
        return i < 0 ? "" : values[i].trim();
    }

    boolean has(String column) {
        return find(column) >= 0;
    }

    /** Where the row stands. */
    SourceLocation at() {
        return new SourceLocation(file, line, 1);
    }

    /** Where a value of the row stands (the row when the column is absent). */
    SourceLocation at(String column) {
        int i = find(column);
        if (i < 0) {
            return at();
        }
        return new SourceLocation(file, lines == null ? line : lines[i], cols[i]);
    }

    /** {@code file:line} for comments and messages. */
    String origin() {
        return file + ":" + line;
    }
}
