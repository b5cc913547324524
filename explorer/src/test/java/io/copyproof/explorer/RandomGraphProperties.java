package io.copyproof.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random finite graphs: the explorer reaches exactly the states a naive reference search reaches,
 * finds a violation exactly when a reachable state breaks the invariant, and every trace is a valid
 * path of minimal length — for 1, 2 and 4 threads, fingerprint and exact mode, links in heap or file,
 * symmetry reduction on and off.
 */
class RandomGraphProperties {

    @Property(tries = 250)
    void explorerAgreesWithNaiveSearch(@ForAll("graphs") TestModels.Graph g, @ForAll("threads") int threads,
                                       @ForAll boolean exact, @ForAll boolean spill, @ForAll boolean symmetry) {
        // a graph has no symmetry hook (identity canonical form): symmetry on must change nothing,
        // but it takes the replay-by-canonical-form path to rebuild traces
        Reference ref = Reference.of(g);
        Result r = Explorer.of(g).threads(threads).exact(exact).spillTraceLinks(spill).symmetry(symmetry).run();
        if (r.stopReason() == StopReason.EXHAUSTED) {
            assertEquals(ref.states(), r.stats().distinctStates(), "reachable states");
        } else {
            // every invariant has its trace: the search may stop before the space is exhausted
            assertEquals(StopReason.ALL_VIOLATED, r.stopReason());
            assertTrue(r.stats().distinctStates() <= ref.states());
        }
        List<Invariant> invs = g.invariants();
        boolean anyViolated = false;
        for (int i = 0; i < invs.size(); i++) {
            String name = invs.get(i).name();
            Trace t = r.trace(name);
            if (ref.shortestViolation[i] < 0) {
                assertNull(t, name + " holds");
            } else {
                anyViolated = true;
                assertTrue(t != null, name + " is violated");
                assertEquals(ref.shortestViolation[i], t.length(), "trace of " + name + " is shortest");
                Checks.assertValidTrace(g, t);
            }
        }
        if (anyViolated) {
            assertEquals(Status.VIOLATED, r.status());
        } else {
            assertEquals(Status.VERIFIED, r.status());
            assertEquals(List.of("not bad", "not bad2"), r.holds());
        }
        assertTrue(r.complete());
        int maxDepth = ref.depth.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        if (r.stopReason() == StopReason.EXHAUSTED) {
            assertEquals(maxDepth, r.stats().maxDepth());
        }
    }

    /** With a depth bound the explorer sees exactly the states within the bound and never claims VERIFIED early. */
    @Property(tries = 150)
    void depthBoundIsExact(@ForAll("graphs") TestModels.Graph g, @ForAll("threads") int threads,
                           @ForAll("depths") int bound) {
        Reference ref = Reference.of(g);
        Result r = Explorer.of(g).threads(threads).maxDepth(bound).run();
        long within = ref.depth.values().stream().filter(d -> d <= bound).count();
        boolean deeper = ref.depth.values().stream().anyMatch(d -> d > bound);
        boolean violatedWithin = false;
        for (int i = 0; i < ref.shortestViolation.length; i++) {
            int d = ref.shortestViolation[i];
            violatedWithin |= d >= 0 && d <= bound;
            Trace t = r.trace(g.invariants().get(i).name());
            if (d >= 0 && d <= bound) {
                assertEquals(d, t.length());
            } else {
                assertNull(t);
            }
        }
        if (!violatedWithin) {
            assertEquals(within, r.stats().distinctStates());
            assertEquals(deeper ? Status.INCONCLUSIVE : Status.VERIFIED, r.status());
            assertEquals(deeper ? StopReason.DEPTH_LIMIT : StopReason.EXHAUSTED, r.stopReason());
        } else {
            assertEquals(Status.VIOLATED, r.status());
        }
        assertFalse(deeper && r.status() == Status.VERIFIED);
    }

    @Provide
    Arbitrary<Integer> threads() {
        return Arbitraries.of(1, 2, 4);
    }

    @Provide
    Arbitrary<Integer> depths() {
        return Arbitraries.integers().between(0, 6);
    }

    @Provide
    Arbitrary<TestModels.Graph> graphs() {
        return Arbitraries.integers().between(1, 40).flatMap(n -> {
            Arbitrary<int[]> adjacency = Arbitraries.integers().between(0, n - 1).array(int[].class).ofMaxSize(4);
            Arbitrary<int[][]> edges = adjacency.array(int[][].class).ofSize(n);
            Arbitrary<int[]> initial = Arbitraries.integers().between(0, n - 1).array(int[].class).ofMinSize(1).ofMaxSize(3);
            Arbitrary<Boolean> rareTrue = Arbitraries.integers().between(0, 9).map(x -> x == 0);
            Arbitrary<boolean[]> bad = rareTrue.list().ofSize(n).map(RandomGraphProperties::toArray);
            return Combinators.combine(edges, initial, bad, bad)
                    .as((e, init, b1, b2) -> new TestModels.Graph(n, e, init, b1, b2));
        });
    }

    private static boolean[] toArray(List<Boolean> l) {
        boolean[] a = new boolean[l.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = l.get(i);
        }
        return a;
    }
}
