package io.copyproof.report;

import io.copyproof.result.Change;
import io.copyproof.result.Disagreement;
import io.copyproof.result.StateValue;
import io.copyproof.result.TraceStep;
import io.copyproof.result.Verdict;
import io.copyproof.result.VerificationResult;
import io.copyproof.result.Violation;
import io.copyproof.config.ConfigError;
import io.copyproof.rules.Finding;

import java.io.IOException;
import java.io.Writer;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static io.copyproof.report.Xml.esc;

/**
 * {@code --format html}: one self-contained file for a reviewer to open from a CI artifact. No
 * scripts, no external fonts, styles or images (a Content-Security-Policy forbids loading
 * anything); inline CSS and, per violation, an inline SVG timeline: a lane per actor (hosts,
 * nodes, caches, volumes, pools, MDisks, controllers, LUNs, copies, relationships), a column per
 * step, a marker where a lane changed with the change as a tooltip, blast-radius lanes
 * highlighted. The markup is well-formed XML, every text escaped.
 */
final class HtmlRenderer implements Renderer {
    private static final int LABEL_W = 230;
    private static final int STEP_W = 150;
    private static final int HEAD_H = 54;
    private static final int ROW_H = 30;

    private static final String CSS = """
            :root { --fg: #1d232a; --muted: #5b6570; --line: #d5dbe1; --bg: #ffffff; --alt: #f5f7f9;
              --bad: #b3261e; --bad-bg: #fdecea; --ok: #1e7b34; --ok-bg: #e7f5ea; --warn: #8a5a00;
              --warn-bg: #fff4db; --inv: #6b2fa0; --inv-bg: #f3e8fb; }
            * { box-sizing: border-box; }
            body { margin: 0; padding: 24px 32px; color: var(--fg); background: var(--bg);
              font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
            h1 { font-size: 22px; margin: 0 0 4px; }
            h2 { font-size: 18px; margin: 32px 0 6px; padding-top: 12px; border-top: 2px solid var(--line); }
            h3 { font-size: 15px; margin: 20px 0 4px; }
            code, .mono { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace;
              font-size: 12.5px; }
            table { border-collapse: collapse; margin: 8px 0 12px; }
            th, td { border: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
            th { background: var(--alt); font-weight: 600; }
            td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            .muted { color: var(--muted); }
            .badge { display: inline-block; padding: 1px 8px; border-radius: 10px; font-weight: 600; font-size: 12px; }
            .v-violated { color: var(--bad); background: var(--bad-bg); }
            .v-verified { color: var(--ok); background: var(--ok-bg); }
            .v-inconclusive { color: var(--warn); background: var(--warn-bg); }
            .v-invalid { color: var(--inv); background: var(--inv-bg); }
            .s-error { color: var(--bad); font-weight: 600; }
            .s-warning { color: var(--warn); font-weight: 600; }
            .s-note { color: var(--muted); }
            .headline { font-weight: 600; margin: 4px 0 8px; }
            .violation { border-left: 4px solid var(--bad); padding: 2px 0 2px 14px; margin: 16px 0; }
            .blast { background: var(--bad-bg); border: 1px solid #f1b8b3; border-radius: 6px; padding: 8px 12px;
              margin: 8px 0; }
            .blast strong { color: var(--bad); }
            .timeline { overflow-x: auto; border: 1px solid var(--line); border-radius: 6px; margin: 8px 0; }
            .timeline svg { display: block; height: auto; }
            svg text { font: 12px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; fill: var(--fg); }
            svg .lane-label { font-family: ui-monospace, Menlo, Consolas, "Liberation Mono", monospace; font-size: 11.5px; }
            svg .step-head { font-weight: 600; }
            svg .event { fill: var(--muted); font-size: 11px; }
            svg .val { font-size: 11px; fill: #333; }
            svg .row-alt { fill: var(--alt); }
            svg .row-blast { fill: var(--bad-bg); }
            svg .lane-line { stroke: var(--line); stroke-width: 2; }
            svg .col-line { stroke: var(--line); stroke-dasharray: 3 3; }
            svg .marker { stroke: #ffffff; stroke-width: 1.5; }
            .k-host { fill: #1565c0; } .k-system { fill: #37474f; } .k-node { fill: #455a64; }
            .k-cache { fill: #ef6c00; } .k-volume { fill: #2e7d32; } .k-pool { fill: #00838f; }
            .k-mdisk { fill: #6d4c41; } .k-controller { fill: #5e35b1; } .k-lun { fill: #8e24aa; }
            .k-copy { fill: #c2185b; } .k-relationship { fill: #00695c; } .k-partnership { fill: #283593; }
            .k-other { fill: #616161; }
            svg .blast-mark { stroke: var(--bad); stroke-width: 2.5; }
            ol.steps { padding-left: 22px; }
            ol.steps li { margin: 6px 0; }
            ul.changes { margin: 2px 0; padding-left: 18px; }
            details { margin: 6px 0; }
            summary { cursor: pointer; color: var(--muted); }
            """;

    @Override
    public String name() {
        return "html";
    }

    @Override
    public String extension() {
        return "html";
    }

    @Override
    public void render(List<VerificationResult> results, RenderOptions o, Writer out) throws IOException {
        results = Fmt.sanitize(results);
        StringBuilder sb = new StringBuilder(16_384);
        int exit = Verdict.exitCodeOf(results.stream().map(VerificationResult::verdict).toList());
        sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n");
        sb.append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                + "style-src 'unsafe-inline'; img-src data:\"/>\n");
        sb.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n");
        sb.append("<title>copyproof report</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        sb.append("<h1>copyproof report</h1>\n");
        sb.append("<p class=\"muted\">").append(esc(Fmt.plural(results.size(), "configuration", "configurations")))
                .append(" — exit code ").append(exit).append(". A verdict holds within the stated bounds only.</p>\n");

        sb.append("<table class=\"summary\" id=\"summary\">\n<thead><tr><th>Configuration</th><th>Verdict</th>"
                + "<th>Violations</th><th>Findings</th><th>Bounds</th><th>States</th><th>Time</th></tr></thead>\n<tbody>\n");
        for (int i = 0; i < results.size(); i++) {
            VerificationResult r = results.get(i);
            sb.append("<tr><td><a href=\"#r").append(i).append("\"><code>").append(esc(Fmt.path(r.file(), o)))
                    .append("</code></a>");
            if (r.configName() != null && !r.configName().isBlank()) {
                sb.append("<br/><span class=\"muted\">").append(esc(r.configName())).append("</span>");
            }
            sb.append("</td><td>").append(badge(r.verdict())).append("</td><td class=\"num\">")
                    .append(r.violations().size()).append("</td><td class=\"num\">").append(r.findings().size())
                    .append("</td><td>").append(r.verdict() == Verdict.INVALID ? "—" : esc(Fmt.boundsText(r)))
                    .append("</td><td class=\"num\">")
                    .append(r.verdict() == Verdict.INVALID || "alloy".equals(r.engine()) ? "—" : Fmt.count(r.stats().distinctStates()))
                    .append("</td><td class=\"num\">")
                    .append(r.verdict() == Verdict.INVALID ? "—" : esc(Fmt.secondsText(r.stats(), o)))
                    .append("</td></tr>\n");
        }
        sb.append("</tbody>\n</table>\n");

        for (int i = 0; i < results.size(); i++) {
            result(sb, results.get(i), i, o);
        }
        sb.append("</body>\n</html>\n");
        out.write(sb.toString());
        out.flush();
    }

    private static String badge(Verdict v) {
        return "<span class=\"badge v-" + v.wire() + "\">" + v.wire() + "</span>";
    }

    private static void result(StringBuilder sb, VerificationResult r, int index, RenderOptions o) {
        sb.append("<section class=\"result\" id=\"r").append(index).append("\">\n");
        sb.append("<h2><code>").append(esc(Fmt.path(r.file(), o))).append("</code> ").append(badge(r.verdict()))
                .append("</h2>\n");
        if (r.configName() != null && !r.configName().isBlank()) {
            sb.append("<div class=\"muted\">").append(esc(r.configName())).append(" — engine ")
                    .append(esc(r.engine())).append("</div>\n");
        }
        sb.append("<p class=\"headline\">").append(esc(Fmt.headline(r))).append("</p>\n");

        for (int j = 0; j < r.violations().size(); j++) {
            violation(sb, r.violations().get(j), "r" + index + "v" + j, o);
            for (io.copyproof.result.Suggestion x : r.suggestionsFor(r.violations().get(j).id())) {
                suggestion(sb, x, o);
            }
        }

        if (!r.disagreements().isEmpty()) {
            sb.append("<h3>Engine disagreements</h3>\n<ul>\n");
            for (Disagreement d : r.disagreements()) {
                sb.append("<li><code>").append(esc(d.id())).append("</code>: ").append(esc(d.verdictByEngine()
                        .entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "))))
                        .append("</li>\n");
            }
            sb.append("</ul>\n");
        }

        if (!r.findings().isEmpty()) {
            sb.append("<h3>Findings</h3>\n<table class=\"findings\">\n<thead><tr><th>Location</th><th>Rule</th>"
                    + "<th>Severity</th><th>Message</th></tr></thead>\n<tbody>\n");
            for (Finding f : Fmt.sortedFindings(r)) {
                sb.append("<tr><td><code>").append(esc(Fmt.where(f.location(), o))).append("</code></td><td><code>")
                        .append(esc(f.id())).append("</code></td><td class=\"s-").append(f.severity().wire())
                        .append("\">").append(f.severity().wire()).append("</td><td>").append(esc(f.message()))
                        .append("</td></tr>\n");
            }
            sb.append("</tbody>\n</table>\n");
            for (io.copyproof.result.Suggestion x : Fmt.findingSuggestions(r)) {
                suggestion(sb, x, o);
            }
        }

        if (!r.errors().isEmpty()) {
            sb.append("<h3>Errors</h3>\n<table class=\"errors\">\n<thead><tr><th>Location</th><th>Field</th>"
                    + "<th>Message</th></tr></thead>\n<tbody>\n");
            for (ConfigError e : r.errors()) {
                sb.append("<tr><td><code>").append(esc(Fmt.where(e.location(), o))).append("</code></td><td><code>")
                        .append(esc(e.path())).append("</code></td><td>").append(esc(e.message()))
                        .append("</td></tr>\n");
            }
            sb.append("</tbody>\n</table>\n");
        }

        if (r.verdict() != Verdict.INVALID) {
            sb.append("<details class=\"context\"><summary>Bounds, assumptions, statistics</summary>\n<ul>\n");
            sb.append("<li>Bounds: <code>").append(esc(Fmt.boundsText(r)))
                    .append("</code> — every verdict holds within these bounds only</li>\n");
            for (String a : r.assumptions()) {
                sb.append("<li>Assumption: ").append(esc(a)).append("</li>\n");
            }
            if (Fmt.stoppedEarly(r)) {
                sb.append("<li>Undecided (").append(esc(r.inconclusiveReason().orElse(""))).append("): ")
                        .append(Fmt.undecided(r).stream().map(id -> "<code>" + esc(id) + "</code>")
                                .collect(Collectors.joining(", "))).append("</li>\n");
            }
            sb.append("<li>Checked: ").append(esc(Fmt.checkedText(r)))
                    .append(", ").append(esc(Fmt.plural(r.rulesRun().size(), "static rule", "static rules")))
                    .append("</li>\n");
            sb.append("<li>Statistics: ").append(esc(TextRenderer.stats(r.stats(), r.engine(), o))).append("</li>\n");
            r.slices().ifPresent(s -> sb.append("<li>Slices: ").append(esc(s.summary())).append("</li>\n"));
            sb.append("</ul>\n</details>\n");
        }
        sb.append("</section>\n");
    }

    private static void violation(StringBuilder sb, Violation v, String id, RenderOptions o) {
        sb.append("<div class=\"violation\" id=\"").append(id).append("\">\n");
        sb.append("<h3><code>").append(esc(v.id())).append("</code> ").append(esc(v.title())).append("</h3>\n");
        sb.append("<div class=\"muted\">found by ").append(esc(Fmt.foundBy(v))).append(" at <code>")
                .append(esc(Fmt.where(v.location(), o))).append("</code>");
        if (v.path() != null && !v.path().isEmpty()) {
            sb.append(" (<code>").append(esc(v.path())).append("</code>)");
        }
        sb.append("</div>\n");
        if (v.explanation() != null && !v.explanation().isBlank()) {
            sb.append("<p>").append(esc(v.explanation())).append("</p>\n");
        }
        v.blastRadius().filter(b -> !b.isEmpty()).ifPresent(b -> sb.append("<div class=\"blast\"><strong>Blast radius"
                + "</strong> — ").append(esc(String.join("; ", Fmt.blastParts(b)))).append("</div>\n"));
        sb.append("<div class=\"timeline\">\n");
        timeline(sb, v, id);
        sb.append("</div>\n");

        sb.append("<ol class=\"steps\">\n");
        for (TraceStep s : v.trace()) {
            sb.append("<li value=\"").append(s.step()).append("\"><strong>").append(esc(s.event())).append("</strong>");
            if (!s.args().isEmpty()) {
                sb.append(" <code>(").append(esc(Fmt.args(s))).append(")</code>");
            }
            sb.append(" — ").append(esc(s.text()));
            if (!s.changes().isEmpty()) {
                sb.append("\n<ul class=\"changes\">\n");
                for (Change c : s.changes()) {
                    sb.append("<li><code>").append(esc(Fmt.lane(c.actor()))).append("</code> ")
                            .append(esc(c.variable())).append(": ").append(esc(Fmt.value(c.before())))
                            .append(" → <strong>").append(esc(Fmt.value(c.after()))).append("</strong></li>\n");
                }
                sb.append("</ul>");
            }
            if (o.fullState() && !s.state().isEmpty()) {
                sb.append("\n<details><summary>State after step ").append(s.step()).append("</summary>\n<ul>\n");
                for (StateValue x : s.state()) {
                    sb.append("<li><code>").append(esc(Fmt.lane(x.actor()))).append("</code> ")
                            .append(esc(x.variable())).append(" = ").append(esc(Fmt.value(x.value())))
                            .append("</li>\n");
                }
                sb.append("</ul>\n</details>");
            }
            sb.append("</li>\n");
        }
        sb.append("</ol>\n</div>\n");
    }

    /** The lanes of a violation that lie in its blast radius. */
    private static Set<String> blastLanes(Violation v, List<String> lanes) {
        Set<String> hit = new HashSet<>();
        v.blastRadius().ifPresent(b -> {
            for (String lane : lanes) {
                String kind = Fmt.laneKind(lane);
                String lid = Fmt.laneId(lane);
                boolean in = switch (kind) {
                    case "pool" -> b.pools().contains(lid);
                    case "volume" -> b.volumes().contains(lid);
                    case "host" -> b.hosts().contains(lid);
                    case "cache", "node" -> b.ioGroups().stream().anyMatch(g -> lid.equals(g) || lid.endsWith("/" + g)
                            || lid.startsWith(g + "/"));
                    default -> false;
                };
                if (in) {
                    hit.add(lane);
                }
            }
        });
        return hit;
    }

    private static void timeline(StringBuilder sb, Violation v, String id) {
        List<String> lanes = Fmt.lanes(v);
        Set<String> blast = blastLanes(v, lanes);
        int columns = v.trace().size() + 1;
        int width = LABEL_W + columns * STEP_W + 110;
        int height = HEAD_H + lanes.size() * ROW_H + 10;
        // Long traces shrink to the page width, down to three quarters of their size; beyond that they scroll.
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"timeline-svg\" width=\"")
                .append(width).append("\" height=\"").append(height).append("\" style=\"width: 100%; max-width: ")
                .append(width).append("px; min-width: ").append(width * 3 / 4).append("px\" viewBox=\"0 0 ").append(width)
                .append(' ').append(height).append("\" aria-labelledby=\"").append(id).append("-t\">\n");
        sb.append("<title id=\"").append(id).append("-t\">Timeline of ").append(esc(v.id())).append(": ")
                .append(Fmt.plural(v.trace().size(), "step", "steps")).append(" over ")
                .append(Fmt.plural(lanes.size(), "lane", "lanes")).append("</title>\n");
        // Lane backgrounds: alternate rows, blast-radius lanes highlighted.
        for (int i = 0; i < lanes.size(); i++) {
            int y = HEAD_H + i * ROW_H;
            String cls = blast.contains(lanes.get(i)) ? "row-blast" : i % 2 == 1 ? "row-alt" : null;
            if (cls != null) {
                sb.append("<rect class=\"").append(cls).append("\" x=\"0\" y=\"").append(y).append("\" width=\"")
                        .append(width).append("\" height=\"").append(ROW_H).append("\"/>\n");
            }
        }
        // Column heads: step number and event.
        for (int c = 0; c < columns; c++) {
            int x = LABEL_W + c * STEP_W + STEP_W / 2;
            String head = c == 0 ? "initial" : "step " + c;
            String event = c == 0 ? "" : v.trace().get(c - 1).event();
            sb.append("<line class=\"col-line\" x1=\"").append(x).append("\" y1=\"").append(HEAD_H - 8)
                    .append("\" x2=\"").append(x).append("\" y2=\"").append(height - 6).append("\"/>\n");
            sb.append("<text class=\"step-head\" x=\"").append(x).append("\" y=\"20\" text-anchor=\"middle\">")
                    .append(head).append("</text>\n");
            if (!event.isEmpty()) {
                sb.append("<text class=\"event\" x=\"").append(x).append("\" y=\"38\" text-anchor=\"middle\">")
                        .append(esc(clip(event, 24))).append("<title>").append(esc(v.trace().get(c - 1).text()))
                        .append("</title></text>\n");
            }
        }
        // Lanes: label, line, markers.
        for (int i = 0; i < lanes.size(); i++) {
            String lane = lanes.get(i);
            String kind = Fmt.LANE_KINDS.contains(Fmt.laneKind(lane)) ? Fmt.laneKind(lane) : "other";
            int y = HEAD_H + i * ROW_H + ROW_H / 2;
            sb.append("<g class=\"lane\" data-lane=\"").append(esc(lane)).append("\">\n");
            sb.append("<text class=\"lane-label\" x=\"10\" y=\"").append(y + 4).append("\">")
                    .append(esc(clip(Fmt.lane(lane), 30))).append("<title>").append(esc(lane)).append("</title></text>\n");
            sb.append("<line class=\"lane-line\" x1=\"").append(LABEL_W).append("\" y1=\"").append(y)
                    .append("\" x2=\"").append(width - 10).append("\" y2=\"").append(y).append("\"/>\n");
            String initial = v.initialState().stream().filter(s -> s.actor().equals(lane))
                    .map(s -> s.variable() + " = " + Fmt.value(s.value())).collect(Collectors.joining("\n"));
            if (!initial.isEmpty()) {
                int x = LABEL_W + STEP_W / 2;
                sb.append("<circle class=\"k-").append(kind).append("\" cx=\"").append(x).append("\" cy=\"")
                        .append(y).append("\" r=\"3\" opacity=\"0.5\"><title>").append(esc(initial))
                        .append("</title></circle>\n");
            }
            for (TraceStep s : v.trace()) {
                List<Change> changes = s.changes().stream().filter(c -> c.actor().equals(lane)).toList();
                if (changes.isEmpty()) {
                    continue;
                }
                int x = LABEL_W + s.step() * STEP_W + STEP_W / 2;
                String tip = "step " + s.step() + " " + s.event() + "\n" + changes.stream()
                        .map(c -> c.variable() + ": " + Fmt.value(c.before()) + " → " + Fmt.value(c.after()))
                        .collect(Collectors.joining("\n"));
                sb.append("<circle class=\"marker k-").append(kind)
                        .append(blast.contains(lane) ? " blast-mark" : "").append("\" cx=\"").append(x)
                        .append("\" cy=\"").append(y).append("\" r=\"7\"><title>").append(esc(tip))
                        .append("</title></circle>\n");
                String label = changes.size() == 1 ? Fmt.value(changes.get(0).after())
                        : clip(Fmt.value(changes.get(0).after()), 12) + " (+" + (changes.size() - 1) + " more)";
                sb.append("<text class=\"val\" x=\"").append(x + 11).append("\" y=\"").append(y + 4).append("\">")
                        .append(esc(clip(label, 22))).append("</text>\n");
            }
            sb.append("</g>\n");
        }
        sb.append("</svg>\n");
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    /** A verified repair: what to do, what proved it, each change with before and after. */
    private static void suggestion(StringBuilder sb, io.copyproof.result.Suggestion x, RenderOptions o) {
        sb.append("<div class=\"repair\"><p><strong>Verified repair</strong> (")
                .append(esc(String.join(", ", x.restores()))).append("): ").append(esc(x.description()))
                .append(" <span class=\"muted\">proved: ").append(esc(x.proof())).append("</span></p>\n<ul>\n");
        for (io.copyproof.result.Suggestion.Edit e : x.edits()) {
            sb.append("<li><code>").append(esc(Fmt.where(e.location(), o))).append("</code> <code>")
                    .append(esc(e.path())).append("</code>: <code>").append(esc(e.before())).append("</code> → <code>")
                    .append(esc(e.after())).append("</code></li>\n");
        }
        sb.append("</ul></div>\n");
    }
}
