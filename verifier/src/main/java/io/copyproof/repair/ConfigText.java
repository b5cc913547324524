package io.copyproof.repair;

import io.copyproof.config.SourceLocation;
import io.copyproof.config.SourceMap;
import io.copyproof.config.YamlScalars;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The text of a configuration file, edited at the places its loader recorded: a scalar replaced
 * where it stands, a field added inside its mapping, an item appended to its list, with the
 * file's own style (flow {@code {...}} / {@code [...]} or block, YAML or JSON) and indentation.
 * Everything else (comments, blank lines, order, quoting) is kept byte for byte. An edit the text
 * cannot take (a shape this editor does not handle) is refused with an empty result, never
 * guessed.
 */
final class ConfigText {
    private final String text;
    private final SourceMap sources;
    private final boolean json;

    ConfigText(String text, SourceMap sources, boolean json) {
        this.text = text;
        this.sources = sources;
        this.json = json;
    }

    boolean json() {
        return json;
    }

    /** One change of the text: replace {@code [start, end)} by {@code replacement}. */
    record Splice(int start, int end, String replacement) {
    }

    /** A string value as this file writes it. */
    String str(String s) {
        return json ? "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"" : YamlScalars.str(s);
    }

    /** A list of strings as this file writes it inline. */
    String list(List<String> items) {
        return "[" + String.join(", ", items.stream().map(this::str).toList()) + "]";
    }

    /** A flow mapping of already-written values, in order. */
    String map(List<String[]> fields) {
        List<String> parts = new ArrayList<>();
        for (String[] f : fields) {
            parts.add((json ? "\"" + f[0] + "\"" : f[0]) + ": " + f[1]);
        }
        return "{" + String.join(", ", parts) + "}";
    }

    /** The offset of a recorded pointer's value, if it was recorded. */
    Optional<Integer> offsetOf(String pointer) {
        if (!sources.contains(pointer)) {
            return Optional.empty();
        }
        SourceLocation loc = sources.locate(pointer);
        return offset(loc.line(), loc.column());
    }

    SourceLocation locate(String pointer) {
        return sources.locate(pointer);
    }

    private Optional<Integer> offset(int line, int column) {
        if (line < 1 || column < 1) {
            return Optional.empty();
        }
        int at = 0;
        for (int l = 1; l < line; l++) {
            int nl = text.indexOf('\n', at);
            if (nl < 0) {
                return Optional.empty();
            }
            at = nl + 1;
        }
        int off = at + column - 1;
        return off <= text.length() ? Optional.of(off) : Optional.empty();
    }

    /** The scalar written at {@code pointer}, as written (quotes included). */
    Optional<String> scalarText(String pointer) {
        return offsetOf(pointer).map(start -> text.substring(start, scalarEnd(start)));
    }

    /** Replaces the scalar at {@code pointer} by {@code value} (already written). */
    Optional<Splice> replaceScalar(String pointer, String value) {
        return offsetOf(pointer).map(start -> new Splice(start, scalarEnd(start), value));
    }

    private int scalarEnd(int start) {
        char c = start < text.length() ? text.charAt(start) : '\n';
        if (c == '"' || c == '\'') {
            int i = start + 1;
            while (i < text.length()) {
                char d = text.charAt(i);
                if (c == '"' && d == '\\') {
                    i += 2;
                    continue;
                }
                if (d == c) {
                    if (c == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                        i += 2;
                        continue;
                    }
                    return i + 1;
                }
                i++;
            }
            return text.length();
        }
        int i = start;
        while (i < text.length()) {
            char d = text.charAt(i);
            if (d == '\n' || d == '\r' || d == ',' || d == '}' || d == ']'
                    || (d == '#' && i > start && Character.isWhitespace(text.charAt(i - 1)))) {
                break;
            }
            i++;
        }
        while (i > start && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** Adds {@code key: value} (value already written) to the mapping at {@code pointer}. */
    Optional<Splice> insertField(String pointer, String key, String value) {
        Optional<Integer> at = offsetOf(pointer);
        if (at.isEmpty()) {
            return Optional.empty();
        }
        String k = json ? "\"" + key + "\"" : key;
        int start = at.get();
        if (start < text.length() && text.charAt(start) == '{') {
            return insertInFlow(start, '{', '}', k + ": " + value);
        }
        if (json) {
            return Optional.empty();
        }
        int column = sources.locate(pointer).column();
        int lineEnd = lastLineEnd(pointer);
        return Optional.of(new Splice(lineEnd, lineEnd, "\n" + " ".repeat(column - 1) + k + ": " + value));
    }

    /** Appends {@code item} (already written) to the list at {@code pointer}. */
    Optional<Splice> appendItem(String pointer, String item) {
        Optional<Integer> at = offsetOf(pointer);
        if (at.isEmpty()) {
            return Optional.empty();
        }
        int start = at.get();
        if (start < text.length() && text.charAt(start) == '[') {
            return insertInFlow(start, '[', ']', item);
        }
        if (json || start >= text.length() || text.charAt(start) != '-') {
            return Optional.empty();
        }
        int column = sources.locate(pointer).column();
        int lineEnd = lastLineEnd(pointer);
        return Optional.of(new Splice(lineEnd, lineEnd, "\n" + " ".repeat(column - 1) + "- " + item));
    }

    /** Replaces the flow list at {@code pointer} as a whole; a block list is refused. */
    Optional<Splice> replaceFlowList(String pointer, String list) {
        Optional<Integer> at = offsetOf(pointer);
        if (at.isEmpty() || at.get() >= text.length() || text.charAt(at.get()) != '[') {
            return Optional.empty();
        }
        int close = matching(at.get(), '[', ']');
        return close < 0 ? Optional.empty() : Optional.of(new Splice(at.get(), close + 1, list));
    }

    /** The flow list at {@code pointer} as written, brackets included. */
    Optional<String> flowListText(String pointer) {
        Optional<Integer> at = offsetOf(pointer);
        if (at.isEmpty() || at.get() >= text.length() || text.charAt(at.get()) != '[') {
            return Optional.empty();
        }
        int close = matching(at.get(), '[', ']');
        return close < 0 ? Optional.empty() : Optional.of(text.substring(at.get(), close + 1));
    }

    private Optional<Splice> insertInFlow(int open, char o, char c, String entry) {
        int close = matching(open, o, c);
        if (close < 0) {
            return Optional.empty();
        }
        int last = close - 1;
        while (last > open && Character.isWhitespace(text.charAt(last))) {
            last--;
        }
        String sep = last == open ? "" : ", ";
        return Optional.of(new Splice(last + 1, last + 1, sep + entry));
    }

    /** The offset of the bracket closing the one at {@code open}, skipping quoted text; -1 if none. */
    private int matching(int open, char o, char c) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char d = text.charAt(i);
            if (d == '"' || d == '\'') {
                i = scalarEnd(i) - 1;
                continue;
            }
            if (d == '#' && !json && i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
                int nl = text.indexOf('\n', i);
                i = nl < 0 ? text.length() : nl;
                continue;
            }
            if (d == '{' || d == '[') {
                depth++;
            } else if (d == '}' || d == ']') {
                depth--;
                if (depth == 0) {
                    return d == c ? i : -1;
                }
            }
        }
        return -1;
    }

    /**
     * The end of the last line of the block value at {@code pointer}: the line of its last
     * recorded descendant, extended while a flow collection opened there is still open.
     */
    private int lastLineEnd(String pointer) {
        Map<String, SourceLocation> all = sources.asMap();
        SourceLocation last = all.entrySet().stream()
                .filter(e -> e.getKey().equals(pointer) || e.getKey().startsWith(pointer + "/"))
                .map(Map.Entry::getValue)
                .max(Comparator.comparingInt(SourceLocation::line).thenComparingInt(SourceLocation::column))
                .orElse(sources.locate(pointer));
        int at = offset(last.line(), last.column()).orElse(0);
        if (at < text.length() && (text.charAt(at) == '{' || text.charAt(at) == '[')) {
            int close = matching(at, text.charAt(at), text.charAt(at) == '{' ? '}' : ']');
            at = close < 0 ? at : close;
        }
        int nl = text.indexOf('\n', at);
        int end = nl < 0 ? text.length() : nl;
        return end > 0 && text.charAt(end - 1) == '\r' ? end - 1 : end;
    }

    /** The text with the splices applied (they must not overlap). */
    String apply(List<Splice> splices) {
        List<Splice> sorted = new ArrayList<>(splices);
        sorted.sort(Comparator.comparingInt(Splice::start).reversed().thenComparing(Splice::end,
                Comparator.reverseOrder()));
        StringBuilder b = new StringBuilder(text);
        for (Splice s : sorted) {
            b.replace(s.start(), s.end(), s.replacement());
        }
        return b.toString();
    }

    /** A splice as a replacement of a region given by lines and columns (1-based, end exclusive). */
    FieldChange.Replacement replacement(Splice s) {
        int[] a = lineColumn(s.start());
        int[] b = lineColumn(s.end());
        return new FieldChange.Replacement(a[0], a[1], b[0], b[1], s.replacement());
    }

    private int[] lineColumn(int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, offset - lineStart + 1};
    }
}
