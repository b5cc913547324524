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
 * A mirrored volume ({@code copies}): both engines explore it wherever backend copies touch its copies
 * (docs/semantics.md §7.2), the static rules judge the mirror copy, generate writes its model, and the
 * volume stays online through copy 0 when copy 1's pool goes offline.
 */
class MirroredVolumeCliTest {
    private static final Path MIRRORED = Path.of("src", "test", "resources", "mirroring", "mirrored.yaml");

    private static String withoutBackendCopies() throws IOException {
        String text = Files.readString(MIRRORED);
        return text.substring(0, text.indexOf("backendCopies:"));
    }

    @Test
    void bothEnginesExploreAMirrorWhoseImageCopyABackendCopyOverwrites() {
        Config c = ((LoadResult.Loaded) ConfigLoader.load(MIRRORED)).config();
        VerifyOptions o = VerifyOptions.defaults(c.bounds()).withThreads(1);
        for (EngineResult r : new EngineResult[]{new ExplorerEngine().check(c, o), new AlloyEngine().check(c, o)}) {
            assertEquals(java.util.Optional.empty(), r.inconclusiveReason(), r.engine());
            // the copy overwrites lun_b, the image copy 1 of a volume a host writes
            assertEquals(java.util.List.of("CS-TARGET-HOLDS-SVC-DATA"),
                    r.violations().stream().map(v -> v.id()).distinct().toList(), r.engine());
        }
    }

    @Test
    void staticRulesJudgeTheMirrorCopy() {
        CliTest.Run r = CliTest.run(Main.wiring(), "verify", MIRRORED.toString(), "--format", "json");
        CliTest.noStackTrace(r);
        assertEquals(1, r.code(), r.out() + r.err());
        // the backend copy overwrites lun_b, the image copy 1 of a volume a host writes
        assertTrue(r.out().contains("\"CS-TARGET-HOLDS-SVC-DATA\""), r.out());
        assertTrue(r.out().contains("\"inconclusiveReason\":null"), r.out());
    }

    @Test
    void generateWritesTheMirrorsPlacement() {
        CliTest.Run r = CliTest.run(Main.wiring(), "generate", MIRRORED.toString());
        CliTest.noStackTrace(r);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("mirrorLunOf"), r.out());
    }

    @Test
    void aMirrorNoBackendCopyTouchesVerifies(@TempDir Path dir) throws IOException {
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
            // traces name copy 1's LUN positions
            assertTrue(r.out().contains("\"variable\":\"app_vol copy 1 block 0\""), engine + ": " + r.out());
        }
    }
}
