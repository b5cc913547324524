package io.copyproof.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML or JSON document read as plain values, with the location of every value by JSON pointer
 * (as {@link ConfigLoader} records them), for configuration fragments that are not whole
 * configurations: the import overlay. Mappings are {@link LinkedHashMap}s in file order, lists
 * are {@link List}s, strings are {@link String}s, and numbers, booleans and nulls are
 * {@link Plain} (their text as written). Nothing is validated here.
 *
 * @param value     the root value, null when the document is empty or could not be read
 * @param locations where each value stands, by JSON pointer
 * @param errors    syntax errors, duplicate keys and the like; empty when the document was read
 */
public record Fragment(Object value, SourceMap locations, List<ConfigError> errors) {

    public Fragment {
        errors = List.copyOf(errors);
    }

    /** A number, boolean or null, kept as written so that it can be written back unchanged. */
    public record Plain(String text) {
    }

    /** Reads {@code text} as the content of the file {@code name} (YAML, which also reads JSON). */
    public static Fragment read(String name, String text) {
        Problems problems = new Problems(name);
        Map<String, SourceLocation> locations = new HashMap<>();
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        Tree root = null;
        try (JsonParser parser = YAMLFactory.builder().build().createParser(body)) {
            root = new TreeReader(parser, problems, locations).readDocument();
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            problems.add("the file is not valid YAML: " + firstLine(e.getOriginalMessage()),
                    l == null ? new SourceLocation(name, 1, 1)
                            : new SourceLocation(name, Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr())), "");
        } catch (IOException | RuntimeException e) {
            problems.add("cannot read this file: " + firstLine(e.getMessage()), SourceLocation.ofFile(name), "");
        }
        return new Fragment(root == null ? null : plain(root), SourceMap.owning(name, locations), problems.sorted());
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "syntax error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static Object plain(Tree t) {
        if (t instanceof Tree.MapNode m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.fields().forEach((k, f) -> out.put(k, plain(f.value())));
            return out;
        }
        if (t instanceof Tree.ListNode l) {
            List<Object> out = new ArrayList<>(l.items().size());
            l.items().forEach(i -> out.add(plain(i)));
            return out;
        }
        Tree.Scalar s = (Tree.Scalar) t;
        return s.kind() == Tree.ScalarKind.STRING ? s.text() : new Plain(s.text());
    }
}
