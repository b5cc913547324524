package io.copyproof.rules;

import io.copyproof.config.BackendCopy;
import io.copyproof.config.Config;
import io.copyproof.config.Derived;
import io.copyproof.config.Host;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static io.copyproof.rules.Text.q;

/**
 * CS-PIT-GROUP-ORDER: two backend copies that are not taken together (not one backend consistency
 * group) whose source LUNs one writing host writes (directly, or through a remote copy or a
 * FlashCopy mapping into a volume over them). Taken at different instants, the later copy can hold
 * a write of that host whose earlier write the other copy lacks: together they are not one
 * consistent image (a log newer than its database). At the later copy's {@code source}, naming the
 * earlier copy and the hosts.
 */
final class PitGroupOrderRule implements Rule {
    static final String ID = "CS-PIT-GROUP-ORDER";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(Config config, Derived d, List<Finding> out) {
        List<BackendCopy> copies = config.backendCopies();
        for (int i = 0; i < copies.size(); i++) {
            BackendCopy later = copies.get(i);
            List<String> hosts = d.writersReaching(later.source()).stream().map(Host::id).toList();
            for (int k = 0; k < i && !hosts.isEmpty(); k++) {
                BackendCopy earlier = copies.get(k);
                if (d.takenTogether(earlier, later)) {
                    continue;
                }
                Set<String> shared = new HashSet<>(hosts);
                shared.retainAll(d.writersReaching(earlier.source()).stream().map(Host::id).toList());
                if (shared.isEmpty()) {
                    continue;
                }
                List<String> names = hosts.stream().filter(shared::contains).toList();
                List<String> elements = new ArrayList<>(List.of(later.id(), earlier.id(), later.source(),
                        earlier.source()));
                elements.addAll(names);
                String message = "backend copies " + q(earlier.id()) + " (of " + q(earlier.source()) + ") and "
                        + q(later.id()) + " (of " + q(later.source()) + ") are taken at different instants, but "
                        + Text.noun("host", names) + " " + (names.size() == 1 ? "writes" : "write")
                        + " both source LUNs: the later copy can hold a write whose earlier write the other copy "
                        + "lacks, so together they are not one consistent image (they are in no common backend "
                        + "consistency group)";
                out.add(Text.finding(config, ID, message, later, "source", elements));
                break;
            }
        }
    }
}
