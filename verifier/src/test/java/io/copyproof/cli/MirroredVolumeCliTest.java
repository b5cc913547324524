package io.copyproof.cli;

import io.copyproof.alloy.AlloyEngine;
import io.copyproof.config.Config;
import io.copyproof.config.ConfigLoader;
import io.copyproof.config.LoadResult;
import io.copyproof.engine.EngineResult;
import io.copyproof.engine.VerifyOptions;
import io.copyproof.semantics.ExplorerEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A mirrored volume ({@code copies}): where a backend copy reads or writes a LUN under one of its
 * copies, neither engine explores it and each says so, located (never verified), while the static
 * rules judge the mirror copy and generate refuses (exit 2) without a stack trace. Where no backend
 * copy touches its copies, both engines explore it through its primary copy.
 */
class MirroredVolumeCliTest {
    private static final Path MIRRORED = Path.of("src", "test", "resources", "mirroring", "mirrored.yaml");

    private static String withoutBackendCopies() throws IOException {
        String text = Files.readString(MIRRORED);
        return text.substring(0, text.indexOf("backendCopies:"));
    }

    @Test
    void bothEnginesSayTheyCannotExploreAMirrorABackendCopyTouches() {
        Config c = ((LoadResult.Loaded) ConfigLoader.load(MIRRORED)).config();
        VerifyOptions o = VerifyOptions.defaults(c.bounds()).withThreads(1);
        for (EngineResult r : new EngineResult[]{new ExplorerEngine().check(c, o), new AlloyEngine().check(c, o)}) {
            String reason = r.inconclusiveReason().orElseThrow(() -> new AssertionError(r.engine() + " concluded"));
            assertTrue(reason.contains("mirrored.yaml:29:7: volume 'db_vol' is mirrored"), reason);
            assertTrue(r.violations().isEmpty(), r.engine());
        }
    }

    @Test
    void staticRulesJudgeTheMirrorCopy() {
        CliTest.Run r = CliTest.run(Main.wiring(), "verify", MIRRORED.toString(), "--format", "json");
        CliTest.noStackTrace(r);
        assertEquals(1, r.code(), r.out() + r.err());
        // the backend copy overwrites lun_b, the image copy 1 of a volume a host writes
        assertTrue(r.out().contains("\"CS-TARGET-HOLDS-SVC-DATA\""), r.out());
        // through the slicing engine too: the slice with the backend copy holds the mirrored volume
        assertTrue(r.out().contains("volume 'db_vol' is mirrored ('copies') and a backend copy"), r.out());
    }

    @Test
    void generateRefusesWithTheLocatedReason() {
        CliTest.Run r = CliTest.run(Main.wiring(), "generate", MIRRORED.toString());
        CliTest.noStackTrace(r);
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("mirrored.yaml:29:7: volume 'db_vol' is mirrored"), r.err());
    }

    @Test
    void aMirrorNoBackendCopyTouchesIsExploredThroughItsPrimaryCopy(@TempDir Path dir) throws IOException {
        Path f = CliTest.write(dir, "m.yaml", withoutBackendCopies());
        CliTest.Run r = CliTest.run(Main.wiring(), "verify", f.toString(), "--engine", "both");
        CliTest.noStackTrace(r);
        assertEquals(0, r.code(), r.out() + r.err());
        assertEquals(0, CliTest.run(Main.wiring(), "generate", f.toString()).code());
    }
}
