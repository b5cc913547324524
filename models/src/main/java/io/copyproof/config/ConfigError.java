package io.copyproof.config;

/**
 * One problem with an input file: what is wrong, in a sentence a person can act on; where
 * (file, line, column); and the JSON pointer of the offending field ({@code /volumes/0/cache}).
 */
public record ConfigError(String message, SourceLocation location, String path) {
    @Override
    public String toString() {
        return location + ": " + message + (path.isEmpty() ? "" : " (at " + path + ")");
    }
}
