package io.copyproof.cli;

import io.copyproof.config.LoadResult;
import io.copyproof.engine.VerifyOptions;
import io.copyproof.repair.RepairSearch;
import io.copyproof.repair.Suggestions;
import io.copyproof.result.Verdict;
import io.copyproof.result.VerificationResult;
import io.copyproof.verifier.Verification;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code verify --suggest}: the verified repairs of a violated result, attached for the reports. */
final class SuggestRepairs {
    private SuggestRepairs() {
    }

    /**
     * The result with the repairs {@code fix} finds and proves; unchanged when it is not violated, or
     * when none was proved (a note says why on {@code err}, when given).
     */
    static VerificationResult add(VerificationResult result, LoadResult loaded, Path file, Verification verification,
                                  String engine, VerifyOptions options, PrintWriter err) {
        if (result.verdict() != Verdict.VIOLATED || !(loaded instanceof LoadResult.Loaded l)) {
            return result;
        }
        if (file.toString().equals(Cli.STDIN_ARG)) {
            note(err, "--suggest needs the configuration in a file (its repairs are edits of the file); "
                    + "none for standard input");
            return result;
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            note(err, "--suggest could not read " + file + " again: " + Messages.io(e));
            return result;
        }
        if (text.startsWith("\ufeff")) {
            text = text.substring(1);
        }
        var fix = new RepairSearch(verification, engine, options, RepairSearch.DEFAULT_MAX_CHANGES)
                .fix(l.config(), text, result);
        var suggestions = Suggestions.of(fix);
        if (suggestions.isEmpty()) {
            note(err, result.file() + ": no verified repair to suggest (" + fix.status().name().toLowerCase(
                    java.util.Locale.ROOT).replace('_', ' ') + "); see 'copyproof fix' for what was tried");
        }
        return result.withSuggestions(suggestions);
    }

    private static void note(PrintWriter err, String message) {
        if (err != null) {
            err.println("copyproof: note: " + message);
        }
    }
}
