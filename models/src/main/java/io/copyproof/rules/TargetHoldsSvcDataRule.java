package io.copyproof.rules;

import io.copyproof.config.BackendCopy;
import io.copyproof.config.Config;
import io.copyproof.config.Derived;
import io.copyproof.config.Host;
import io.copyproof.config.MDisk;
import io.copyproof.config.MDiskMode;
import io.copyproof.config.Volume;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static io.copyproof.rules.Text.q;

/**
 * CS-TARGET-HOLDS-SVC-DATA: each backend copy whose target LUN holds system data — a
 * {@code managed} MDisk (the message gives the blast radius: the pool, its volumes, their hosts) or
 * an {@code image} MDisk whose volume a writing host maps. At the copy's {@code target}.
 */
final class TargetHoldsSvcDataRule implements Rule {
    static final String ID = "CS-TARGET-HOLDS-SVC-DATA";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(Config config, Derived d, List<Finding> out) {
        for (BackendCopy c : config.backendCopies()) {
            List<String> parts = new ArrayList<>();
            Set<String> elements = new LinkedHashSet<>(List.of(c.id(), c.target()));
            for (MDisk m : config.mdisksOnLun(c.target())) {
                if (m.mode() == MDiskMode.MANAGED) {
                    String pool = m.pool().orElse("?");
                    elements.add(m.id());
                    elements.add(pool);
                    List<Volume> down = d.offlineWithPool(pool);
                    List<String> offline = down.stream().map(Volume::id).toList();
                    List<String> hosts = d.hostsOf(down).stream().map(Host::id).toList();
                    elements.addAll(offline);
                    elements.addAll(hosts);
                    StringBuilder p = new StringBuilder("managed MDisk ").append(q(m.id())).append(" of pool ")
                            .append(q(pool)).append(" on system ").append(q(m.system()))
                            .append(": the copy overwrites extents of the pool's volumes and system metadata, and "
                                    + "may take pool ").append(q(pool)).append(" offline");
                    if (offline.isEmpty()) {
                        p.append(" (it has no striped or sequential volumes yet)");
                    } else {
                        p.append(", and with it ").append(Text.noun("volume", offline));
                        p.append(hosts.isEmpty() ? " (mapped to no host)" : ", used by " + Text.noun("host", hosts));
                    }
                    parts.add(p.toString());
                } else if (m.mode() == MDiskMode.IMAGE) {
                    Optional<Volume> vol = d.imageVolumeOf(m);
                    if (vol.isEmpty()) {
                        continue;
                    }
                    List<String> writers = d.writersOf(vol.get().id()).stream().map(Host::id).toList();
                    if (writers.isEmpty()) {
                        continue;
                    }
                    elements.add(m.id());
                    elements.add(vol.get().id());
                    elements.addAll(writers);
                    parts.add("image MDisk " + q(m.id()) + " of volume " + q(vol.get().id()) + ", which "
                            + Text.noun("host", writers) + " " + (writers.size() == 1 ? "writes" : "write")
                            + ": the copy overwrites data the system and those hosts hold");
                }
            }
            if (parts.isEmpty()) {
                continue;
            }
            String message = "backend copy " + q(c.id()) + " writes LUN " + q(c.target()) + ", which holds system data as "
                    + String.join("; and as ", parts);
            out.add(Text.finding(config, ID, message, c, "target", List.copyOf(elements)));
        }
    }
}
