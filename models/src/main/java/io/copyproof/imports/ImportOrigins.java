package io.copyproof.imports;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads back the origin comments of a file written by {@code import}: for a line of the YAML, the
 * export lines the element on it came from ({@code siteA/lsvdisk.txt:14}). A finding that
 * {@code verify} locates on an imported file can so also name the export line.
 */
public final class ImportOrigins {
    private final Map<Integer, String> byLine;

    private ImportOrigins(Map<Integer, String> byLine) {
        this.byLine = byLine;
    }

    /** True when the text is an imported configuration (its first line is the import's marker). */
    public static boolean isImported(String yaml) {
        return yaml.startsWith(Doc.MARKER);
    }

    /** The origins of every element line of an imported file; none for any other text. */
    public static ImportOrigins of(String yaml) {
        Map<Integer, String> out = new HashMap<>();
        if (!isImported(yaml)) {
            return new ImportOrigins(out);
        }
        int line = 1;
        int start = 0;
        for (int i = 0; i <= yaml.length(); i++) {
            if (i == yaml.length() || yaml.charAt(i) == '\n') {
                String text = yaml.substring(start, i);
                int hash = text.lastIndexOf("  # ");
                if (hash > 0 && !text.stripLeading().startsWith("#")) {
                    out.put(line, text.substring(hash + 4).trim());
                }
                line++;
                start = i + 1;
            }
        }
        return new ImportOrigins(out);
    }

    /** The export lines the element on {@code line} came from. */
    public Optional<String> at(int line) {
        return Optional.ofNullable(byLine.get(line));
    }

    public boolean isEmpty() {
        return byLine.isEmpty();
    }
}
