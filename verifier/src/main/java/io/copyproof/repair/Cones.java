package io.copyproof.repair;

import io.copyproof.config.Config;
import io.copyproof.config.UpgradeStep;
import io.copyproof.slicing.Slice;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Cones of influence of findings, from the slices of a configuration: a finding lies in the slices
 * that own one of the elements it names (a volume, a backend copy, a relationship, a FlashCopy
 * mapping) or check a partnership it names. Its cone is every element of those slices.
 */
final class Cones {
    private Cones() {
    }

    /** The slices that own or check one of the {@code ids}. */
    static List<Slice> matching(List<Slice> slices, Set<String> ids) {
        List<Slice> out = new ArrayList<>();
        for (Slice s : slices) {
            if (owned(s.config()).stream().anyMatch(ids::contains)) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * Ids a slice owns or checks: the elements no other slice holds, its partnerships, and the hosts
     * whose access it judges (a finding may name only a host, e.g. one that lost its path; a host in
     * several slices matches them all, which only checks more).
     */
    private static Set<String> owned(Config c) {
        Set<String> out = new LinkedHashSet<>();
        c.volumes().forEach(v -> out.add(v.id()));
        c.hosts().forEach(h -> out.add(h.id()));
        c.backendCopies().forEach(b -> out.add(b.id()));
        c.remoteCopies().forEach(r -> out.add(r.id()));
        c.flashCopies().forEach(f -> out.add(f.id()));
        c.partnerships().forEach(p -> out.add(p.id()));
        return out;
    }

    /** Every id of a configuration: elements of every kind, and the systems of its upgrade steps. */
    static Set<String> ids(Config c) {
        Set<String> out = new LinkedHashSet<>();
        c.systems().forEach(s -> out.add(s.id()));
        c.controllers().forEach(x -> out.add(x.id()));
        c.luns().forEach(x -> out.add(x.id()));
        c.pools().forEach(x -> out.add(x.id()));
        c.mdisks().forEach(x -> out.add(x.id()));
        c.hosts().forEach(x -> out.add(x.id()));
        out.addAll(owned(c));
        c.upgrade().ifPresent(u -> u.steps().stream().map(UpgradeStep::system).forEach(out::add));
        return out;
    }

    /** Targets whose slices overlap, together, in the order of the first of each group. */
    static List<List<RepairSearch.Target>> groups(List<RepairSearch.Target> targets, List<Slice> slices) {
        List<List<RepairSearch.Target>> groups = new ArrayList<>();
        List<Set<Slice>> keys = new ArrayList<>();
        for (RepairSearch.Target t : targets) {
            Set<Slice> mine = new LinkedHashSet<>(matching(slices, t.elements()));
            List<RepairSearch.Target> merged = new ArrayList<>(List.of(t));
            for (int i = groups.size() - 1; i >= 0; i--) {
                boolean overlap = mine.isEmpty() || keys.get(i).isEmpty()
                        || keys.get(i).stream().anyMatch(mine::contains);
                if (overlap) {
                    merged.addAll(0, groups.remove(i));
                    mine.addAll(keys.remove(i));
                }
            }
            groups.add(merged);
            keys.add(mine);
        }
        return groups;
    }

    /** The cone of a group: every element of its slices and the elements its findings name; all when none. */
    static Set<String> cone(List<RepairSearch.Target> group, List<Slice> slices, Config whole) {
        Set<String> named = new LinkedHashSet<>();
        group.forEach(t -> named.addAll(t.elements()));
        List<Slice> mine = matching(slices, named);
        if (mine.isEmpty()) {
            return ids(whole);
        }
        Set<String> out = new LinkedHashSet<>(named);
        mine.forEach(s -> out.addAll(ids(s.config())));
        return out;
    }
}
