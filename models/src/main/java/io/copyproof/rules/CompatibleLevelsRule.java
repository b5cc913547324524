package io.copyproof.rules;

import io.copyproof.config.CodeLevel;
import io.copyproof.config.Config;
import io.copyproof.config.Derived;
import io.copyproof.config.Partnership;
import io.copyproof.config.UpgradeStep;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.copyproof.rules.Text.q;

/**
 * UP-COMPATIBLE-LEVELS: for each partnership, each combination of levels the plan allows (each
 * side at its current or target level, respecting the {@code after} order) that the release notes
 * do not allow together. At the step that reaches the combination, or at the {@code codeLevel} of
 * the system below its partner's minimum for the initial levels.
 */
final class CompatibleLevelsRule implements Rule {
    static final String ID = "UP-COMPATIBLE-LEVELS";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(Config config, Derived d, List<Finding> out) {
        for (Partnership p : config.partnerships()) {
            for (Combo c : incompatible(config, d, p)) {
                report(config, d, p, c.a(), c.la(), c.aUp(), c.b(), c.lb(), c.bUp(), out);
            }
        }
    }

    /** A combination of levels of a partnership's two systems, each at its current or target level. */
    record Combo(String a, CodeLevel la, boolean aUp, String b, CodeLevel lb, boolean bUp) {
    }

    /** The combinations the plan allows for a partnership that the release notes do not allow together. */
    static List<Combo> incompatible(Config config, Derived d, Partnership p) {
        Optional<CodeLevel> target = config.upgrade().map(u -> u.targetLevel());
        String a = p.systems().get(0);
        String b = p.systems().get(1);
        List<Combo> out = new ArrayList<>();
        for (int combo = 0; combo < 4; combo++) {
            boolean aUp = (combo & 1) != 0;
            boolean bUp = (combo & 2) != 0;
            if ((aUp && !d.canCommit(a)) || (bUp && !d.canCommit(b))) {
                continue;
            }
            // a committed while b has not: a must not wait for b (and vice versa)
            if (aUp && !bUp && d.upgradesAfter(a, b)) {
                continue;
            }
            if (bUp && !aUp && d.upgradesAfter(b, a)) {
                continue;
            }
            CodeLevel la = aUp ? target.orElseThrow() : d.initialLevel(a);
            CodeLevel lb = bUp ? target.orElseThrow() : d.initialLevel(b);
            if (!d.compatible(la, lb) && !stoppedInWindow(d, a, aUp, b, bUp)) {
                out.add(new Combo(a, la, aUp, b, lb, bUp));
            }
        }
        return out;
    }

    /**
     * One side upgraded and the other not: harmless when the plan stops every relationship of the
     * partnership before the upgraded side starts and restarts none before the other side commits.
     */
    private static boolean stoppedInWindow(Derived d, String a, boolean aUp, String b, boolean bUp) {
        if (aUp == bUp) {
            return false;
        }
        String up = aUp ? a : b;
        String down = aUp ? b : a;
        return d.stoppedAround(a, b, List.of(up), List.of(down));
    }

    private static void report(Config config, Derived d, Partnership p, String a, CodeLevel la, boolean aUp,
                               String b, CodeLevel lb, boolean bUp, List<Finding> out) {
        // which side is too low for the other's release notes
        String low;
        String high;
        CodeLevel lowLevel;
        CodeLevel highLevel;
        if (d.minPartnerLevel(la).filter(lb::isBelow).isPresent()) {
            high = a; highLevel = la; low = b; lowLevel = lb;
        } else {
            high = b; highLevel = lb; low = a; lowLevel = la;
        }
        CodeLevel min = d.minPartnerLevel(highLevel).orElseThrow();
        String when;
        Object element;
        String field;
        if (!aUp && !bUp) {
            when = "before the upgrade";
            element = config.system(low);
            field = "codeLevel";
        } else {
            UpgradeStep reaching = reachingStep(config, d, a, aUp, b, bUp);
            element = reaching;
            field = "";
            when = aUp && bUp ? "once both have upgraded to " + la
                    : "once " + q(aUp ? a : b) + " has upgraded to " + (aUp ? la : lb) + " while "
                    + q(aUp ? b : a) + " is still at " + (aUp ? lb : la);
        }
        String message = "partnership " + q(p.id()) + " between " + q(a) + " and " + q(b) + " is not compatible "
                + when + ": " + q(high) + " runs " + highLevel + ", whose release notes require a partner at " + min
                + " or later, but " + q(low) + " runs " + lowLevel
                + ", so the partnership cannot stay connected and its relationships stop";
        out.add(Text.finding(config, ID, message, element, field, List.of(p.id(), a, b)));
    }

    /** The step whose commit reaches the combination: the only upgraded side, or the one that commits last. */
    private static UpgradeStep reachingStep(Config config, Derived d, String a, boolean aUp, String b, boolean bUp) {
        if (aUp && !bUp) {
            return d.stepOf(a).orElseThrow();
        }
        if (bUp && !aUp) {
            return d.stepOf(b).orElseThrow();
        }
        if (d.upgradesAfter(a, b)) {
            return d.stepOf(a).orElseThrow();
        }
        if (d.upgradesAfter(b, a)) {
            return d.stepOf(b).orElseThrow();
        }
        List<UpgradeStep> steps = config.upgrade().orElseThrow().steps();
        UpgradeStep sa = d.stepOf(a).orElseThrow();
        UpgradeStep sb = d.stepOf(b).orElseThrow();
        return steps.indexOf(sa) > steps.indexOf(sb) ? sa : sb;
    }
}
