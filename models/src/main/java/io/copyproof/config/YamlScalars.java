package io.copyproof.config;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Strings written as YAML scalars that read back as the same strings: plain where that is
 * unambiguous (an id such as {@code db_vol}, {@code SVC_A/io_grp0}, {@code vol@SVC_B}), otherwise
 * double-quoted with every control, line-separator and byte-order character escaped, so that no
 * value can end its line, start another key or be read as a boolean, number or null.
 */
public final class YamlScalars {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_.\\-/@]*");
    private static final List<String> RESERVED = List.of("true", "false", "null", "yes", "no", "on", "off", "y",
            "n", "nan", "inf");

    private YamlScalars() {
    }

    /** {@code s} plain when unambiguous, else {@link #quote quoted}. */
    public static String str(String s) {
        if (PLAIN.matcher(s).matches() && !RESERVED.contains(s.toLowerCase(Locale.ROOT))) {
            return s;
        }
        return quote(s);
    }

    /** {@code s} double-quoted, with escapes. */
    public static String quote(String s) {
        StringBuilder q = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\t' -> q.append("\\t");
                case '\r' -> q.append("\\r");
                default -> {
                    if (ch < 0x20 || ch == 0x7f || (ch >= 0x80 && ch <= 0x9f) || ch == '\u2028' || ch == '\u2029'
                            || ch == '\ufeff') {
                        q.append(String.format("\\u%04x", (int) ch));
                    } else {
                        q.append(ch);
                    }
                }
            }
        }
        return q.append('"').toString();
    }
}
