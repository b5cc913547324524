package io.copyproof.imports;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.copyproof.config.SourceLocation;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one export file into rows: CLI text (a concise view with a header line, or a detailed
 * view of {@code key!value} lines) or REST JSON (an array of objects with string values, one
 * object, or several arrays one after the other). Every problem is reported with file, line and
 * column; the rows that could be read are returned either way.
 */
final class ExportReader {
    private static final JsonFactory JSON = new JsonFactory();
    private static final String DELIMS = "!:,";

    private ExportReader() {
    }

    /** Reads a file by content: JSON when it starts with {@code [} or <code>{</code>. */
    static List<Row> read(String file, String text, boolean detailed, Issues issues) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String start = body.stripLeading();
        if (start.startsWith("[") || start.startsWith("{")) {
            return json(file, body, issues);
        }
        return detailed ? detailed(file, body, issues) : concise(file, body, issues);
    }

    // ---- CLI text ------------------------------------------------------------------------

    static List<Row> concise(String file, String text, Issues issues) {
        List<String> lines = lines(text);
        int h = 0;
        while (h < lines.size() && lines.get(h).isBlank()) {
            h++;
        }
        if (h == lines.size()) {
            return List.of(); // an empty listing: no objects of this kind
        }
        String header = lines.get(h);
        char delim = delimiter(header);
        if (delim == 0) {
            issues.error(new SourceLocation(file, h + 1, 1), "the header line has no delimiter; export with "
                    + "'-delim !' so that columns can be found by name");
            return List.of();
        }
        String[] names = split(header, delim);
        Map<String, Integer> index = new HashMap<>(names.length * 2);
        for (int k = 0; k < names.length; k++) {
            names[k] = names[k].trim();
            index.putIfAbsent(names[k], k);
        }
        List<Row> rows = new ArrayList<>();
        for (int i = h + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String[] fields = split(line, delim);
            if (fields.length != names.length) {
                int col = fields.length > names.length ? columns(line, delim, fields.length)[names.length] : line.length();
                issues.error(new SourceLocation(file, i + 1, Math.max(1, col)), "the row has " + fields.length
                        + " fields but the header (line " + (h + 1) + ") has " + names.length
                        + (delim == '!' ? "" : "; a value contains the delimiter '" + delim
                        + "': re-export with '-delim !'"));
                continue;
            }
            rows.add(new Row(file, i + 1, names, fields, columns(line, delim, fields.length), null, index));
        }
        return rows;
    }

    /** The lines of a text, without their line ends ({@code \n} or {@code \r\n}). */
    static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            if (i == n || text.charAt(i) == '\n') {
                int end = i > start && text.charAt(i - 1) == '\r' ? i - 1 : i;
                out.add(text.substring(start, end));
                start = i + 1;
            }
        }
        return out;
    }

    /** The delimiter of a header line: {@code !}, then {@code :}, then {@code ,}; 0 when none. */
    private static char delimiter(String header) {
        for (int i = 0; i < DELIMS.length(); i++) {
            if (header.indexOf(DELIMS.charAt(i)) >= 0) {
                return DELIMS.charAt(i);
            }
        }
        return 0;
    }

    private static String[] split(String line, char delim) {
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == delim) {
                out.add(line.substring(from, i));
                from = i + 1;
            }
        }
        out.add(line.substring(from));
        return out.toArray(new String[0]);
    }

    /** The 1-based column at which each of the first {@code n} fields starts. */
    private static int[] columns(String line, char delim, int n) {
        int[] cols = new int[n];
        int k = 0;
        if (n > 0) {
            cols[k++] = 1;
        }
        for (int i = 0; i < line.length() && k < n; i++) {
            if (line.charAt(i) == delim) {
                cols[k++] = i + 2;
            }
        }
        return cols;
    }

    /**
     * A detailed view: {@code key!value} lines (also {@code key:value}, {@code key,value} or
     * {@code key value}). A line whose key is {@code id} or {@code copy_id} begins a new block; a
     * repeated key within a block keeps its first value.
     */
    static List<Row> detailed(String file, String text, Issues issues) {
        List<String> lines = lines(text);
        List<Row> rows = new ArrayList<>();
        Block block = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            int cut = keyEnd(line);
            if (cut <= 0) {
                issues.error(new SourceLocation(file, i + 1, 1), "expected 'key!value' (a detailed view exported "
                        + "with '-delim !'), found '" + abbreviate(line) + "'");
                continue;
            }
            String key = line.substring(0, cut);
            if (block == null || key.equals("id") || key.equals("copy_id")) {
                if (block != null) {
                    rows.add(block.row(file));
                }
                block = new Block(i + 1);
            }
            block.add(key, cut < line.length() ? line.substring(cut + 1) : "", i + 1, Math.min(cut + 2, line.length() + 1));
        }
        if (block != null) {
            rows.add(block.row(file));
        }
        return rows;
    }

    /** The lines of one object of a detailed view, as they are read. */
    private static final class Block {
        private final int start;
        private final List<String> keys = new ArrayList<>(64);
        private final List<String> values = new ArrayList<>(64);
        private int[] lines = new int[64];
        private int[] cols = new int[64];

        Block(int start) {
            this.start = start;
        }

        void add(String key, String value, int line, int col) {
            int n = keys.size();
            if (n == lines.length) {
                lines = java.util.Arrays.copyOf(lines, n * 2);
                cols = java.util.Arrays.copyOf(cols, n * 2);
            }
            keys.add(key);
            values.add(value);
            lines[n] = line;
            cols[n] = col;
        }

        Row row(String file) {
            int n = keys.size();
            return new Row(file, start, keys.toArray(new String[0]), values.toArray(new String[0]),
                    java.util.Arrays.copyOf(cols, n), java.util.Arrays.copyOf(lines, n), null);
        }
    }

    /** The end of the key of a detailed-view line: the first delimiter or blank; -1 when none. */
    private static int keyEnd(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '!' || c == ':' || c == ',' || c == ' ' || c == '\t') {
                return i;
            }
        }
        return -1;
    }

    static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }

    // ---- REST JSON -----------------------------------------------------------------------

    static List<Row> json(String file, String text, Issues issues) {
        List<Row> rows = new ArrayList<>();
        try (JsonParser p = JSON.createParser(text)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                values(file, p, t, rows, issues);
            }
        } catch (JsonProcessingException e) {
            var l = e.getLocation();
            issues.error(new SourceLocation(file, l == null ? 1 : Math.max(1, l.getLineNr()),
                    l == null ? 1 : Math.max(1, l.getColumnNr())), "not valid JSON: " + firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            issues.error(SourceLocation.ofFile(file), "cannot read: " + e.getMessage());
        }
        return rows;
    }

    /** An object becomes a row; an array contributes its elements (arrays may nest one level: the detail outputs). */
    private static void values(String file, JsonParser p, JsonToken t, List<Row> rows, Issues issues)
            throws IOException {
        if (t == JsonToken.START_ARRAY) {
            JsonToken e;
            while ((e = p.nextToken()) != JsonToken.END_ARRAY && e != null) {
                values(file, p, e, rows, issues);
            }
            return;
        }
        SourceLocation at = location(file, p);
        if (t != JsonToken.START_OBJECT) {
            issues.error(at, "expected a JSON object (one per exported object), found " + p.getText());
            p.skipChildren();
            return;
        }
        Block block = new Block(at.line());
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            JsonToken v = p.nextToken();
            SourceLocation vat = location(file, p);
            if (v == JsonToken.START_OBJECT || v == JsonToken.START_ARRAY) {
                p.skipChildren(); // nested values are not part of the CLI columns
                continue;
            }
            block.add(key, v == JsonToken.VALUE_NULL ? "" : p.getText(), vat.line(), vat.column());
        }
        rows.add(block.row(file));
    }

    private static SourceLocation location(String file, JsonParser p) {
        var l = p.currentTokenLocation();
        return new SourceLocation(file, Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "syntax error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
