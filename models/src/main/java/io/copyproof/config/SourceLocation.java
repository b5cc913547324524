package io.copyproof.config;

import java.util.Objects;

/**
 * A position in a configuration file: 1-based line and column. {@code line == 0} means the file
 * as a whole (for example a file that could not be read).
 */
public record SourceLocation(String file, int line, int column) {
    public SourceLocation {
        Objects.requireNonNull(file, "file");
    }

    public static SourceLocation ofFile(String file) {
        return new SourceLocation(file, 0, 0);
    }

    @Override
    public String toString() {
        return line <= 0 ? file : file + ":" + line + ":" + column;
    }
}
