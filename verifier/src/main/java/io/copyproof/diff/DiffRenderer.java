package io.copyproof.diff;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.copyproof.config.SourceLocation;
import io.copyproof.result.TraceStep;
import io.copyproof.result.VerificationResult;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a {@link DiffResult}: {@code text}, {@code json}, {@code markdown} (for pull-request
 * comments), {@code html}, {@code junit} (a failing test case per new entry) and {@code sarif}
 * (new results only, so code scanning flags what the change introduces).
 */
public final class DiffRenderer {
    /** The {@code --format} names, the default first. */
    public static final List<String> FORMATS = List.of("text", "json", "markdown", "html", "junit", "sarif");
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DiffRenderer() {
    }

    /** The report in a format; {@code IllegalArgumentException} for a name not in {@link #FORMATS}. */
    public static String render(DiffResult d, String format) {
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "text" -> text(d);
            case "json" -> write(json(d));
            case "markdown" -> markdown(d);
            case "html" -> html(d);
            case "junit" -> junit(d);
            case "sarif" -> write(sarif(d));
            default -> throw new IllegalArgumentException("unknown format '" + format + "'; expected one of: "
                    + String.join(", ", FORMATS));
        };
    }

    private static String write(ObjectNode n) {
        try {
            return MAPPER.writeValueAsString(n) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String summary(DiffResult d) {
        int n = d.with(DiffEntry.Status.NEW).size();
        return switch (d.exitCode()) {
            case 1 -> n + " new " + (n == 1 ? "problem" : "problems") + ": the change introduces "
                    + (n == 1 ? "it" : "them");
            case 2 -> "a file could not be used; nothing was compared";
            case 3 -> "nothing new found, but " + d.inconclusiveReason().orElse("AFTER is inconclusive");
            default -> "nothing new: the change introduces no violation or error-level finding";
        };
    }

    private static String side(VerificationResult r) {
        long findings = r.findings().stream().filter(f -> f.severity() == io.copyproof.rules.Severity.ERROR).count();
        return r.file() + ": " + r.verdict().wire() + " (" + r.violations().size() + " violation"
                + (r.violations().size() == 1 ? "" : "s") + ", " + findings + " error finding" + (findings == 1 ? "" : "s")
                + ")";
    }

    // ---- text ----------------------------------------------------------------------------

    private static String text(DiffResult d) {
        StringBuilder t = new StringBuilder();
        t.append("copyproof diff\n  before ").append(side(d.before())).append("\n  after  ").append(side(d.after()))
                .append("\n");
        invalid(t, d.before());
        invalid(t, d.after());
        for (DiffEntry.Status s : DiffEntry.Status.values()) {
            List<DiffEntry> list = d.with(s);
            t.append('\n').append(heading(s)).append(" (").append(list.size()).append(")\n");
            for (DiffEntry e : list) {
                t.append("  ").append(e.id()).append("  [").append(String.join(", ", e.elements())).append("]  ")
                        .append(e.location()).append('\n');
                t.append("    ").append(e.kind() == DiffEntry.Kind.VIOLATION ? e.title() + ": " : "")
                        .append(e.message().replace("\n", "\n    ")).append('\n');
                for (TraceStep st : e.trace()) {
                    t.append("    ").append(st.step()).append(". ").append(st.text())
                            .append(st.location().map(l -> "  (" + l + ")").orElse("")).append('\n');
                }
            }
        }
        d.inconclusiveReason().ifPresent(r -> t.append("\nnote: ").append(r).append('\n'));
        t.append("\nresult: ").append(summary(d)).append(" (exit ").append(d.exitCode()).append(")\n");
        return t.toString();
    }

    private static void invalid(StringBuilder t, VerificationResult r) {
        r.errors().forEach(e -> t.append("  ").append(e).append('\n'));
    }

    private static String heading(DiffEntry.Status s) {
        return switch (s) {
            case NEW -> "New in AFTER";
            case REMOVED -> "Removed by the change";
            case KEPT -> "Kept (in both)";
        };
    }

    // ---- json ----------------------------------------------------------------------------

    private static ObjectNode json(DiffResult d) {
        ObjectNode root = MAPPER.createObjectNode();
        root.set("before", sideJson(d.before()));
        root.set("after", sideJson(d.after()));
        root.put("outcome", d.outcome());
        root.put("exitCode", d.exitCode());
        root.put("summary", summary(d));
        d.inconclusiveReason().ifPresent(r -> root.put("note", r));
        for (DiffEntry.Status s : DiffEntry.Status.values()) {
            ArrayNode a = root.putArray(s.wire());
            d.with(s).forEach(e -> a.add(entryJson(e)));
        }
        return root;
    }

    private static ObjectNode sideJson(VerificationResult r) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("file", r.file());
        n.put("verdict", r.verdict().wire());
        r.inconclusiveReason().ifPresent(x -> n.put("inconclusiveReason", x));
        ArrayNode errors = n.putArray("errors");
        r.errors().forEach(e -> {
            ObjectNode o = errors.addObject();
            o.put("message", e.message());
            o.set("location", loc(e.location()));
            o.put("path", e.path());
        });
        return n;
    }

    private static ObjectNode entryJson(DiffEntry e) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("kind", e.kind().wire());
        o.put("id", e.id());
        o.put("title", e.title());
        o.put("message", e.message());
        ArrayNode el = o.putArray("elements");
        e.elements().forEach(el::add);
        o.set("location", loc(e.location()));
        o.put("path", e.path());
        ArrayNode trace = o.putArray("trace");
        for (TraceStep st : e.trace()) {
            ObjectNode s = trace.addObject();
            s.put("step", st.step());
            s.put("event", st.event());
            ObjectNode args = s.putObject("args");
            for (Map.Entry<String, Object> a : st.args().entrySet()) {
                args.putPOJO(a.getKey(), a.getValue());
            }
            s.put("text", st.text());
            st.location().ifPresent(l -> s.set("location", loc(l)));
        }
        return o;
    }

    private static ObjectNode loc(SourceLocation l) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("file", l.file());
        n.put("line", l.line());
        n.put("column", l.column());
        return n;
    }

    // ---- markdown ------------------------------------------------------------------------

    private static String markdown(DiffResult d) {
        StringBuilder m = new StringBuilder("## copyproof diff\n\n");
        m.append("| | file | verdict |\n|---|---|---|\n");
        m.append("| before | `").append(md(d.before().file())).append("` | ").append(d.before().verdict().wire()).append(" |\n");
        m.append("| after | `").append(md(d.after().file())).append("` | ").append(d.after().verdict().wire()).append(" |\n\n");
        m.append("**").append(md(summary(d))).append("** (exit ").append(d.exitCode()).append(")\n");
        for (DiffEntry.Status s : DiffEntry.Status.values()) {
            List<DiffEntry> list = d.with(s);
            m.append("\n### ").append(heading(s)).append(" (").append(list.size()).append(")\n\n");
            for (DiffEntry e : list) {
                m.append("- **").append(md(e.id())).append("** ").append(md(String.join(", ", e.elements())))
                        .append(" at `").append(md(e.location().toString())).append("`: ")
                        .append(md(e.message().replace("\n", " "))).append('\n');
                if (!e.trace().isEmpty()) {
                    m.append("  <details><summary>trace (").append(e.trace().size()).append(" steps)</summary>\n\n");
                    for (TraceStep st : e.trace()) {
                        m.append("  ").append(st.step()).append(". ").append(md(st.text())).append('\n');
                    }
                    m.append("  </details>\n");
                }
            }
        }
        d.inconclusiveReason().ifPresent(r -> m.append("\n> note: ").append(md(r)).append('\n'));
        return m.toString();
    }

    private static String md(String s) {
        return s.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")
                .replace("*", "\\*").replace("_", "\\_").replace("`", "'");
    }

    // ---- html ----------------------------------------------------------------------------

    private static String html(DiffResult d) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>copyproof diff</title><style>body{font-family:sans-serif;margin:2em}"
                + ".new{color:#b00}.removed{color:#070}li{margin:.4em 0}</style></head><body>\n");
        h.append("<h1>copyproof diff</h1>\n<p>before: <code>").append(x(side(d.before()))).append("</code><br>after: <code>")
                .append(x(side(d.after()))).append("</code></p>\n<p><strong>").append(x(summary(d)))
                .append("</strong> (exit ").append(d.exitCode()).append(")</p>\n");
        for (DiffEntry.Status s : DiffEntry.Status.values()) {
            List<DiffEntry> list = d.with(s);
            h.append("<h2 class=\"").append(s.wire()).append("\">").append(heading(s)).append(" (").append(list.size())
                    .append(")</h2>\n<ul>\n");
            for (DiffEntry e : list) {
                h.append("<li><strong>").append(x(e.id())).append("</strong> ").append(x(String.join(", ", e.elements())))
                        .append(" at <code>").append(x(e.location().toString())).append("</code>: ")
                        .append(x(e.message())).append('\n');
                if (!e.trace().isEmpty()) {
                    h.append("<ol>");
                    e.trace().forEach(st -> h.append("<li>").append(x(st.text())).append("</li>"));
                    h.append("</ol>");
                }
                h.append("</li>\n");
            }
            h.append("</ul>\n");
        }
        d.inconclusiveReason().ifPresent(r -> h.append("<p>note: ").append(x(r)).append("</p>\n"));
        return h.append("</body></html>\n").toString();
    }

    /** Escapes text for HTML and XML content and attributes. */
    static String x(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
                        b.append('?'); // not allowed in XML 1.0
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    // ---- junit ---------------------------------------------------------------------------

    private static String junit(DiffResult d) {
        List<DiffEntry> all = d.entries();
        long failures = d.with(DiffEntry.Status.NEW).size();
        long errors = d.exitCode() == 2 ? 1 : 0;
        StringBuilder j = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        j.append("<testsuites name=\"copyproof diff\" tests=\"").append(all.size() + errors).append("\" failures=\"")
                .append(failures).append("\" errors=\"").append(errors).append("\">\n");
        j.append("  <testsuite name=\"").append(x(d.before().file() + " -> " + d.after().file())).append("\" tests=\"")
                .append(all.size() + errors).append("\" failures=\"").append(failures).append("\" errors=\"")
                .append(errors).append("\">\n");
        for (DiffEntry e : all) {
            j.append("    <testcase classname=\"").append(x(e.status().wire())).append("\" name=\"")
                    .append(x(e.id() + " " + String.join(",", e.elements()))).append("\"");
            if (e.status() == DiffEntry.Status.NEW) {
                j.append(">\n      <failure message=\"").append(x("new in AFTER: " + e.message()))
                        .append("\" type=\"").append(x(e.id())).append("\">").append(x(e.location() + "\n"
                                + traceText(e))).append("</failure>\n    </testcase>\n");
            } else {
                j.append("/>\n");
            }
        }
        if (errors > 0) {
            j.append("    <testcase classname=\"input\" name=\"files\">\n      <error message=\"")
                    .append(x(summary(d))).append("\"/>\n    </testcase>\n");
        }
        return j.append("  </testsuite>\n</testsuites>\n").toString();
    }

    private static String traceText(DiffEntry e) {
        StringBuilder t = new StringBuilder();
        e.trace().forEach(st -> t.append(st.step()).append(". ").append(st.text()).append('\n'));
        return t.toString();
    }

    // ---- sarif ---------------------------------------------------------------------------

    private static ObjectNode sarif(DiffResult d) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "copyproof");
        ArrayNode rules = driver.putArray("rules");
        List<DiffEntry> fresh = d.with(DiffEntry.Status.NEW);
        List<String> ids = fresh.stream().map(DiffEntry::id).distinct().toList();
        ids.forEach(id -> rules.addObject().put("id", id));
        ArrayNode results = run.putArray("results");
        for (DiffEntry e : fresh) {
            ObjectNode r = results.addObject();
            r.put("ruleId", e.id());
            r.put("ruleIndex", ids.indexOf(e.id()));
            r.put("level", "error");
            r.putObject("message").put("text", "New with this change: " + e.message());
            r.putArray("locations").add(sarifLocation(e.location()));
            r.putObject("partialFingerprints").put("copyproofId/v1", e.key());
            if (!e.trace().isEmpty()) {
                ArrayNode steps = r.putArray("codeFlows").addObject().putArray("threadFlows").addObject()
                        .putArray("locations");
                for (TraceStep st : e.trace()) {
                    ObjectNode tl = steps.addObject();
                    ObjectNode l = sarifLocation(st.location().orElse(e.location()));
                    l.putObject("message").put("text", st.text());
                    tl.set("location", l);
                }
            }
        }
        return root;
    }

    private static ObjectNode sarifLocation(SourceLocation l) {
        ObjectNode loc = MAPPER.createObjectNode();
        ObjectNode phys = loc.putObject("physicalLocation");
        phys.putObject("artifactLocation").put("uri", l.file());
        if (l.line() > 0) {
            ObjectNode region = phys.putObject("region");
            region.put("startLine", l.line());
            region.put("startColumn", Math.max(1, l.column()));
        }
        return loc;
    }
}
