package io.copyproof.semantics;

import io.copyproof.config.Config;
import io.copyproof.fixtures.Configs;
import io.copyproof.fixtures.TwoSystems;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * RC-SYNC over every relationship that is consistent_synchronized at some moment, and the operator
 * steps RelationshipStop / RelationshipStart: shortest traces by the naive reference search and by
 * the explorer (one worker, with and without reductions).
 */
class OperatorStepsSemanticsTest {

    /** Two partnered systems at one level; relationships and the plan's steps are appended. */
    private static Config config(String rels, String... steps) {
        return Configs.parse(TwoSystems.of(2).bounds("{writesPerHost: 1, blocksPerVolume: 1}").remoteCopies(rels)
                .yaml(steps));
    }

    private static void expect(Config c, Map<String, String> want) {
        assertEquals(want, ExamplesTraceTest.viaNaive(c), "naive reference");
        assertEquals(want, ExamplesTraceTest.viaEngine(c, 1, false), "explorer");
        assertEquals(want, ExamplesTraceTest.viaEngine(c, 1, true), "explorer with reductions");
    }

    private static final String GROUP = """
              - {id: rc_db, type: metro, master: v1, aux: w1, consistencyGroup: cg_db}
              - {id: rc_log, type: metro, master: v2, aux: w2, consistencyGroup: cg_db}
            """;

    @Test
    void aRelationshipThatSynchronizesLaterIsHeldToRcSyncToo() {
        // configured inconsistent_copying: once synchronized, a concurrent upgrade drops it
        Config c = config("  - {id: rc_db, type: metro, master: v1, aux: w1, state: inconsistent_copying}\n",
                "{system: SVC_A}", "{system: SVC_B}");
        expect(c, Map.of("RC-SYNC", "4: UpgradeStart, UpgradeStart, RelationshipSynchronized, PartnershipFault"));
    }

    @Test
    void anOperatorStopOfAGroupStopsEveryRelationshipWithoutLossOfSynchronization() {
        expect(config(GROUP, "{system: SVC_A}", "{system: SVC_B}"),
                Map.of("RC-SYNC", "3: UpgradeStart, UpgradeStart, PartnershipFault"));
        expect(config(GROUP, "{id: stop_cg, stop: cg_db}", "{system: SVC_A, after: [stop_cg]}",
                "{system: SVC_B, after: [stop_cg]}", "{start: cg_db, after: [SVC_A, SVC_B]}"), Map.of());
    }

    @Test
    void aRestartResynchronizesAndIsThenHeldToRcSync() {
        // restarted before the concurrent upgrade: the group synchronizes again, then loses it
        Config c = config(GROUP, "{id: stop_cg, stop: cg_db}", "{start: cg_db, after: [stop_cg]}",
                "{system: SVC_A, after: [start-cg_db]}", "{system: SVC_B, after: [start-cg_db]}");
        expect(c, Map.of("RC-SYNC", "6: RelationshipStop, RelationshipStart, UpgradeStart, UpgradeStart, "
                + "RelationshipSynchronized, PartnershipFault"));
    }
}
