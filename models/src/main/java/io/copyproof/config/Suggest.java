package io.copyproof.config;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** "Did you mean" hints: the known names closest to a misspelt one by edit distance. */
final class Suggest {
    private Suggest() {
    }

    /** Edit distance (insert, delete, substitute; case-insensitive), capped at {@code limit + 1}. */
    static int distance(String a, String b, int limit) {
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        if (Math.abs(x.length() - y.length()) > limit) {
            return limit + 1;
        }
        int[] prev = new int[y.length() + 1];
        int[] cur = new int[y.length() + 1];
        for (int j = 0; j <= y.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= x.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= y.length(); j++) {
                int cost = x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[y.length()], limit + 1);
    }

    /** Up to three known names within a small edit distance of {@code wanted}, closest first. */
    static List<String> closest(String wanted, Collection<String> known) {
        int limit = Math.max(2, wanted.length() / 3);
        record Scored(String name, int d) {
        }
        List<Scored> scored = new ArrayList<>();
        for (String k : known) {
            int d = distance(wanted, k, limit);
            if (d <= limit) {
                scored.add(new Scored(k, d));
            }
        }
        scored.sort(Comparator.comparingInt(Scored::d));
        return scored.stream().limit(3).map(Scored::name).toList();
    }

    /** {@code "; did you mean 'x'?"}, {@code "; did you mean 'x' or 'y'?"}, or empty. */
    static String didYouMean(String wanted, Collection<String> known) {
        List<String> c = closest(wanted, known);
        if (c.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("; did you mean ");
        for (int i = 0; i < c.size(); i++) {
            if (i > 0) {
                sb.append(i == c.size() - 1 ? " or " : ", ");
            }
            sb.append('\'').append(c.get(i)).append('\'');
        }
        return sb.append('?').toString();
    }

    /** A hint for a dangling reference: the closest ids, else the known ids when there are few. */
    static String known(String wanted, Collection<String> known, String plural) {
        String hint = didYouMean(wanted, known);
        if (!hint.isEmpty()) {
            return hint;
        }
        if (known.isEmpty()) {
            return "; the configuration declares no " + plural;
        }
        if (known.size() <= 8) {
            return "; known " + plural + ": " + String.join(", ", known);
        }
        return "";
    }
}
