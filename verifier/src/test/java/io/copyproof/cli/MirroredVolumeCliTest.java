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
 * copy touches its copies, or backend copies only write a LUN of copy 1's pool that holds none of its
 * blocks, both engines explore it: the volume stays online through copy 0 when copy 1's pool goes offline.
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
        assertTrue(r.out().contains("volume 'db_vol' is mirrored ('copies') and backend copy 'refresh' writes LUN 'lun_b',"
                + " which holds blocks of its copy 1"), r.out());
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

    @Test
    void aMirroredVolumeSurvivesCopyOnesPoolGoingOfflineUnderBothEngines(@TempDir Path dir) throws IOException {
        // the hazard example without logs_vol: only the mirrored app_vol has a copy in pool_mirror
        String text = Files.readString(Path.of("..", "examples", "mirrored-volume-pool-offline.hazard.yaml"))
                .replace("  - {id: logs_vol, system: SVC_A, ioGroup: io_grp0, pool: pool_mirror, cache: none}\n", "")
                .replace("volumes: [app_vol, logs_vol]", "volumes: [app_vol]");
        Path f = CliTest.write(dir, "m.yaml", text);
        for (String engine : new String[]{"explorer", "alloy"}) {
            CliTest.Run r = CliTest.run(Main.wiring(), "verify", f.toString(), "--engine", engine, "--format", "json");
            CliTest.noStackTrace(r);
            assertEquals(1, r.code(), engine + ": " + r.out() + r.err());
            // the copy onto pool_mirror's MDisk is judged like any, and the pool may go offline ...
            assertTrue(r.out().contains("{\"id\":\"CS-TARGET-HOLDS-SVC-DATA\",\"title\""), engine + ": " + r.out());
            // ... but app_vol stays online through copy 0 in pool_a
            assertTrue(!r.out().contains("{\"id\":\"AV-VOLUME-ONLINE\""), engine + ": " + r.out());
            assertTrue(r.out().contains("\"inconclusiveReason\":null"), engine + ": " + r.out());
            // traces do not pass copy 1's untracked LUN positions off as the system's content
            assertTrue(r.out().contains("\"variable\":\"app_vol copy 1 block 0 (not tracked)\""), engine + ": " + r.out());
        }
    }
}
