package io.copyproof.rules;

import io.copyproof.config.BackendCopy;
import io.copyproof.config.Config;
import io.copyproof.config.Derived;
import io.copyproof.config.MDisk;
import io.copyproof.config.Volume;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static io.copyproof.rules.Text.q;

/**
 * CS-MANAGED-LUN-SUSPENDED: each backend copy with {@code suspendsSource: true} whose source LUN
 * has a {@code managed} or {@code image} MDisk. At {@code suspendsSource}.
 */
final class ManagedLunSuspendedRule implements Rule {
    static final String ID = "CS-MANAGED-LUN-SUSPENDED";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(Config config, Derived d, List<Finding> out) {
        for (BackendCopy c : config.backendCopies()) {
            if (!c.suspendsSource()) {
                continue;
            }
            List<MDisk> managed = d.virtualizingMDisks(c.source());
            if (managed.isEmpty()) {
                continue;
            }
            Set<String> elements = new LinkedHashSet<>(List.of(c.id(), c.source()));
            List<String> disks = new ArrayList<>();
            for (MDisk m : managed) {
                elements.add(m.id());
                disks.add(m.mode() + " MDisk " + q(m.id()) + " of system " + q(m.system()));
            }
            Set<String> offlinePools = new LinkedHashSet<>();
            managed.forEach(m -> m.pool().ifPresent(offlinePools::add));
            List<String> losing = new ArrayList<>();
            List<String> mirrored = new ArrayList<>();
            for (Volume v : d.volumesOver(c.source())) {
                elements.add(v.id());
                (keepsACopy(v, offlinePools) ? mirrored : losing).add(v.id());
            }
            String message = "backend copy " + q(c.id()) + " suspends its source LUN " + q(c.source())
                    + " while it copies, but the LUN is " + String.join(" and ", disks)
                    + ": the system sees the MDisk go offline without knowing why and logs errors"
                    + (losing.isEmpty() ? "" : ", and " + Text.noun("volume", losing)
                    + (losing.size() == 1 ? " loses" : " lose") + " access meanwhile")
                    + (mirrored.isEmpty() ? "" : ", and the copy on it of mirrored " + Text.noun("volume", mirrored)
                    + " goes out of sync (the volume stays online through its other copy)");
            out.add(Text.finding(config, ID, message, c, "suspendsSource", List.copyOf(elements)));
        }
    }

    /** A mirrored volume with a copy in a pool the suspended LUN does not take offline stays online. */
    private static boolean keepsACopy(Volume v, Set<String> offlinePools) {
        return v.mirrored() && v.copies().stream().anyMatch(copy -> !offlinePools.contains(copy.pool()));
    }
}
