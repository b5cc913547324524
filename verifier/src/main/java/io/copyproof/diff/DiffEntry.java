package io.copyproof.diff;

import io.copyproof.config.SourceLocation;
import io.copyproof.result.TraceStep;

import java.util.List;

/**
 * One violation or error-level finding and what the change did to it. {@code key} is how it is
 * matched across the two files: the invariant or rule id and the ids of the elements it concerns
 * (never a line number). New and kept entries are as AFTER reports them (located in AFTER's file);
 * removed ones as BEFORE did (located in BEFORE's file). {@code trace} is empty for a finding.
 */
public record DiffEntry(Status status, Kind kind, String id, String key, List<String> elements, String title,
                        String message, SourceLocation location, String path, List<TraceStep> trace) {

    public DiffEntry {
        elements = List.copyOf(elements);
        trace = List.copyOf(trace);
    }

    /** What the change did. */
    public enum Status {
        NEW("new"), REMOVED("removed"), KEPT("kept");

        private final String wire;

        Status(String wire) {
            this.wire = wire;
        }

        public String wire() {
            return wire;
        }
    }

    /** A counterexample to an invariant, or an error-level finding of a static rule. */
    public enum Kind {
        VIOLATION("violation"), FINDING("finding");

        private final String wire;

        Kind(String wire) {
            this.wire = wire;
        }

        public String wire() {
            return wire;
        }
    }

    DiffEntry with(Status s) {
        return new DiffEntry(s, kind, id, key, elements, title, message, location, path, trace);
    }
}
