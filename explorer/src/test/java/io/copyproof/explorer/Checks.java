package io.copyproof.explorer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

final class Checks {

    private Checks() {
    }

    /**
     * The trace is a real path of the unreduced model: starts in an initial state, every step is a
     * successor the model emits with that action, and the last state breaks the invariant.
     */
    static void assertValidTrace(Model m, Trace t) {
        List<long[]> init = new ArrayList<>();
        m.initialStates(s -> init.add(s.clone()));
        assertTrue(init.stream().anyMatch(s -> Arrays.equals(s, t.state(0))), "trace starts in an initial state");
        for (int i = 0; i < t.length(); i++) {
            long[] from = t.state(i);
            long[] to = t.state(i + 1);
            int action = t.action(i);
            boolean ok = TestModels.successors(m, from).stream()
                    .anyMatch(st -> (int) st[0] == action && Arrays.equals((long[]) st[1], to));
            assertTrue(ok, "step " + (i + 1) + " is a transition of the model");
        }
        Invariant inv = m.invariants().stream().filter(x -> x.name().equals(t.invariant())).findFirst().orElseThrow();
        assertFalse(inv.holds().test(t.last()), "the last state breaks " + t.invariant());
        assertArrayEquals(t.state(t.length()), t.last());
    }
}
