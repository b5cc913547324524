package io.copyproof.report;

import io.copyproof.result.Change;
import io.copyproof.result.TraceStep;
import io.copyproof.result.Verdict;
import io.copyproof.result.VerificationResult;
import io.copyproof.result.Violation;
import io.copyproof.config.ConfigError;
import io.copyproof.rules.Finding;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code --format markdown}: a compact summary for a pull-request comment. A table with a row per
 * file, then per file its violations with the traces in collapsible {@code <details>} sections,
 * findings, errors, bounds and assumptions (collapsed). When that would not fit in a comment
 * ({@value #MAX_CHARS} characters) the traces are left out, and if it still does not fit, all but
 * the table, with a note saying so.
 */
final class MarkdownRenderer implements Renderer {
    /** Above this many characters the traces are left out: GitHub takes comments of up to 65,536. */
    static final int MAX_CHARS = 60_000;

    @Override
    public String name() {
        return "markdown";
    }

    @Override
    public String extension() {
        return "md";
    }

    @Override
    public void render(List<VerificationResult> results, RenderOptions o, Writer out) throws IOException {
        // no string from a configuration can end a code span, a line or a paragraph
        results = Fmt.sanitize(results).stream().map(r -> Escape.strings(r, Escape::controls)).toList();
        String md = markdown(results, o, 2);
        if (md.length() > MAX_CHARS) {
            md = markdown(results, o, 1);
        }
        if (md.length() > MAX_CHARS) {
            md = markdown(results, o, 0);
        }
        out.write(md);
        out.flush();
    }

    /** The Markdown at a level of detail: 2 everything, 1 without traces, 0 the summary table only. */
    private static String markdown(List<VerificationResult> results, RenderOptions o, int detail) {
        boolean traces = detail >= 2;
        StringBuilder sb = new StringBuilder();
        int exit = Verdict.exitCodeOf(results.stream().map(VerificationResult::verdict).toList());
        sb.append("## copyproof: ").append(icon(exitVerdict(exit))).append(' ')
                .append(Fmt.plural(results.size(), "configuration", "configurations")).append(" checked, exit ")
                .append(exit).append("\n\n");
        if (detail == 1) {
            sb.append("_Traces left out to fit a pull-request comment; the HTML, text and JSON reports have them._\n\n");
        } else if (detail == 0) {
            sb.append("_Details left out to fit a pull-request comment; the HTML, text and JSON reports have them._\n\n");
        }
        sb.append("| Configuration | Verdict | Violations | Findings (error/warning/note) | Bounds | States |\n");
        sb.append("|---|---|---:|---:|---|---:|\n");
        for (VerificationResult r : results) {
            sb.append("| `").append(code(Fmt.path(r.file(), o))).append("`");
            if (r.configName() != null && !r.configName().isBlank()) {
                sb.append(" (").append(md(r.configName())).append(')');
            }
            sb.append(" | ").append(icon(r.verdict())).append(' ').append(r.verdict().wire())
                    .append(" | ").append(r.violations().size())
                    .append(" | ").append(severities(r))
                    .append(" | ").append(r.verdict() == Verdict.INVALID ? "—" : Fmt.boundsText(r))
                    .append(" | ").append(r.verdict() == Verdict.INVALID || "alloy".equals(r.engine()) ? "—" : Fmt.count(r.stats().distinctStates()))
                    .append(" |\n");
        }
        for (VerificationResult r : detail == 0 ? List.<VerificationResult>of() : results) {
            sb.append("\n### ").append(icon(r.verdict())).append(" `").append(code(Fmt.path(r.file(), o)))
                    .append("`\n\n");
            sb.append("**").append(md(Fmt.headline(r))).append("**\n");
            for (Violation v : r.violations()) {
                sb.append("\n- **`").append(code(v.id())).append("`** ").append(md(v.title())).append(" — at `")
                        .append(code(Fmt.where(v.location(), o))).append("`\n");
                if (v.explanation() != null && !v.explanation().isBlank()) {
                    sb.append("  ").append(md(v.explanation())).append('\n');
                }
                v.blastRadius().filter(b -> !b.isEmpty()).ifPresent(b -> sb.append("  **Blast radius:** ")
                        .append(md(String.join("; ", Fmt.blastParts(b)))).append('\n'));
                for (io.copyproof.result.Suggestion x : r.suggestionsFor(v.id())) {
                    suggestion(sb, x, o, "  ");
                }
                if (!traces) {
                    continue;
                }
                sb.append("\n  <details><summary>Trace: ").append(Fmt.plural(v.trace().size(), "step", "steps"))
                        .append("</summary>\n\n");
                for (TraceStep s : v.trace()) {
                    sb.append("  ").append(s.step()).append(". **").append(md(s.event())).append("** ")
                            .append(md(s.text())).append('\n');
                    for (Change c : s.changes()) {
                        sb.append("     - `").append(code(Fmt.lane(c.actor()))).append("` ")
                                .append(md(c.variable())).append(": ").append(md(Fmt.value(c.before())))
                                .append(" → **").append(md(Fmt.value(c.after()))).append("**\n");
                    }
                }
                sb.append("\n  </details>\n");
            }
            if (!r.disagreements().isEmpty()) {
                sb.append("\n**Engine disagreements:** ").append(r.disagreements().stream()
                        .map(d -> "`" + code(d.id()) + "` (" + d.verdictByEngine().entrySet().stream()
                                .sorted(Map.Entry.comparingByKey()).map(e -> md(e.getKey() + ": " + e.getValue()))
                                .collect(Collectors.joining(", ")) + ")")
                        .collect(Collectors.joining(", "))).append('\n');
            }
            if (!r.findings().isEmpty()) {
                sb.append("\n| Location | Rule | Severity | Message |\n|---|---|---|---|\n");
                for (Finding f : Fmt.sortedFindings(r)) {
                    sb.append("| `").append(code(Fmt.where(f.location(), o))).append("` | `").append(code(f.id()))
                            .append("` | ").append(f.severity().wire()).append(" | ").append(md(f.message()))
                            .append(" |\n");
                }
                for (io.copyproof.result.Suggestion x : Fmt.findingSuggestions(r)) {
                    sb.append('\n');
                    suggestion(sb, x, o, "");
                }
            }
            if (!r.errors().isEmpty()) {
                sb.append('\n');
                for (ConfigError e : r.errors()) {
                    sb.append("- `").append(code(Fmt.where(e.location(), o))).append("` ").append(md(e.message()));
                    if (e.path() != null && !e.path().isEmpty()) {
                        sb.append(" (at `").append(code(e.path())).append("`)");
                    }
                    sb.append('\n');
                }
            }
            if (r.verdict() != Verdict.INVALID) {
                sb.append("\n<details><summary>Bounds, assumptions, statistics</summary>\n\n");
                sb.append("- Bounds: ").append(Fmt.boundsText(r))
                        .append(" — every verdict holds within these bounds only\n");
                for (String a : r.assumptions()) {
                    sb.append("- Assumption: ").append(md(a)).append('\n');
                }
                if (Fmt.stoppedEarly(r)) {
                    sb.append("- Undecided (").append(md(r.inconclusiveReason().orElse(""))).append("): ")
                            .append(Fmt.undecided(r).stream().map(id -> "`" + code(id) + "`")
                                    .collect(Collectors.joining(", "))).append('\n');
                }
                sb.append("- Checked: ").append(md(Fmt.checkedText(r)))
                        .append(", ").append(Fmt.plural(r.rulesRun().size(), "static rule", "static rules"))
                        .append(" (engine ").append(md(r.engine())).append(")\n");
                sb.append("- Statistics: ").append(TextRenderer.stats(r.stats(), r.engine(), o)).append('\n');
                r.slices().ifPresent(s -> sb.append("- Slices: ").append(md(s.summary())).append('\n'));
                sb.append("\n</details>\n");
            }
        }
        return sb.toString();
    }

    private static Verdict exitVerdict(int exit) {
        return switch (exit) {
            case 0 -> Verdict.VERIFIED;
            case 1 -> Verdict.VIOLATED;
            case 2 -> Verdict.INVALID;
            default -> Verdict.INCONCLUSIVE;
        };
    }

    private static String severities(VerificationResult r) {
        long e = r.findings().stream().filter(f -> f.severity() == io.copyproof.rules.Severity.ERROR).count();
        long w = r.findings().stream().filter(f -> f.severity() == io.copyproof.rules.Severity.WARNING).count();
        long n = r.findings().stream().filter(f -> f.severity() == io.copyproof.rules.Severity.NOTE).count();
        return e + "/" + w + "/" + n;
    }

    static String icon(Verdict v) {
        return switch (v) {
            case VERIFIED -> "✅";
            case VIOLATED -> "❌";
            case INCONCLUSIVE -> "⚠️";
            case INVALID -> "🚫";
        };
    }

    /** Escapes Markdown and HTML specials in running text. */
    static String md(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '\\', '*', '_', '`', '[', ']', '|', '#' -> sb.append('\\').append(c);
                case '\n', '\r' -> sb.append(' ');
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Text for a code span in a table cell: no pipes, newlines or backticks (a code span needs no HTML escaping). */
    private static String code(String s) {
        return s == null ? "" : s.replace("|", "\\|").replace("`", "'").replace('\n', ' ').replace('\r', ' ');
    }

    /** A verified repair: what to do, what proved it, and each change with before and after. */
    private static void suggestion(StringBuilder sb, io.copyproof.result.Suggestion x, RenderOptions o, String indent) {
        sb.append(indent).append("**Verified repair** (").append(md(String.join(", ", x.restores()))).append("): ")
                .append(md(x.description())).append(" — proved: ").append(md(x.proof())).append('\n');
        for (io.copyproof.result.Suggestion.Edit e : x.edits()) {
            sb.append(indent).append("  - `").append(code(Fmt.where(e.location(), o))).append("` `")
                    .append(code(e.path())).append("`: `").append(code(e.before())).append("` → `")
                    .append(code(e.after())).append("`\n");
        }
    }
}
