package io.copyproof.repair;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Sets of {@code size} distinct candidates, cheapest total cost first (ties in candidate order). */
final class Combinations {
    private Combinations() {
    }

    static List<List<Repair>> byCost(List<Repair> candidates, int size) {
        List<List<Repair>> out = new ArrayList<>();
        collect(candidates, size, 0, new ArrayList<>(), out);
        out.sort(Comparator.comparingInt(Combinations::cost)); // stable: lexicographic order within a cost
        return out;
    }

    private static void collect(List<Repair> c, int size, int from, List<Repair> cur, List<List<Repair>> out) {
        if (cur.size() == size) {
            out.add(List.copyOf(cur));
            return;
        }
        for (int i = from; i < c.size(); i++) {
            cur.add(c.get(i));
            collect(c, size, i + 1, cur, out);
            cur.remove(cur.size() - 1);
        }
    }

    static int cost(List<Repair> set) {
        return set.stream().mapToInt(Repair::cost).sum();
    }
}
