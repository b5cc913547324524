package io.copyproof.report;

import io.copyproof.result.Change;
import io.copyproof.result.Disagreement;
import io.copyproof.result.StateValue;
import io.copyproof.result.Stats;
import io.copyproof.result.TraceStep;
import io.copyproof.result.Verdict;
import io.copyproof.result.VerificationResult;
import io.copyproof.result.Violation;
import io.copyproof.config.ConfigError;
import io.copyproof.rules.Finding;
import io.copyproof.rules.Severity;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * {@code --format text}, the default: what a storage engineer reads in a terminal. Verdict first;
 * then each violation with its numbered trace (changed values only, or every value with
 * {@link RenderOptions#fullState()}), its explanation and blast radius; findings as
 * {@code file:line:column  ID  severity  message}; errors; bounds and assumptions; statistics.
 * ANSI colour only when {@link RenderOptions#color()}.
 */
final class TextRenderer implements Renderer {
    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String DIM = "\u001b[2m";
    private static final String RED = "\u001b[31m";
    private static final String GREEN = "\u001b[32m";
    private static final String YELLOW = "\u001b[33m";
    private static final String MAGENTA = "\u001b[35m";
    private static final String CYAN = "\u001b[36m";

    @Override
    public String name() {
        return "text";
    }

    @Override
    public String extension() {
        return "txt";
    }

    @Override
    public void render(List<VerificationResult> results, RenderOptions options, Writer out) throws IOException {
        // what comes from configurations cannot drive the terminal or start a line of its own
        results = Fmt.sanitize(results).stream().map(r -> Escape.strings(r, Escape::controls)).toList();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < results.size(); i++) {
            if (i > 0) {
                sb.append('\n');
            }
            result(sb, results.get(i), options);
        }
        if (results.size() > 1) {
            sb.append('\n').append(summary(results, options)).append('\n');
        }
        out.write(sb.toString());
        out.flush();
    }

    /** {@code 5 files: 2 violated, 1 verified, ... — exit 2}. */
    static String summary(List<VerificationResult> results, RenderOptions options) {
        Map<Verdict, Long> counts = new TreeMap<>(results.stream()
                .collect(Collectors.groupingBy(VerificationResult::verdict, Collectors.counting())));
        String parts = counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().wire())
                .collect(Collectors.joining(", "));
        int exit = Verdict.exitCodeOf(results.stream().map(VerificationResult::verdict).toList());
        return paint(options, BOLD, results.size() + " files: " + parts + " — exit " + exit);
    }

    static void result(StringBuilder sb, VerificationResult r, RenderOptions o) {
        sb.append(paint(o, BOLD + verdictColor(r.verdict()), Fmt.headline(r))).append('\n');
        sb.append("  ").append(paint(o, BOLD, Fmt.path(r.file(), o)));
        if (r.configName() != null && !r.configName().isBlank()) {
            sb.append("  (").append(r.configName()).append(')');
        }
        if (r.verdict() != Verdict.INVALID) {
            sb.append(paint(o, DIM, "  engine " + r.engine()));
        }
        sb.append('\n');

        for (Violation v : r.violations()) {
            sb.append('\n');
            violation(sb, v, o, "");
            for (io.copyproof.result.Suggestion x : r.suggestionsFor(v.id())) {
                Fmt.suggestionLines(x, o).forEach(line -> sb.append("  ").append(line).append('\n'));
            }
        }

        if (!r.disagreements().isEmpty()) {
            sb.append('\n').append(paint(o, BOLD, "Engine disagreements")).append('\n');
            for (Disagreement d : r.disagreements()) {
                sb.append("  ").append(paint(o, BOLD, d.id())).append("  ")
                        .append(new TreeMap<>(d.verdictByEngine()).entrySet().stream()
                                .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", ")))
                        .append('\n');
            }
        }

        if (!r.findings().isEmpty()) {
            sb.append('\n').append(paint(o, BOLD, "Findings")).append('\n');
            for (Finding f : Fmt.sortedFindings(r)) {
                sb.append("  ").append(Fmt.where(f.location(), o)).append("  ").append(paint(o, BOLD, f.id()))
                        .append("  ").append(paint(o, severityColor(f.severity()), f.severity().wire()))
                        .append("  ").append(f.message()).append('\n');
                if (f.severity() == Severity.ERROR) {
                    for (io.copyproof.result.Suggestion x : r.suggestionsFor(f.id())) {
                        Fmt.suggestionLines(x, o).forEach(line -> sb.append("    ").append(line).append('\n'));
                    }
                }
            }
        }

        if (!r.errors().isEmpty()) {
            sb.append('\n').append(paint(o, BOLD, "Errors")).append('\n');
            for (ConfigError e : r.errors()) {
                sb.append("  ").append(Fmt.where(e.location(), o)).append("  ").append(e.message());
                if (e.path() != null && !e.path().isEmpty()) {
                    sb.append(paint(o, DIM, "  (at " + e.path() + ")"));
                }
                sb.append('\n');
            }
        }

        if (r.verdict() == Verdict.INVALID) {
            return;
        }
        sb.append('\n').append(paint(o, BOLD, "Bounds")).append("  ").append(Fmt.boundsText(r))
                .append(" — every verdict holds within these bounds only").append('\n');
        if (!r.assumptions().isEmpty()) {
            sb.append(paint(o, BOLD, "Assumptions")).append('\n');
            for (String a : r.assumptions()) {
                sb.append("  - ").append(a).append('\n');
            }
        }
        List<String> undecided = Fmt.undecided(r);
        if (!undecided.isEmpty()) {
            sb.append(paint(o, BOLD + YELLOW, "Undecided")).append("  ").append(String.join(", ", undecided))
                    .append(" — ").append(r.inconclusiveReason().orElse("")).append('\n');
        }
        sb.append(paint(o, BOLD, "Checked")).append("  ")
                .append(Fmt.checkedText(r)).append(", ")
                .append(Fmt.plural(r.rulesRun().size(), "static rule", "static rules")).append('\n');
        if (r.statsByEngine().size() > 1) {
            sb.append(paint(o, BOLD, "Statistics")).append('\n');
            r.statsByEngine().forEach((engine, st) -> sb.append("  ").append(engine).append(": ")
                    .append(stats(st, engine, o)).append('\n'));
        } else {
            sb.append(paint(o, BOLD, "Statistics")).append("  ").append(stats(r.stats(), r.engine(), o)).append('\n');
        }
        r.slices().ifPresent(s -> sb.append(paint(o, BOLD, "Slices")).append("  ").append(s.summary()).append('\n'));
    }

    /**
     * The statistics line. The explorer's counts states; the Alloy engine's has no states to count:
     * it says how far its bounded checks went (0 when every invariant was proved by induction or
     * decided on the initial state).
     */
    static String stats(Stats s, String engine, RenderOptions o) {
        if ("alloy".equals(engine)) {
            return (s.depth() == 0 ? "no bounded check beyond the initial state"
                    : "bounded checks up to " + Fmt.plural(s.depth(), "event", "events")) + ", "
                    + Fmt.secondsText(s, o) + ", peak heap " + Fmt.heapText(s, o);
        }
        return Fmt.count(s.distinctStates()) + " distinct states, " + Fmt.count(s.transitions()) + " transitions, depth "
                + s.depth() + ", " + Fmt.secondsText(s, o) + ", "
                + (o.normalize() ? "<b>" : String.format(java.util.Locale.ROOT, "%.1f", s.bytesPerState()))
                + " bytes/state, peak heap " + Fmt.heapText(s, o) + ", collision probability "
                + Fmt.probability(s.collisionProbability());
    }

    /** One violation: heading, numbered trace, explanation, blast radius; every line starts with {@code indent}. */
    static void violation(StringBuilder sb, Violation v, RenderOptions o, String indent) {
        sb.append(indent).append(paint(o, BOLD + RED, "✗ " + v.id())).append("  ").append(v.title()).append('\n');
        sb.append(indent).append("  ").append(paint(o, DIM, "found by " + Fmt.foundBy(v) + "; at "
                + Fmt.where(v.location(), o) + (v.path() == null || v.path().isEmpty() ? "" : " (" + v.path() + ")")))
                .append('\n');
        if (o.fullState() && !v.initialState().isEmpty()) {
            sb.append(indent).append("  0. initial state").append('\n');
            for (StateValue s : v.initialState()) {
                sb.append(indent).append("       ").append(Fmt.stateValue(s)).append('\n');
            }
        }
        for (TraceStep s : v.trace()) {
            sb.append(indent).append("  ").append(s.step()).append(". ").append(paint(o, BOLD + CYAN, s.event()))
                    .append("  ").append(s.text()).append('\n');
            if (!s.args().isEmpty()) {
                sb.append(indent).append("       ").append(paint(o, DIM, "(" + Fmt.args(s) + ")")).append('\n');
            }
            for (Change c : s.changes()) {
                sb.append(indent).append("       ").append(paint(o, YELLOW, Fmt.change(c))).append('\n');
            }
            if (o.fullState()) {
                sb.append(indent).append("       state after step ").append(s.step()).append(':').append('\n');
                for (StateValue x : s.state()) {
                    sb.append(indent).append("         ").append(Fmt.stateValue(x)).append('\n');
                }
            }
        }
        if (v.explanation() != null && !v.explanation().isBlank()) {
            sb.append(indent).append("  ").append(paint(o, BOLD, "Why it matters: ")).append(v.explanation())
                    .append('\n');
        }
        v.blastRadius().filter(b -> !b.isEmpty()).ifPresent(b -> sb.append(indent).append("  ")
                .append(paint(o, BOLD + RED, "Blast radius: ")).append(String.join("; ", Fmt.blastParts(b)))
                .append('\n'));
    }

    /** One violation as plain text (for JUnit failures and SARIF messages). */
    static String violationText(Violation v, RenderOptions o) {
        StringBuilder sb = new StringBuilder();
        violation(sb, v, new RenderOptions(false, o.fullState(), o.normalize()), "");
        return sb.toString();
    }

    private static String verdictColor(Verdict v) {
        return switch (v) {
            case VERIFIED -> GREEN;
            case VIOLATED -> RED;
            case INCONCLUSIVE -> YELLOW;
            case INVALID -> MAGENTA;
        };
    }

    private static String severityColor(Severity s) {
        return switch (s) {
            case ERROR -> RED;
            case WARNING -> YELLOW;
            case NOTE -> CYAN;
        };
    }

    private static String paint(RenderOptions o, String code, String text) {
        return o.color() ? code + text + RESET : text;
    }
}
