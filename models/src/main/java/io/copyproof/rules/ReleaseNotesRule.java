package io.copyproof.rules;

import io.copyproof.config.CodeLevel;
import io.copyproof.config.Config;
import io.copyproof.config.Derived;
import io.copyproof.config.Partnership;
import io.copyproof.config.RelationshipState;
import io.copyproof.config.ReleaseNote;
import io.copyproof.config.RemoteCopy;
import io.copyproof.config.Upgrade;

import java.util.List;
import java.util.Optional;

import static io.copyproof.rules.Text.q;

/**
 * UP-RELEASE-NOTES, with an upgrade plan: a running relationship of a type the target level's
 * release notes say to stop before upgrading, between systems one of which is upgraded (at its
 * {@code state}); a partner left below the target level's {@code minPartnerLevel} after the whole
 * plan (at the partner's {@code codeLevel}); no release notes for the target level (a warning, at
 * {@code upgrade.targetLevel}).
 */
final class ReleaseNotesRule implements Rule {
    static final String ID = "UP-RELEASE-NOTES";

    @Override
    public String id() {
        return ID;
    }

    /** A warning per stop step of the plan that no start step follows: the relationships stay stopped. */
    private static void notRestarted(Config config, Upgrade upgrade, List<Finding> out) {
        for (io.copyproof.config.OperatorStep o : upgrade.operatorSteps()) {
            boolean started = upgrade.operatorSteps().stream().anyMatch(x -> !x.stops() && x.target().equals(o.target()));
            if (o.stops() && !started) {
                String message = "the plan stops " + q(o.target()) + " (step " + q(o.id()) + ") and no step restarts it: "
                        + "after the upgrade its secondary is no longer updated and stays at the point of the stop";
                out.add(Text.finding(config, ID, Severity.WARNING, message, o, "stop", List.of(o.target())));
            }
        }
    }

    @Override
    public void check(Config config, Derived d, List<Finding> out) {
        if (config.upgrade().isEmpty()) {
            return;
        }
        Upgrade upgrade = config.upgrade().get();
        CodeLevel target = upgrade.targetLevel();
        Optional<ReleaseNote> note = config.releaseNote(target);
        if (note.isEmpty()) {
            String message = "the upgrade plan targets " + target + " but the configuration has no release notes for "
                    + target + ": its copy-service constraints (minimum partner level, relationships to stop "
                    + "first) are unchecked; read the release notes of " + target + " and add a releaseNotes entry";
            out.add(Text.finding(config, ID, Severity.WARNING, message, upgrade, "targetLevel", List.of()));
            return;
        }
        for (RemoteCopy rc : config.remoteCopies()) {
            if (!note.get().stopBeforeUpgrade().contains(rc.type())) {
                continue;
            }
            if (rc.state() != RelationshipState.CONSISTENT_SYNCHRONIZED
                    && rc.state() != RelationshipState.INCONSISTENT_COPYING
                    && rc.state() != RelationshipState.CONSISTENT_COPYING) {
                continue;
            }
            List<String> systems = d.systemsOf(rc);
            List<String> upgraded = systems.stream().filter(d::upgrades).distinct().toList();
            if (upgraded.isEmpty() || d.stoppedAround(rc, upgraded, upgraded)) {
                continue;
            }
            String message = "relationship " + q(rc.id()) + " (" + rc.type() + ", " + q(rc.master()) + " to "
                    + q(rc.aux()) + ") is " + rc.state() + " while system " + q(upgraded.get(0))
                    + " upgrades to " + target + ", whose release notes say to stop " + rc.type()
                    + " relationships before upgrading";
            out.add(Text.finding(config, ID, message, rc, "state",
                    List.of(rc.id(), systems.get(0), systems.get(1))));
        }
        notRestarted(config, upgrade, out);
        Optional<CodeLevel> min = note.get().minPartnerLevel();
        if (min.isPresent()) {
            for (Partnership p : config.partnerships()) {
                for (String s : p.systems()) {
                    String partner = p.other(s);
                    if (!d.canCommit(s)) {
                        continue;
                    }
                    CodeLevel left = d.finalLevel(partner);
                    if (!left.isBelow(min.get())) {
                        continue;
                    }
                    String message = "after the upgrade plan, " + q(s) + " runs " + target + ", whose release notes "
                            + "require a partner at " + min.get() + " or later, but its partner " + q(partner)
                            + " (partnership " + q(p.id()) + ") is left at " + left;
                    out.add(Text.finding(config, ID, message, config.system(partner), "codeLevel",
                            List.of(p.id(), s, partner)));
                }
            }
        }
    }
}
