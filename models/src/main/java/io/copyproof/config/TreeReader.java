package io.copyproof.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one document from a streaming parser into a {@link Tree}, recording the location of every
 * value under its JSON pointer. Reports, without stopping, duplicate keys and documents nested
 * too deeply or holding too many values. YAML aliases ({@code *name}) and merge keys
 * ({@code <<: *name}) are expanded, with positions inside a copy pointing at the anchored
 * original, up to {@link #MAX_ALIAS_VALUES} copied values in all.
 */
final class TreeReader {
    /** Deepest nesting accepted; the format needs 4 levels. */
    static final int MAX_DEPTH = 64;
    /** Most values (scalars, lists and mappings) accepted in one file. */
    static final int MAX_VALUES = 500_000;
    /** Most values that aliases may copy in, over the whole file (an alias bomb hits this at once). */
    static final int MAX_ALIAS_VALUES = 100_000;

    private final JsonParser parser;
    private final Problems problems;
    private final Map<String, SourceLocation> locations;
    private int values;
    /** Anchored values read so far ({@code &name}), for aliases ({@code *name}) and merge keys. */
    private final Map<String, Tree> anchors = new HashMap<>();
    /** Values copied in by aliases so far; bounded so that an alias bomb stops early. */
    private int aliasValues;
    private boolean aliasBombReported;

    TreeReader(JsonParser parser, Problems problems, Map<String, SourceLocation> locations) {
        this.parser = parser;
        this.problems = problems;
        this.locations = locations;
    }

    /** Stops reading a file that holds more values than a configuration can. */
    private static final class TooLarge extends RuntimeException {
        TooLarge() {
            super(null, null, false, false);
        }
    }

    /**
     * The root value, or null when the file holds no value (nothing reported) or too many values
     * (reported).
     */
    Tree readDocument() throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            return null; // the caller says whether the file is blank or holds only comments
        }
        Tree root;
        try {
            root = read(first, "", 0);
        } catch (TooLarge stop) {
            return null; // reading the rest would only cost time and memory
        }
        JsonToken extra = parser.nextToken();
        if (extra != null) {
            problems.add("the file holds more than one document; put the whole configuration in one",
                    here(), "");
        }
        return root;
    }

    private Tree read(JsonToken token, String pointer, int depth) throws IOException {
        SourceLocation loc = here();
        locations.putIfAbsent(pointer, loc);
        if (++values > MAX_VALUES) {
            problems.add("the file holds more than " + MAX_VALUES + " values; this is not a configuration "
                    + "copyproof can check", loc, pointer);
            throw new TooLarge();
        }
        if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && depth >= MAX_DEPTH) {
            problems.add("the document is nested deeper than " + MAX_DEPTH + " levels", loc, pointer);
            parser.skipChildren();
            return invalid(loc, pointer);
        }
        if (parser instanceof YAMLParser y && token == JsonToken.VALUE_STRING && y.isCurrentAlias()) {
            return alias(parser.getText(), loc, pointer);
        }
        String anchor = parser instanceof YAMLParser y ? y.getCurrentAnchor() : null;
        String tag = parser instanceof YAMLParser y ? unknownTag(y) : null;
        if (tag != null) {
            problems.add("the YAML tag '" + tag + "' is not supported here; remove it and write plain values "
                    + "(only the standard tags !!str, !!int, !!float, !!bool, !!null, !!map and !!seq are allowed)",
                    loc, pointer);
            parser.skipChildren();
            return invalid(loc, pointer);
        }
        Tree value = readValue(token, loc, pointer, depth);
        if (anchor != null) {
            anchors.put(anchor, value);
        }
        return value;
    }

    /** The standard YAML tags a configuration may carry; any other tag is refused, not ignored. */
    private static final java.util.Set<String> STANDARD_TAGS = java.util.Set.of("str", "int", "float", "bool", "null",
            "map", "seq", "binary");

    /** The tag of the current value when it is not a standard one ({@code !!binary} is refused where it is read). */
    private static String unknownTag(YAMLParser y) throws IOException {
        String tag = y.getTypeId();
        if (tag == null || tag.isEmpty() || tag.equals("!")) {
            return null;
        }
        String name = tag.startsWith("tag:yaml.org,2002:") ? tag.substring("tag:yaml.org,2002:".length())
                : tag.startsWith("!!") ? tag.substring(2) : null;
        if (name != null) {
            return STANDARD_TAGS.contains(name) ? null : "!!" + name;
        }
        return tag.startsWith("!") || tag.startsWith("tag:") ? tag : "!" + tag;
    }

    private Tree readValue(JsonToken token, SourceLocation loc, String pointer, int depth) throws IOException {
        switch (token) {
            case START_OBJECT:
                return readMap(loc, pointer, depth);
            case START_ARRAY:
                return readList(loc, pointer, depth);
            case VALUE_STRING:
                return new Tree.Scalar(loc, pointer, Tree.ScalarKind.STRING, parser.getText());
            case VALUE_NUMBER_INT:
                return new Tree.Scalar(loc, pointer, Tree.ScalarKind.INTEGER, parser.getText());
            case VALUE_NUMBER_FLOAT:
                return new Tree.Scalar(loc, pointer, Tree.ScalarKind.FLOAT, parser.getText());
            case VALUE_TRUE:
                return new Tree.Scalar(loc, pointer, Tree.ScalarKind.BOOLEAN, boolText(true));
            case VALUE_FALSE:
                return new Tree.Scalar(loc, pointer, Tree.ScalarKind.BOOLEAN, boolText(false));
            case VALUE_NULL:
                return new Tree.Scalar(loc, pointer, Tree.ScalarKind.NULL, "null");
            default:
                // VALUE_EMBEDDED_OBJECT (YAML !!binary) and anything else the parsers may add
                problems.add("binary and other tagged values (such as !!binary) are not supported here; write "
                        + "plain text", loc, pointer);
                parser.skipChildren();
                return invalid(loc, pointer);
        }
    }

    private Tree readMap(SourceLocation loc, String pointer, int depth) throws IOException {
        Map<String, Tree.Field> fields = new LinkedHashMap<>();
        JsonToken t;
        while ((t = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            SourceLocation keyLoc = here();
            String child = pointer + "/" + Tree.escape(key);
            JsonToken valueToken = parser.nextToken();
            if (valueToken == null) {
                break;
            }
            Tree.Field previous = fields.get(key);
            if (previous != null) {
                problems.add("the key '" + key + "' appears twice in this mapping (first on line "
                        + previous.keyLoc().line() + "); keep one", keyLoc, child);
                // read and drop the second value, keeping the locations of the first
                Map<String, SourceLocation> scratch = new LinkedHashMap<>();
                new TreeReader(parser, problems, scratch).readNested(valueToken, child, depth + 1);
                continue;
            }
            Tree value = read(valueToken, child, depth + 1);
            fields.put(key, new Tree.Field(key, keyLoc, value));
        }
        Tree.Field merge = fields.get(MERGE_KEY);
        if (merge != null && parser instanceof YAMLParser) {
            fields.remove(MERGE_KEY);
            merge(merge, fields, pointer);
        }
        return new Tree.MapNode(loc, pointer, fields);
    }

    /** The YAML merge key: {@code <<: *defaults} or {@code <<: [*a, *b]}. */
    static final String MERGE_KEY = "<<";

    /** Adds the fields of the merged mappings that the mapping does not set itself (the first merged wins). */
    private void merge(Tree.Field merge, Map<String, Tree.Field> fields, String pointer) {
        List<Tree> sources = merge.value() instanceof Tree.ListNode l ? l.items() : List.of(merge.value());
        for (Tree source : sources) {
            if (source instanceof Tree.Scalar s && s.kind() == Tree.ScalarKind.INVALID) {
                continue;
            }
            if (!(source instanceof Tree.MapNode m)) {
                problems.add("a merge key (<<) takes a mapping or a list of mappings, such as *defaults; this is "
                        + source.describe(), source.loc(), source.pointer());
                continue;
            }
            for (Tree.Field f : m.fields().values()) {
                if (!fields.containsKey(f.key())) {
                    String child = pointer + "/" + Tree.escape(f.key());
                    Tree copy = copy(f.value(), child, f.value().loc());
                    fields.put(f.key(), new Tree.Field(f.key(), f.keyLoc(), copy));
                }
            }
        }
    }

    /** An alias: a copy of the anchored value under this pointer; the copy keeps the anchored positions inside. */
    private Tree alias(String name, SourceLocation loc, String pointer) {
        Tree target = anchors.get(name);
        if (target == null) {
            problems.add("the alias *" + name + " names no anchor (&" + name + ") defined before it", loc, pointer);
            return invalid(loc, pointer);
        }
        return copy(target, pointer, loc);
    }

    private Tree copy(Tree t, String pointer, SourceLocation loc) {
        if (aliasValues > MAX_ALIAS_VALUES) {
            return invalid(loc, pointer);
        }
        if (++aliasValues > MAX_ALIAS_VALUES) {
            if (!aliasBombReported) {
                aliasBombReported = true;
                problems.add("aliases expand to more than " + MAX_ALIAS_VALUES + " values; write the configuration "
                        + "out with fewer aliases", loc, pointer);
            }
            return invalid(loc, pointer);
        }
        locations.putIfAbsent(pointer, loc);
        if (t instanceof Tree.Scalar s) {
            return new Tree.Scalar(loc, pointer, s.kind(), s.text());
        }
        if (t instanceof Tree.ListNode l) {
            List<Tree> items = new ArrayList<>(l.items().size());
            for (Tree item : l.items()) {
                items.add(copy(item, pointer + "/" + items.size(), item.loc()));
            }
            return new Tree.ListNode(loc, pointer, items);
        }
        Tree.MapNode m = (Tree.MapNode) t;
        Map<String, Tree.Field> fields = new LinkedHashMap<>();
        for (Tree.Field f : m.fields().values()) {
            fields.put(f.key(), new Tree.Field(f.key(), f.keyLoc(),
                    copy(f.value(), pointer + "/" + Tree.escape(f.key()), f.value().loc())));
        }
        return new Tree.MapNode(loc, pointer, fields);
    }

    private void readNested(JsonToken token, String pointer, int depth) throws IOException {
        read(token, pointer, depth);
    }

    private Tree readList(SourceLocation loc, String pointer, int depth) throws IOException {
        List<Tree> items = new ArrayList<>();
        JsonToken t;
        while ((t = parser.nextToken()) != null && t != JsonToken.END_ARRAY) {
            items.add(read(t, pointer + "/" + items.size(), depth + 1));
        }
        return new Tree.ListNode(loc, pointer, items);
    }

    /** The boolean as written (YAML parsers also read yes/no/on/off as booleans). */
    private String boolText(boolean value) throws IOException {
        String t = parser.getText();
        return t == null || t.isEmpty() ? Boolean.toString(value) : t;
    }

    private Tree invalid(SourceLocation loc, String pointer) {
        return new Tree.Scalar(loc, pointer, Tree.ScalarKind.INVALID, "");
    }

    private SourceLocation here() {
        JsonLocation l = parser.currentTokenLocation();
        return new SourceLocation(problems.file(), Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
    }
}
