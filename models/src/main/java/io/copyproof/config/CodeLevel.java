package io.copyproof.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A code level such as {@code 8.5.0.6}: dotted non-negative numbers, compared numerically part by
 * part ({@code 8.10 > 8.9}); missing trailing parts count as zero ({@code 8.5 == 8.5.0.0}).
 */
public record CodeLevel(List<Integer> parts) implements Comparable<CodeLevel> {
    public CodeLevel {
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a code level has at least one part");
        }
    }

    /** Parses {@code 8.5.0.6}; empty when the text is not dotted numbers (1 to 6 parts). */
    public static Optional<CodeLevel> parse(String text) {
        if (text == null || text.isEmpty() || text.startsWith(".") || text.endsWith(".") || text.contains("..")) {
            return Optional.empty();
        }
        String[] split = text.split("\\.");
        if (split.length > 6) {
            return Optional.empty();
        }
        List<Integer> parts = new ArrayList<>(split.length);
        for (String s : split) {
            if (s.isEmpty() || s.length() > 9 || !s.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
                return Optional.empty();
            }
            parts.add(Integer.parseInt(s));
        }
        return Optional.of(new CodeLevel(parts));
    }

    /** Parses or throws {@link IllegalArgumentException}; for code and tests, not for user input. */
    public static CodeLevel of(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException("not a code level: " + text));
    }

    @Override
    public int compareTo(CodeLevel o) {
        int n = Math.max(parts.size(), o.parts.size());
        for (int i = 0; i < n; i++) {
            int a = i < parts.size() ? parts.get(i) : 0;
            int b = i < o.parts.size() ? o.parts.get(i) : 0;
            if (a != b) {
                return Integer.compare(a, b);
            }
        }
        return 0;
    }

    public boolean isBelow(CodeLevel o) {
        return compareTo(o) < 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CodeLevel c && compareTo(c) == 0;
    }

    @Override
    public int hashCode() {
        int end = parts.size();
        while (end > 1 && parts.get(end - 1) == 0) {
            end--;
        }
        return parts.subList(0, end).hashCode();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                sb.append('.');
            }
            sb.append(parts.get(i));
        }
        return sb.toString();
    }
}
