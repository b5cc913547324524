package io.copyproof.result;

import java.util.List;

/**
 * How a verification was cut into slices (per-invariant cones of influence checked separately):
 * how many slices, how many were explored (the others are identical to an explored one up to
 * renaming and reuse its result), the largest slice (elements it checks, and its label), and the
 * slices that ended without a verdict (each named, with its reason). One slice means the
 * configuration was checked whole.
 */
public record Slices(int total, int explored, int reused, int largestSize, String largest,
                     List<String> inconclusive) {
    public Slices {
        largest = largest == null ? "" : largest;
        inconclusive = List.copyOf(inconclusive);
    }

    /** The summary of a configuration checked whole, as one slice. */
    public static Slices whole(int size) {
        return new Slices(1, 1, 0, size, "the whole configuration", List.of());
    }

    /** One line for people: {@code 120 slices, 7 explored, 113 identical up to renaming; largest: ...}. */
    public String summary() {
        if (total <= 1) {
            return "1 slice (the configuration was checked whole)";
        }
        String s = total + " slices, " + explored + " explored, " + reused + " identical to an explored one up to renaming;"
                + " largest: " + largest + " (" + largestSize + " elements)";
        return inconclusive.isEmpty() ? s : s + "; " + inconclusive.size() + " without a verdict";
    }
}
