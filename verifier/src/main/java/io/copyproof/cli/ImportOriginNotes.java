package io.copyproof.cli;

import io.copyproof.config.SourceLocation;
import io.copyproof.imports.ImportOrigins;
import io.copyproof.result.VerificationResult;
import io.copyproof.result.Violation;
import io.copyproof.rules.Finding;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * For a configuration written by {@code import}: adds to each finding and violation the export
 * lines its element came from, read from the origin comment on the line the finding is located
 * at ({@code (exported at siteA/lsvdisk.txt:14)}). Any other file is left as it is.
 */
final class ImportOriginNotes {
    private ImportOriginNotes() {
    }

    static VerificationResult annotate(VerificationResult r) {
        if (r.findings().isEmpty() && r.violations().isEmpty()) {
            return r;
        }
        ImportOrigins origins = read(r.file());
        if (origins.isEmpty()) {
            return r;
        }
        List<Finding> findings = new ArrayList<>();
        for (Finding f : r.findings()) {
            findings.add(new Finding(f.id(), f.severity(), f.message() + note(origins, f.location()), f.location(),
                    f.path(), f.elements()));
        }
        List<Violation> violations = new ArrayList<>();
        for (Violation v : r.violations()) {
            violations.add(new Violation(v.id(), v.title(), v.engine(), v.initialState(), v.trace(),
                    v.explanation() + note(origins, v.location()), v.location(), v.path(), v.blastRadius()));
        }
        return new VerificationResult(r.file(), r.configName(), r.verdict(), r.engine(), r.bounds(), r.stats(),
                r.checked(), r.rulesRun(), violations, findings, r.errors(), r.assumptions(), r.disagreements(),
                r.inconclusiveReason());
    }

    private static String note(ImportOrigins origins, SourceLocation at) {
        if (at == null || at.line() <= 0) {
            return "";
        }
        Optional<String> o = origins.at(at.line());
        return o.map(s -> " (exported at " + s + ")").orElse("");
    }

    private static ImportOrigins read(String file) {
        try {
            Path p = Path.of(file);
            if (!Files.isRegularFile(p)) {
                return ImportOrigins.of("");
            }
            return ImportOrigins.of(Files.readString(p, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return ImportOrigins.of(""); // a note only; the report stands without it
        }
    }
}
