package io.copyproof.verifier;

import io.copyproof.config.Config;
import io.copyproof.config.ConfigLoader;
import io.copyproof.config.LoadResult;
import io.copyproof.engine.EngineResult;
import io.copyproof.engine.VerifyOptions;
import io.copyproof.fixtures.EngineMemo;
import io.copyproof.fixtures.ExamplePins;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Alloy engine on the bundled safe examples: how it proves them. In this module (not the
 * Alloy module's own tests) so that its solves are the ones ExamplesRegressionTest pins through
 * the command line, shared through {@link EngineMemo} instead of solved twice per build.
 */
@ExtendWith(EngineMemo.Shared.class)
class AlloyExamplesTest {
    private final EngineMemo memo;

    AlloyExamplesTest(EngineMemo memo) {
        this.memo = memo;
    }

    /**
     * Every safe example, the realistic one included, is proved for runs of any length, except the
     * Global Mirror with change volumes one, which the bounded checks decide.
     */
    @TestFactory
    Stream<DynamicTest> everySafeExampleIsProvedByInduction() {
        return ExamplePins.files().stream().filter(f -> f.endsWith(".safe.yaml"))
                .map(f -> DynamicTest.dynamicTest(f, () -> {
                    Path file = ExamplePins.DIR.resolve(f);
                    Config c = ((LoadResult.Loaded) ConfigLoader.load(file)).config();
                    EngineResult r = memo.alloy().check(c, VerifyOptions.defaults(c.bounds()).withThreads(1));
                    assertEquals("alloy", r.engine());
                    assertEquals(List.of(), r.violations());
                    assertTrue(r.inconclusiveReason().isEmpty(), r.inconclusiveReason().toString());
                    assertEquals(9, r.checked().size());
                    if (f.startsWith("gmcv-")) {
                        // cycling mode: the lemmas do not yet make RC-SECONDARY-CONSISTENT inductive there, so
                        // the bounded checks decide it (docs/semantics.md §9)
                        assertTrue(r.stats().depth() > 0, "decided by the bounded checks");
                        return;
                    }
                    assertEquals(0, r.stats().depth(), "no bounded check was needed");
                    assertTrue(r.assumptions().stream().anyMatch(a -> a.startsWith("Alloy proved ")
                            && a.contains("UP-COMPATIBLE-LEVELS by induction")), r.assumptions().toString());
                }));
    }
}
