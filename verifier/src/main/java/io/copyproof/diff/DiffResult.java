package io.copyproof.diff;

import io.copyproof.result.Verdict;
import io.copyproof.result.VerificationResult;

import java.util.List;
import java.util.Optional;

/**
 * The comparison of two verifications: BEFORE and AFTER as verified, and each violation or
 * error-level finding as new, removed or kept. {@code exitCode}: 2 when either file is invalid,
 * 1 when AFTER has something BEFORE did not, 3 when nothing new was found but AFTER is
 * inconclusive (a budget ran out, so a new violation may be hidden), 0 otherwise.
 */
public record DiffResult(VerificationResult before, VerificationResult after, List<DiffEntry> entries,
                         int exitCode, Optional<String> inconclusiveReason) {

    public DiffResult {
        entries = List.copyOf(entries);
    }

    public List<DiffEntry> with(DiffEntry.Status status) {
        return entries.stream().filter(e -> e.status() == status).toList();
    }

    /** {@code new}, {@code none-new}, {@code invalid} or {@code inconclusive}: the outcome in a word. */
    public String outcome() {
        return switch (exitCode) {
            case 1 -> "new";
            case 2 -> "invalid";
            case 3 -> "inconclusive";
            default -> "none-new";
        };
    }

    static int exitCode(VerificationResult before, VerificationResult after, boolean anyNew) {
        if (before.verdict() == Verdict.INVALID || after.verdict() == Verdict.INVALID) {
            return 2;
        }
        if (anyNew) {
            return 1;
        }
        return after.inconclusiveReason().isPresent() || after.verdict() == Verdict.INCONCLUSIVE ? 3 : 0;
    }
}
