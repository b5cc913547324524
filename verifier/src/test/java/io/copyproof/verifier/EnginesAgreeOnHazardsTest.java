package io.copyproof.verifier;

import io.copyproof.config.Config;
import io.copyproof.config.ConfigLoader;
import io.copyproof.config.LoadResult;
import io.copyproof.engine.EngineResult;
import io.copyproof.engine.VerifyOptions;
import io.copyproof.fixtures.EngineMemo;
import io.copyproof.result.StateValue;
import io.copyproof.result.TraceStep;
import io.copyproof.result.Violation;
import io.copyproof.semantics.ExplorerEngine;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Both engines describe the same counterexample in one dialect: on every bundled hazard example,
 * each violation that both the explorer and the Alloy engine (with the verifier's trace layer)
 * find has the same shortest length (and, when the steps are the same, the same location and path), the same argument names per
 * step, the same lane names (actor and variable) in the initial and every later state, and the
 * same explanation when the steps are the same.
 */
@ExtendWith(EngineMemo.Shared.class)
class EnginesAgreeOnHazardsTest {
    private static final Path EXAMPLES = Path.of("..", "examples");
    /** The Alloy results, shared with the other classes that run Alloy on the examples. */
    private final EngineMemo memo;

    EnginesAgreeOnHazardsTest(EngineMemo memo) {
        this.memo = memo;
    }

    @TestFactory
    Stream<DynamicTest> everyHazardExample() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(EXAMPLES)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".hazard.yaml")).sorted().toList();
        }
        assertFalse(files.isEmpty(), "no hazard examples under " + EXAMPLES.toAbsolutePath());
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f, memo)));
    }

    private static void check(Path file, EngineMemo memo) {
        LoadResult loaded = ConfigLoader.load(file);
        Config config = ((LoadResult.Loaded) loaded).config();
        VerifyOptions options = VerifyOptions.defaults(config.bounds()).withThreads(1);
        EngineResult ex = new ExplorerEngine().check(config, options);
        // the Alloy engine with the verifier's trace layer (as the command line wires it)
        EngineResult al = memo.alloy().check(config, options);
        for (Violation e : ex.violations()) {
            Optional<Violation> a = al.violations().stream().filter(v -> v.id().equals(e.id())).findFirst();
            if (a.isEmpty()) {
                continue;
            }
            Violation v = a.get();
            String what = file.getFileName() + " " + e.id();
            assertEquals(e.trace().size(), v.trace().size(), what + ": length");
            for (int i = 0; i < e.trace().size(); i++) {
                TraceStep se = e.trace().get(i);
                TraceStep sa = v.trace().get(i);
                if (se.event().equals(sa.event())) {
                    assertEquals(List.copyOf(se.args().keySet()), List.copyOf(sa.args().keySet()),
                            what + ": argument names of step " + (i + 1));
                }
                assertEquals(lanes(se.state()), lanes(sa.state()), what + ": lanes after step " + (i + 1));
            }
            assertEquals(lanes(e.initialState()), lanes(v.initialState()), what + ": lanes of the initial state");
            // the location is attributed from the steps: two equally short counterexamples with other
            // steps (pit-target-holds-svc-data's stale read of app_vol1 or of app_vol2) may point at
            // other lines, and each engine may find either
            if (events(e).equals(events(v))) {
                assertEquals(e.location(), v.location(), what + ": location");
                assertEquals(e.path(), v.path(), what + ": path");
                assertEquals(e.trace(), v.trace(), what + ": the same steps print the same");
                assertEquals(e.explanation(), v.explanation(), what + ": explanation");
                assertEquals(e.blastRadius(), v.blastRadius(), what + ": blast radius");
            }
        }
    }

    private static TreeSet<String> lanes(List<StateValue> state) {
        TreeSet<String> out = new TreeSet<>();
        state.forEach(s -> out.add(s.actor() + " / " + s.variable()));
        return out;
    }

    private static List<String> events(Violation v) {
        List<String> out = new ArrayList<>();
        v.trace().forEach(s -> out.add(s.event() + s.args()));
        return out;
    }
}
