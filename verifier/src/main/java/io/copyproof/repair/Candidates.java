package io.copyproof.repair;

import io.copyproof.config.BackendCopy;
import io.copyproof.config.CacheMode;
import io.copyproof.config.Config;
import io.copyproof.config.Derived;
import io.copyproof.config.Host;
import io.copyproof.config.Lun;
import io.copyproof.config.MDisk;
import io.copyproof.config.MDiskMode;
import io.copyproof.config.RelationshipState;
import io.copyproof.config.RemoteCopy;
import io.copyproof.config.UpgradeStep;
import io.copyproof.config.Volume;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The repairs of the catalog that apply to the elements of a cone of influence, cheapest first.
 * Only elements in the cone are touched; a repair that would not change anything (a cache already
 * {@code none}, a step that already waits) is not offered.
 */
final class Candidates {
    private Candidates() {
    }

    /** Every catalog repair of {@code whole} that touches only elements of {@code cone}. */
    static List<Repair> of(Config whole, Set<String> cone) {
        Derived d = Derived.of(whole);
        List<Repair> out = new ArrayList<>();
        for (Volume v : whole.volumes()) {
            if (cone.contains(v.id()) && v.cache() != CacheMode.NONE) {
                out.add(new Repair.SetCache(v.id(), CacheMode.NONE));
            }
        }
        rcGroups(whole, d, cone, out);
        copyGroups(whole, cone, out);
        for (Host h : whole.hosts()) {
            if (cone.contains(h.id()) && !h.readOnly() && !h.volumes().isEmpty()) {
                out.add(new Repair.ReadOnlyMapping(h.id()));
            }
        }
        upgradeOrders(whole, d, cone, out);
        paths(whole, cone, out);
        for (BackendCopy b : whole.backendCopies()) {
            if (cone.contains(b.id()) && b.suspendsSource()) {
                out.add(new Repair.NoSuspend(b.id()));
            }
        }
        mdiskModes(whole, cone, out);
        for (BackendCopy b : whole.backendCopies()) {
            if (cone.contains(b.id())) {
                Lun target = whole.lun(b.target());
                out.add(new Repair.Retarget(b.id(), freshId(whole, b.target() + "_fresh"), target.controller()));
            }
        }
        partnerSteps(whole, cone, out);
        stopsAround(whole, d, cone, out);
        out.sort(Comparator.comparingInt(Repair::cost)); // stable: file order within one cost
        return out;
    }

    /**
     * Two relationships in the cone that one consistency group could hold (same systems, type,
     * cycling mode and state) but that are in different groups: both join one group (the second's,
     * else the first's, else a new one named after the first).
     */
    private static void rcGroups(Config whole, Derived d, Set<String> cone, List<Repair> out) {
        List<RemoteCopy> rcs = whole.remoteCopies().stream().filter(r -> cone.contains(r.id())).toList();
        for (int i = 0; i < rcs.size(); i++) {
            for (int j = i + 1; j < rcs.size(); j++) {
                RemoteCopy a = rcs.get(i);
                RemoteCopy b = rcs.get(j);
                if (Derived.groupName(a).equals(Derived.groupName(b)) || a.type() != b.type()
                        || a.cyclingMode() != b.cyclingMode() || a.state() != b.state()
                        || !d.systemsOf(a).equals(d.systemsOf(b))) {
                    continue;
                }
                String group = b.consistencyGroup().or(a::consistencyGroup).orElse("cg_" + a.id());
                List<String> moved = java.util.stream.Stream.of(a, b)
                        .filter(r -> !r.consistencyGroup().equals(Optional.of(group))).map(RemoteCopy::id).toList();
                out.add(new Repair.JoinRcGroup(moved, group));
            }
        }
    }

    /**
     * Two backend copies in the cone that one backend consistency group could take (same type,
     * {@code suspendsSource} and source controller, four distinct LUNs) but that are taken apart.
     */
    private static void copyGroups(Config whole, Set<String> cone, List<Repair> out) {
        List<BackendCopy> bcs = whole.backendCopies().stream().filter(b -> cone.contains(b.id())).toList();
        for (int i = 0; i < bcs.size(); i++) {
            for (int j = i + 1; j < bcs.size(); j++) {
                BackendCopy a = bcs.get(i);
                BackendCopy b = bcs.get(j);
                Optional<String> ga = a.group() == null ? Optional.empty() : a.group();
                Optional<String> gb = b.group() == null ? Optional.empty() : b.group();
                boolean together = ga.isPresent() && ga.equals(gb);
                boolean distinct = new LinkedHashSet<>(List.of(a.source(), a.target(), b.source(), b.target())).size() == 4;
                if (together || a.type() != b.type() || a.suspendsSource() != b.suspendsSource() || !distinct
                        || !whole.lun(a.source()).controller().equals(whole.lun(b.source()).controller())) {
                    continue;
                }
                String group = gb.or(() -> ga).orElse("cg_" + a.id());
                List<String> moved = new ArrayList<>();
                if (!ga.equals(Optional.of(group))) {
                    moved.add(a.id());
                }
                if (!gb.equals(Optional.of(group))) {
                    moved.add(b.id());
                }
                out.add(new Repair.JoinCopyGroup(moved, group));
            }
        }
    }

    /** A host in the cone that lists its paths: a path to each node of its volumes' I/O groups it lacks. */
    private static void paths(Config whole, Set<String> cone, List<Repair> out) {
        for (Host h : whole.hosts()) {
            if (!cone.contains(h.id()) || !h.restrictsPaths()) {
                continue;
            }
            Set<String> missing = new LinkedHashSet<>();
            for (String v : h.volumes()) {
                Volume vol = whole.volume(v);
                whole.ioGroup(vol.system(), vol.ioGroup()).nodes().stream()
                        .filter(n -> !h.nodes().contains(n)).forEach(missing::add);
            }
            missing.forEach(n -> out.add(new Repair.AddPath(h.id(), n)));
        }
    }

    /** An MDisk on a LUN that a backend copy reads or writes may stay unmanaged or image meanwhile. */
    private static void mdiskModes(Config whole, Set<String> cone, List<Repair> out) {
        Set<String> copied = new LinkedHashSet<>();
        whole.backendCopies().forEach(b -> {
            copied.add(b.source());
            copied.add(b.target());
        });
        for (MDisk m : whole.mdisks()) {
            if (!cone.contains(m.id()) || !copied.contains(m.lun())) {
                continue;
            }
            for (MDiskMode to : List.of(MDiskMode.UNMANAGED, MDiskMode.IMAGE)) {
                if (m.mode() != to) {
                    out.add(new Repair.SetMDiskMode(m.id(), to));
                }
            }
        }
    }

    /** For partnered systems with steps in the cone: each order that the plan does not already have. */
    private static void upgradeOrders(Config whole, Derived d, Set<String> cone, List<Repair> out) {
        if (whole.upgrade().isEmpty()) {
            return;
        }
        List<UpgradeStep> steps = whole.upgrade().get().steps();
        for (UpgradeStep a : steps) {
            for (UpgradeStep b : steps) {
                String x = a.system();
                String y = b.system();
                if (x.equals(y) || !cone.contains(x) || !cone.contains(y)
                        || whole.partnershipBetween(x, y).isEmpty()) {
                    continue;
                }
                if (!d.upgradesAfter(y, x) && (!d.upgradesAfter(x, y) || a.after().contains(y))) {
                    out.add(new Repair.OrderSteps(x, y));
                }
            }
        }
    }

    /** A partner in the cone without a step: a step for it, alone or before each partner's step. */
    private static void partnerSteps(Config whole, Set<String> cone, List<Repair> out) {
        if (whole.upgrade().isEmpty()) {
            return;
        }
        List<UpgradeStep> steps = whole.upgrade().get().steps();
        Set<String> stepped = new LinkedHashSet<>(steps.stream().map(UpgradeStep::system).toList());
        for (var s : whole.systems()) {
            if (!cone.contains(s.id()) || stepped.contains(s.id())
                    || s.codeLevel().compareTo(whole.upgrade().get().targetLevel()) >= 0) {
                continue;
            }
            List<String> partnersWithSteps = steps.stream().map(UpgradeStep::system)
                    .filter(p -> cone.contains(p) && whole.partnershipBetween(s.id(), p).isPresent()).toList();
            if (partnersWithSteps.isEmpty()) {
                continue;
            }
            out.add(new Repair.AddStep(s.id(), Optional.empty()));
            for (String p : partnersWithSteps) {
                out.add(new Repair.AddStep(s.id(), Optional.of(p)));
            }
        }
    }


    private static String freshId(Config c, String base) {
        Set<String> ids = new LinkedHashSet<>(c.luns().stream().map(Lun::id).toList());
        String id = base;
        for (int n = 2; ids.contains(id); n++) {
            id = base + n;
        }
        return id;
    }

    /**
     * A running relationship in the cone whose systems upgrade: the operator stops it (or its
     * group) before their steps and restarts it after them, unless the plan already stops it.
     */
    private static void stopsAround(Config whole, Derived d, Set<String> cone, List<Repair> out) {
        if (whole.upgrade().isEmpty()) {
            return;
        }
        Set<String> targets = new LinkedHashSet<>();
        for (RemoteCopy rc : whole.remoteCopies()) {
            String target = Derived.groupName(rc);
            List<String> upgraded = d.systemsOf(rc).stream().filter(d::upgrades).distinct().toList();
            if (!cone.contains(rc.id()) || rc.state() != RelationshipState.CONSISTENT_SYNCHRONIZED
                    || upgraded.isEmpty() || d.operatorStep(target, true).isPresent() || !targets.add(target)) {
                continue;
            }
            out.add(new Repair.StopAround(target, upgraded));
        }
    }
}
