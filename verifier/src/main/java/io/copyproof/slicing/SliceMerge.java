package io.copyproof.slicing;

import io.copyproof.result.Slices;
import io.copyproof.result.Stats;
import io.copyproof.result.Violation;
import io.copyproof.rules.RuleCatalog;
import io.copyproof.rules.RuleInfo;
import io.copyproof.engine.EngineResult;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Merges the results of the slices of one configuration into the result of the whole: the union of
 * the checked invariants (in the catalog's order), per violated invariant the shortest trace over
 * all slices (the first slice in file order on a tie) with its JSON pointer rewritten into the
 * whole file, summed statistics, the assumptions of every slice in their common order, and the
 * slices without a verdict as the inconclusive reason.
 */
final class SliceMerge {
    private static final int NAMED_INCONCLUSIVE = 3;

    private SliceMerge() {
    }

    static EngineResult merge(String engine, List<Slice> slices, List<Integer> explored,
                              EngineResult[] results, double wallSeconds, long peakHeap) {
        Set<Integer> isExplored = new java.util.HashSet<>(explored);
        Set<String> checked = new LinkedHashSet<>();
        Map<String, Violation> shortest = new LinkedHashMap<>();
        List<List<String>> assumptionLists = new ArrayList<>();
        List<String> inconclusive = new ArrayList<>();
        for (int i = 0; i < slices.size(); i++) {
            EngineResult r = results[i];
            Slice slice = slices.get(i);
            checked.addAll(r.checked());
            for (Violation v : r.violations()) {
                Violation old = shortest.get(v.id());
                if (old == null || v.trace().size() < old.trace().size()) {
                    shortest.put(v.id(), relocate(v, slice));
                }
            }
            if (isExplored.contains(i)) {
                assumptionLists.add(r.assumptions());
            }
            int index = i;
            r.inconclusiveReason().ifPresent(reason -> inconclusive.add("slice " + (index + 1) + " of " + slices.size()
                    + " (" + slice.label() + "): " + reason));
        }
        List<String> ids = ordered(checked);
        List<Violation> violations = new ArrayList<>();
        for (String id : ids) {
            if (shortest.containsKey(id)) {
                violations.add(shortest.get(id));
            }
        }
        shortest.keySet().stream().filter(id -> !ids.contains(id)).forEach(id -> violations.add(shortest.get(id)));
        Optional<String> reason = inconclusive.isEmpty() ? Optional.empty() : Optional.of(reason(inconclusive));
        Slice largest = slices.stream().max(Comparator.comparingInt(Slice::size)).orElseThrow();
        Slices summary = new Slices(slices.size(), explored.size(), slices.size() - explored.size(), largest.size(),
                largest.label(), inconclusive);
        return new EngineResult(engine, ids, violations, stats(explored, results, wallSeconds, peakHeap),
                perSliceClaims(assumptionLists), reason, Optional.of(summary));
    }

    private static String reason(List<String> inconclusive) {
        List<String> named = inconclusive.subList(0, Math.min(NAMED_INCONCLUSIVE, inconclusive.size()));
        String more = inconclusive.size() > named.size()
                ? "; and " + (inconclusive.size() - named.size()) + " more slices" : "";
        return inconclusive.size() + " slice" + (inconclusive.size() == 1 ? "" : "s") + " without a verdict: "
                + String.join("; ", named) + more;
    }

    /** The violation with its pointer into the whole configuration. */
    private static Violation relocate(Violation v, Slice slice) {
        return new Violation(v.id(), v.title(), v.engine(), v.initialState(), v.trace(), v.explanation(),
                v.location(), slice.toWholePointer(v.path()), v.blastRadius());
    }

    /** Invariant ids in the catalog's order; ids the catalog does not know keep their order, last. */
    private static List<String> ordered(Set<String> ids) {
        List<String> out = new ArrayList<>();
        for (RuleInfo r : RuleCatalog.invariants()) {
            if (ids.contains(r.id())) {
                out.add(r.id());
            }
        }
        ids.stream().filter(id -> !out.contains(id)).forEach(out::add);
        return out;
    }

    /**
     * Statistics of the explored slices: states and transitions summed, wall seconds of the whole
     * run, bytes per state averaged over all states, the rest the largest (peak heap: of the slices and of the process during the run).
     */
    private static Stats stats(List<Integer> explored, EngineResult[] results, double wallSeconds, long peakHeap) {
        long states = 0;
        long transitions = 0;
        int depth = 0;
        double bytes = 0;
        double collision = 0;
        long heap = peakHeap;
        for (int i : explored) {
            Stats s = results[i].stats();
            states += s.distinctStates();
            transitions += s.transitions();
            depth = Math.max(depth, s.depth());
            bytes += s.bytesPerState() * s.distinctStates();
            collision += s.collisionProbability();
            heap = Math.max(heap, s.peakHeapBytes());
        }
        return new Stats(states, transitions, depth, wallSeconds, states == 0 ? 0 : bytes / states, Math.min(1.0, collision), heap);
    }

    /**
     * The assumptions of the slices merged ({@link #mergeOrdered}), except the Alloy engine's lines
     * on how each invariant was decided ("Alloy proved A, B by induction: ...", "Alloy checked C on
     * every run of up to ..."), which differ from slice to slice: they become one line each, saying
     * in how many of the explored slices each invariant was decided that way.
     */
    static List<String> perSliceClaims(List<List<String>> lists) {
        Map<String, Integer> proved = new LinkedHashMap<>();
        Map<String, Integer> bounded = new LinkedHashMap<>();
        List<List<String>> rest = new ArrayList<>();
        for (List<String> list : lists) {
            List<String> kept = new ArrayList<>();
            for (String a : list) {
                if (!count(a, "Alloy proved ", " by induction", proved) && !count(a, "Alloy checked ", " on every run", bounded)) {
                    kept.add(a);
                }
            }
            rest.add(kept);
        }
        List<String> out = mergeOrdered(rest);
        int at = out.isEmpty() || !out.get(0).startsWith("Bounds:") ? 0 : 1;
        if (!bounded.isEmpty()) {
            out.add(at, "Alloy checked, per slice, on every run of up to the bound derived for that slice (a slice where "
                    + "a shortest counterexample could be longer is reported without a verdict): " + counts(bounded, lists.size()) + ".");
        }
        if (!proved.isEmpty()) {
            out.add(at, "Alloy proved by induction, per slice (the invariant and the lemmas of the model hold initially "
                    + "and after every step of that slice, so on runs of any length): " + counts(proved, lists.size()) + ".");
        }
        return out;
    }

    private static boolean count(String line, String prefix, String suffix, Map<String, Integer> into) {
        int end = line.indexOf(suffix);
        if (!line.startsWith(prefix) || end < prefix.length()) {
            return false;
        }
        for (String id : line.substring(prefix.length(), end).split(", ")) {
            into.merge(id, 1, Integer::sum);
        }
        return true;
    }

    private static String counts(Map<String, Integer> byId, int slices) {
        List<String> parts = new ArrayList<>();
        byId.forEach((id, n) -> parts.add(id + " in " + n + " of " + slices + " slices"));
        return String.join(", ", parts);
    }

    /**
     * The union of lists that are each in one common order (each slice's assumptions are a
     * subsequence of its engine's full list): every item after the items that precede it in some
     * list, else in order of first appearance.
     */
    static List<String> mergeOrdered(List<List<String>> lists) {
        List<String> out = new ArrayList<>();
        for (List<String> list : lists) {
            int at = 0;
            for (String item : list) {
                int existing = out.indexOf(item);
                if (existing >= 0) {
                    at = Math.max(at, existing + 1);
                } else {
                    out.add(at, item);
                    at++;
                }
            }
        }
        return out;
    }
}
