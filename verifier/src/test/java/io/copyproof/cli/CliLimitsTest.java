package io.copyproof.cli;

import io.copyproof.config.Config;
import io.copyproof.result.Stats;
import io.copyproof.engine.Engine;
import io.copyproof.engine.EngineResult;
import io.copyproof.engine.VerifyOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Options that would exhaust the machine, and engines set up wrongly. */
class CliLimitsTest {
    private static final String VALID = "systems:\n  - id: S\n    codeLevel: 8.5.0.6\n    ioGroups:\n"
            + "      - id: io_grp0\n        nodes: [n1, n2]\n";

    private static Engine recording(AtomicInteger threads, Optional<String> problem) {
        return new Engine() {
            @Override
            public String name() {
                return "explorer";
            }

            @Override
            public EngineResult check(Config config, VerifyOptions options) {
                threads.set(options.threads());
                return new EngineResult("explorer", List.of(), List.of(), Stats.NONE, List.of(), Optional.empty());
            }

            @Override
            public Optional<String> configurationProblem() {
                return problem;
            }
        };
    }

    @Test
    void tenThousandThreadsAreCappedWithANote(@TempDir Path dir) throws Exception {
        Path f = CliTest.write(dir, "c.yaml", VALID);
        AtomicInteger used = new AtomicInteger();
        CliTest.Run r = CliTest.run(Wiring.empty().withEngine(recording(used, Optional.empty())),
                "verify", f.toString(), "--threads", "10000");
        assertEquals(0, r.code(), r.err());
        int cap = Runtime.getRuntime().availableProcessors() * 4;
        assertEquals(cap, used.get());
        assertTrue(r.err().contains("--threads 10000 is more than this machine can use; using " + cap), r.err());
    }

    @Test
    void anEngineSetUpWronglyIsAUsageError(@TempDir Path dir) throws Exception {
        Path f = CliTest.write(dir, "c.yaml", VALID);
        AtomicInteger used = new AtomicInteger(-1);
        CliTest.Run r = CliTest.run(Wiring.empty().withEngine(recording(used, Optional.of("bad solver"))),
                "verify", f.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("the explorer engine is set up wrongly: bad solver"), r.err());
        assertEquals(-1, used.get(), "nothing ran");
    }

    @Test
    void anUnknownAlloySolverPropertyIsRefused(@TempDir Path dir) throws Exception {
        Path f = CliTest.write(dir, "c.yaml", VALID);
        String before = System.getProperty("copyproof.alloy.solver");
        System.setProperty("copyproof.alloy.solver", "nosuchsolver");
        try {
            CliTest.Run r = CliTest.run(Main.wiring(), "verify", f.toString(), "--engine", "alloy");
            assertEquals(2, r.code(), r.err());
            assertTrue(r.err().contains("copyproof.alloy.solver=nosuchsolver is not a solver"), r.err());
        } finally {
            if (before == null) {
                System.clearProperty("copyproof.alloy.solver");
            } else {
                System.setProperty("copyproof.alloy.solver", before);
            }
        }
    }

    @Test
    void aConfigurationWithNoSystemsVerifiesWithAWarningThatNothingWasChecked(@TempDir Path dir) throws Exception {
        Path f = CliTest.write(dir, "empty.yaml", "systems: []\n");
        CliTest.Run r = CliTest.run(Main.wiring(), "verify", f.toString(), "--threads", "1");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("warning: " + f + " holds no systems; nothing was checked"), r.err());
        assertTrue(r.out().contains("nothing was checked"), "the report says it too: " + r.out());
    }
}
