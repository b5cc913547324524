package io.copyproof.rules;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.copyproof.rules.StaticRulesTest.UPGRADE;
import static io.copyproof.rules.StaticRulesTest.check;
import static io.copyproof.rules.StaticRulesTest.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** UP-COMPATIBLE-LEVELS advice is checked: an order only where it removes the finding, never a contradiction. */
class UpgradeAdviceTest {
    private static final String ID = CompatibleLevelsRule.ID;
    private static final Pattern ADD_AFTER = Pattern.compile("add 'after: \\[(\\w+)\\]' to the step of '(\\w+)'");

    /** Both systems at 8.5.0.6; the target's release notes want a partner at 8.6.0.0: above both. */
    private static String aboveBoth(String steps) {
        return UPGRADE.replace("codeLevel: 8.3.0.0", "codeLevel: 8.5.0.6")
                .replace("minPartnerLevel: 8.4.0.0", "minPartnerLevel: 8.6.0.0")
                .replace("    - {system: SVC_A}\n    - {system: SVC_B, after: [SVC_A]}\n", steps);
    }

    private static List<Finding> findings(String yaml) {
        return of(check(yaml), ID);
    }

    @Test
    void whenEveryOrderPassesAForbiddenPairNoOrderIsSuggested() {
        for (String steps : List.of("    - {system: SVC_A}\n    - {system: SVC_B}\n",
                "    - {system: SVC_A}\n    - {system: SVC_B, after: [SVC_A]}\n",
                "    - {system: SVC_A, after: [SVC_B]}\n    - {system: SVC_B}\n")) {
            String yaml = aboveBoth(steps);
            assertTrue(yaml.contains(steps), "the plan was replaced");
            List<Finding> fs = findings(yaml);
            assertFalse(fs.isEmpty(), steps);
            for (Finding f : fs) {
                String m = f.message();
                assertFalse(m.contains(" before 'SVC_") && m.contains("upgrade 'SVC_"), "an order is advised: " + m);
                assertFalse(m.contains("reverse the order"), m);
                assertFalse(ADD_AFTER.matcher(m).find(), m);
                assertTrue(m.contains("no order of the steps avoids it"), m);
                assertTrue(m.contains("stop the relationships of partnership 'p_ab'"), m);
                assertTrue(m.contains("intermediate level"), m);
            }
        }
    }

    @Test
    void anAdvisedOrderRemovesTheFindingWhenApplied() {
        String yaml = UPGRADE.replace("{system: SVC_B, after: [SVC_A]}", "{system: SVC_B}");
        Finding f = StaticRulesTest.only(yaml, ID);
        Matcher m = ADD_AFTER.matcher(f.message());
        assertTrue(m.find(), f.message());
        String fixed = yaml.replace("{system: " + m.group(2) + "}", "{system: " + m.group(2) + ", after: ["
                + m.group(1) + "]}");
        assertEquals(List.of(), findings(fixed), "the advice, applied, leaves no finding");
    }

    @Test
    void aReversalIsAdvisedOnlyWhenItWorks() {
        String yaml = UPGRADE.replace("{system: SVC_A}", "{system: SVC_A, after: [SVC_B]}")
                .replace("{system: SVC_B, after: [SVC_A]}", "{system: SVC_B}");
        Finding f = StaticRulesTest.only(yaml, ID);
        assertTrue(f.message().contains("reverse the order: upgrade 'SVC_A' before 'SVC_B'"), f.message());
        String reversed = yaml.replace("{system: SVC_A, after: [SVC_B]}", "{system: SVC_A}")
                .replace("{system: SVC_B}", "{system: SVC_B, after: [SVC_A]}");
        assertEquals(List.of(), findings(reversed));
    }

    @Test
    void neverAnAfterTheStepAlreadyHas() {
        // the target's notes want a partner above the target itself: both upgraded would be the forbidden
        // pair, but such notes are bad input now (a minimum partner level is at most its own level)
        for (String steps : List.of("    - {system: SVC_A, after: [SVC_B]}\n    - {system: SVC_B}\n",
                "    - {system: SVC_A}\n    - {system: SVC_B, after: [SVC_A]}\n")) {
            String yaml = aboveBoth(steps).replace("minPartnerLevel: 8.6.0.0", "minPartnerLevel: 8.7.0.0");
            assertTrue(io.copyproof.fixtures.Configs.errors(yaml).stream().anyMatch(e -> e.message()
                    .contains("require partners at 8.7.0.0 or later, above the level itself")), steps);
        }
        for (String steps : List.of("    - {system: SVC_A, after: [SVC_B]}\n    - {system: SVC_B}\n",
                "    - {system: SVC_A}\n    - {system: SVC_B, after: [SVC_A]}\n")) {
            String yaml = aboveBoth(steps);
            List<Finding> fs = findings(yaml);
            assertFalse(fs.isEmpty(), steps);
            for (Finding f : fs) {
                Matcher m = ADD_AFTER.matcher(f.message());
                while (m.find()) {
                    assertFalse(steps.contains("{system: " + m.group(2) + ", after: [" + m.group(1) + "]}"),
                            "advises an after the step already has: " + f.message());
                }
                assertFalse(f.message().contains("reverse the order"), f.message());
                assertTrue(f.message().contains("no order of the steps"), f.message());
            }
        }
    }
}
