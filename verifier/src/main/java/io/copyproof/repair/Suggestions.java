package io.copyproof.repair;

import io.copyproof.result.Suggestion;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The verified repairs of a {@link FixResult} as {@link Suggestion}s for the reports of
 * {@code verify --suggest}: one per group of findings, only when the whole repaired configuration
 * was verified. Nothing unproved becomes a suggestion.
 */
public final class Suggestions {
    private Suggestions() {
    }

    public static List<Suggestion> of(FixResult r) {
        if (r.status() != FixResult.Status.REPAIRED || r.repaired().isEmpty()) {
            return List.of();
        }
        String proof = "the repaired configuration verifies: " + FixRenderer.proof(r);
        Map<List<String>, List<FixResult.AppliedRepair>> byGroup = new LinkedHashMap<>();
        for (FixResult.AppliedRepair a : r.repairs()) {
            byGroup.computeIfAbsent(a.restores(), k -> new ArrayList<>()).add(a);
        }
        List<Suggestion> out = new ArrayList<>();
        byGroup.forEach((restores, repairs) -> {
            List<Suggestion.Edit> edits = new ArrayList<>();
            for (FixResult.AppliedRepair a : repairs) {
                for (FieldChange c : a.changes()) {
                    FieldChange.Replacement x = c.replacement();
                    if (x.text().isEmpty() && x.startLine() == x.endLine() && x.startColumn() == x.endColumn()) {
                        continue; // made by another change's replacement
                    }
                    edits.add(new Suggestion.Edit(c.path(), c.location(), c.before(), c.after(), x.startLine(),
                            x.startColumn(), x.endLine(), x.endColumn(), x.text()));
                }
            }
            String what = String.join(", and ", repairs.stream().map(a -> a.repair().describe()).toList());
            out.add(new Suggestion(restores, what, edits, proof));
        });
        return out;
    }
}
