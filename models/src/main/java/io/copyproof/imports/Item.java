package io.copyproof.imports;

import io.copyproof.config.SourceLocation;
import io.copyproof.config.SourceMap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One element of the configuration being imported: its fields in the configuration format's
 * names and order, where it came from ({@code siteA/lsvdisk.txt:14}, and more places when several
 * exports describe it), and where each field came from when that is more precise: an export
 * column, or a value of the overlay file.
 */
final class Item {
    final Map<String, Object> fields = new LinkedHashMap<>();
    final List<String> origins = new ArrayList<>();
    /** Where the element stands in the first export (or overlay) that describes it. */
    final SourceLocation at;
    private final Map<String, SourceLocation> fieldAt = new HashMap<>();
    /** Fields the overlay set, with the overlay's locations and the element's pointer in the overlay. */
    private final Set<String> overlayFields = new HashSet<>();
    private SourceMap overlaySources;
    private String overlayPointer;

    Item(SourceLocation at, String origin) {
        this.at = at;
        origins.add(origin);
    }

    Item(Row row) {
        this(row.at(), row.origin());
    }

    String id() {
        Object id = fields.get("id");
        return id instanceof String s ? s : null;
    }

    /** Sets a field whose value came from a column of {@code row}. */
    Item put(String field, Object value, Row row, String column) {
        fields.put(field, value);
        fieldAt.put(field, row.at(column));
        return this;
    }

    Item put(String field, Object value) {
        fields.put(field, value);
        return this;
    }

    void addOrigin(String origin) {
        if (!origins.contains(origin)) {
            origins.add(origin);
        }
    }

    /** Records that the overlay element at {@code pointer} of {@code sources} set {@code field}. */
    void fromOverlay(String field, SourceMap sources, String pointer) {
        overlayFields.add(field);
        overlaySources = sources;
        overlayPointer = pointer;
    }

    /** Where a field (or a value below it, {@code pool} or {@code nodes/1}) came from. */
    SourceLocation locate(String rest) {
        String first = rest.isEmpty() ? "" : rest.split("/", 2)[0];
        if (overlayFields.contains(first)) {
            return overlaySources.locate(overlayPointer + "/" + rest);
        }
        SourceLocation f = fieldAt.get(first);
        return f != null ? f : at;
    }

    /** The origins for a comment: the first four and how many more. */
    String comment() {
        if (origins.size() <= 4) {
            return String.join(", ", origins);
        }
        return String.join(", ", origins.subList(0, 4)) + " and " + (origins.size() - 4) + " more";
    }
}
