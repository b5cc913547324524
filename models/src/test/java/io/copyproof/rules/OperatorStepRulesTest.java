package io.copyproof.rules;

import io.copyproof.fixtures.Configs;
import io.copyproof.fixtures.TwoSystems;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The upgrade rules with operator steps: a stop around the upgrades excuses what it makes harmless, and only that. */
class OperatorStepRulesTest {

    private static String config(String levelA, String levelB, String note, String... steps) {
        return TwoSystems.of(1).levels(levelA, levelB).releaseNote(note)
                .remoteCopies("  - {id: rc_db, type: global, master: v1, aux: w1, consistencyGroup: cg_db}\n")
                .yaml(steps);
    }

    private static List<String> ids(String yaml) {
        return StaticRules.check(Configs.parse(yaml)).stream().map(f -> f.id() + ":" + f.severity().name()).toList();
    }

    private static final String STOP_GLOBAL = "{level: 8.6.0.0, stopBeforeUpgrade: [global]}";
    private static final String MIN_85 = "{level: 8.6.0.0, minPartnerLevel: 8.5.0.0}";

    @Test
    void releaseNotesStopIsMetByAStopStepTheUpgradesWaitFor() {
        assertEquals(List.of("UP-RELEASE-NOTES:ERROR"), ids(config("8.5.0.6", "8.5.0.6", STOP_GLOBAL,
                "{system: SVC_A}", "{system: SVC_B, after: [SVC_A]}")));
        assertEquals(List.of(), ids(config("8.5.0.6", "8.5.0.6", STOP_GLOBAL, "{id: s, stop: cg_db}",
                "{system: SVC_A, after: [s]}", "{system: SVC_B, after: [SVC_A]}", "{start: cg_db, after: [SVC_B]}")));
        // restarted between the two upgrades: SVC_B upgrades with rc_db running again
        assertEquals(List.of("UP-RELEASE-NOTES:ERROR"), ids(config("8.5.0.6", "8.5.0.6", STOP_GLOBAL,
                "{id: s, stop: cg_db}", "{system: SVC_A, after: [s]}", "{start: cg_db, after: [SVC_A]}",
                "{system: SVC_B, after: [start-cg_db]}")));
    }

    @Test
    void aStopThatIsNeverRestartedIsAWarning() {
        assertEquals(List.of("UP-RELEASE-NOTES:WARNING"), ids(config("8.5.0.6", "8.5.0.6", STOP_GLOBAL,
                "{id: s, stop: cg_db}", "{system: SVC_A, after: [s]}", "{system: SVC_B, after: [SVC_A]}")));
    }

    @Test
    void concurrentPartnersAreAcceptedOnlyWhileEveryRelationshipIsStopped() {
        String note = "{level: 8.6.0.0}";
        assertEquals(List.of("UP-ONE-AT-A-TIME:ERROR"), ids(config("8.5.0.6", "8.5.0.6", note,
                "{system: SVC_A}", "{system: SVC_B}")));
        assertEquals(List.of(), ids(config("8.5.0.6", "8.5.0.6", note, "{id: s, stop: cg_db}",
                "{system: SVC_A, after: [s]}", "{system: SVC_B, after: [s]}",
                "{start: cg_db, after: [SVC_A, SVC_B]}")));
        // the restart waits for SVC_A only: it may run while SVC_B still upgrades
        assertEquals(List.of("UP-ONE-AT-A-TIME:ERROR"), ids(config("8.5.0.6", "8.5.0.6", note,
                "{id: s, stop: cg_db}", "{system: SVC_A, after: [s]}", "{system: SVC_B, after: [s]}",
                "{start: cg_db, after: [SVC_A]}")));
    }

    @Test
    void incompatibleWindowIsAcceptedOnlyWhileEveryRelationshipIsStopped() {
        List<String> bare = ids(config("8.4.0.10", "8.4.0.10", MIN_85, "{system: SVC_A}",
                "{system: SVC_B, after: [SVC_A]}"));
        assertTrue(bare.contains("UP-COMPATIBLE-LEVELS:ERROR"), bare::toString);
        assertEquals(List.of(), ids(config("8.4.0.10", "8.4.0.10", MIN_85, "{id: s, stop: cg_db}",
                "{system: SVC_A, after: [s]}", "{system: SVC_B, after: [SVC_A]}", "{start: cg_db, after: [SVC_B]}")));
        // restarted before SVC_B has upgraded: the incompatible window has a running relationship
        List<String> early = ids(config("8.4.0.10", "8.4.0.10", MIN_85, "{id: s, stop: cg_db}",
                "{system: SVC_A, after: [s]}", "{start: cg_db, after: [SVC_A]}", "{system: SVC_B, after: [SVC_A]}"));
        assertTrue(early.contains("UP-COMPATIBLE-LEVELS:ERROR"), early::toString);
    }
}
