package io.copyproof.result;

import io.copyproof.config.SourceLocation;

import java.util.List;

/**
 * A verified repair, shown after the violations and findings it restores ({@code verify
 * --suggest}): what to do, each field it changes with before and after and the exact text
 * replacement (for SARIF {@code fixes}), and what proved the repaired configuration.
 *
 * @param restores    the invariant and rule ids the repair removes
 * @param description what to do, in words
 * @param edits       the changes of the configuration file
 * @param proof       what verified the repaired configuration: engine and bounds
 */
public record Suggestion(List<String> restores, String description, List<Edit> edits, String proof) {
    public Suggestion {
        restores = List.copyOf(restores);
        edits = List.copyOf(edits);
    }

    /**
     * One change of the file: the field's JSON pointer and place, the text before and after, and
     * the replacement that makes it: the region {@code [startLine:startColumn, endLine:endColumn)}
     * (1-based, end exclusive; empty for an insertion) replaced by {@code insertedText}.
     */
    public record Edit(String path, SourceLocation location, String before, String after, int startLine,
                       int startColumn, int endLine, int endColumn, String insertedText) {
    }
}
