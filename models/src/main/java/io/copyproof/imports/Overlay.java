package io.copyproof.imports;

import io.copyproof.config.Fragment;
import io.copyproof.config.SourceLocation;
import io.copyproof.config.SourceMap;

import java.util.List;
import java.util.Map;

/**
 * Merges an overlay (a configuration fragment in the configuration format) over the import: a
 * list element whose id the import already has updates that element's fields; a new id adds an
 * element; {@code name} and the mappings ({@code upgrade}, {@code workload}, {@code bounds})
 * replace the imported ones. Every merged value remembers its place in the overlay file, so that
 * a reference in the overlay that names nothing is reported there.
 */
final class Overlay {
    private Overlay() {
    }

    static void merge(Doc doc, Fragment overlay, Issues issues) {
        SourceMap at = overlay.locations();
        if (overlay.value() == null) {
            return; // an empty overlay changes nothing
        }
        if (!(overlay.value() instanceof Map<?, ?> root)) {
            issues.error(at.locate(""), "the overlay must be a mapping of configuration sections (systems, "
                    + "controllers, luns, hosts, backendCopies, upgrade, ...)");
            return;
        }
        for (Map.Entry<?, ?> e : root.entrySet()) {
            String key = String.valueOf(e.getKey());
            String pointer = "/" + key;
            doc.sectionAt.putIfAbsent(key, at.locate(pointer));
            if (key.equals("name") && e.getValue() instanceof String s) {
                doc.name = s;
            } else if (e.getValue() instanceof List<?> list && (Doc.LISTS.contains(key) || !doc.singles.containsKey(key))) {
                for (int i = 0; i < list.size(); i++) {
                    element(doc.list(key), list.get(i), at, pointer + "/" + i, key, issues);
                }
            } else {
                Item single = new Item(at.locate(pointer), origin(at.locate(pointer)));
                single.put("value", e.getValue());
                if (e.getValue() instanceof Map<?, ?> m) {
                    m.keySet().forEach(k -> single.fromOverlay(String.valueOf(k), at, pointer));
                }
                doc.singles.put(key, single);
            }
        }
    }

    private static void element(List<Item> items, Object value, SourceMap at, String pointer, String section,
                                Issues issues) {
        SourceLocation where = at.locate(pointer);
        if (!(value instanceof Map<?, ?> fields)) {
            issues.error(where, "each element of '" + section + "' is a mapping with an 'id'");
            return;
        }
        Object id = fields.get(section.equals("releaseNotes") ? "level" : "id");
        Item target = null;
        if (id != null) {
            String key = id instanceof Fragment.Plain p ? p.text() : String.valueOf(id);
            String field = section.equals("releaseNotes") ? "level" : "id";
            for (Item item : items) {
                Object own = item.fields.get(field);
                String ownKey = own instanceof Fragment.Plain p ? p.text() : String.valueOf(own);
                if (key.equals(ownKey)) {
                    target = item;
                    break;
                }
            }
        }
        if (target == null) {
            target = new Item(where, origin(where));
            items.add(target);
        } else {
            target.addOrigin(origin(where));
        }
        for (Map.Entry<?, ?> f : fields.entrySet()) {
            String name = String.valueOf(f.getKey());
            target.fields.put(name, f.getValue());
            target.fromOverlay(name, at, pointer);
        }
    }

    private static String origin(SourceLocation at) {
        return at.line() <= 0 ? at.file() : at.file() + ":" + at.line();
    }
}
