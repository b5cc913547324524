package io.copyproof.report;

import io.copyproof.result.Change;
import io.copyproof.result.Disagreement;
import io.copyproof.result.TraceStep;
import io.copyproof.result.Verdict;
import io.copyproof.result.VerificationResult;
import io.copyproof.result.Violation;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.copyproof.config.ConfigError;
import io.copyproof.config.SourceLocation;
import io.copyproof.rules.Finding;
import io.copyproof.rules.RuleCatalog;
import io.copyproof.rules.RuleInfo;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * {@code --format sarif}: SARIF 2.1.0, one run for all files. {@code tool.driver.rules} holds one
 * rule per catalog id in catalog order, then {@value #INPUT_RULE} for input that could not be
 * used, so rule indexes are stable. Violations and findings are results located at the config
 * line of the offending element; a violation's trace is a {@code codeFlow} whose thread-flow
 * locations stand at the config line of the element each step acts on (the violation's when
 * unknown) and carry the step's text and changed values ({@code state}). Every result has a
 * {@code copyproofId/v1} partial fingerprint (rule id, file and element path; not the line) so
 * code scanning de-duplicates across runs. An inconclusive file is a tool execution notification.
 */
final class SarifRenderer implements Renderer {
    static final String INPUT_RULE = "CP-INPUT";
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String FINGERPRINT = "copyproofId/v1";

    @Override
    public String name() {
        return "sarif";
    }

    @Override
    public String extension() {
        return "sarif";
    }

    @Override
    public void render(List<VerificationResult> results, RenderOptions options, Writer out) throws IOException {
        results = Fmt.sanitize(results);
        out.write(JsonRenderer.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(log(results, options)));
        out.write('\n');
        out.flush();
    }

    /** The rule ids in {@code tool.driver.rules} order. */
    static List<String> ruleIds() {
        List<String> ids = new ArrayList<>(RuleCatalog.all().stream().map(RuleInfo::id).toList());
        ids.add(INPUT_RULE);
        return ids;
    }

    static ObjectNode log(List<VerificationResult> results, RenderOptions o) {
        ObjectNode root = JsonRenderer.MAPPER.createObjectNode();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "copyproof");
        ArrayNode rules = driver.putArray("rules");
        for (RuleInfo r : RuleCatalog.all()) {
            ObjectNode rule = rules.addObject();
            rule.put("id", r.id());
            rule.put("name", camel(r.id()));
            rule.putObject("shortDescription").put("text", r.title());
            rule.putObject("fullDescription").put("text", r.rationale());
            ObjectNode help = rule.putObject("help");
            help.put("text", r.rationale() + " Source: " + r.source() + ".");
            help.put("markdown", "**" + r.title() + "**\n\n" + r.rationale() + "\n\nSource: " + r.source() + ".");
            rule.putObject("defaultConfiguration").put("level", r.defaultSeverity().wire());
            ObjectNode props = rule.putObject("properties");
            ArrayNode tags = props.putArray("tags");
            tags.add("copy-services");
            tags.add(r.kind().isInvariant() ? "invariant" : "static-rule");
            props.put("kind", r.kind().toString());
        }
        ObjectNode input = rules.addObject();
        input.put("id", INPUT_RULE);
        input.put("name", "InvalidInput");
        input.putObject("shortDescription").put("text", "The configuration file loads and is valid");
        input.putObject("fullDescription").put("text",
                "A file that cannot be read, parsed or validated is not verified at all.");
        input.putObject("help").put("text", "Fix the field at the reported location; the message says how.");
        input.putObject("defaultConfiguration").put("level", "error");

        List<String> ids = ruleIds();
        ObjectNode invocation = run.putArray("invocations").addObject();
        invocation.put("executionSuccessful", true);
        ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
        ArrayNode out = run.putArray("results");
        for (VerificationResult r : results) {
            String file = Fmt.path(r.file(), o);
            for (Violation v : r.violations()) {
                ObjectNode res = result(out, ids, v.id(), "error",
                        "Invariant broken: " + v.title() + ". " + (v.explanation() == null ? "" : v.explanation()),
                        v.location(), o);
                logical(res, v.path());
                fingerprint(res, v.id(), file, v.path());
                ObjectNode flow = res.putArray("codeFlows").addObject();
                flow.putObject("message").put("text",
                        "Shortest counterexample to " + v.id() + " (" + Fmt.plural(v.trace().size(), "step", "steps")
                                + ", found by " + Fmt.foundBy(v) + ")");
                ArrayNode locs = flow.putArray("threadFlows").addObject().putArray("locations");
                for (TraceStep s : v.trace()) {
                    ObjectNode tfl = locs.addObject();
                    ObjectNode loc = tfl.putObject("location");
                    // the element the step acts on, where known; else the violation's location
                    physical(loc, s.location().orElse(v.location()), o);
                    loc.putObject("message").put("text", s.step() + ". " + s.event()
                            + (s.args().isEmpty() ? "" : "(" + Fmt.args(s) + ")") + ": " + s.text());
                    ObjectNode state = tfl.putObject("state");
                    for (Change c : s.changes()) {
                        state.putObject(Fmt.lane(c.actor()) + ": " + c.variable())
                                .put("text", Fmt.value(c.before()) + " → " + Fmt.value(c.after()));
                    }
                    tfl.put("executionOrder", s.step());
                    tfl.put("nestingLevel", 0);
                    tfl.putArray("kinds").add(s.event());
                }
                ObjectNode props = res.putObject("properties");
                props.put("engine", v.engine());
                props.put("configName", r.configName());
                v.blastRadius().filter(b -> !b.isEmpty())
                        .ifPresent(b -> props.set("blastRadius", JsonRenderer.blastRadius(b)));
                fixes(res, r.suggestionsFor(v.id()), o);
            }
            for (Finding f : Fmt.sortedFindings(r)) {
                ObjectNode res = result(out, ids, f.id(), f.severity().wire(), f.message(), f.location(), o);
                logical(res, f.path());
                fingerprint(res, f.id(), file, f.path() + "|" + String.join(",", f.elements()));
                if (!f.elements().isEmpty()) {
                    JsonRenderer.strings(res.putObject("properties").putArray("elements"), f.elements());
                }
                if (f.severity() == io.copyproof.rules.Severity.ERROR) {
                    fixes(res, r.suggestionsFor(f.id()), o);
                }
            }
            for (Disagreement d : r.disagreements()) {
                String by = d.verdictByEngine().entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .map(e -> e.getKey() + ": " + e.getValue()).reduce((a, b) -> a + ", " + b).orElse("");
                ObjectNode res = result(out, ids, d.id(), "error",
                        "The engines disagree on " + d.id() + " (" + by + "); treat it as a violation until resolved.",
                        SourceLocation.ofFile(r.file()), o);
                fingerprint(res, d.id(), file, "disagreement");
            }
            for (ConfigError e : r.errors()) {
                ObjectNode res = result(out, ids, INPUT_RULE, "error", e.message(), e.location(), o);
                logical(res, e.path());
                fingerprint(res, INPUT_RULE, file, e.path() + "|" + e.message());
            }
            if (r.verdict() == Verdict.INCONCLUSIVE) {
                ObjectNode n = notifications.addObject();
                n.put("level", "warning");
                n.putObject("message").put("text", file + " is inconclusive: "
                        + r.inconclusiveReason().orElse("a budget ran out") + "; nothing was proved within the bounds."
                        + undecidedSentence(r));
                n.putArray("locations").add(physicalOnly(SourceLocation.ofFile(r.file()), o));
            } else if (Fmt.stoppedEarly(r)) {
                ObjectNode n = notifications.addObject();
                n.put("level", "warning");
                n.putObject("message").put("text", file + ": " + Fmt.cutText(r) + "; only the results reported "
                        + "were decided." + undecidedSentence(r));
                n.putArray("locations").add(physicalOnly(SourceLocation.ofFile(r.file()), o));
            }
        }
        if (notifications.isEmpty()) {
            invocation.remove("toolExecutionNotifications");
        }
        run.put("columnKind", "unicodeCodePoints");
        if (results.stream().anyMatch(r -> r.slices().isPresent())) {
            ArrayNode slices = run.putObject("properties").putArray("slices");
            for (VerificationResult r : results) {
                r.slices().ifPresent(s -> {
                    ObjectNode so = slices.addObject();
                    so.put("file", Fmt.path(r.file(), o));
                    JsonRenderer.slices(so, s);
                });
            }
        }
        return root;
    }

    private static String undecidedSentence(VerificationResult r) {
        List<String> u = Fmt.undecided(r);
        return u.isEmpty() ? "" : " Undecided: " + String.join(", ", u) + ".";
    }

    private static ObjectNode result(ArrayNode out, List<String> ids, String ruleId, String level, String message,
                                     SourceLocation where, RenderOptions o) {
        ObjectNode res = out.addObject();
        res.put("ruleId", ruleId);
        int index = ids.indexOf(ruleId);
        if (index >= 0) {
            res.put("ruleIndex", index);
        }
        res.put("level", level);
        res.putObject("message").put("text", message);
        res.putArray("locations").add(physicalOnly(where, o));
        return res;
    }

    private static ObjectNode physicalOnly(SourceLocation where, RenderOptions o) {
        ObjectNode loc = JsonRenderer.MAPPER.createObjectNode();
        physical(loc, where, o);
        return loc;
    }

    private static void physical(ObjectNode loc, SourceLocation where, RenderOptions o) {
        ObjectNode phys = loc.putObject("physicalLocation");
        phys.putObject("artifactLocation").put("uri", uri(Fmt.path(where.file(), o)));
        if (where.line() > 0) {
            ObjectNode region = phys.putObject("region");
            region.put("startLine", where.line());
            if (where.column() > 0) {
                region.put("startColumn", where.column());
            }
        }
    }

    private static void logical(ObjectNode res, String path) {
        if (path != null && !path.isEmpty()) {
            ObjectNode l = ((ObjectNode) res.get("locations").get(0)).putArray("logicalLocations").addObject();
            l.put("fullyQualifiedName", path);
            l.put("kind", "element");
        }
    }

    private static void fingerprint(ObjectNode res, String ruleId, String file, String element) {
        res.putObject("partialFingerprints").put(FINGERPRINT, sha256(ruleId + "\n" + file + "\n" + element));
    }

    static String sha256(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /** A relative URI reference for a path as given: forward slashes, unsafe characters percent-encoded. */
    static String uri(String path) {
        String p = path.replace('\\', '/');
        StringBuilder sb = new StringBuilder();
        boolean firstSegment = true;
        for (byte b : p.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            firstSegment &= c != '/';
            // a ':' before the first '/' would read as a scheme: encode it there
            boolean safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "-._~/!$&'()*+,;=@".indexOf(c) >= 0 || (c == ':' && !firstSegment);
            if (safe) {
                sb.append((char) c);
            } else {
                sb.append('%').append(String.format("%02X", c));
            }
        }
        return sb.toString();
    }

    /** {@code CS-PIT-COMPLETE} → {@code CsPitComplete}. */
    static String camel(String id) {
        StringBuilder sb = new StringBuilder();
        for (String part : id.split("-")) {
            if (!part.isEmpty()) {
                sb.append(part.charAt(0)).append(part.substring(1).toLowerCase(java.util.Locale.ROOT));
            }
        }
        return sb.toString();
    }

    /**
     * SARIF {@code fixes}: each verified repair with the replacements of the configuration's text
     * that make it (an empty deleted region is an insertion), so code-scanning tools can offer it.
     */
    private static void fixes(ObjectNode res, List<io.copyproof.result.Suggestion> suggestions, RenderOptions o) {
        if (suggestions.isEmpty()) {
            return;
        }
        ArrayNode fixes = res.putArray("fixes");
        for (io.copyproof.result.Suggestion x : suggestions) {
            ObjectNode fix = fixes.addObject();
            fix.putObject("description").put("text", "Verified repair: " + x.description() + " (proved: "
                    + x.proof() + ")");
            Map<String, ArrayNode> byFile = new java.util.LinkedHashMap<>();
            ArrayNode changes = fix.putArray("artifactChanges");
            for (io.copyproof.result.Suggestion.Edit e : x.edits()) {
                ArrayNode replacements = byFile.computeIfAbsent(e.location().file(), f -> {
                    ObjectNode change = changes.addObject();
                    change.putObject("artifactLocation").put("uri", uri(Fmt.path(f, o)));
                    return change.putArray("replacements");
                });
                ObjectNode rep = replacements.addObject();
                ObjectNode region = rep.putObject("deletedRegion");
                region.put("startLine", e.startLine());
                region.put("startColumn", e.startColumn());
                region.put("endLine", e.endLine());
                region.put("endColumn", e.endColumn());
                rep.putObject("insertedContent").put("text", e.insertedText());
            }
        }
    }
}
