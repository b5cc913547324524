package io.copyproof.config;

import io.copyproof.fixtures.Configs;
import io.copyproof.fixtures.TwoSystems;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Operator steps of the upgrade plan: how they bind, and every located error of a wrong one. */
class OperatorStepsTest {

    /** Two partnered systems; cg_db holds rc_db and rc_log, rc_x is a group of its own, rc_idle idles. */
    private static final TwoSystems BASE = TwoSystems.of(4).remoteCopies("""
              - {id: rc_db, type: global, master: v1, aux: w1, consistencyGroup: cg_db}
              - {id: rc_log, type: global, master: v2, aux: w2, consistencyGroup: cg_db}
              - {id: rc_x, type: metro, master: v3, aux: w3, state: consistent_stopped}
              - {id: rc_idle, type: metro, master: v4, aux: w4, state: idling}
            """);

    private static String plan(String... steps) {
        return BASE.yaml(steps);
    }

    private static int lineOf(String yaml, String step) {
        List<String> lines = yaml.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(step)) {
                return i + 1;
            }
        }
        return fail("no line with " + step);
    }

    /** Exactly one error, on the line of {@code step}, at {@code path}, with {@code text} in its message. */
    private static void only(String yaml, String step, String path, String text) {
        List<ConfigError> errors = Configs.errors(yaml);
        String shown = errors.stream().map(ConfigError::toString).collect(Collectors.joining("\n"));
        assertEquals(1, errors.size(), () -> "expected one error, got:\n" + shown);
        ConfigError e = errors.get(0);
        assertEquals(lineOf(yaml, step), e.location().line(), shown);
        assertEquals(path, e.path(), shown);
        assertTrue(e.message().contains(text), shown);
        assertTrue(!e.message().contains("Exception") && !e.message().contains("io.copyproof"), shown);
    }

    @Test
    void bindsOperatorStepsBesideUpgradeStepsInFileOrder() {
        Config c = Configs.parse(plan("{id: stop_db, stop: cg_db}", "{system: SVC_A, after: [stop_db]}",
                "{system: SVC_B, after: [SVC_A]}", "{start: cg_db, after: [SVC_B]}"));
        Upgrade u = c.upgrade().orElseThrow();
        assertEquals(List.of("SVC_A", "SVC_B"), u.steps().stream().map(UpgradeStep::system).toList());
        assertEquals(List.of(new OperatorStep("stop_db", OperatorStep.Action.STOP, "cg_db", List.of()),
                new OperatorStep("start-cg_db", OperatorStep.Action.START, "cg_db", List.of("SVC_B"))),
                u.operatorSteps());
        assertEquals(4, u.plan().size());
        // every step keeps its own source location (the index in upgrade.steps)
        assertEquals("/upgrade/steps/3", c.pathOf(u.operatorSteps().get(1)));
        assertEquals("/upgrade/steps/2", c.pathOf(u.steps().get(1)));
        Derived d = Derived.of(c);
        assertTrue(d.upgradesAfter("SVC_A", "stop_db"));
        assertTrue(d.stepFollows("start-cg_db", "SVC_A"));
        assertTrue(d.canCommit("SVC_B"));
    }

    @Test
    void unknownTarget() {
        only(plan("{id: s, stop: cg_dbx}"), "cg_dbx", "/upgrade/steps/0/stop", "no remote copy or consistency group");
    }

    @Test
    void relationshipOfAGroupIsStoppedWithItsGroup() {
        only(plan("{stop: rc_log}"), "rc_log}", "/upgrade/steps/0/stop", "belongs to consistency group 'cg_db'");
    }

    @Test
    void afterNamingNothing() {
        only(plan("{id: s, stop: cg_db, after: [SVC_C]}"), "SVC_C", "/upgrade/steps/0/after/0",
                "neither a system with an upgrade step nor an operator step");
    }

    @Test
    void upgradeStepMayWaitForAnOperatorStepButNotForAnUnknownOne() {
        Configs.parse(plan("{id: s, stop: cg_db}", "{system: SVC_A, after: [s]}", "{start: cg_db, after: [SVC_A]}"));
        only(plan("{id: s, stop: cg_db}", "{system: SVC_A, after: [t]}", "{start: cg_db, after: [s]}"),
                "after: [t]", "/upgrade/steps/1/after/0", "no system with that id");
    }

    @Test
    void cycleThroughAnOperatorStep() {
        only(plan("{id: s, stop: cg_db, after: [SVC_A]}", "{system: SVC_A, after: [s]}"),
                "{id: s, stop", "/upgrade/steps/0/after", "cycle: s -> SVC_A -> s");
    }

    @Test
    void startBeforeStop() {
        only(plan("{start: cg_db}", "{stop: cg_db}"), "{start: cg_db}", "/upgrade/steps/0/start",
                "is not stopped before");
        only(plan("{start: cg_db}"), "{start: cg_db}", "/upgrade/steps/0/start", "never stopped by the plan");
    }

    @Test
    void startOfAStoppedRelationshipAloneIsFine() {
        assertEquals(1, Configs.parse(plan("{start: rc_x}")).upgrade().orElseThrow().operatorSteps().size());
    }

    @Test
    void stopOfARelationshipThatIsNotRunning() {
        only(plan("{stop: rc_x}"), "{stop: rc_x}", "/upgrade/steps/0/stop", "which is not running (state consistent_stopped)");
        only(plan("{start: rc_idle}"), "{start: rc_idle}", "/upgrade/steps/0/start", "idling");
    }

    @Test
    void stoppedTwice() {
        only(plan("{id: a, stop: cg_db}", "{id: b, stop: cg_db}"), "{id: b", "/upgrade/steps/1/stop", "stopped twice");
    }

    @Test
    void idsAreUniqueAndNotSystemIds() {
        only(plan("{id: x, stop: cg_db}", "{id: x, start: cg_db, after: [x]}"), "{id: x, start", "/upgrade/steps/1/id",
                "two operator steps have the id 'x'");
        only(plan("{id: SVC_A, stop: cg_db}"), "{id: SVC_A", "/upgrade/steps/0/id", "has the id of system 'SVC_A'");
    }

    @Test
    void aStepIsOneThing() {
        only(plan("{system: SVC_A, stop: cg_db}"), "{system: SVC_A, stop", "/upgrade/steps/0",
                "more than one of 'system', 'stop' and 'start'");
        only(plan("{system: SVC_A, id: up_a}"), "up_a", "/upgrade/steps/0/id", "names operator steps only");
    }
}
