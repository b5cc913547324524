package io.copyproof.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Partial-order reduction against the unreduced search on random process networks (local graphs
 * with cycles, synchronisations, invariants over two processes; see {@link ProcessNetwork}), with
 * the static and with the breadth-first cycle proviso, for 1, 2 and 4 threads: every invariant has
 * the verdict of the naive reference search; traces are real paths of the model ending in a
 * violation; the reduced count never exceeds the full one and does not depend on the thread count;
 * and a search without reduction bounded by the longest reduced trace finds every shortest trace
 * (how the engine turns reduced traces into shortest ones).
 */
class PartialOrderProperties {

    @Property(tries = 300)
    void reductionKeepsVerdicts(@ForAll("networks") ProcessNetwork m, @ForAll("threads") int threads) {
        Reference ref = Reference.of(m);
        Result r = Explorer.of(m).threads(threads).partialOrder(true).run();
        Result one = Explorer.of(m).threads(1).partialOrder(true).run();
        assertTrue(r.complete());
        int longest = 0;
        for (int i = 0; i < ref.shortestViolation.length; i++) {
            String name = m.invariants().get(i).name();
            Trace t = r.trace(name);
            assertEquals(ref.shortestViolation[i] >= 0, t != null, name + " verdict");
            if (t != null) {
                Checks.assertValidTrace(m, t);
                assertTrue(t.length() >= ref.shortestViolation[i]);
                longest = Math.max(longest, t.length());
            }
        }
        if (r.stopReason() == StopReason.EXHAUSTED) {
            assertTrue(r.stats().distinctStates() <= ref.states(), "reduced count at most the full one");
            assertEquals(one.stats().distinctStates(), r.stats().distinctStates(), "count independent of threads");
        }
        if (!r.violations().isEmpty()) {
            Map<String, Trace> exact = Explorer.of(m).threads(threads).maxDepth(longest).run().violations();
            for (int i = 0; i < ref.shortestViolation.length; i++) {
                String name = m.invariants().get(i).name();
                if (ref.shortestViolation[i] >= 0) {
                    assertEquals(ref.shortestViolation[i], exact.get(name).length(), name + " re-searched length");
                }
            }
        }
    }

    @Provide
    Arbitrary<Integer> threads() {
        return Arbitraries.of(1, 2, 4);
    }

    @Provide
    Arbitrary<ProcessNetwork> networks() {
        return Arbitraries.integers().between(1, 4).flatMap(n -> {
            Arbitrary<int[]> sizes = Arbitraries.integers().between(1, 4).array(int[].class).ofSize(n);
            return sizes.flatMap(sz -> {
                Arbitrary<int[][][]> local = Combinators.combine(
                        java.util.stream.IntStream.range(0, n).mapToObj(p -> edges(sz[p])).toList())
                        .as(l -> l.toArray(new int[0][][]));
                Arbitrary<int[][]> sync = n < 2 ? Arbitraries.just(new int[0][])
                        : syncOf(sz).array(int[][].class).ofMaxSize(2);
                Arbitrary<int[][]> bad = badOf(sz).array(int[][].class).ofMinSize(1).ofMaxSize(2);
                return Combinators.combine(local, sync, bad, Arbitraries.of(true, false))
                        .as((l, y, b, st) -> new ProcessNetwork(sz, l, y, b, st));
            });
        });
    }

    /** Local edges: arbitrary (cycles likely) or forward only (a process that passes states for good). */
    private static Arbitrary<int[][]> edges(int size) {
        Arbitrary<int[]> edge = Arbitraries.integers().between(0, size - 1).array(int[].class).ofSize(2);
        Arbitrary<int[]> forward = edge.map(e -> new int[] {Math.min(e[0], e[1]), Math.max(e[0], e[1])})
                .filter(e -> e[0] < e[1]);
        return Arbitraries.oneOf(edge.array(int[][].class).ofMaxSize(5),
                size < 2 ? Arbitraries.just(new int[0][]) : forward.array(int[][].class).ofMaxSize(5));
    }

    private static Arbitrary<int[]> syncOf(int[] sz) {
        int n = sz.length;
        return Arbitraries.integers().between(0, n - 1).flatMap(p -> Arbitraries.integers().between(0, n - 2)
                .map(k -> k >= p ? k + 1 : k).flatMap(q -> Combinators.combine(
                        Arbitraries.integers().between(0, sz[p] - 1), Arbitraries.integers().between(0, sz[q] - 1),
                        Arbitraries.integers().between(0, sz[p] - 1), Arbitraries.integers().between(0, sz[q] - 1))
                        .as((x, y, x2, y2) -> new int[] {p, x, q, y, x2, y2})));
    }

    private static Arbitrary<int[]> badOf(int[] sz) {
        int n = sz.length;
        return Arbitraries.integers().between(0, n - 1).flatMap(p -> Arbitraries.integers().between(0, n - 1)
                .flatMap(q -> Combinators.combine(Arbitraries.integers().between(0, sz[p] - 1),
                        Arbitraries.integers().between(0, sz[q] - 1)).as((x, y) -> new int[] {p, x, q, y})));
    }
}
