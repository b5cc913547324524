package io.copyproof.alloy;

import io.copyproof.result.Disagreement;
import io.copyproof.result.Violation;
import io.copyproof.engine.EngineResult;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Compares the results of two engines on the same configuration and bounds, invariant by
 * invariant. An invariant is compared when both engines checked it; its verdict per engine is
 * {@code violated} when the engine returned a counterexample, else {@code holds} — unless that
 * engine's result is inconclusive, in which case it makes no claim and the invariant is skipped.
 */
public final class EngineComparison {
    private EngineComparison() {
    }

    /** The invariants on which the two results give different verdicts, in the order {@code a} checked them. */
    public static List<Disagreement> compare(EngineResult a, EngineResult b) {
        return compare(a, b, false);
    }

    /**
     * Like {@link #compare}, and when {@code steps} also reports two counterexamples of different
     * lengths (both engines return shortest ones, so the lengths must agree); the verdict then
     * reads {@code violated in N steps}.
     */
    public static List<Disagreement> compare(EngineResult a, EngineResult b, boolean steps) {
        Set<String> ids = new LinkedHashSet<>(a.checked());
        ids.retainAll(new LinkedHashSet<>(b.checked()));
        List<Disagreement> out = new ArrayList<>();
        for (String id : ids) {
            Optional<Violation> va = find(a, id);
            Optional<Violation> vb = find(b, id);
            if (va.isEmpty() && a.inconclusiveReason().isPresent()
                    || vb.isEmpty() && b.inconclusiveReason().isPresent()) {
                continue;
            }
            boolean differ = va.isPresent() != vb.isPresent()
                    || steps && va.isPresent() && va.get().trace().size() != vb.get().trace().size();
            if (differ) {
                Map<String, String> verdicts = new LinkedHashMap<>();
                verdicts.put(a.engine(), verdict(va, steps));
                verdicts.put(b.engine().equals(a.engine()) ? b.engine() + "'" : b.engine(), verdict(vb, steps));
                out.add(new Disagreement(id, verdicts));
            }
        }
        return out;
    }

    private static Optional<Violation> find(EngineResult r, String id) {
        return r.violations().stream().filter(v -> v.id().equals(id)).findFirst();
    }

    private static String verdict(Optional<Violation> v, boolean steps) {
        if (v.isEmpty()) {
            return "holds";
        }
        return steps ? "violated in " + v.get().trace().size() + " steps" : "violated";
    }
}
