package io.copyproof.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects every error found in one pass over a file; hands them back in file order. */
final class Problems {
    /** More than this many errors are summarised in one last error (a garbage file can make thousands). */
    static final int MAX_ERRORS = 500;

    private final String file;
    private final List<ConfigError> errors = new ArrayList<>();
    private int dropped;
    private final java.util.Set<String> reportedPaths = new java.util.HashSet<>();

    Problems(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    void add(String message, SourceLocation location, String path) {
        if (path != null) {
            reportedPaths.add(path);
        }
        if (errors.size() >= MAX_ERRORS) {
            dropped++;
            return;
        }
        errors.add(new ConfigError(message, location == null ? SourceLocation.ofFile(file) : location,
                path == null ? "" : path));
    }

    /** True when an error was already reported for exactly this pointer. */
    boolean reportedAt(String path) {
        return reportedPaths.contains(path);
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    int size() {
        return errors.size();
    }

    /** The errors sorted by line and column (file-level errors first), stable otherwise. */
    List<ConfigError> sorted() {
        List<ConfigError> out = new ArrayList<>(errors);
        out.sort(Comparator.comparingInt((ConfigError e) -> e.location().line())
                .thenComparingInt(e -> e.location().column()));
        if (dropped > 0) {
            SourceLocation last = out.get(out.size() - 1).location();
            out.add(new ConfigError("and " + dropped + " more errors not shown; fix the ones above first",
                    last, ""));
        }
        return out;
    }
}
