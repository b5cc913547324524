package io.copyproof.report;

import io.copyproof.result.Stats;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextRendererTest {
    private final Renderer text = Renderers.forName("text");

    @Test
    void verdictFirstThenTheNumberedTraceWithChangedValues() throws Exception {
        String out = Golden.render(text, List.of(SampleResults.cachedSnapshot()), RenderOptions.PLAIN);
        String[] lines = out.split("\n");
        assertTrue(lines[0].startsWith("VIOLATED — 1 invariant broken, 1 error finding"), lines[0]);
        assertTrue(lines[1].contains("examples/backend-snapshot-cached-volume.yaml  (nightly-backend-snapshot)"),
                lines[1]);
        assertTrue(out.contains("1. HostWrite  db_host writes version 1 to db_vol block 0"), out);
        assertTrue(out.contains("cache SVC_A/io_grp0: db_vol.b0  — → v1 (dirty)"), out);
        assertTrue(out.contains("2. BackendSnapshot"), out);
        assertTrue(out.contains("examples/backend-snapshot-cached-volume.yaml:23:12  CS-CACHE-ENABLED-SOURCE  error"),
                out);
        assertTrue(out.contains("writesPerHost=2, blocksPerVolume=2, snapshotsPerCopy=1"), out);
        assertTrue(out.contains("1,284 distinct states"), out);
        assertFalse(out.contains("state after step"), "changed values only by default");
        assertFalse(out.contains("\u001b["), "no colour unless asked");
    }

    @Test
    void bothEnginesSayWhoFoundItAndGiveEachEnginesStatistics() throws Exception {
        String out = Golden.render(text, List.of(SampleResults.cachedSnapshotBothEngines()), RenderOptions.PLAIN);
        assertTrue(out.startsWith("VIOLATED — 1 invariant broken"), out);
        assertTrue(out.contains("found by both engines: 2 steps; at "), out);
        assertTrue(out.contains("\n  explorer: 1,284 distinct states"), out);
        assertTrue(out.contains("\n  alloy: bounded checks up to 3 events"), out);
        String one = Golden.render(text, List.of(SampleResults.cachedSnapshot()), RenderOptions.PLAIN);
        assertTrue(one.contains("found by explorer; at "), one);
    }

    @Test
    void fullStateShowsEveryValue() throws Exception {
        String out = Golden.render(text, List.of(SampleResults.cachedSnapshot()),
                new RenderOptions(false, true, false));
        assertTrue(out.contains("0. initial state"), out);
        assertTrue(out.contains("state after step 2:"), out);
        assertTrue(out.contains("node SVC_A/A_node1: state = online"), out);
    }

    @Test
    void colourOnlyWhenAsked() throws Exception {
        String out = Golden.render(text, List.of(SampleResults.cachedSnapshot()), new RenderOptions(true, false, false));
        assertTrue(out.contains("\u001b[31m"), out);
    }

    @Test
    void blastRadiusAndDisagreements() throws Exception {
        String out = Golden.render(text, List.of(SampleResults.poolOffline()), RenderOptions.PLAIN);
        assertTrue(out.contains("Blast radius: pools: pool_main; volumes: app_vol, log_vol; hosts: app_host, log_host"),
                out);
        assertTrue(out.contains("RC-SYNC  alloy: violated, explorer: holds"), out);
    }

    @Test
    void golden() throws Exception {
        Golden.check("samples.txt", Golden.render(text, SampleResults.all(), Golden.NORMALIZED));
        Golden.check("samples-full-state.txt", Golden.render(text, List.of(SampleResults.cachedSnapshot()),
                new RenderOptions(false, true, true)));
    }

    /** The Alloy engine counts no states: its statistics say how far its bounded checks went. */
    @Test
    void alloyStatisticsNameTheBoundedChecksNotStates() {
        RenderOptions o = RenderOptions.PLAIN;
        Stats proved = new Stats(0, 0, 0, 3.17, 0.0, 0.0, 84L * 1024 * 1024);
        String line = TextRenderer.stats(proved, "alloy", o);
        assertTrue(line.startsWith("no bounded check beyond the initial state, 3.17 s"), line);
        assertFalse(line.contains("distinct states"), line);
        assertFalse(line.contains("collision"), line);
        Stats bounded = new Stats(0, 9, 17, 1.2, 0.0, 0.0, 84L * 1024 * 1024);
        assertTrue(TextRenderer.stats(bounded, "alloy", o).startsWith("bounded checks up to 17 events, "),
                TextRenderer.stats(bounded, "alloy", o));
        assertTrue(TextRenderer.stats(bounded, "explorer", o).startsWith("0 distinct states, 9 transitions, depth 17"));
    }
}
