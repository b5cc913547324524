package io.copyproof.report;

import io.copyproof.result.BlastRadius;
import io.copyproof.result.Change;
import io.copyproof.result.Disagreement;
import io.copyproof.result.StateValue;
import io.copyproof.result.Slices;
import io.copyproof.result.Stats;
import io.copyproof.result.TraceStep;
import io.copyproof.result.VerificationResult;
import io.copyproof.result.Violation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.copyproof.config.ConfigError;
import io.copyproof.config.SourceLocation;
import io.copyproof.rules.Finding;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * {@code --format json}: one JSON object per result, compact, one per line (JSON Lines); for one
 * file that is a single JSON document. The fields of config-format.md come first, in its order;
 * the additions follow. The schema is {@code result.schema.json} beside this class.
 */
final class JsonRenderer implements Renderer {
    static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public String name() {
        return "json";
    }

    @Override
    public String extension() {
        return "json";
    }

    @Override
    public void render(List<VerificationResult> results, RenderOptions options, Writer out) throws IOException {
        results = Fmt.sanitize(results);
        for (VerificationResult r : results) {
            out.write(MAPPER.writeValueAsString(tree(r, options)));
            out.write('\n');
        }
        out.flush();
    }

    /** The JSON object of one result. */
    /** The slices summary as JSON: the counts, the largest slice and the slices without a verdict. */
    static void slices(ObjectNode o, Slices s) {
        o.put("total", s.total());
        o.put("explored", s.explored());
        o.put("reused", s.reused());
        o.put("largestSize", s.largestSize());
        o.put("largest", s.largest());
        strings(o.putArray("inconclusive"), s.inconclusive());
        o.put("summary", s.summary());
    }

    static ObjectNode tree(VerificationResult r, RenderOptions options) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("file", Fmt.path(r.file(), options));
        o.put("verdict", r.verdict().wire());
        o.put("engine", r.engine());
        ObjectNode bounds = o.putObject("bounds");
        bounds.put("writesPerHost", r.bounds().writesPerHost());
        bounds.put("blocksPerVolume", r.bounds().blocksPerVolume());
        bounds.put("snapshotsPerCopy", r.bounds().snapshotsPerCopy());
        Stats s = r.stats();
        ObjectNode stats = o.putObject("stats");
        stats.put("distinctStates", s.distinctStates());
        stats.put("transitions", s.transitions());
        stats.put("depth", s.depth());
        stats.put("seconds", Fmt.seconds(s, options));
        stats.put("bytesPerState", options.normalize() ? 0.0 : s.bytesPerState());
        stats.put("collisionProbability", s.collisionProbability());
        stats.put("peakHeapBytes", options.normalize() ? 0 : s.peakHeapBytes());
        if (r.statsByEngine().size() > 1) {
            ObjectNode byEngine = o.putObject("statsByEngine");
            r.statsByEngine().forEach((engine, st) -> {
                ObjectNode e = byEngine.putObject(engine);
                e.put("distinctStates", st.distinctStates());
                e.put("transitions", st.transitions());
                e.put("depth", st.depth());
                e.put("seconds", Fmt.seconds(st, options));
                e.put("bytesPerState", options.normalize() ? 0.0 : st.bytesPerState());
                e.put("collisionProbability", st.collisionProbability());
                e.put("peakHeapBytes", options.normalize() ? 0 : st.peakHeapBytes());
            });
        }
        ArrayNode violations = o.putArray("violations");
        for (Violation v : r.violations()) {
            ObjectNode vo = violation(v, options);
            suggestions(vo, r.suggestionsFor(v.id()), options);
            violations.add(vo);
        }
        ArrayNode findings = o.putArray("findings");
        for (Finding f : r.findings()) {
            ObjectNode fo = findings.addObject();
            fo.put("id", f.id());
            fo.put("severity", f.severity().wire());
            fo.put("message", f.message());
            fo.set("location", location(f.location(), options));
            fo.put("path", f.path());
            strings(fo.putArray("elements"), f.elements());
            if (f.severity() == io.copyproof.rules.Severity.ERROR) {
                suggestions(fo, r.suggestionsFor(f.id()), options);
            }
        }
        ArrayNode errors = o.putArray("errors");
        for (ConfigError e : r.errors()) {
            ObjectNode eo = errors.addObject();
            eo.put("message", e.message());
            eo.set("location", location(e.location(), options));
            eo.put("path", e.path());
        }
        o.put("configName", r.configName());
        o.put("exitCode", r.exitCode());
        strings(o.putArray("checked"), r.checked());
        strings(o.putArray("rulesRun"), r.rulesRun());
        strings(o.putArray("assumptions"), r.assumptions());
        o.put("stoppedEarly", Fmt.stoppedEarly(r));
        strings(o.putArray("undecided"), Fmt.undecided(r));
        if (r.inconclusiveReason().isPresent()) {
            o.put("inconclusiveReason", r.inconclusiveReason().get());
        } else {
            o.putNull("inconclusiveReason");
        }
        if (r.slices().isPresent()) {
            slices(o.putObject("slices"), r.slices().get());
        }
        ArrayNode disagreements = o.putArray("disagreements");
        for (Disagreement d : r.disagreements()) {
            ObjectNode d0 = disagreements.addObject();
            d0.put("id", d.id());
            ObjectNode by = d0.putObject("verdictByEngine");
            d.verdictByEngine().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> by.put(e.getKey(), e.getValue()));
        }
        o.set("blastRadius", blastRadius(Fmt.blastRadius(r)));
        suggestions(o, r.suggestions(), options);
        return o;
    }

    /** {@code suggestions}: the verified repairs (verify --suggest), only when there are some. */
    static void suggestions(ObjectNode o, List<io.copyproof.result.Suggestion> suggestions, RenderOptions options) {
        if (suggestions.isEmpty()) {
            return;
        }
        ArrayNode a = o.putArray("suggestions");
        for (io.copyproof.result.Suggestion x : suggestions) {
            ObjectNode so = a.addObject();
            strings(so.putArray("restores"), x.restores());
            so.put("description", x.description());
            so.put("proof", x.proof());
            ArrayNode edits = so.putArray("edits");
            for (io.copyproof.result.Suggestion.Edit e : x.edits()) {
                ObjectNode eo = edits.addObject();
                eo.put("path", e.path());
                eo.set("location", location(e.location(), options));
                eo.put("before", e.before());
                eo.put("after", e.after());
                ObjectNode region = eo.putObject("replace");
                region.put("startLine", e.startLine());
                region.put("startColumn", e.startColumn());
                region.put("endLine", e.endLine());
                region.put("endColumn", e.endColumn());
                region.put("text", e.insertedText());
            }
        }
    }

    static ObjectNode violation(Violation v, RenderOptions options) {
        ObjectNode vo = MAPPER.createObjectNode();
        vo.put("id", v.id());
        vo.put("title", v.title());
        ArrayNode trace = vo.putArray("trace");
        for (TraceStep step : v.trace()) {
            ObjectNode so = trace.addObject();
            so.put("step", step.step());
            so.put("event", step.event());
            ObjectNode args = so.putObject("args");
            step.args().forEach((k, val) -> args.set(k, MAPPER.valueToTree(val)));
            so.put("text", step.text());
            ArrayNode changes = so.putArray("changes");
            for (Change c : step.changes()) {
                ObjectNode co = changes.addObject();
                co.put("actor", c.actor());
                co.put("variable", c.variable());
                co.put("before", c.before());
                co.put("after", c.after());
            }
            so.set("state", state(step.state()));
            step.location().ifPresent(l -> so.set("location", location(l, options)));
        }
        vo.put("engine", v.engine());
        if (v.foundBy().size() > 1) {
            ObjectNode found = vo.putObject("foundBy");
            v.foundBy().forEach(found::put);
        }
        vo.put("explanation", v.explanation());
        vo.set("location", location(v.location(), options));
        vo.put("path", v.path());
        if (v.blastRadius().isPresent()) {
            vo.set("blastRadius", blastRadius(v.blastRadius().get()));
        } else {
            vo.putNull("blastRadius");
        }
        vo.set("initialState", state(v.initialState()));
        return vo;
    }

    static ArrayNode state(List<StateValue> values) {
        ArrayNode a = MAPPER.createArrayNode();
        for (StateValue sv : values) {
            ObjectNode x = a.addObject();
            x.put("actor", sv.actor());
            x.put("variable", sv.variable());
            x.put("value", sv.value());
        }
        return a;
    }

    static ObjectNode location(SourceLocation l, RenderOptions options) {
        ObjectNode lo = MAPPER.createObjectNode();
        lo.put("file", Fmt.path(l.file(), options));
        lo.put("line", l.line());
        lo.put("column", l.column());
        return lo;
    }

    static ObjectNode blastRadius(BlastRadius b) {
        ObjectNode o = MAPPER.createObjectNode();
        strings(o.putArray("pools"), b.pools());
        strings(o.putArray("ioGroups"), b.ioGroups());
        strings(o.putArray("volumes"), b.volumes());
        strings(o.putArray("hosts"), b.hosts());
        return o;
    }

    static void strings(ArrayNode a, List<String> values) {
        values.forEach(a::add);
    }

    /** Parses rendered JSON back (used by tests and by the ITF renderer). */
    static JsonNode parse(String json) throws IOException {
        return MAPPER.readTree(json);
    }
}
