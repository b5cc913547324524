package io.copyproof.semantics;

import io.copyproof.config.Config;
import io.copyproof.explorer.Explorer;
import io.copyproof.explorer.Model;
import io.copyproof.explorer.Result;
import io.copyproof.explorer.Trace;
import io.copyproof.fixtures.ConfigArbitraries;
import io.copyproof.fixtures.Unsafe;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The property of the issue over random valid configurations (the generators' arbitraries): with every
 * safeguard kept, no CS-* or RC-SYNC invariant is violated; with one safeguard turned off where it
 * matters, the corresponding invariant is. And the reductions change no verdict.
 */
class SafeguardProperties {

    static Result explore(Config c, boolean por, int threads) {
        Result r = Explorer.of(new StorageModel(c)).threads(threads).exact(true).partialOrder(por)
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

    /** Partial-order reduction and thread count change no verdict (and the violated set is the same). */
    @Property(tries = 100)
    void reductionsAndThreadsKeepVerdicts(@ForAll("any") Config c) {
        Result full = explore(c, false, 1);
        Result reduced = explore(c, true, 2);
        assertEquals(full.violations().keySet(), reduced.violations().keySet());
        assertTrue(reduced.stats().distinctStates() <= full.stats().distinctStates());
        Result full2 = explore(c, false, 2);
        assertEquals(lengths(full), lengths(full2));
        assertEquals(full.stats().distinctStates(), full2.stats().distinctStates());
        if (full.stats().distinctStates() < 50_000) {
            assertEquals(full.stats().distinctStates(), NaiveSearch.of(new StorageModel(c)).states());
        }
    }

    private static Map<String, Integer> lengths(Result r) {
        Map<String, Integer> m = new TreeMap<>();
        for (Map.Entry<String, Trace> e : r.violations().entrySet()) {
            m.put(e.getKey(), e.getValue().length());
        }
        return m;
    }
}
