package io.copyproof.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The document as read, before binding: mappings, lists and scalars, each with the JSON pointer
 * it stands at and the location of its first character. Mapping keys keep their own location.
 */
sealed interface Tree permits Tree.MapNode, Tree.ListNode, Tree.Scalar {

    SourceLocation loc();

    String pointer();

    /** What a person would call this kind of value in a message. */
    String describe();

    /** One key of a mapping with the location of the key itself. */
    record Field(String key, SourceLocation keyLoc, Tree value) {
    }

    record MapNode(SourceLocation loc, String pointer, Map<String, Field> fields) implements Tree {
        public MapNode {
            fields = new LinkedHashMap<>(fields);
        }

        Tree get(String key) {
            Field f = fields.get(key);
            return f == null ? null : f.value();
        }

        @Override
        public String describe() {
            return "a mapping";
        }
    }

    record ListNode(SourceLocation loc, String pointer, List<Tree> items) implements Tree {
        public ListNode {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    /** The kinds of scalar the parsers report (YAML plain scalars are resolved by the parser). */
    /** {@code INVALID} stands for a value already reported as an error: binding skips it silently. */
    enum ScalarKind { STRING, INTEGER, FLOAT, BOOLEAN, NULL, INVALID }

    record Scalar(SourceLocation loc, String pointer, ScalarKind kind, String text) implements Tree {
        @Override
        public String describe() {
            return switch (kind) {
                case STRING -> "the text '" + text + "'";
                case INTEGER, FLOAT -> "the number " + text;
                case BOOLEAN -> "the boolean " + text;
                case NULL, INVALID -> "no value";
            };
        }
    }

    /** Escapes a key for use in a JSON pointer (RFC 6901). */
    static String escape(String key) {
        return key.indexOf('~') < 0 && key.indexOf('/') < 0 ? key : key.replace("~", "~0").replace("/", "~1");
    }
}
