package io.copyproof.rules;

import io.copyproof.config.Config;
import io.copyproof.config.Derived;
import io.copyproof.config.Partnership;
import io.copyproof.config.UpgradeStep;

import java.util.List;

import static io.copyproof.rules.Text.q;

/**
 * UP-ONE-AT-A-TIME: each partnership whose two systems both have upgrade steps with no
 * {@code after} path between them. At the later of the two steps in the file.
 */
final class OneAtATimeRule implements Rule {
    static final String ID = "UP-ONE-AT-A-TIME";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(Config config, Derived d, List<Finding> out) {
        if (config.upgrade().isEmpty()) {
            return;
        }
        List<UpgradeStep> steps = config.upgrade().get().steps();
        for (Partnership p : config.partnerships()) {
            String a = p.systems().get(0);
            String b = p.systems().get(1);
            if (!d.mayUpgradeConcurrently(a, b) || d.stoppedAround(a, b, List.of(a, b), List.of(a, b))) {
                continue;
            }
            UpgradeStep sa = d.stepOf(a).orElseThrow();
            UpgradeStep sb = d.stepOf(b).orElseThrow();
            boolean aLater = steps.indexOf(sa) > steps.indexOf(sb);
            UpgradeStep later = aLater ? sa : sb;
            String message = "the upgrade plan lets partnered systems " + q(a) + " and " + q(b) + " (partnership "
                    + q(p.id()) + ") upgrade at the same time: no 'after' orders their steps, and upgrading both "
                    + "concurrently is not monitored and can lose synchronization (under stress, availability)";
            out.add(Text.finding(config, ID, message, later, "", List.of(p.id(), a, b)));
        }
    }
}
