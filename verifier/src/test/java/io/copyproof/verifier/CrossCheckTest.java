package io.copyproof.verifier;

import io.copyproof.alloy.AlloyEngine;
import io.copyproof.alloy.AlloyGenerator;
import io.copyproof.alloy.StepsBound;
import io.copyproof.config.Config;
import io.copyproof.config.ConfigLoader;
import io.copyproof.config.LoadResult;
import io.copyproof.generators.random.ConfigArbitraries;
import io.copyproof.generators.ConfigYaml;
import io.copyproof.result.Violation;
import io.copyproof.result.TraceStep;
import io.copyproof.semantics.ExplorerEngine;
import io.copyproof.semantics.StorageModel;
import io.copyproof.engine.EngineResult;
import io.copyproof.engine.VerifyOptions;
import io.copyproof.semantics.StorageTraceLayer;
import io.copyproof.slicing.Slice;
import io.copyproof.slicing.Slicer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Cross-checks the two engines: for random small valid configurations (the {@code rules}
 * arbitraries) and for the regression examples in {@code src/test/resources/crosscheck}, the
 * explorer and the Alloy engine must agree on every invariant within the same bounds.
 *
 * <p>Agreement, per invariant: let {@code e} be the length of the explorer's shortest
 * counterexample (infinite when it holds; the invariant is skipped if the explorer stopped on a
 * budget without one) and {@code a} Alloy's, found within {@code K} events. If {@code e <= K}
 * then {@code a == e}; otherwise Alloy must find none. Both engines return shortest
 * counterexamples, so the lengths must match, not only the verdicts. Every Alloy counterexample is
 * also replayed through the explorer's {@link StorageModel}: each step must be an enabled action
 * with the same event and arguments, and the last state must violate the invariant there.
 *
 * <p>Tries: {@code -Dcopyproof.crosscheck.tries=N} (default 24 in every build, about 1.8 s each, so
 * that {@code mvn -B verify} stays short; {@code mvn -B verify -Plong} tries 2000, the long
 * check; the pom sets the property; docs/benchmarks.md has the longer runs);
 * {@code -Dcopyproof.crosscheck.maxSteps=K} (default 6). Since each Alloy check only covers its
 * invariant's own bound (at most K), a counterexample the explorer finds within K but beyond that
 * bound is a disagreement too: the test also checks the per-invariant bounds. A disagreement is
 * written to {@code target/crosscheck-failures/} as YAML, to be added to the regression examples.
 */
class CrossCheckTest {
    private static final Path REGRESSIONS = Path.of("src/test/resources/crosscheck");
    private static final int TRIES = Integer.getInteger("copyproof.crosscheck.tries", 24);
    private static final int MAX_STEPS = Integer.getInteger("copyproof.crosscheck.maxSteps", 6);

    /** What went wrong for one configuration: empty when the engines agree. */
    static List<String> disagreements(Config config, int maxSteps, boolean induction) {
        return compare(config, maxSteps, induction).disagreements();
    }

    /**
     * One comparison: what went wrong (empty when the engines agree), how many invariants hold by
     * the explorer though some event can influence them (the others are decided on the initial
     * state), and how many of those Alloy proved by induction.
     */
    record Comparison(List<String> disagreements, int holding, int inductive) {
    }

    static Comparison compare(Config config, int maxSteps, boolean induction) {
        VerifyOptions options = VerifyOptions.defaults(config.bounds()).withThreads(1);
        EngineResult ex = new ExplorerEngine().check(config, options);
        EngineResult al;
        try {
            // with the one trace layer: each Alloy counterexample is replayed through the storage
            // semantics and every lane Alloy decodes is compared with theirs, state by state
            al = new AlloyEngine("sat4j", maxSteps, induction).withTraceLayer(new StorageTraceLayer())
                    .check(config, options);
        } catch (IllegalStateException e) {
            return new Comparison(List.of("alloy's counterexample is not the storage semantics' run: "
                    + e.getMessage()), 0, 0);
        }
        List<String> proved = provedByInduction(al);
        StepsBound bounds = AlloyGenerator.model(config, config.bounds(), maxSteps).stepsBound();
        List<String> out = new ArrayList<>();
        int holding = 0;
        int inductive = 0;
        for (String id : ex.checked()) {
            if (!al.checked().contains(id)) {
                continue;
            }
            Optional<Violation> ve = find(ex, id);
            Optional<Violation> va = find(al, id);
            if (ve.isEmpty() && ex.inconclusiveReason().isPresent()) {
                continue;
            }
            if (ve.isEmpty() && bounds.invariantBound(id) > 0) {
                holding++;
                inductive += proved.contains(id) ? 1 : 0;
            }
            // a proof by induction covers runs of any length: any counterexample contradicts it
            if (proved.contains(id) && ve.isPresent()) {
                out.add(id + ": Alloy proved it by induction, the explorer broke it in " + describe(ve));
            }
            int e = ve.map(v -> v.trace().size()).orElse(Integer.MAX_VALUE);
            int a = va.map(v -> v.trace().size()).orElse(Integer.MAX_VALUE);
            int expected = e <= maxSteps ? e : Integer.MAX_VALUE;
            if (a != expected) {
                out.add(id + ": explorer " + describe(ve) + ", alloy " + describe(va) + " (alloy covers "
                        + maxSteps + " events)");
            }
            va.ifPresent(v -> replay(config, v).ifPresent(out::add));
        }
        return new Comparison(out, holding, inductive);
    }

    /** The invariants the Alloy result says it proved by induction (AlloyEngine's assumption line). */
    static List<String> provedByInduction(EngineResult r) {
        for (String a : r.assumptions()) {
            if (a.startsWith("Alloy proved ") && a.contains(" by induction")) {
                return List.of(a.substring("Alloy proved ".length(), a.indexOf(" by induction")).split(", "));
            }
        }
        return List.of();
    }

    /**
     * Replays an Alloy counterexample through the explorer's model: every step must be an enabled
     * action of the same name and arguments, and the last state must violate the invariant.
     * Empty when accepted, else why not.
     */
    static Optional<String> replay(Config config, Violation v) {
        StorageModel model = new StorageModel(config, config.bounds());
        List<long[]> current = new ArrayList<>();
        model.initialStates(st -> current.add(st.clone()));
        long[] s = current.get(0);
        for (TraceStep step : v.trace()) {
            String wanted = step.event() + "(" + String.join(", ",
                    step.args().values().stream().map(String::valueOf).toList()) + ")";
            Map<String, long[]> next = model.successorsByName(s);
            if (!next.containsKey(wanted)) {
                return Optional.of(v.id() + ": the explorer does not accept Alloy's step " + step.step() + " "
                        + wanted + " (enabled: " + next.keySet() + ")");
            }
            s = next.get(wanted);
        }
        long[] last = s;
        boolean holds = model.invariants().stream().filter(inv -> inv.name().equals(v.id()))
                .allMatch(inv -> inv.holds().test(last));
        return holds ? Optional.of(v.id() + ": Alloy's trace replays in the explorer but does not violate it there")
                : Optional.empty();
    }

    private static Optional<Violation> find(EngineResult r, String id) {
        return r.violations().stream().filter(v -> v.id().equals(id)).findFirst();
    }

    private static String describe(Optional<Violation> v) {
        return v.map(x -> "violated in " + x.trace().size() + " steps "
                + x.trace().stream().map(s -> s.event() + s.args().values()).toList()).orElse("holds");
    }

    @Test
    void randomSmallConfigurationsGetTheSameVerdictFromBothEngines() throws IOException {
        List<Config> configs = ConfigArbitraries.smallValidConfigs().sampleStream().limit(TRIES).toList();
        List<String> failures = new ArrayList<>();
        long start = System.nanoTime();
        int holding = 0;
        int inductive = 0;
        for (int i = 0; i < configs.size(); i++) {
            Config c = configs.get(i);
            // every other try with the inductive checks, so that both ways Alloy decides an
            // invariant (proof by induction, bounded check) are compared with the explorer
            boolean induction = i % 2 == 0;
            Comparison cmp = compare(c, MAX_STEPS, induction);
            List<String> d = cmp.disagreements();
            if (induction) {
                holding += cmp.holding();
                inductive += cmp.inductive();
            }
            if (!d.isEmpty()) {
                String yaml = ConfigYaml.toYaml(c);
                Path dir = Path.of("target/crosscheck-failures");
                Files.createDirectories(dir);
                Path f = dir.resolve("disagreement-" + Integer.toHexString(yaml.hashCode()) + ".yaml");
                Files.writeString(f, "# " + (induction ? "with induction" : "bounded checks only") + "\n# "
                        + String.join("\n# ", d) + "\n" + yaml, StandardCharsets.UTF_8);
                failures.add(f + ": " + d);
            }
            if ((i + 1) % 100 == 0) {
                // progress for long runs (-Dcopyproof.crosscheck.tries=N)
                System.err.printf("cross-check: %d of %d tries, %d disagreeing, %.0f s%n", i + 1, configs.size(),
                        failures.size(), (System.nanoTime() - start) / 1e9);
            }
        }
        double perTry = (System.nanoTime() - start) / 1e9 / Math.max(1, configs.size());
        System.err.printf("cross-check: %d tries, %.1f s per try; in the tries with induction %d of the %d "
                + "invariants that hold and that some event can influence were proved by induction%n",
                configs.size(), perTry, inductive, holding);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    /**
     * The cross-check per slice: random configurations that are cut into two slices or more
     * (sampled until {@code TRIES / 10} of them are found), each distinct slice compared as above,
     * since the engines decide real-size configurations slice by slice.
     */
    @Test
    void everySliceOfRandomConfigurationsGetsTheSameVerdictFromBothEngines() {
        List<Config> sliced = ConfigArbitraries.smallValidConfigs().sampleStream()
                .filter(c -> Slicer.slices(c).size() > 1).limit(Math.max(10, TRIES / 10)).toList();
        List<String> failures = new ArrayList<>();
        int slices = 0;
        for (Config c : sliced) {
            for (Slice s : Slicer.slices(c).stream().collect(java.util.stream.Collectors.toMap(Slice::key, x -> x,
                    (a, b) -> a, java.util.LinkedHashMap::new)).values()) {
                slices++;
                List<String> d = disagreements(s.config(), MAX_STEPS, true);
                if (!d.isEmpty()) {
                    failures.add("slice " + s.label() + ": " + d + "\n" + ConfigYaml.toYaml(c));
                }
            }
        }
        assertTrue(slices > sliced.size(), "the configurations were not cut: " + slices);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @TestFactory
    Stream<DynamicTest> regressionExamplesAgree() throws IOException {
        if (!Files.isDirectory(REGRESSIONS)) {
            return Stream.empty();
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(REGRESSIONS)) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        return files.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            LoadResult r = ConfigLoader.load(p);
            Config c = ((LoadResult.Loaded) r).config();
            assertEquals(List.of(), disagreements(c, MAX_STEPS, true), "with induction");
            assertEquals(List.of(), disagreements(c, MAX_STEPS, false), "bounded checks only");
        }));
    }
}
