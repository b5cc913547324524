package io.copyproof.rules;

import io.copyproof.config.CodeLevel;
import io.copyproof.config.Config;
import io.copyproof.config.Derived;
import io.copyproof.config.Partnership;
import io.copyproof.config.Upgrade;
import io.copyproof.config.UpgradeStep;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.copyproof.rules.Text.q;

/**
 * The advice of UP-COMPATIBLE-LEVELS, checked: an order of the steps is suggested only when the
 * rule, run again on the plan with that order, finds no incompatible combination left for the
 * partnership; a step is never told to add an {@code after} it already has. When no order can
 * help (both orders pass through a mixed pair the release notes forbid), the advice says so and
 * what can: stopping the partnership's relationships around the upgrade, or an intermediate level.
 */
final class UpgradeAdvice {
    private UpgradeAdvice() {
    }

    /**
     * What to do about an incompatible combination of partnership {@code p} where {@code low} runs
     * below the minimum partner level {@code min} that {@code high}'s level requires.
     *
     * @param mixed one side has upgraded and the other not
     * @param both  both sides have upgraded (the target level does not accept itself)
     */
    static String fix(Config config, Derived d, Partnership p, String low, String high, CodeLevel min,
                      boolean mixed, boolean both) {
        if (both) {
            return "no order of the steps helps: the release notes of the target level require a partner at "
                    + min + " or later, above the target itself; check the release notes, or choose a target level "
                    + "of " + min + " or later";
        }
        if (!mixed) {
            return "raise " + q(low) + " to " + min + " or later before the upgrade";
        }
        Optional<UpgradeStep> highStep = d.stepOf(high);
        Optional<UpgradeStep> lowStep = d.stepOf(low);
        if (lowStep.isEmpty()) {
            Optional<Config> added = highStep.map(h -> withSteps(config, addStep(config, low, high)));
            if (added.isPresent() && removes(added.get(), p)) {
                return "add " + q(low) + " to the plan, before " + q(high) + " (a step {system: " + low
                        + "} and 'after: [" + low + "]' on the step of " + q(high) + "), or raise " + q(low) + " to "
                        + min + " or later first";
            }
            return "raise " + q(low) + " to " + min + " or later first; " + noOrder(p, low, high, min);
        }
        if (highStep.isPresent() && !highStep.get().after().contains(low)) {
            boolean reversed = d.upgradesAfter(low, high);
            if (reversed && !lowStep.get().after().contains(high)) {
                return noOrder(p, low, high, min); // the wait is indirect: no single change of order to check
            }
            Config candidate = withSteps(config, reorder(config, low, high));
            if (removes(candidate, p)) {
                return reversed
                        ? "reverse the order: upgrade " + q(low) + " before " + q(high) + " (the plan now makes "
                        + q(low) + " wait for " + q(high) + ")"
                        : "upgrade " + q(low) + " before " + q(high) + " (add 'after: [" + low + "]' to the step of "
                        + q(high) + ")";
            }
        }
        return noOrder(p, low, high, min);
    }

    /** Advice when no order of the steps can avoid the combination. */
    private static String noOrder(Partnership p, String low, String high, CodeLevel min) {
        return "no order of the steps avoids it (upgrading " + q(low) + " first only swaps which side runs too low "
                + "a level for its partner); instead stop the relationships of partnership " + q(p.id())
                + " before the first of the two upgrades and restart them once both have upgraded, or upgrade "
                + "through an intermediate level that the release notes allow beside both levels (one that accepts a "
                + "partner at " + q(low) + "'s level and is accepted by " + q(high) + "'s)";
    }

    /** Whether the plan of {@code candidate} leaves no incompatible combination for {@code p}. */
    static boolean removes(Config candidate, Partnership p) {
        try {
            return CompatibleLevelsRule.incompatible(candidate, Derived.of(candidate), p).isEmpty();
        } catch (RuntimeException e) {
            return false; // a candidate the model cannot even derive is no advice
        }
    }

    /** The steps with {@code low} before {@code high}: {@code high} waits for {@code low}, and {@code low} no longer for {@code high}. */
    private static List<UpgradeStep> reorder(Config config, String low, String high) {
        List<UpgradeStep> out = new ArrayList<>();
        for (UpgradeStep s : config.upgrade().orElseThrow().steps()) {
            List<String> after = new ArrayList<>(s.after());
            if (s.system().equals(high) && !after.contains(low)) {
                after.add(low);
            }
            if (s.system().equals(low)) {
                after.remove(high);
            }
            out.add(new UpgradeStep(s.system(), after));
        }
        return out;
    }

    /** The steps with a new step for {@code low}, and {@code high} waiting for it. */
    private static List<UpgradeStep> addStep(Config config, String low, String high) {
        List<UpgradeStep> out = new ArrayList<>(reorder(config, low, high));
        out.add(0, new UpgradeStep(low, List.of()));
        return out;
    }

    private static Config withSteps(Config c, List<UpgradeStep> steps) {
        Upgrade u = c.upgrade().orElseThrow();
        return new Config(c.name(), c.systems(), c.controllers(), c.luns(), c.pools(), c.mdisks(), c.volumes(), c.hosts(),
                c.backendCopies(), c.partnerships(), c.remoteCopies(), c.flashCopies(),
                Optional.of(new Upgrade(u.targetLevel(), steps)), c.releaseNotes(), c.workload(), c.bounds(),
                c.sources());
    }
}
