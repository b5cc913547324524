package io.copyproof.semantics;

import io.copyproof.explorer.Invariant;
import io.copyproof.explorer.Model;
import io.copyproof.explorer.Successors;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A naive reference breadth-first search for tests: a hash map of boxed states with parent links,
 * one thread, no reductions. Shortest traces, first found in emission order.
 */
final class NaiveSearch {

    /** A boxed state usable as a hash key. */
    record LongArrayKey(long[] words) {
        @Override
        public boolean equals(Object o) {
            return o instanceof LongArrayKey k && Arrays.equals(words, k.words);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(words);
        }
    }

    private record Parent(LongArrayKey state, int action) {
    }

    final Map<LongArrayKey, Parent> parent = new HashMap<>();
    final Map<String, int[]> violations = new LinkedHashMap<>();
    long transitions;
    int depth;

    private NaiveSearch(Model m) {
        List<Invariant> invs = m.invariants();
        ArrayDeque<long[]> queue = new ArrayDeque<>();
        Map<LongArrayKey, Integer> depthOf = new HashMap<>();
        m.initialStates(s -> {
            LongArrayKey k = new LongArrayKey(s.clone());
            if (parent.putIfAbsent(k, new Parent(null, -1)) == null) {
                depthOf.put(k, 0);
                queue.add(k.words());
                check(invs, k);
            }
        });
        while (!queue.isEmpty()) {
            long[] s = queue.poll();
            LongArrayKey from = new LongArrayKey(s);
            int d = depthOf.get(from);
            for (Object[] step : successors(m, s)) {
                transitions++;
                LongArrayKey k = new LongArrayKey((long[]) step[1]);
                if (parent.putIfAbsent(k, new Parent(from, (Integer) step[0])) == null) {
                    depthOf.put(k, d + 1);
                    depth = Math.max(depth, d + 1);
                    queue.add(k.words());
                    check(invs, k);
                }
            }
        }
    }

    private void check(List<Invariant> invs, LongArrayKey k) {
        for (Invariant inv : invs) {
            if (!violations.containsKey(inv.name()) && !inv.holds().test(k.words())) {
                violations.put(inv.name(), path(k));
            }
        }
    }

    private int[] path(LongArrayKey k) {
        List<Integer> actions = new ArrayList<>();
        for (Parent p = parent.get(k); p.state() != null; p = parent.get(p.state())) {
            actions.add(0, p.action());
        }
        return actions.stream().mapToInt(Integer::intValue).toArray();
    }

    static NaiveSearch of(Model m) {
        return new NaiveSearch(m);
    }

    int states() {
        return parent.size();
    }

    /** Every successor of {@code s} as {action, state}. */
    static List<Object[]> successors(Model m, long[] s) {
        List<Object[]> out = new ArrayList<>();
        long[] buf = new long[s.length];
        m.successors(s, new Successors() {
            @Override
            public long[] begin() {
                System.arraycopy(s, 0, buf, 0, s.length);
                return buf;
            }

            @Override
            public void emit(int action) {
                out.add(new Object[]{action, buf.clone()});
            }
        });
        return out;
    }
}
