package io.copyproof.cli;

import io.copyproof.config.Config;
import io.copyproof.engine.Engine;
import io.copyproof.engine.EngineResult;
import io.copyproof.engine.VerifyOptions;
import io.copyproof.rules.StaticRules;
import io.copyproof.semantics.ExplorerEngine;
import io.copyproof.slicing.SlicingEngine;
import io.copyproof.slicing.TwoSiteConfigs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code diff} checks BEFORE and AFTER through one memo of verified slices: a slice AFTER did not
 * change is explored once. Counted in calls of the engine under the slicer, not in time.
 */
class DiffSharedSlicesTest {
    /** The explorer, counting the slices it is asked to check. */
    private static final class Counting implements Engine {
        private final Engine inner = new ExplorerEngine();
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public String name() {
            return inner.name();
        }

        @Override
        public EngineResult check(Config config, VerifyOptions options) {
            calls.incrementAndGet();
            return inner.check(config, options);
        }
    }

    /** The engine calls of one command line, with a fresh counting explorer. */
    private static int calls(CliTest.Run[] result, String... args) {
        Counting counting = new Counting();
        Wiring wiring = Wiring.empty().withEngine(new SlicingEngine(counting))
                .withStaticRules(StaticRules.ids(), StaticRules::check);
        result[0] = CliTest.run(wiring, args);
        return counting.calls.get();
    }

    private static Path[] files(Path dir) throws IOException {
        String safe = TwoSiteConfigs.yaml(new TwoSiteConfigs.Shape(24, 6, 3, 3, false));
        String changed = safe.replace("mdisk: md_db1, cache: none", "mdisk: md_db1, cache: readwrite");
        assertTrue(!changed.equals(safe), "the fixture has no md_db1 volume");
        Path before = dir.resolve("before.yaml");
        Path after = dir.resolve("after.yaml");
        Files.writeString(before, safe);
        Files.writeString(after, changed);
        return new Path[] {before, after};
    }

    @Test
    void aSliceTheChangeDoesNotTouchIsExploredOnce(@TempDir Path dir) throws IOException {
        Path[] f = files(dir);
        CliTest.Run[] r = new CliTest.Run[1];
        int before = calls(r, "verify", "--threads", "1", f[0].toString());
        assertEquals(0, r[0].code(), r[0].err());
        int after = calls(r, "verify", "--threads", "1", f[1].toString());
        assertEquals(1, r[0].code(), r[0].err());
        assertTrue(before > 1, "the fixture should have several slices to explore: " + before);
        int diff = calls(r, "diff", "--threads", "1", f[0].toString(), f[1].toString());
        assertEquals(1, r[0].code(), r[0].err());
        // AFTER differs in one volume's cache: only the slice holding it is explored again
        assertEquals(before + 1, diff, "verify BEFORE " + before + ", verify AFTER " + after + ", diff " + diff);
        assertTrue(diff < before + after);
    }

    @Test
    void diffOfAFileWithItselfExploresEachSliceOnce(@TempDir Path dir) throws IOException {
        Path[] f = files(dir);
        CliTest.Run[] r = new CliTest.Run[1];
        int once = calls(r, "verify", "--threads", "1", f[0].toString());
        int diff = calls(r, "diff", "--threads", "1", f[0].toString(), f[0].toString());
        assertEquals(0, r[0].code(), r[0].err());
        assertEquals(once, diff);
    }

    @Test
    void aViolatedSliceIsExploredAgainSoItsTraceIsLocatedInAfter(@TempDir Path dir) throws IOException {
        Path[] f = files(dir);
        CliTest.Run[] r = new CliTest.Run[1];
        int once = calls(r, "verify", "--threads", "1", f[1].toString());
        int diff = calls(r, "diff", "--threads", "1", "--format", "json", f[1].toString(), f[1].toString());
        assertEquals(0, r[0].code(), r[0].err());
        assertTrue(diff > once && diff < 2 * once, "verify " + once + ", diff " + diff);
        assertTrue(r[0].out().contains(f[1].toString()), r[0].out());
    }
}
