package io.copyproof.report;

import io.copyproof.result.Change;
import io.copyproof.result.TraceStep;
import io.copyproof.result.VerificationResult;
import io.copyproof.result.Violation;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.Map;

/**
 * {@code --format itf}: Apalache's Informal Trace Format. As a {@link Renderer} it writes every
 * violation's document compactly, one per line (JSON Lines); {@link #files} gives one document
 * per violation for {@code --output DIR}. Each state is a record whose fields are the lanes
 * ({@code host:db_host}), each lane a record of its variables with string values, the lane set
 * being the same in every state. The event of each step is in the state's {@code #meta}.
 */
final class ItfRenderer implements ItfTraces {

    @Override
    public String name() {
        return "itf";
    }

    @Override
    public String extension() {
        return "itf.json";
    }

    @Override
    public void render(List<VerificationResult> results, RenderOptions options, Writer out) throws IOException {
        results = Fmt.sanitize(results);
        for (VerificationResult r : results) {
            for (Violation v : r.violations()) {
                out.write(JsonRenderer.MAPPER.writeValueAsString(document(r, v, options)));
                out.write('\n');
            }
        }
        out.flush();
    }

    @Override
    public Map<String, String> files(List<VerificationResult> results, RenderOptions options) {
        results = Fmt.sanitize(results);
        Map<String, String> files = new LinkedHashMap<>();
        for (VerificationResult r : results) {
            for (Violation v : r.violations()) {
                String base = stem(r.file()) + "." + v.id();
                String name = base + ".itf.json";
                for (int i = 2; files.containsKey(name); i++) {
                    name = base + "-" + i + ".itf.json";
                }
                try {
                    files.put(name, JsonRenderer.MAPPER.writerWithDefaultPrettyPrinter()
                            .writeValueAsString(document(r, v, options)) + "\n");
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new IllegalStateException("cannot serialise a JSON tree", e);
                }
            }
        }
        return files;
    }

    /** The file name of a config path without directories and extension, safe for any file system. */
    static String stem(String file) {
        String f = file.replace('\\', '/');
        f = f.substring(f.lastIndexOf('/') + 1);
        int dot = f.lastIndexOf('.');
        if (dot > 0) {
            f = f.substring(0, dot);
        }
        f = f.replaceAll("[^A-Za-z0-9._-]", "_");
        return f.isEmpty() ? "config" : f;
    }

    static ObjectNode document(VerificationResult r, Violation v, RenderOptions o) {
        ObjectNode doc = JsonRenderer.MAPPER.createObjectNode();
        ObjectNode meta = doc.putObject("#meta");
        meta.put("format", "ITF");
        meta.put("format-description", "https://apalache-mc.org/docs/adr/015adr-trace.html");
        meta.put("source", Fmt.path(r.file(), o));
        meta.put("description", v.id() + ": " + v.title());
        meta.put("invariant", v.id());
        meta.put("engine", v.engine());
        List<String> lanes = Fmt.lanes(v);
        ArrayNode vars = doc.putArray("vars");
        lanes.forEach(vars::add);
        ArrayNode states = doc.putArray("states");
        // Every state has every lane, and every lane the same variables ("—" while a variable has no value).
        Map<String, Set<String>> variables = new LinkedHashMap<>();
        lanes.forEach(l -> variables.put(l, new LinkedHashSet<>()));
        v.initialState().forEach(s -> variables.get(s.actor()).add(s.variable()));
        for (TraceStep s : v.trace()) {
            s.state().forEach(x -> variables.get(x.actor()).add(x.variable()));
            s.changes().forEach(c -> variables.get(c.actor()).add(c.variable()));
        }
        Map<String, Map<String, String>> current = new LinkedHashMap<>();
        variables.forEach((lane, vs) -> current.put(lane, blank(vs)));
        v.initialState().forEach(s -> current.get(s.actor()).put(s.variable(), Fmt.value(s.value())));
        states.add(state(0, null, current));
        for (TraceStep s : v.trace()) {
            if (!s.state().isEmpty()) {
                variables.forEach((lane, vs) -> current.put(lane, blank(vs)));
                s.state().forEach(x -> current.get(x.actor()).put(x.variable(), Fmt.value(x.value())));
            }
            for (Change c : s.changes()) {
                current.get(c.actor()).put(c.variable(), Fmt.value(c.after()));
            }
            states.add(state(s.step(), s, current));
        }
        return doc;
    }

    private static Map<String, String> blank(Set<String> variables) {
        Map<String, String> m = new LinkedHashMap<>();
        variables.forEach(x -> m.put(x, Fmt.NONE));
        return m;
    }

    private static ObjectNode state(int index, TraceStep step, Map<String, Map<String, String>> values) {
        ObjectNode st = JsonRenderer.MAPPER.createObjectNode();
        ObjectNode meta = st.putObject("#meta");
        meta.put("index", index);
        if (step != null) {
            meta.put("event", step.event());
            ObjectNode args = meta.putObject("args");
            step.args().forEach((k, a) -> args.set(k, JsonRenderer.MAPPER.valueToTree(a)));
            meta.put("text", step.text());
        } else {
            meta.put("event", "Init");
        }
        for (Map.Entry<String, Map<String, String>> lane : values.entrySet()) {
            ObjectNode rec = st.putObject(lane.getKey());
            lane.getValue().forEach(rec::put);
        }
        return st;
    }
}
