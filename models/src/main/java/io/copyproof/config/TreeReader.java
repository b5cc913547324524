package io.copyproof.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one document from a streaming parser into a {@link Tree}, recording the location of every
 * value under its JSON pointer. Reports, without stopping, duplicate keys, YAML aliases and
 * documents nested too deeply or holding too many values.
 */
final class TreeReader {
    /** Deepest nesting accepted; the format needs 4 levels. */
    static final int MAX_DEPTH = 64;
    /** Most values (scalars, lists and mappings) accepted in one file. */
    static final int MAX_VALUES = 1_000_000;

    private final JsonParser parser;
    private final Problems problems;
    private final Map<String, SourceLocation> locations;
    private int values;
    private boolean tooMany;

    TreeReader(JsonParser parser, Problems problems, Map<String, SourceLocation> locations) {
        this.parser = parser;
        this.problems = problems;
        this.locations = locations;
    }

    /** The root value, or null when the file holds none (an error has then been reported). */
    Tree readDocument() throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            problems.add("the file is empty; a configuration is a mapping with at least 'systems'",
                    SourceLocation.ofFile(problems.file()), "");
            return null;
        }
        Tree root = read(first, "", 0);
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
            if (!tooMany) {
                tooMany = true;
                problems.add("the file holds more than " + MAX_VALUES + " values; this is not a configuration "
                        + "copyproof can check", loc, pointer);
            }
            parser.skipChildren();
            return invalid(loc, pointer);
        }
        if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && depth >= MAX_DEPTH) {
            problems.add("the document is nested deeper than " + MAX_DEPTH + " levels", loc, pointer);
            parser.skipChildren();
            return invalid(loc, pointer);
        }
        switch (token) {
            case START_OBJECT:
                return readMap(loc, pointer, depth);
            case START_ARRAY:
                return readList(loc, pointer, depth);
            case VALUE_STRING:
                if (parser instanceof YAMLParser y && y.isCurrentAlias()) {
                    problems.add("YAML aliases (*" + parser.getText() + ") are not supported; write the value out "
                            + "in full", loc, pointer);
                    return invalid(loc, pointer);
                }
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
