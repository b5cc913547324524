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
        return twoRelationships(type, dbGroup, dbState, logGroup, logState, "", "");
    }

    /** The same with Global Mirror with change volumes (cycling mode multi) and an upgrade plan of both systems at once. */
    static Config cycling(String dbGroup, String logGroup, boolean concurrentUpgrade) {
        return twoRelationships("global", dbGroup, "consistent_copying", logGroup, "consistent_copying",
                ", cyclingMode: multi", concurrentUpgrade
                        ? "upgrade: {targetLevel: 8.6.0.0, steps: [{system: A}, {system: B}]}\n"
                        + "releaseNotes: [{level: 8.6.0.0}]" : "");
    }

    static Config twoRelationships(String type, String dbGroup, String dbState, String logGroup, String logState,
                                   String extraField, String extraSection) {
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
                  - {id: rc_db, type: %1$s, master: db_vol, aux: db_dr, consistencyGroup: %2$s, state: %3$s%6$s}
                  - {id: rc_log, type: %1$s, master: log_vol, aux: log_dr, consistencyGroup: %4$s, state: %5$s%6$s}
                %7$s
                bounds: {writesPerHost: 2, blocksPerVolume: 1, snapshotsPerCopy: 1}
                """.formatted(type, dbGroup, dbState, logGroup, logState, extraField, extraSection));
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

    /** Cycling mode: a group's aux volumes change only when a cycle completes, to the image frozen at its start. */
    @Test
    void aCycleCopiesTheImageFrozenAtItsStart() {
        Config c = cycling("cg", "cg", false);
        StorageModel m = new StorageModel(c);
        long[] s0 = m.initialState();
        long[] s1 = m.successorsByName(s0).get("HostWrite(db_host, db_vol, 0)");
        long[] s2 = m.successorsByName(s1).get("CycleStart(cg)");
        assertNotNull(s2);
        long[] s3 = m.successorsByName(s2).get("HostWrite(db_host, log_vol, 0)"); // after the freeze
        long[] s4 = m.successorsByName(s3).get("CycleComplete(cg)");
        int db = 0;
        int log = 1;
        assertEquals(List.of(m.t.value(0, 1), 0), List.of(m.logical(s4, m.t.relAux[db], 0),
                m.logical(s4, m.t.relAux[log], 0)), "the aux holds write 1 (frozen), not write 2 (after the freeze)");
        assertEquals(m.t.value(0, 2), m.logical(s4, m.t.relMaster[log], 0));
        // no second cycle within one trigger per group
        assertEquals(null, m.successorsByName(s4).get("CycleStart(cg)"));
    }

    @Test
    void cyclingGroupsAreConsistentTogetherAndNotApart() {
        assertEquals(Map.of(), ExamplesTraceTest.viaNaive(cycling("cg", "cg", false)));
        assertEquals(Map.of("RC-SECONDARY-CONSISTENT", "4: HostWrite, HostWrite, CycleStart, CycleComplete"),
                ExamplesTraceTest.viaNaive(cycling("cg1", "cg2", false)));
    }

    /** RC-SYNC in cycling mode: leaving consistent_copying other than by an operator stop is a loss of replication. */
    @Test
    void aConcurrentUpgradeStopsACyclingGroup() {
        Config c = cycling("cg", "cg", true);
        Map<String, String> got = ExamplesTraceTest.viaNaive(c);
        assertEquals("3: UpgradeStart, UpgradeStart, PartnershipFault", got.get("RC-SYNC"), got::toString);
        StorageModel m = new StorageModel(c);
        long[] s = m.initialState();
        for (String step : List.of("HostWrite(db_host, db_vol, 0)", "CycleStart(cg)", "UpgradeStart(A)",
                "UpgradeStart(B)", "PartnershipFault(p)")) {
            s = m.successorsByName(s).get(step);
            assertNotNull(s, step);
        }
        int stopped = RelationshipState.CONSISTENT_STOPPED.ordinal();
        assertEquals(List.of(stopped, stopped), List.of(get(s, m.L.rcState[0]), get(s, m.L.rcState[1])));
        assertEquals(0, m.logical(s, m.t.relAux[0], 0), "the abandoned cycle leaves the last complete image");
        assertEquals(null, m.successorsByName(s).get("CycleComplete(cg)"));
    }

    /** Reports state the cycle bound when, and only when, a relationship cycles. */
    @Test
    void theBoundsSentenceNamesTheCyclesInCyclingModeOnly() {
        Config cyc = cycling("cg", "cg", false);
        List<String> a = io.copyproof.vocabulary.Assumption.statedFor(cyc, cyc.bounds());
        org.junit.jupiter.api.Assertions.assertTrue(a.get(a.size() - 1)
                .endsWith("taken once; each consistency group in cycling mode cycles once."), a::toString);
        Config plain = twoRelationships("global", "cg", "consistent_synchronized", "cg", "consistent_synchronized");
        List<String> b = io.copyproof.vocabulary.Assumption.statedFor(plain, plain.bounds());
        org.junit.jupiter.api.Assertions.assertTrue(b.get(b.size() - 1).endsWith("mapping taken once."), b::toString);
    }
}
