package io.copyproof.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Partial-order and symmetry reduction: identical verdicts with and without, fewer states where they
 * apply, deterministic reduced counts for any thread count, and traces that are real paths of the
 * unreduced model.
 */
class ReductionTest {

    private static Result run(Model m, int threads, boolean por, boolean sym) {
        return Explorer.of(m).threads(threads).partialOrder(por).symmetry(sym).run();
    }

    @ParameterizedTest(name = "{0} processes, {1} local steps, limit {2}")
    @CsvSource({"3, 3, 4", "3, 3, 3", "4, 3, 5", "4, 3, 2", "5, 2, 6", "5, 2, 5", "2, 0, 1"})
    void sameVerdictsWithAndWithoutEachReduction(int n, int k, int limit) {
        Model m = TestModels.publishers(n, k, limit);
        Result full = run(m, 1, false, false);
        assertEquals((long) Math.pow(k + 2, n), full.stats().distinctStates());
        Reference ref = Reference.of(m);
        for (boolean por : new boolean[] {false, true}) {
            for (boolean sym : new boolean[] {false, true}) {
                Long count = null;
                for (int threads : new int[] {1, 2, 4}) {
                    Result r = run(m, threads, por, sym);
                    String what = "por " + por + ", symmetry " + sym + ", threads " + threads;
                    assertEquals(full.status(), r.status(), what);
                    assertEquals(full.violations().keySet(), r.violations().keySet(), what);
                    assertEquals(full.holds(), r.holds(), what);
                    if (count == null) {
                        count = r.stats().distinctStates();
                    }
                    assertEquals(count, r.stats().distinctStates(), "reduced count independent of threads: " + what);
                    for (Trace t : r.violations().values()) {
                        Checks.assertValidTrace(m, t);
                        if (!por) {
                            // symmetry keeps traces shortest; partial-order reduction keeps them valid
                            assertEquals(ref.shortestViolation[0], t.length(), what);
                        }
                    }
                }
            }
        }
    }

    @ParameterizedTest(name = "{0} processes, {1} local steps")
    @CsvSource({"4, 3", "5, 3"})
    void reductionsShrinkTheStateSpace(int n, int k) {
        Model m = TestModels.publishers(n, k, n + 1); // both invariants hold: full exploration
        long full = run(m, 2, false, false).stats().distinctStates();
        long por = run(m, 2, true, false).stats().distinctStates();
        long sym = run(m, 2, false, true).stats().distinctStates();
        long both = run(m, 2, true, true).stats().distinctStates();
        assertEquals((long) Math.pow(k + 2, n), full);
        // symmetry: one state per multiset of pcs = C(n + k + 1, n)
        assertEquals(binomial(n + k + 1, n), sym);
        assertEquals(Reference.canonical(m).states(), sym);
        assertTrue(por < full / 4, "partial-order reduction: " + por + " of " + full);
        assertTrue(both <= sym && both <= por, "both: " + both);
    }

    @ParameterizedTest(name = "threads {0}")
    @CsvSource({"1", "2", "4"})
    void symmetryTraceIsAConcretePathOfTheUnreducedModel(int threads) {
        Model m = TestModels.publishers(4, 2, 3);
        Result r = run(m, threads, false, true);
        Trace t = r.trace("counter below 3");
        assertEquals(3 * 3, t.length());
        Checks.assertValidTrace(m, t);
    }

    private static long binomial(int n, int k) {
        long r = 1;
        for (int i = 1; i <= k; i++) {
            r = r * (n - k + i) / i;
        }
        return r;
    }
}
