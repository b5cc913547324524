package io.copyproof.slicing;

import io.copyproof.config.Config;
import io.copyproof.engine.Engine;
import io.copyproof.engine.EngineResult;
import io.copyproof.engine.VerifyOptions;
import io.copyproof.trace.TraceMismatch;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the slicing engine must pass on from the engine it wraps, unchanged: a setup problem (the
 * command line refuses to run a wrongly set-up engine), and a counterexample the storage semantics
 * reject (a disagreement between the engines, reported as such, never as a failed slice and so
 * never as merely inconclusive). Other failures of one slice are that slice's inconclusive reason,
 * in words, without a Java class name.
 */
class SlicingEngineDelegationTest {
    private static final TwoSiteConfigs.Shape SHAPE = new TwoSiteConfigs.Shape(40, 8, 2, 4, false);

    private static Config multiSlice() {
        Config c = ScaleBench.load(TwoSiteConfigs.yaml(SHAPE), "two-site.yaml");
        assertTrue(Slicer.slices(c).size() > 1, "the test needs a configuration of several slices");
        return c;
    }

    /** An engine that fails every check with {@code failure} and reports {@code problem}. */
    private static Engine failing(RuntimeException failure, Optional<String> problem) {
        return new Engine() {
            @Override
            public String name() {
                return "explorer";
            }

            @Override
            public EngineResult check(Config config, VerifyOptions options) {
                throw failure;
            }

            @Override
            public Optional<String> configurationProblem() {
                return problem;
            }
        };
    }

    @Test
    void aSetUpProblemOfTheWrappedEngineIsReported() {
        Engine e = new SlicingEngine(failing(new IllegalStateException("x"), Optional.of("unknown solver 'z'")));
        assertEquals(Optional.of("unknown solver 'z'"), e.configurationProblem());
    }

    @Test
    void aRejectedCounterexampleInASliceIsADisagreementNotAFailedSlice() {
        Config c = multiSlice();
        Engine e = new SlicingEngine(failing(new TraceMismatch("RC-SYNC", "step 2 is not enabled"), Optional.empty()));
        TraceMismatch m = assertThrows(TraceMismatch.class,
                () -> e.check(c, VerifyOptions.defaults(c.bounds()).withThreads(2)));
        assertEquals("RC-SYNC", m.invariantId());
    }

    @Test
    void anyOtherFailureMakesTheSliceInconclusiveInWords() {
        Config c = multiSlice();
        Engine e = new SlicingEngine(failing(new IllegalArgumentException("the model does not parse"), Optional.empty()));
        EngineResult r = e.check(c, VerifyOptions.defaults(c.bounds()).withThreads(2));
        assertTrue(r.inconclusiveReason().isPresent());
        String reason = r.inconclusiveReason().get();
        assertTrue(reason.contains("the model does not parse"), reason);
        assertFalse(reason.contains("Exception"), reason);
        assertTrue(r.violations().isEmpty());
    }
}
