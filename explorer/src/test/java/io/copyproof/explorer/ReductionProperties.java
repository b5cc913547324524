package io.copyproof.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Random instances of a model where both reductions are sound: for 1, 2 and 4 threads and each
 * reduction on and off, the verdict per invariant equals the naive reference search's, traces are
 * valid paths of the unreduced model, shortest without partial-order reduction, and the reduced
 * counts are those of the reference (full space, or one state per symmetry class).
 */
class ReductionProperties {

    @Property(tries = 120)
    void reductionsKeepVerdicts(@ForAll @IntRange(min = 1, max = 4) int n, @ForAll @IntRange(min = 0, max = 3) int k,
                                @ForAll @IntRange(min = 1, max = 5) int limit, @ForAll boolean por,
                                @ForAll boolean sym, @ForAll @IntRange(min = 0, max = 2) int threadsLog) {
        int threads = 1 << threadsLog;
        Model m = TestModels.publishers(n, k, limit);
        Reference ref = Reference.of(m);
        Result r = Explorer.of(m).threads(threads).partialOrder(por).symmetry(sym).run();
        for (int i = 0; i < m.invariants().size(); i++) {
            Trace t = r.trace(m.invariants().get(i).name());
            assertEquals(ref.shortestViolation[i] >= 0, t != null, m.invariants().get(i).name());
            if (t != null) {
                Checks.assertValidTrace(m, t);
                if (!por) {
                    assertEquals(ref.shortestViolation[i], t.length());
                }
            }
        }
        if (r.stopReason() == StopReason.EXHAUSTED && !por) {
            assertEquals(sym ? Reference.canonical(m).states() : ref.states(), r.stats().distinctStates());
        }
    }
}
