package io.copyproof.slicing;

import io.copyproof.config.Config;
import io.copyproof.generators.random.ConfigArbitraries;
import io.copyproof.generators.ConfigYaml;
import io.copyproof.result.TraceStep;
import io.copyproof.result.Violation;
import io.copyproof.semantics.ExplorerEngine;
import io.copyproof.semantics.StorageModel;
import io.copyproof.engine.EngineResult;
import io.copyproof.engine.VerifyOptions;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Evidence for slicing (docs/explorer.md, "Slicing"): on random valid configurations small enough
 * to explore whole (the jqwik arbitraries of the fixtures), the sliced check and the unsliced one
 * give the same verdict, the same violated invariant ids and the same shortest trace length for
 * each; and every trace the sliced check reports (found in a slice) replays step by step on the
 * model of the whole configuration and ends in a state that violates its invariant there.
 *
 * <p>Tries: {@code -Dcopyproof.slicing.tries=N} (default 300; the {@code long} Maven profile runs
 * 2,000). The test also requires that at least a tenth of the tries were actually cut into two
 * slices or more (about one in six are), and that some sliced try had violations whose traces were
 * replayed, so that it cannot pass by never slicing.
 */
class SlicingSoundnessTest {
    private static final int TRIES = Integer.getInteger("copyproof.slicing.tries", 300);
    /** States the unsliced check may store per try (far above what almost every try needs). */
    private static final long WHOLE_STATES = 500_000;

    @Test
    void slicedChecksAgreeWithUnslicedOnesAndTheirTracesReplayOnTheWhole() {
        List<Config> configs = ConfigArbitraries.located(ConfigArbitraries.smallValidConfigs())
                .sampleStream().limit(TRIES).toList();
        List<String> failures = new ArrayList<>();
        int sliced = 0;
        int violatedInSlices = 0;
        int compared = 0;
        for (Config c : configs) {
            int n = Slicer.slices(c).size();
            sliced += n > 1 ? 1 : 0;
            // two workers (verdicts, ids and shortest lengths do not depend on the thread count) and a
            // state budget, so that the few random configurations too big to explore whole in a
            // build do not take minutes: those have no claim of the whole to compare with
            VerifyOptions base = VerifyOptions.defaults(c.bounds());
            VerifyOptions options = new VerifyOptions(base.bounds(), 2, WHOLE_STATES, base.timeLimit(), false,
                    base.partialOrder(), base.symmetry(), base.memoryBudget());
            EngineResult whole = new ExplorerEngine().check(c, options);
            compared += whole.inconclusiveReason().isEmpty() ? 1 : 0;
            EngineResult parts = new SlicingEngine(new ExplorerEngine()).check(c, options);
            List<String> d = compare(c, whole, parts);
            if (n > 1) {
                violatedInSlices += parts.violations().size();
            }
            if (!d.isEmpty()) {
                failures.add(String.join("; ", d) + " (" + n + " slices)\n" + ConfigYaml.toYaml(c));
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + configs.size() + " disagree; the first:\n"
                + (failures.isEmpty() ? "" : failures.get(0)));
        assertTrue(sliced * 10 >= configs.size(), "only " + sliced + " of " + configs.size() + " tries were sliced");
        assertTrue(violatedInSlices > 0, "no sliced try had a violation: traces were never replayed");
        assertTrue(compared * 10 >= configs.size() * 9, "only " + compared + " of " + configs.size()
                + " tries were explored whole within " + WHOLE_STATES + " states");
    }

    /** What differs between the unsliced and the sliced result; empty when they agree. */
    static List<String> compare(Config c, EngineResult whole, EngineResult parts) {
        List<String> out = new ArrayList<>();
        if (whole.inconclusiveReason().isPresent()) {
            return out; // no claim of the whole to compare with (none expected at these sizes)
        }
        if (parts.inconclusiveReason().isPresent()) {
            out.add("sliced check inconclusive: " + parts.inconclusiveReason().get());
        }
        Map<String, Integer> w = lengths(whole);
        Map<String, Integer> p = lengths(parts);
        if (!w.equals(p)) {
            out.add("unsliced " + w + " but sliced " + p);
        }
        if (!whole.checked().equals(parts.checked())) {
            out.add("checked " + whole.checked() + " but sliced " + parts.checked());
        }
        for (Violation v : parts.violations()) {
            replay(c, v).ifPresent(out::add);
        }
        return out;
    }

    private static Map<String, Integer> lengths(EngineResult r) {
        return r.violations().stream().collect(Collectors.toMap(Violation::id, v -> v.trace().size(),
                (a, b) -> a, TreeMap::new));
    }

    /**
     * Replays a trace on the model of the whole configuration: each step must be an enabled action
     * with the same event and arguments; the last state must violate the invariant. Empty when so.
     */
    static Optional<String> replay(Config whole, Violation v) {
        StorageModel model = new StorageModel(whole, whole.bounds());
        List<long[]> initial = new ArrayList<>();
        model.initialStates(st -> initial.add(st.clone()));
        long[] s = initial.get(0);
        for (TraceStep step : v.trace()) {
            String wanted = step.event() + "(" + String.join(", ",
                    step.args().values().stream().map(String::valueOf).toList()) + ")";
            Map<String, long[]> next = model.successorsByName(s);
            if (!next.containsKey(wanted)) {
                return Optional.of(v.id() + ": step " + step.step() + " " + wanted
                        + " of the slice's trace is not enabled in the whole model (enabled: " + next.keySet() + ")");
            }
            s = next.get(wanted);
        }
        long[] last = s;
        boolean holds = model.invariants().stream().filter(inv -> inv.name().equals(v.id()))
                .allMatch(inv -> inv.holds().test(last));
        return holds ? Optional.of(v.id() + ": the slice's trace replays on the whole but does not violate it")
                : Optional.empty();
    }
}
