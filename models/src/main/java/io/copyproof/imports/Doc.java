package io.copyproof.imports;

import io.copyproof.config.Fragment;
import io.copyproof.config.SourceLocation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.copyproof.config.YamlScalars.str;

/**
 * The configuration being imported, as elements with origins, and its YAML text: one line per
 * element (flow style), each ending in a comment naming where it came from, so that the location
 * a {@code verify} run reports on the imported file is a line that also names the export line.
 */
final class Doc {
    /** The list sections of the configuration format, in its order. */
    static final List<String> LISTS = List.of("systems", "controllers", "luns", "pools", "mdisks", "volumes",
            "hosts", "backendCopies", "partnerships", "remoteCopies", "flashCopies", "releaseNotes");
    /** The comment on the first line of an imported file. */
    static final String MARKER = "# imported by copyproof import";


    String name;
    final Map<String, List<Item>> lists = new LinkedHashMap<>();
    /** Top-level values that are not lists (name, upgrade, workload, bounds, or anything the overlay adds). */
    final Map<String, Item> singles = new LinkedHashMap<>();
    /** Where the overlay names a top-level key, for problems with a section as a whole ({@code volumez:}). */
    final Map<String, SourceLocation> sectionAt = new HashMap<>();

    Doc() {
        LISTS.forEach(s -> lists.put(s, new ArrayList<>()));
    }

    List<Item> list(String section) {
        return lists.computeIfAbsent(section, k -> new ArrayList<>());
    }

    /** The rendered text and, for each element's JSON pointer in it, the element. */
    record Rendered(String yaml, Map<String, Item> byPointer, Map<String, SourceLocation> sectionAt) {
        /** Where the value at a JSON pointer of the rendered file came from. */
        SourceLocation origin(String pointer, SourceLocation fallback) {
            String p = pointer;
            String rest = "";
            while (!p.isEmpty()) {
                Item item = byPointer.get(p);
                if (item != null) {
                    return item.locate(rest);
                }
                int slash = p.lastIndexOf('/');
                String seg = p.substring(slash + 1);
                rest = rest.isEmpty() ? seg : seg + "/" + rest;
                p = p.substring(0, slash);
            }
            String[] segments = pointer.split("/", 3);
            SourceLocation section = segments.length > 1 ? sectionAt.get(segments[1]) : null;
            return section != null ? section : fallback;
        }
    }

    Rendered render(List<String> header) {
        StringBuilder y = new StringBuilder(64 * 1024);
        Map<String, Item> byPointer = new HashMap<>();
        y.append(MARKER).append('\n');
        header.forEach(h -> y.append("# ").append(h.replace("\n", " ")).append('\n'));
        y.append("name: ").append(str(name)).append('\n');
        for (Map.Entry<String, List<Item>> e : lists.entrySet()) {
            List<Item> items = e.getValue();
            if (items.isEmpty()) {
                continue;
            }
            y.append(e.getKey()).append(":\n");
            for (int i = 0; i < items.size(); i++) {
                Item item = items.get(i);
                String pointer = "/" + e.getKey() + "/" + i;
                byPointer.put(pointer, item);
                if (e.getKey().equals("systems")) {
                    system(y, item, pointer, byPointer);
                } else {
                    y.append("  - ");
                    flowMap(y, item.fields);
                    comment(y, item);
                }
            }
        }
        for (Map.Entry<String, Item> e : singles.entrySet()) {
            byPointer.put("/" + e.getKey(), e.getValue());
            y.append(e.getKey()).append(": ");
            value(y, e.getValue().fields.get("value"));
            comment(y, e.getValue());
        }
        return new Rendered(y.toString(), byPointer, Map.copyOf(sectionAt));
    }

    /** A system in block style, so that its I/O groups each get a line and a comment. */
    private static void system(StringBuilder y, Item s, String pointer, Map<String, Item> byPointer) {
        boolean first = true;
        for (Map.Entry<String, Object> f : s.fields.entrySet()) {
            y.append(first ? "  - " : "    ").append(f.getKey()).append(':');
            if (f.getKey().equals("ioGroups") && f.getValue() instanceof List<?> groups
                    && groups.stream().allMatch(g -> g instanceof Item)) {
                y.append(groups.isEmpty() ? " []" : "");
                if (first) {
                    comment(y, s);
                } else {
                    y.append('\n');
                }
                for (int g = 0; g < groups.size(); g++) {
                    Item group = (Item) groups.get(g);
                    byPointer.put(pointer + "/ioGroups/" + g, group);
                    y.append("      - ");
                    flowMap(y, group.fields);
                    comment(y, group);
                }
            } else {
                y.append(' ');
                value(y, f.getValue());
                if (first) {
                    comment(y, s);
                } else {
                    y.append('\n');
                }
            }
            first = false;
        }
    }

    private static void comment(StringBuilder y, Item item) {
        y.append("  # ").append(item.comment().replace("\n", " ")).append('\n');
    }

    private static void flowMap(StringBuilder y, Map<?, ?> map) {
        y.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> f : map.entrySet()) {
            if (!first) {
                y.append(", ");
            }
            y.append(str(String.valueOf(f.getKey()))).append(": ");
            value(y, f.getValue());
            first = false;
        }
        y.append('}');
    }

    private static void value(StringBuilder y, Object v) {
        if (v instanceof String s) {
            y.append(str(s));
        } else if (v instanceof Fragment.Plain p) {
            y.append(p.text());
        } else if (v instanceof Boolean || v instanceof Number) {
            y.append(v);
        } else if (v instanceof Item item) {
            flowMap(y, item.fields);
        } else if (v instanceof Map<?, ?> m) {
            flowMap(y, m);
        } else if (v instanceof List<?> l) {
            y.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    y.append(", ");
                }
                value(y, l.get(i));
            }
            y.append(']');
        } else {
            y.append("null");
        }
    }

}
