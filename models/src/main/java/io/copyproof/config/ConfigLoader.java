package io.copyproof.config;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Loads and validates a configuration file (YAML or JSON, by extension: {@code .yaml},
 * {@code .yml}, {@code .json}) in one pass that collects every error, each with file, line,
 * column and the JSON pointer of the offending field, in file order. Never throws.
 *
 * <p><b>Locations.</b> The {@link SourceMap} of a loaded {@link Config} maps the JSON pointer of
 * every value in the file to the line and column where that <em>value</em> starts (for a field,
 * its value, not its key; for a list element that is a mapping, its first key). Errors about a
 * field point at its value; an unknown or duplicate field points at its key; a missing field
 * points at the element that lacks it, with the pointer the field would have.
 *
 * <p><b>Defaults.</b> {@code name}: the file name; volume {@code type: striped},
 * {@code cache: readwrite}; remote copy {@code state: consistent_synchronized}; host
 * {@code readOnly: false}; every {@code nativeCopy} flag {@code false}; backend copy
 * {@code suspendsSource: false}; {@code workload.stress: false}; bounds 2 writes per host,
 * 2 blocks per volume, 1 snapshot per copy; an omitted (or empty) list is an empty list.
 *
 * <p><b>Strictness.</b> Booleans are {@code true}/{@code false} only (YAML 1.1 words such as
 * {@code yes} or {@code on} are errors where a boolean is expected); duplicate keys are errors; YAML
 * aliases and merge keys ({@code <<: *defaults}) are expanded up to 100,000 copied values in all;
 * files above {@link #MAX_FILE_BYTES} and documents nested deeper than 64 levels are refused.
 */
public final class ConfigLoader {
    /** The largest file accepted: 8 MiB. */
    public static final long MAX_FILE_BYTES = 8L * 1024 * 1024;

    private static final YAMLFactory YAML = YAMLFactory.builder()
            // `hosts:` with nothing after it is an empty value (null), as YAML says, not the text ''
            .enable(com.fasterxml.jackson.dataformat.yaml.YAMLParser.Feature.EMPTY_STRING_AS_NULL)
            .loaderOptions(loaderOptions())
            .streamReadConstraints(constraints())
            .build();
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(constraints())
            .build();

    private ConfigLoader() {
    }

    private static LoaderOptions loaderOptions() {
        LoaderOptions o = new LoaderOptions();
        o.setCodePointLimit((int) MAX_FILE_BYTES + 1024);
        o.setMaxAliasesForCollections(50);
        o.setAllowDuplicateKeys(true); // reported by TreeReader, with both lines
        o.setNestingDepthLimit(TreeReader.MAX_DEPTH * 2);
        return o;
    }

    private static StreamReadConstraints constraints() {
        return StreamReadConstraints.builder()
                .maxNestingDepth(TreeReader.MAX_DEPTH * 2)
                .maxStringLength((int) MAX_FILE_BYTES)
                .maxNumberLength(1000)
                .build();
    }

    /** Reads and loads a file; the file name in locations is {@code file} as given. */
    public static LoadResult load(Path file) {
        if (file == null) {
            return fileError("<unnamed>", "no file was given");
        }
        String name = file.toString();
        try {
            String ext = checkExtension(name);
            java.nio.file.attribute.BasicFileAttributes attrs = FileInput.attributes(file);
            if (ext != null && !attrs.isDirectory()) {
                return fileError(name, ext);
            }
            byte[] bytes = FileInput.read(file, MAX_FILE_BYTES);
            if (bytes.length > MAX_FILE_BYTES) {
                return fileError(name, tooLarge(name, Math.max(bytes.length, attrs.size())));
            }
            return decodeAndParse(name, bytes);
        } catch (FileInput.Unreadable e) {
            return fileError(name, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return fileError(name, "cannot read '" + name + "': " + plain(e));
        }
    }

    /**
     * The result for standard input that cannot be read (closed, or not readable), with the reason
     * in the user's words.
     */
    public static LoadResult stdinUnreadable(String reason) {
        return fileError(STDIN, "cannot read standard input: " + reason);
    }

    /** A failure said without the name of a Java class. */
    private static String plain(Throwable e) {
        String m = e.getMessage();
        if (e instanceof StackOverflowError) {
            return "the document is nested too deeply to read";
        }
        return m == null || m.isBlank() ? "an unexpected problem while reading" : firstLine(m);
    }

    /** Loads bytes as the content of a file named {@code fileName} (UTF-8; a BOM is allowed). */
    public static LoadResult parse(String fileName, byte[] bytes) {
        if (fileName == null || bytes == null) {
            return parse(fileName, (String) null);
        }
        if (bytes.length > MAX_FILE_BYTES) {
            return fileError(fileName, tooLarge(fileName, bytes.length));
        }
        return decodeAndParse(fileName, bytes);
    }

    /** The name standard input goes by in messages and reports. */
    public static final String STDIN = "<stdin>";

    /**
     * Loads bytes read from standard input, named {@value #STDIN} in every message: YAML (which
     * also reads JSON documents), UTF-8, at most the size of a file.
     */
    public static LoadResult parseStdin(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return fileError(STDIN, "standard input is empty; a configuration is a mapping with at least 'systems'");
        }
        if (bytes.length > MAX_FILE_BYTES) {
            return fileError(STDIN, tooLarge(STDIN, bytes.length));
        }
        return decodeAndParse(STDIN, bytes);
    }

    private static LoadResult decodeAndParse(String name, byte[] bytes) {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = dec.decode(in, out, true);
        if (r.isError()) {
            int at = in.position();
            int line = 1;
            int col = 1;
            for (int i = 0; i < at; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    col = 1;
                } else if ((bytes[i] & 0xC0) != 0x80) {
                    col++;
                }
            }
            return new LoadResult.Invalid(name, java.util.List.of(new ConfigError(
                    "the file is not UTF-8 text (invalid byte 0x" + String.format("%02x", bytes[at] & 0xff)
                            + " at byte " + at + "); save it as UTF-8",
                    new SourceLocation(name, line, col), "")));
        }
        dec.flush(out);
        out.flip();
        return parse(name, out.toString());
    }

    /**
     * Loads {@code text} as the content of a file named {@code fileName}; the extension of the
     * name selects YAML or JSON.
     */
    public static LoadResult parse(String fileName, String text) {
        String name = fileName == null ? "<unnamed>" : fileName;
        if (text == null || name.toLowerCase(Locale.ROOT).endsWith(".json") || checkExtension(name) != null) {
            return parse(name, text, false);
        }
        LongLines.Line longest = LongLines.longest(text);
        if (longest.length() <= LongLines.MAX_YAML_LINE) {
            return parse(name, text, false);
        }
        // a line that long makes the YAML reader slow down sharply: read JSON as JSON, refuse the rest
        if (LongLines.looksLikeJson(text)) {
            LoadResult asJson = parse(name, text, true);
            if (!(asJson instanceof LoadResult.Invalid inv && inv.errors().stream()
                    .anyMatch(e -> e.message().startsWith("the file is not valid JSON")))) {
                return asJson;
            }
        }
        return new LoadResult.Invalid(name, java.util.List.of(new ConfigError(LongLines.message(longest),
                new SourceLocation(name, longest.number(), LongLines.MAX_YAML_LINE + 1), "")));
    }

    private static LoadResult parse(String name, String text, boolean asJson) {
        Problems problems = new Problems(name);
        JsonParser parser = null;
        try {
            String ext = checkExtension(name);
            if (ext != null) {
                return fileError(name, ext);
            }
            if (text == null) {
                return fileError(name, "the file is empty; a configuration is a mapping with at least 'systems'");
            }
            if (text.length() > MAX_FILE_BYTES || text.getBytes(StandardCharsets.UTF_8).length > MAX_FILE_BYTES) {
                return fileError(name, tooLarge(name, text.getBytes(StandardCharsets.UTF_8).length));
            }
            String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
            boolean json = asJson || name.toLowerCase(Locale.ROOT).endsWith(".json");
            parser = json ? JSON.createParser(body) : YAML.createParser(body);
            Map<String, SourceLocation> locations = new HashMap<>(Math.max(16, body.length() / 4));
            Tree root;
            try {
                root = new TreeReader(parser, problems, locations).readDocument();
            } catch (JsonProcessingException e) {
                syntaxError(problems, name, json, e);
                return new LoadResult.Invalid(name, problems.sorted());
            }
            if (root == null) {
                if (!problems.isEmpty()) {
                    return new LoadResult.Invalid(name, problems.sorted());
                }
                if (body.isBlank()) {
                    return fileError(name, "the file is empty; a configuration is a mapping with at least 'systems'");
                }
                return new LoadResult.Invalid(name, java.util.List.of(new ConfigError(
                        "the file holds no configuration, only comments or blank lines; a configuration is "
                                + "a mapping with at least 'systems'", new SourceLocation(name, 1, 1), "")));
            }
            Binder binder = new Binder(problems);
            Binder.Draft draft = binder.bind(root, baseName(name));
            SourceMap sources = SourceMap.owning(name, locations);
            new Validator(problems, sources, binder.pointers).validate(draft);
            if (!problems.isEmpty()) {
                return new LoadResult.Invalid(name, problems.sorted());
            }
            return new LoadResult.Loaded(Validator.build(draft, sources));
        } catch (IOException | RuntimeException | StackOverflowError e) {
            // last resort: should not happen, but the loader never throws
            SourceLocation at = SourceLocation.ofFile(name);
            if (parser != null) {
                JsonLocation l = parser.currentTokenLocation();
                at = new SourceLocation(name, Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
            }
            problems.add("cannot read this file (" + plain(e) + ")", at, "");
            return new LoadResult.Invalid(name, problems.sorted());
        } finally {
            if (parser != null) {
                try {
                    parser.close();
                } catch (IOException | RuntimeException ignored) {
                    // nothing to release for a string source
                }
            }
        }
    }

    private static void syntaxError(Problems problems, String name, boolean json, JsonProcessingException e) {
        Throwable cause = e.getCause();
        if (cause instanceof MarkedYAMLException m && m.getProblemMark() != null) {
            Mark mark = m.getProblemMark();
            String what = m.getProblem() == null ? "syntax error" : m.getProblem();
            String context = "";
            if (m.getContext() != null && m.getContextMark() != null) {
                context = " (" + m.getContext() + " that starts on line " + (m.getContextMark().getLine() + 1) + ")";
            } else if (m.getContext() != null) {
                context = " (" + m.getContext() + ")";
            }
            problems.add("the file is not valid YAML: " + what + context,
                    new SourceLocation(name, mark.getLine() + 1, mark.getColumn() + 1), "");
            return;
        }
        if (e instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException && !problems.isEmpty()) {
            return; // the reader already reported the nesting or size that broke the limit
        }
        JsonLocation l = e.getLocation();
        SourceLocation at = l == null ? new SourceLocation(name, 1, 1)
                : new SourceLocation(name, Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
        String msg = e.getOriginalMessage() == null ? "syntax error" : firstLine(e.getOriginalMessage());
        if (cause != null && cause.getMessage() != null && msg.contains(cause.getMessage())) {
            msg = firstLine(cause.getMessage());
        }
        msg = msg.replaceAll("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]", "line $1, column $2");
        msg = plainParserWords(msg);
        problems.add("the file is not valid " + (json ? "JSON" : "YAML") + ": " + msg, at, "");
    }

    /** A parser's message without the names of its classes, events and feature switches. */
    static String plainParserWords(String msg) {
        String m = msg.replace("Expected a field name (Scalar value in YAML), got this instead:",
                "expected a key (plain text), found");
        m = m.replaceAll("<org\\.yaml\\.snakeyaml\\.events\\.SequenceStartEvent[^>]*>", "a list")
                .replaceAll("<org\\.yaml\\.snakeyaml\\.events\\.MappingStartEvent[^>]*>", "a mapping")
                .replaceAll("<org\\.yaml\\.snakeyaml\\.events\\.(\\w+)Event[^>]*>", "something else ($1)");
        m = m.replaceAll("\\s*\\(not recognized as one since Feature '[A-Z_]+' not enabled for parser\\)",
                " (JSON has no comments)");
        m = m.replaceAll(":?\\s*\\(?\\s*(?:or )?enable `?JsonReadFeature\\.[A-Z_]+`? to allow\\)?", " (not allowed in JSON)");
        return m.replaceAll("\\b(?:com\\.fasterxml|org\\.yaml)\\.[\\w.$]+", "the parser");
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static String checkExtension(String name) {
        if (name.equals(STDIN)) {
            return null;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json")) {
            return null;
        }
        return "'" + name + "' is not a configuration file: the name must end in .yaml, .yml or .json";
    }

    private static String tooLarge(String name, long size) {
        return "'" + name + "' is " + size + " bytes; the limit is 8 MiB (" + MAX_FILE_BYTES + " bytes)";
    }

    private static String baseName(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return name.substring(slash + 1);
    }

    private static LoadResult fileError(String name, String message) {
        return new LoadResult.Invalid(name, java.util.List.of(new ConfigError(message, SourceLocation.ofFile(name), "")));
    }
}
