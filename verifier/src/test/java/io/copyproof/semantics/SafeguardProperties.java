package io.copyproof.semantics;

import io.copyproof.config.Config;
import io.copyproof.explorer.Explorer;
import io.copyproof.explorer.Model;
import io.copyproof.explorer.Result;
import io.copyproof.explorer.Trace;
import io.copyproof.generators.random.ConfigArbitraries;
import io.copyproof.generators.random.Unsafe;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The property of the issue over random valid configurations (the generators' arbitraries): with every
 * safeguard kept, no CS-* or RC-SYNC invariant is violated; with one safeguard turned off where it
 * matters, the corresponding invariant is. And the reductions change no verdict.
 */
class SafeguardProperties {

    static Result explore(Config c, boolean por, int threads) {
        return explore(c, por, false, threads);
    }

    static Result explore(Config c, boolean por, boolean sym, int threads) {
        Result r = Explorer.of(new StorageModel(c)).threads(threads).exact(true).partialOrder(por).symmetry(sym)
                .maxStates(400_000).run();
        // a few random configurations (concurrent upgrades of three I/O groups...) have millions of
        // states: they are skipped to keep the property fast
        Assume.that(r.complete());
        return r;
    }

    @Provide
    Arbitrary<Config> safe() {
        return ConfigArbitraries.safeConfigs();
    }

    @Provide
    Arbitrary<Unsafe> unsafe() {
        return ConfigArbitraries.withOneSafeguardOff();
    }

    @Provide
    Arbitrary<Config> any() {
        return ConfigArbitraries.smallValidConfigs();
    }

    @Property(tries = 100)
    void safeguardsKeepCopyServicesAndSync(@ForAll("safe") Config c) {
        Result r = explore(c, true, 2);
        for (String id : r.violations().keySet()) {
            assertTrue(!id.startsWith("CS-") && !id.equals("RC-SYNC"), () -> id + " violated:\n"
                    + r.trace(id).format(new StorageModel(c)));
        }
    }

    @Property(tries = 100)
    void oneSafeguardOffBreaksItsInvariant(@ForAll("unsafe") Unsafe u) {
        if (u.invariant().isEmpty()) {
            return; // a static-only safeguard
        }
        StorageModel m = new StorageModel(u.config());
        Model only = new Model() { // the model with just the invariant in question: the search stops when it breaks
            @Override
            public int stateWords() {
                return m.stateWords();
            }

            @Override
            public void initialStates(io.copyproof.explorer.StateSink out) {
                m.initialStates(out);
            }

            @Override
            public void successors(long[] state, io.copyproof.explorer.Successors out) {
                m.successors(state, out);
            }

            @Override
            public java.util.List<io.copyproof.explorer.Invariant> invariants() {
                return m.invariants().stream().filter(i -> i.name().equals(u.invariant().get())).toList();
            }
        };
        Result r = Explorer.of(only).threads(1).exact(true).maxStates(400_000).run();
        assertTrue(r.violations().containsKey(u.invariant().get()),
                () -> u.safeguard() + ": expected " + u.invariant().get() + ", got " + r.violations().keySet());
    }

    /** Reductions and thread count change no verdict; symmetry and threads keep shortest trace lengths. */
    @Property(tries = 100)
    void reductionsAndThreadsKeepVerdicts(@ForAll("any") Config c) {
        Result full = explore(c, false, 1);
        Result reduced = explore(c, true, 2);
        assertEquals(full.violations().keySet(), reduced.violations().keySet());
        assertTrue(reduced.stats().distinctStates() <= full.stats().distinctStates());
        Result symmetric = explore(c, false, true, 2);
        assertEquals(lengths(full), lengths(symmetric), "symmetry keeps shortest lengths");
        assertTrue(symmetric.stats().distinctStates() <= full.stats().distinctStates());
        Result both = explore(c, true, true, 2);
        assertEquals(full.violations().keySet(), both.violations().keySet());
        Result full2 = explore(c, false, 2);
        assertEquals(lengths(full), lengths(full2));
        assertEquals(full.stats().distinctStates(), full2.stats().distinctStates());
        if (full.stats().distinctStates() < 50_000) {
            assertEquals(full.stats().distinctStates(), NaiveSearch.of(new StorageModel(c)).states());
        }
    }

    /**
     * Symmetry (host permutation and the merged cache placement of blocks no backend copy sees), with
     * and without partial-order reduction, on random configurations and on safe ones (which have
     * upgrade plans with cached and mirrored volumes more often): the same verdicts as the search
     * without reductions; with symmetry alone the same shortest lengths; and every trace is a real path
     * of the model (each step is one of the model's own successors, unreduced and not canonicalised)
     * ending in a state that breaks its invariant.
     */
    @Property(tries = 100)
    void symmetryKeepsVerdictsAndTracesAreRealPaths(@ForAll("any") Config c) {
        checkSymmetry(c);
    }

    @Property(tries = 60)
    void symmetryKeepsVerdictsOnSafeConfigs(@ForAll("safe") Config c) {
        checkSymmetry(c);
    }

    private static void checkSymmetry(Config c) {
        Result full = explore(c, false, 1);
        Result sym = explore(c, false, true, 2);
        Result both = explore(c, true, true, 2);
        assertEquals(full.violations().keySet(), sym.violations().keySet());
        assertEquals(full.violations().keySet(), both.violations().keySet());
        assertEquals(full.holds(), sym.holds());
        assertEquals(full.holds(), both.holds());
        assertEquals(lengths(full), lengths(sym));
        assertTrue(both.stats().distinctStates() <= full.stats().distinctStates());
        StorageModel m = new StorageModel(c);
        for (Result r : List.of(sym, both)) {
            for (Trace tr : r.violations().values()) {
                assertRealPath(m, tr);
            }
        }
    }

    private static void assertRealPath(StorageModel m, Trace tr) {
        assertArrayEquals(m.initialState(), tr.state(0));
        for (int i = 0; i < tr.length(); i++) {
            long[] from = tr.state(i);
            long[] to = tr.state(i + 1);
            int action = tr.action(i);
            boolean[] found = {false};
            m.successors(from, new io.copyproof.explorer.Successors() {
                long[] cur;

                @Override
                public long[] begin() {
                    cur = from.clone();
                    return cur;
                }

                @Override
                public void emit(int a) {
                    found[0] |= a == action && java.util.Arrays.equals(cur, to);
                }
            });
            assertTrue(found[0], "step " + (i + 1) + " of the trace of " + tr.invariant() + " is not a model step");
        }
        boolean holds = m.invariants().stream().filter(inv -> inv.name().equals(tr.invariant()))
                .allMatch(inv -> inv.holds().test(tr.last()));
        assertTrue(!holds, tr.invariant() + " holds in the last state of its trace");
    }

    /** The engine's traces are shortest also with reductions on (it re-searches without partial-order reduction). */
    @Property(tries = 40)
    void engineTracesAreShortestWithReductions(@ForAll("any") Config c) {
        Result full = explore(c, false, 1);
        io.copyproof.engine.EngineResult r = new ExplorerEngine().check(c,
                io.copyproof.engine.VerifyOptions.defaults(c.bounds()).withThreads(2));
        Assume.that(r.inconclusiveReason().isEmpty());
        Map<String, Integer> got = new TreeMap<>();
        r.violations().forEach(v -> got.put(v.id(), v.trace().size()));
        assertEquals(lengths(full), got);
    }

    private static Map<String, Integer> lengths(Result r) {
        Map<String, Integer> m = new TreeMap<>();
        for (Map.Entry<String, Trace> e : r.violations().entrySet()) {
            m.put(e.getKey(), e.getValue().length());
        }
        return m;
    }
}
