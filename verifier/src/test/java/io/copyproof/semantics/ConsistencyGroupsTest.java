package io.copyproof.semantics;

import io.copyproof.config.Config;
import io.copyproof.config.RelationshipState;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.copyproof.semantics.StateLayout.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Remote-copy consistency groups (docs/semantics.md §3.16 and §4): a group changes state as one,
 * and RC-SECONDARY-CONSISTENT orders one host's writes across the relationships of every group in
 * a consistent state.
 */
class ConsistencyGroupsTest {

    /** Two partnered systems; db_host writes db_vol and log_vol, replicated by rc_db and rc_log. */
    static Config twoRelationships(String type, String dbGroup, String dbState, String logGroup, String logState) {
        return Examples.parse("""
                name: groups
                systems:
                  - {id: A, codeLevel: 8.5.0.6, ioGroups: [{id: io0, nodes: [a1, a2]}]}
                  - {id: B, codeLevel: 8.5.0.6, ioGroups: [{id: io0, nodes: [b1, b2]}]}
                controllers:
                  - {id: c, model: any}
                luns:
                  - {id: la, controller: c}
                  - {id: lb, controller: c}
                pools:
                  - {id: pa, system: A}
                  - {id: pb, system: B}
                mdisks:
                  - {id: ma, system: A, lun: la, mode: managed, pool: pa}
                  - {id: mb, system: B, lun: lb, mode: managed, pool: pb}
                volumes:
                  - {id: db_vol, system: A, ioGroup: io0, pool: pa, cache: none}
                  - {id: log_vol, system: A, ioGroup: io0, pool: pa, cache: none}
                  - {id: db_dr, system: B, ioGroup: io0, pool: pb, cache: none}
                  - {id: log_dr, system: B, ioGroup: io0, pool: pb, cache: none}
                hosts:
                  - {id: db_host, volumes: [db_vol, log_vol]}
                partnerships:
                  - {id: p, systems: [A, B]}
                remoteCopies:
                  - {id: rc_db, type: %1$s, master: db_vol, aux: db_dr, consistencyGroup: %2$s, state: %3$s}
                  - {id: rc_log, type: %1$s, master: log_vol, aux: log_dr, consistencyGroup: %4$s, state: %5$s}
                bounds: {writesPerHost: 2, blocksPerVolume: 1, snapshotsPerCopy: 1}
                """.formatted(type, dbGroup, dbState, logGroup, logState));
    }

    @Test
    void synchronizationCompletesForTheWholeGroup() {
        Config c = twoRelationships("metro", "cg", "inconsistent_copying", "cg", "inconsistent_copying");
        StorageModel m = new StorageModel(c);
        Map<String, long[]> next = m.successorsByName(m.initialState());
        long[] n = next.get("RelationshipSynchronized(rc_log)");
        assertNotNull(n, () -> "enabled: " + next.keySet());
        int cs = RelationshipState.CONSISTENT_SYNCHRONIZED.ordinal();
        assertEquals(List.of(cs, cs), List.of(get(n, m.L.rcState[0]), get(n, m.L.rcState[1])));
        // each relationship of the group names the same step
        org.junit.jupiter.api.Assertions.assertArrayEquals(n, next.get("RelationshipSynchronized(rc_db)"));
    }

    @Test
    void separateGroupsSynchronizeSeparately() {
        Config c = twoRelationships("metro", "cg1", "inconsistent_copying", "cg2", "inconsistent_copying");
        StorageModel m = new StorageModel(c);
        long[] n = m.successorsByName(m.initialState()).get("RelationshipSynchronized(rc_log)");
        assertEquals(List.of(RelationshipState.INCONSISTENT_COPYING.ordinal(),
                RelationshipState.CONSISTENT_SYNCHRONIZED.ordinal()),
                List.of(get(n, m.L.rcState[0]), get(n, m.L.rcState[1])));
    }

    /** A stopped group and a running one: the running group's aux gets the later write alone. */
    @Test
    void aStoppedGroupBesideARunningOneBreaksTheSecondary() {
        Config c = twoRelationships("metro", "cg1", "consistent_stopped", "cg2", "consistent_synchronized");
        assertEquals(Map.of("RC-SECONDARY-CONSISTENT", "2: HostWrite, HostWrite"), ExamplesTraceTest.viaNaive(c));
        assertEquals(Map.of("RC-SECONDARY-CONSISTENT", "2: HostWrite, HostWrite"),
                ExamplesTraceTest.viaEngine(c, 1, true));
    }

    /** Metro Mirror in two groups of one partnership: synchronous, and a fault stops both at once. */
    @Test
    void metroGroupsOfOnePartnershipStayOrdered() {
        Config c = twoRelationships("metro", "cg1", "consistent_synchronized", "cg2", "consistent_synchronized");
        assertEquals(Map.of(), ExamplesTraceTest.viaNaive(c));
    }

    /** Global Mirror: one queue per group orders the group; two groups are not ordered with each other. */
    @Test
    void globalMirrorOrdersWithinAGroupOnly() {
        Config one = twoRelationships("global", "cg", "consistent_synchronized", "cg", "consistent_synchronized");
        assertEquals(Map.of(), ExamplesTraceTest.viaNaive(one));
        Config two = twoRelationships("global", "cg1", "consistent_synchronized", "cg2", "consistent_synchronized");
        assertEquals(Map.of("RC-SECONDARY-CONSISTENT", "3: HostWrite, HostWrite, GlobalReplicate"),
                ExamplesTraceTest.viaNaive(two));
    }
}
