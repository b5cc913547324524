package io.copyproof.config;

/**
 * Very long lines in YAML. The YAML reader copies its look-ahead window for every kilobyte of a
 * scalar it scans, so one scalar of n characters costs time in n²: an 8 MiB line took close to a
 * minute. Lines are limited to {@link #MAX_YAML_LINE} characters in YAML, which bounds that cost
 * to a fraction of a second for a whole file; a JSON document on one line is read by the JSON
 * reader instead, which has no such cost.
 */
final class LongLines {
    /** The longest line read as YAML: 64 Ki characters. */
    static final int MAX_YAML_LINE = 64 * 1024;

    /** A line: its 1-based number and its length in characters. */
    record Line(int number, int length) {
    }

    private LongLines() {
    }

    /** The longest line of a text (the first of equal ones). */
    static Line longest(String text) {
        int bestNumber = 1;
        int bestLength = 0;
        int number = 1;
        int start = 0;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            if (i == n || text.charAt(i) == '\n') {
                int length = i - start;
                if (length > bestLength) {
                    bestLength = length;
                    bestNumber = number;
                }
                number++;
                start = i + 1;
            }
        }
        return new Line(bestNumber, bestLength);
    }

    /** Whether the document starts as a JSON object or array does (after a BOM and white space). */
    static boolean looksLikeJson(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\uFEFF' || Character.isWhitespace(c)) {
                continue;
            }
            return c == '{' || c == '[';
        }
        return false;
    }

    static String message(Line line) {
        return String.format(java.util.Locale.ROOT, "line %d is %,d characters long; YAML lines may have at most %,d "
                + "(longer ones make the YAML reader very slow): break the line up, or write the document as JSON",
                line.number(), line.length(), MAX_YAML_LINE);
    }
}
