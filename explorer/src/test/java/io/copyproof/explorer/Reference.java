package io.copyproof.explorer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A naive reference search: plain BFS with a hash map of boxed states, no reductions, no threads.
 * What the explorer must agree with.
 */
final class Reference {

    final Map<List<Long>, Integer> depth = new HashMap<>();
    /** Per invariant, the minimal depth of a reachable state breaking it, or -1. */
    final int[] shortestViolation;

    private Reference(Model m, boolean canonical) {
        List<Invariant> invs = m.invariants();
        shortestViolation = new int[invs.size()];
        java.util.Arrays.fill(shortestViolation, -1);
        ArrayDeque<long[]> queue = new ArrayDeque<>();
        List<long[]> init = new ArrayList<>();
        m.initialStates(s -> init.add(s.clone()));
        for (long[] s : init) {
            visit(m, canonical, s, 0, queue, invs);
        }
        while (!queue.isEmpty()) {
            long[] s = queue.poll();
            int d = depth.get(key(s));
            for (Object[] step : TestModels.successors(m, s)) {
                visit(m, canonical, (long[]) step[1], d + 1, queue, invs);
            }
        }
    }

    private void visit(Model m, boolean canonical, long[] s, int d, ArrayDeque<long[]> queue, List<Invariant> invs) {
        long[] c = s.clone();
        if (canonical) {
            m.canonicalize(c);
        }
        if (depth.putIfAbsent(key(c), d) == null) {
            queue.add(c);
            for (int i = 0; i < invs.size(); i++) {
                if (shortestViolation[i] < 0 && !invs.get(i).holds().test(c)) {
                    shortestViolation[i] = d;
                }
            }
        }
    }

    static List<Long> key(long[] s) {
        List<Long> k = new ArrayList<>(s.length);
        for (long w : s) {
            k.add(w);
        }
        return k;
    }

    static Reference of(Model m) {
        return new Reference(m, false);
    }

    static Reference canonical(Model m) {
        return new Reference(m, true);
    }

    int states() {
        return depth.size();
    }
}
