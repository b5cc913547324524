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
 * an {@code image} MDisk whose volume holds content the system owns ({@link Derived#ownsContent}: a
 * writing host, a remote copy or a FlashCopy mapping). The blast radius also names the remote
 * copies whose master is over the target, whose secondaries silently diverge. At the copy's
 * {@code target}.
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
                    p.append(diverging(config, d.volumesOver(m.lun()), elements));
                    parts.add(p.toString());
                } else if (m.mode() == MDiskMode.IMAGE) {
                    Optional<Volume> vol = d.imageVolumeOf(m);
                    if (vol.isEmpty()) {
                        continue;
                    }
                    if (!d.ownsContent(vol.get().id())) {
                        continue;
                    }
                    List<String> writers = d.writersOf(vol.get().id()).stream().map(Host::id).toList();
                    List<String> copies = d.systemCopiesOf(vol.get().id());
                    elements.add(m.id());
                    elements.add(vol.get().id());
                    elements.addAll(writers);
                    List<String> why = new ArrayList<>();
                    if (!writers.isEmpty()) {
                        why.add(Text.noun("host", writers) + " " + (writers.size() == 1 ? "writes" : "write"));
                    }
                    if (!copies.isEmpty()) {
                        why.add("the system copies in " + String.join(", ", copies.stream().map(Text::q).toList()));
                    }
                    parts.add("image MDisk " + q(m.id()) + " of volume " + q(vol.get().id()) + ", which "
                            + String.join(" and ", why) + ": the copy overwrites data the system holds"
                            + diverging(config, List.of(vol.get()), elements));
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

    /**
     * The remote copies whose master is one of the volumes: the backend copy changes the master
     * underneath the system, which never replicates that change, so the secondary silently diverges
     * while the relationship still reports its state. Empty text when there are none.
     */
    private static String diverging(Config config, List<Volume> volumes, Set<String> elements) {
        List<String> rels = new ArrayList<>();
        for (io.copyproof.config.RemoteCopy r : config.remoteCopies()) {
            if (volumes.stream().anyMatch(v -> v.id().equals(r.master()))) {
                rels.add("remote copy " + q(r.id()) + " (its aux " + q(r.aux()) + ")");
                elements.add(r.id());
                elements.add(r.aux());
            }
        }
        if (rels.isEmpty()) {
            return "";
        }
        return "; the system never replicates what the copy writes under a master, so the secondary of "
                + String.join(", ", rels) + " silently diverges";
    }
}
