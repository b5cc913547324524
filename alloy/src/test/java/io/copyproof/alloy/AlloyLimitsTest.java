package io.copyproof.alloy;

import io.copyproof.config.Config;
import io.copyproof.fixtures.Configs;
import io.copyproof.engine.EngineResult;
import io.copyproof.engine.VerifyOptions;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Huge time limits and wrong {@code copyproof.alloy.*} values. */
class AlloyLimitsTest {

    @Test
    void aHugeTimeLimitIsNoLimitNotAnOverflow() {
        Config c = Configs.example("managed-lun-suspended.hazard.yaml");
        VerifyOptions o = VerifyOptions.defaults(c.bounds()).withThreads(1);
        o = new VerifyOptions(o.bounds(), 1, o.maxStates(), Duration.ofSeconds(Long.MAX_VALUE / 4), false,
                o.partialOrder(), o.symmetry());
        EngineResult r = new AlloyEngine("sat4j", AlloyGenerator.DEFAULT_MAX_STEPS).check(c, o);
        assertTrue(r.inconclusiveReason().isEmpty(), r.inconclusiveReason().toString());
        assertEquals(2, r.violations().size());
    }

    @Test
    void unknownSolversAndBadStepCapsAreProblemsNotDefaults() {
        assertTrue(AlloySettings.from(Map.of("copyproof.alloy.solver", "glucose9")::get).problem()
                .orElse("").contains("glucose9 is not a solver"));
        for (String bad : new String[] {"-3", "0", "lots", "99999999999"}) {
            assertTrue(AlloySettings.from(Map.of("copyproof.alloy.maxSteps", bad)::get).problem()
                    .orElse("").contains("must be a whole number"), bad);
        }
        assertTrue(AlloySettings.from(Map.of("copyproof.alloy.induction", "yes")::get).problem().isPresent());
    }

    @Test
    void goodValuesAreTaken() {
        AlloySettings s = AlloySettings.from(Map.of("copyproof.alloy.solver", "SAT4J", "copyproof.alloy.maxSteps", "12",
                "copyproof.alloy.induction", "false")::get);
        assertEquals(java.util.Optional.empty(), s.problem());
        assertEquals(12, s.maxSteps());
        assertEquals(false, s.induction());
        assertTrue(AlloySettings.from(k -> null).problem().isEmpty());
    }
}
