package io.copyproof.config;

import java.util.Map;
import java.util.TreeMap;

/**
 * Where each element and field of a loaded configuration stands in its file, keyed by JSON pointer
 * ({@code /volumes/3/cache}). {@link #locate} falls back to the nearest located ancestor, so a
 * rule may always point at the most precise place known.
 */
public final class SourceMap {
    private final String file;
    private final Map<String, SourceLocation> byPointer;

    public SourceMap(String file, Map<String, SourceLocation> byPointer) {
        this.file = file;
        this.byPointer = Map.copyOf(byPointer);
    }

    /** Takes ownership of a map nobody else holds (the loader's), sparing a copy of a large map. */
    static SourceMap owning(String file, Map<String, SourceLocation> byPointer) {
        return new SourceMap(file, java.util.Collections.unmodifiableMap(byPointer), true);
    }

    private SourceMap(String file, Map<String, SourceLocation> byPointer, boolean owned) {
        this.file = file;
        this.byPointer = byPointer;
    }

    /** A map for configurations built in code: every pointer resolves to the file as a whole. */
    public static SourceMap empty(String file) {
        return new SourceMap(file, Map.of());
    }

    public String file() {
        return file;
    }

    /** The location of the pointer, or of its nearest located ancestor, or of the file. */
    public SourceLocation locate(String pointer) {
        String p = pointer;
        while (true) {
            SourceLocation loc = byPointer.get(p);
            if (loc != null) {
                return loc;
            }
            int slash = p.lastIndexOf('/');
            if (slash <= 0) {
                SourceLocation root = byPointer.get("");
                return root != null ? root : SourceLocation.ofFile(file);
            }
            p = p.substring(0, slash);
        }
    }

    /** True when exactly this pointer (not an ancestor) was present in the file. */
    public boolean contains(String pointer) {
        return byPointer.containsKey(pointer);
    }

    /** All recorded pointers, sorted; for tests and debugging. */
    public Map<String, SourceLocation> asMap() {
        return new TreeMap<>(byPointer);
    }
}
