package io.copyproof.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The checks across elements of a bound configuration: unique ids, references that resolve to an
 * element of the right kind, and the structural facts of the product (an I/O group has two nodes,
 * an image volume sits on its own image-mode MDisk, remote copies join partnered systems, an
 * upgrade plan has no cycles, ...). Fields the binder could not read are {@code null} and skipped.
 */
final class Validator {
    private final Problems problems;
    private final SourceMap sources;
    private final Map<Object, String> pointers;

    Validator(Problems problems, SourceMap sources, Map<Object, String> pointers) {
        this.problems = problems;
        this.sources = sources;
        this.pointers = pointers;
    }

    private void error(String message, String pointer) {
        problems.add(message, sources.locate(pointer), pointer);
    }

    private String ptr(Object element) {
        return pointers.getOrDefault(element, "");
    }

    private String ptr(Object element, String field) {
        return ptr(element) + "/" + field;
    }

    private static String named(String kind, String id, String pointer) {
        return id == null ? "the " + kind + " at " + pointer : kind + " '" + id + "'";
    }

    private static boolean usable(String ref) {
        return ref != null && !ref.equals(Binder.BAD);
    }

    /** First element by id; reports later elements with the same id. */
    private <T> Map<String, T> index(List<T> list, Function<T, String> id, String kind, String plural) {
        Map<String, T> byId = new LinkedHashMap<>();
        for (T t : list) {
            String key = id.apply(t);
            if (key == null) {
                continue;
            }
            T first = byId.putIfAbsent(key, t);
            if (first != null) {
                error(kind + " id '" + key + "' is used twice (first on line "
                        + sources.locate(ptr(first, "id")).line() + "); ids are unique among " + plural,
                        ptr(t, "id"));
            }
        }
        return byId;
    }

    /** Reports a reference that names no element of the expected kind; true when it resolves. */
    private boolean ref(String what, String field, String value, Map<String, ?> known, String kind, String plural,
                        String pointer) {
        if (!usable(value)) {
            return false;
        }
        if (known.containsKey(value)) {
            return true;
        }
        error(what + " names " + field + " '" + value + "', but there is no " + kind + " with that id"
                + Suggest.known(value, known.keySet(), Binder.plural(kind)), pointer);
        return false;
    }

    void validate(Binder.Draft d) {
        Map<String, StorageSystem> systems = index(d.systems, StorageSystem::id, "system", "systems");
        Map<String, Controller> controllers = index(d.controllers, Controller::id, "controller", "controllers");
        Map<String, Lun> luns = index(d.luns, Lun::id, "LUN", "LUNs");
        Map<String, Pool> pools = index(d.pools, Pool::id, "pool", "pools");
        Map<String, MDisk> mdisks = index(d.mdisks, MDisk::id, "MDisk", "MDisks");
        Map<String, Volume> volumes = index(d.volumes, Volume::id, "volume", "volumes");
        index(d.hosts, Host::id, "host", "hosts");
        index(d.backendCopies, BackendCopy::id, "backend copy", "backend copies");
        index(d.partnerships, Partnership::id, "partnership", "partnerships");
        index(d.remoteCopies, RemoteCopy::id, "remote copy", "remote copies");
        index(d.flashCopies, FlashCopy::id, "FlashCopy mapping", "FlashCopy mappings");
        systems(d);
        for (Lun l : d.luns) {
            ref(named("LUN", l.id(), ptr(l)), "controller", l.controller(), controllers, "controller", "controller",
                    ptr(l, "controller"));
        }
        for (Pool p : d.pools) {
            ref(named("pool", p.id(), ptr(p)), "system", p.system(), systems, "system", "system", ptr(p, "system"));
        }
        mdisks(d, systems, luns, pools);
        volumes(d, systems, pools, mdisks);
        for (Host h : d.hosts) {
            String what = named("host", h.id(), ptr(h));
            refList(what, "volumes", h.volumes(), volumes, "volume", ptr(h, "volumes"));
            refList(what, "luns", h.luns(), luns, "LUN", ptr(h, "luns"));
            hostPaths(h, what, systems, volumes);
        }
        for (BackendCopy b : d.backendCopies) {
            String what = named("backend copy", b.id(), ptr(b));
            boolean s = ref(what, "source LUN", b.source(), luns, "LUN", "LUN", ptr(b, "source"));
            boolean t = ref(what, "target LUN", b.target(), luns, "LUN", "LUN", ptr(b, "target"));
            if (s && t && b.source().equals(b.target())) {
                error(what + " copies LUN '" + b.source() + "' onto itself; source and target must differ",
                        ptr(b, "target"));
            }
        }
        backendGroups(d, luns);
        partnerships(d, systems);
        remoteCopies(d, volumes);
        consistencyGroups(d, volumes);
        cyclingModes(d);
        for (FlashCopy f : d.flashCopies) {
            String what = named("FlashCopy mapping", f.id(), ptr(f));
            boolean s = ref(what, "source volume", f.source(), volumes, "volume", "volume", ptr(f, "source"));
            boolean t = ref(what, "target volume", f.target(), volumes, "volume", "volume", ptr(f, "target"));
            if (s && t) {
                Volume src = volumes.get(f.source());
                Volume tgt = volumes.get(f.target());
                if (f.source().equals(f.target())) {
                    error(what + " copies volume '" + f.source() + "' onto itself; source and target must differ",
                            ptr(f, "target"));
                } else if (usable(src.system()) && usable(tgt.system()) && !src.system().equals(tgt.system())) {
                    error(what + " has source '" + src.id() + "' on system '" + src.system() + "' and target '"
                            + tgt.id() + "' on system '" + tgt.system() + "'; FlashCopy copies within one system",
                            ptr(f, "target"));
                }
            }
        }
        upgrade(d, systems);
        downgrades(d, systems);
        Map<CodeLevel, ReleaseNote> notes = new HashMap<>();
        for (ReleaseNote r : d.releaseNotes) {
            if (r.level() == null) {
                continue;
            }
            ReleaseNote first = notes.putIfAbsent(r.level(), r);
            if (first != null) {
                error("release notes for level " + r.level() + " are given twice (first on line "
                        + sources.locate(ptr(first, "level")).line() + "); merge them", ptr(r, "level"));
            }
            if (r.minPartnerLevel() != null && r.minPartnerLevel().isPresent()
                    && r.level().isBelow(r.minPartnerLevel().get())) {
                error("the release notes of level " + r.level() + " require partners at " + r.minPartnerLevel().get()
                        + " or later, above the level itself; two systems at " + r.level() + " could never be "
                        + "partners (a minimum partner level is at most the level its note belongs to)",
                        ptr(r, "minPartnerLevel"));
            }
        }
    }

    /**
     * A concurrent code upgrade only goes forward: a step for a system whose {@code codeLevel} is
     * above {@code upgrade.targetLevel} is a downgrade, which the upgrade procedure does not do.
     */
    private void downgrades(Binder.Draft d, Map<String, StorageSystem> systems) {
        if (d.upgrade == null || d.upgrade.targetLevel() == null) {
            return;
        }
        CodeLevel target = d.upgrade.targetLevel();
        Set<String> seen = new HashSet<>();
        for (UpgradeStep s : d.upgrade.steps()) {
            if (!usable(s.system()) || !seen.add(s.system()) || !systems.containsKey(s.system())) {
                continue;
            }
            CodeLevel current = systems.get(s.system()).codeLevel();
            if (current != null && target.isBelow(current)) {
                error("the upgrade step of '" + s.system() + "' would take it from " + current + " down to the target "
                        + "level " + target + "; a code upgrade only goes to a later level (a downgrade is not an "
                        + "upgrade step)", ptr(s, "system"));
            }
        }
    }

    /**
     * A host's {@code nodes} (its paths): each a node of an I/O group of one of its volumes, and
     * every volume's I/O group reached by at least one of them.
     */
    private void hostPaths(Host h, String what, Map<String, StorageSystem> systems, Map<String, Volume> volumes) {
        if (!h.restrictsPaths()) {
            return;
        }
        if (h.volumes().isEmpty()) {
            error(what + " lists paths to nodes but maps no volume; 'nodes' names nodes of the I/O groups of "
                    + "the host's volumes", ptr(h, "nodes"));
            return;
        }
        Map<String, List<String>> groupNodes = new java.util.LinkedHashMap<>(); // "SYS/io_grp" -> its nodes
        for (String vId : h.volumes()) {
            Volume v = volumes.get(vId);
            StorageSystem s = v == null ? null : systems.get(v.system());
            if (s == null) {
                return; // the unresolved reference is reported already
            }
            for (IoGroup g : s.ioGroups()) {
                if (g.id() != null && g.id().equals(v.ioGroup())) {
                    groupNodes.put(s.id() + "/" + g.id(), g.nodes());
                }
            }
        }
        Set<String> reachable = new java.util.LinkedHashSet<>();
        groupNodes.values().forEach(reachable::addAll);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < h.nodes().size(); i++) {
            String n = h.nodes().get(i);
            if (!usable(n)) {
                continue;
            }
            if (!seen.add(n)) {
                error(what + " lists node '" + n + "' twice in 'nodes'", ptr(h, "nodes/" + i));
            } else if (!reachable.contains(n)) {
                error(what + " lists a path to node '" + n + "', which is no node of the I/O groups of its volumes"
                        + Suggest.known(n, reachable, "nodes of those I/O groups"), ptr(h, "nodes/" + i));
            }
        }
        for (Map.Entry<String, List<String>> g : groupNodes.entrySet()) {
            if (g.getValue().stream().noneMatch(seen::contains)) {
                error(what + " lists no path to a node of I/O group '" + g.getKey() + "' (nodes "
                        + String.join(", ", g.getValue()) + "), where it maps volumes; list at least one, or omit "
                        + "'nodes' for paths to every node", ptr(h, "nodes"));
            }
        }
    }

    private void refList(String what, String field, List<String> values, Map<String, ?> known, String kind,
                         String pointer) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i);
            String p = pointer + "/" + i;
            if (!usable(v)) {
                continue;
            }
            if (!seen.add(v)) {
                error(what + " lists " + kind + " '" + v + "' twice in '" + field + "'", p);
                continue;
            }
            ref(what, kind, v, known, kind, kind, p);
        }
    }

    private void systems(Binder.Draft d) {
        for (StorageSystem s : d.systems) {
            String what = named("system", s.id(), ptr(s));
            Map<String, IoGroup> groups = new HashMap<>();
            Map<String, IoGroup> nodeOwner = new HashMap<>();
            for (IoGroup g : s.ioGroups()) {
                String gWhat = named("I/O group", g.id(), ptr(g)) + " of " + what;
                if (g.id() != null) {
                    IoGroup first = groups.putIfAbsent(g.id(), g);
                    if (first != null) {
                        error("I/O group id '" + g.id() + "' is used twice in " + what + " (first on line "
                                + sources.locate(ptr(first, "id")).line() + "); ids are unique within a system",
                                ptr(g, "id"));
                    }
                }
                if (!sources.contains(ptr(g, "nodes")) || problems.reportedAt(ptr(g, "nodes"))) {
                    continue; // reported by the binder as missing
                }
                if (g.nodes().size() != 2) {
                    error(gWhat + " has " + g.nodes().size() + (g.nodes().size() == 1 ? " node" : " nodes")
                            + "; an I/O group has exactly two", ptr(g, "nodes"));
                }
                Set<String> local = new HashSet<>();
                for (int i = 0; i < g.nodes().size(); i++) {
                    String n = g.nodes().get(i);
                    if (!usable(n)) {
                        continue;
                    }
                    if (!local.add(n)) {
                        error(gWhat + " lists node '" + n + "' twice; its two nodes are distinct",
                                ptr(g, "nodes/" + i));
                        continue;
                    }
                    IoGroup other = nodeOwner.putIfAbsent(n, g);
                    if (other != null) {
                        error("node '" + n + "' is in two I/O groups of " + what + " ('" + other.id() + "' and '"
                                + g.id() + "'); a node belongs to one I/O group", ptr(g, "nodes/" + i));
                    }
                }
            }
        }
    }

    private void mdisks(Binder.Draft d, Map<String, StorageSystem> systems, Map<String, Lun> luns,
                        Map<String, Pool> pools) {
        Map<String, MDisk> onLun = new HashMap<>();
        for (MDisk m : d.mdisks) {
            String what = named("MDisk", m.id(), ptr(m));
            boolean sysOk = ref(what, "system", m.system(), systems, "system", "system", ptr(m, "system"));
            if (ref(what, "LUN", m.lun(), luns, "LUN", "LUN", ptr(m, "lun")) && sysOk) {
                MDisk first = onLun.putIfAbsent(m.system() + "\u0000" + m.lun(), m);
                if (first != null) {
                    error(what + " presents LUN '" + m.lun() + "', which MDisk '" + first.id() + "' of system '"
                            + m.system() + "' already presents; a system sees a LUN as one MDisk", ptr(m, "lun"));
                }
            }
            if (m.mode() == null) {
                continue;
            }
            if (m.pool().isEmpty()) {
                if (m.mode() != MDiskMode.UNMANAGED) {
                    error(what + " is " + m.mode() + " mode but names no pool; managed and image MDisks belong to a "
                            + "pool", ptr(m, "pool"));
                }
                continue;
            }
            if (m.mode() == MDiskMode.UNMANAGED) {
                error(what + " is unmanaged but names pool '" + m.pool().get() + "'; an unmanaged MDisk belongs to "
                        + "no pool (remove 'pool' or set mode to managed or image)", ptr(m, "pool"));
                continue;
            }
            if (ref(what, "pool", m.pool().get(), pools, "pool", "pool", ptr(m, "pool")) && sysOk) {
                Pool p = pools.get(m.pool().get());
                if (usable(p.system()) && !p.system().equals(m.system())) {
                    error(what + " is on system '" + m.system() + "' but its pool '" + p.id()
                            + "' belongs to system '" + p.system() + "'", ptr(m, "pool"));
                }
            }
        }
    }

    private void volumes(Binder.Draft d, Map<String, StorageSystem> systems, Map<String, Pool> pools,
                         Map<String, MDisk> mdisks) {
        Map<String, Volume> imageOf = new HashMap<>();
        for (Volume v : d.volumes) {
            String what = named("volume", v.id(), ptr(v));
            boolean sysOk = ref(what, "system", v.system(), systems, "system", "system", ptr(v, "system"));
            if (sysOk && usable(v.ioGroup())) {
                StorageSystem s = systems.get(v.system());
                Set<String> groupIds = new java.util.LinkedHashSet<>();
                for (IoGroup g : s.ioGroups()) {
                    if (g.id() != null) {
                        groupIds.add(g.id());
                    }
                }
                if (!groupIds.contains(v.ioGroup())) {
                    error(what + " names I/O group '" + v.ioGroup() + "', but system '" + s.id()
                            + "' has no I/O group with that id"
                            + Suggest.known(v.ioGroup(), groupIds, "I/O groups of '" + s.id() + "'"),
                            ptr(v, "ioGroup"));
                }
            }
            if (ref(what, "pool", v.pool(), pools, "pool", "pool", ptr(v, "pool")) && sysOk) {
                Pool p = pools.get(v.pool());
                if (usable(p.system()) && !p.system().equals(v.system())) {
                    error(what + " is on system '" + v.system() + "' but its pool '" + p.id()
                            + "' belongs to system '" + p.system() + "'", ptr(v, "pool"));
                }
            }
            if (v.type() == null) {
                continue;
            }
            if (v.type() == VolumeType.STRIPED) {
                if (v.mdisk().isPresent()) {
                    error(what + " is striped but names MDisk '" + v.mdisk().get() + "'; a striped volume spreads "
                            + "over every MDisk of its pool (remove 'mdisk', or set type to sequential or image)",
                            ptr(v, "mdisk"));
                }
                stripedNeedsManagedMDisk(d, v, what, pools);
                continue;
            }
            if (v.mdisk().isEmpty()) {
                error(what + " is " + v.type() + " but names no MDisk; " + v.type() + " volumes need 'mdisk'",
                        ptr(v, "mdisk"));
                continue;
            }
            String mId = v.mdisk().get();
            if (!ref(what, "MDisk", mId, mdisks, "MDisk", "MDisk", ptr(v, "mdisk"))) {
                continue;
            }
            MDisk m = mdisks.get(mId);
            if (sysOk && usable(m.system()) && !m.system().equals(v.system())) {
                error(what + " is on system '" + v.system() + "' but its MDisk '" + m.id() + "' is on system '"
                        + m.system() + "'", ptr(v, "mdisk"));
                continue;
            }
            if (m.mode() == null) {
                continue;
            }
            if (v.type() == VolumeType.IMAGE) {
                if (m.mode() != MDiskMode.IMAGE) {
                    error(what + " is an image volume but its MDisk '" + m.id() + "' is " + m.mode() + " mode; an "
                            + "image volume needs an image-mode MDisk", ptr(v, "mdisk"));
                    continue;
                }
                Volume first = imageOf.putIfAbsent(mId, v);
                if (first != null) {
                    error(what + " and volume '" + first.id() + "' are both image volumes of MDisk '" + m.id()
                            + "'; an image-mode MDisk holds exactly one volume", ptr(v, "mdisk"));
                    continue;
                }
            } else if (m.mode() != MDiskMode.MANAGED) {
                error(what + " is sequential but its MDisk '" + m.id() + "' is " + m.mode() + " mode; a sequential "
                        + "volume takes its extents from one managed MDisk", ptr(v, "mdisk"));
                continue;
            }
            if (usable(v.pool()) && m.pool().isPresent() && !m.pool().get().equals(v.pool())) {
                error(what + " is in pool '" + v.pool() + "' but its MDisk '" + m.id() + "' is in pool '"
                        + m.pool().get() + "'", ptr(v, "mdisk"));
            }
        }
        for (Volume v : d.volumes) {
            if (v.mirrored()) {
                volumeCopies(v, systems, pools, mdisks, imageOf);
            }
        }
        for (MDisk m : d.mdisks) {
            if (m.mode() == MDiskMode.IMAGE && m.id() != null && !imageOf.containsKey(m.id())
                    && d.volumes.stream().noneMatch(v -> v.mdisk().filter(m.id()::equals).isPresent()
                            || v.copies().stream().anyMatch(c -> c.mdisk().filter(m.id()::equals).isPresent()))) {
                error("MDisk '" + m.id() + "' is in image mode but no image volume uses it; declare its volume "
                        + "(type: image, mdisk: " + m.id() + "), or make the MDisk unmanaged", ptr(m, "mode"));
            }
        }
    }

    /**
     * A mirrored volume's {@code copies}: exactly two; copy 0 is the volume's own placement (same pool,
     * type and MDisk); copy 1 is in another pool of the volume's system, its type and MDisk consistent
     * as for a volume (an image copy owns its image-mode MDisk like an image volume).
     */
    private void volumeCopies(Volume v, Map<String, StorageSystem> systems, Map<String, Pool> pools,
                              Map<String, MDisk> mdisks, Map<String, Volume> imageOf) {
        String what = named("volume", v.id(), ptr(v));
        if (v.copies().size() != 2) {
            error(what + " lists " + v.copies().size() + (v.copies().size() == 1 ? " copy" : " copies")
                    + "; a mirrored volume has exactly two: copy 0 (the volume's own pool, type and mdisk) and "
                    + "copy 1 (the mirror in another pool)", ptr(v, "copies"));
            return;
        }
        VolumeCopy first = v.copies().get(0);
        VolumeCopy mirror = v.copies().get(1);
        if (usable(first.pool()) && usable(v.pool()) && !first.pool().equals(v.pool())) {
            error(what + " is in pool '" + v.pool() + "' but its copy 0 names pool '" + first.pool()
                    + "'; copy 0 is the volume's own placement", ptr(first, "pool"));
        }
        if (first.type() != null && v.type() != null && first.type() != v.type()) {
            error(what + " is " + v.type() + " but its copy 0 is " + first.type()
                    + "; copy 0 is the volume's own placement", ptr(first, "type"));
        }
        if (!first.mdisk().equals(v.mdisk())) {
            error(what + (v.mdisk().isPresent() ? " names MDisk '" + v.mdisk().get() + "'" : " names no MDisk")
                    + " but its copy 0 " + (first.mdisk().isPresent() ? "names '" + first.mdisk().get() + "'" : "names none")
                    + "; copy 0 is the volume's own placement", ptr(first, "mdisk"));
        }
        String cWhat = "copy 1 of " + what;
        if (!ref(cWhat, "pool", mirror.pool(), pools, "pool", "pool", ptr(mirror, "pool"))) {
            return;
        }
        Pool p = pools.get(mirror.pool());
        if (usable(p.system()) && usable(v.system()) && !p.system().equals(v.system())) {
            error(cWhat + " is in pool '" + p.id() + "' of system '" + p.system() + "'; both copies of a volume "
                    + "are in pools of its system '" + v.system() + "'", ptr(mirror, "pool"));
        } else if (p.id().equals(first.pool())) {
            error(cWhat + " is in pool '" + p.id() + "' like copy 0; the two copies of a mirrored volume are in "
                    + "two distinct pools", ptr(mirror, "pool"));
        }
        mirrorPlacement(v, mirror, cWhat, mdisks, imageOf);
    }

    /** Copy 1's type and MDisk, checked as a volume's are. */
    private void mirrorPlacement(Volume v, VolumeCopy mirror, String cWhat, Map<String, MDisk> mdisks,
                                 Map<String, Volume> imageOf) {
        if (mirror.type() == null) {
            return;
        }
        if (mirror.type() == VolumeType.STRIPED) {
            if (mirror.mdisk().isPresent()) {
                error(cWhat + " is striped but names MDisk '" + mirror.mdisk().get() + "'; a striped copy spreads over "
                        + "every MDisk of its pool", ptr(mirror, "mdisk"));
            } else if (mdisks.values().stream().noneMatch(m -> m.mode() == MDiskMode.MANAGED
                    && m.pool().filter(mirror.pool()::equals).isPresent())) {
                error(cWhat + " is striped in pool '" + mirror.pool() + "', which has no managed MDisk; a striped copy "
                        + "spreads over the managed MDisks of its pool (an image MDisk belongs to its one image volume copy)",
                        ptr(mirror, "pool"));
            }
            return;
        }
        if (mirror.mdisk().isEmpty()) {
            error(cWhat + " is " + mirror.type() + " but names no MDisk; " + mirror.type() + " copies need 'mdisk'",
                    ptr(mirror, "mdisk"));
            return;
        }
        String mId = mirror.mdisk().get();
        if (!ref(cWhat, "MDisk", mId, mdisks, "MDisk", "MDisk", ptr(mirror, "mdisk"))) {
            return;
        }
        MDisk m = mdisks.get(mId);
        if (m.mode() == null) {
            return;
        }
        MDiskMode needed = mirror.type() == VolumeType.IMAGE ? MDiskMode.IMAGE : MDiskMode.MANAGED;
        if (m.mode() != needed) {
            error(cWhat + " is " + mirror.type() + " but its MDisk '" + m.id() + "' is " + m.mode() + " mode; "
                    + "it needs " + (needed == MDiskMode.IMAGE ? "an image-mode" : "a managed") + " MDisk",
                    ptr(mirror, "mdisk"));
        } else if (m.pool().isPresent() && !m.pool().get().equals(mirror.pool())) {
            error(cWhat + " is in pool '" + mirror.pool() + "' but its MDisk '" + m.id() + "' is in pool '"
                    + m.pool().get() + "'", ptr(mirror, "mdisk"));
        } else if (needed == MDiskMode.IMAGE) {
            Volume owner = imageOf.putIfAbsent(mId, v);
            if (owner != null) {
                error(cWhat + " and volume '" + owner.id() + "' both use image MDisk '" + m.id()
                        + "'; an image-mode MDisk holds exactly one volume copy", ptr(mirror, "mdisk"));
            }
        }
    }

    /**
     * A backend consistency group is taken by one controller at one instant: its copies have one
     * type, one {@code suspendsSource}, source LUNs on one controller, and distinct targets that are
     * no source of the group. Each later copy that differs from the group's first is reported at its
     * {@code group}.
     */
    private void backendGroups(Binder.Draft d, Map<String, Lun> luns) {
        Map<String, BackendCopy> first = new LinkedHashMap<>();
        Map<String, Set<String>> ends = new HashMap<>();
        for (BackendCopy b : d.backendCopies) {
            if (b.group() == null || b.group().isEmpty() || !usable(b.group().get())) {
                continue;
            }
            String g = b.group().get();
            String what = named("backend copy", b.id(), ptr(b));
            BackendCopy f = first.putIfAbsent(g, b);
            Set<String> seen = ends.computeIfAbsent(g, k -> new HashSet<>());
            if (f != null) {
                String why = null;
                if (b.type() != null && f.type() != null && b.type() != f.type()) {
                    why = "is " + b.type() + " but copy '" + f.id() + "' of the group is " + f.type();
                } else if (b.suspendsSource() != f.suspendsSource()) {
                    why = "has suspendsSource " + b.suspendsSource() + " but copy '" + f.id() + "' of the group has "
                            + f.suspendsSource();
                } else if (luns.containsKey(b.source()) && luns.containsKey(f.source())
                        && !luns.get(b.source()).controller().equals(luns.get(f.source()).controller())) {
                    why = "copies from controller '" + luns.get(b.source()).controller() + "' but copy '" + f.id()
                            + "' of the group copies from controller '" + luns.get(f.source()).controller() + "'";
                }
                if (why != null) {
                    error(what + " " + why + "; the copies of a backend consistency group are taken by one controller "
                            + "at one instant, with one type and one suspendsSource", ptr(b, "group"));
                    continue;
                }
            }
            if (usable(b.target()) && usable(b.source()) && (seen.contains(b.target()) || seen.contains(b.source()))) {
                error(what + " shares a LUN with another copy of group '" + g + "'; the copies of a backend consistency "
                        + "group copy distinct sources to distinct targets", ptr(b, "group"));
                continue;
            }
            seen.add(b.source());
            seen.add(b.target());
        }
    }

    /**
     * A striped volume takes its extents from the managed MDisks of its pool; an image MDisk belongs
     * to its one image volume. A pool without a managed MDisk has no extents to give.
     */
    private void stripedNeedsManagedMDisk(Binder.Draft d, Volume v, String what, Map<String, Pool> pools) {
        if (!usable(v.pool()) || !pools.containsKey(v.pool())) {
            return;
        }
        boolean managed = d.mdisks.stream().anyMatch(m -> m.mode() == MDiskMode.MANAGED
                && m.pool().filter(v.pool()::equals).isPresent());
        if (!managed) {
            error(what + " is striped in pool '" + v.pool() + "', which has no managed MDisk; a striped volume "
                    + "spreads over the managed MDisks of its pool (an image MDisk belongs to its one image volume)",
                    ptr(v, "pool"));
        }
    }

    private void partnerships(Binder.Draft d, Map<String, StorageSystem> systems) {
        Map<Set<String>, Partnership> pairs = new HashMap<>();
        for (Partnership p : d.partnerships) {
            String what = named("partnership", p.id(), ptr(p));
            if (!sources.contains(ptr(p, "systems")) || problems.reportedAt(ptr(p, "systems"))) {
                continue;
            }
            List<String> names = p.systems();
            boolean ok = true;
            for (int i = 0; i < names.size(); i++) {
                ok &= ref(what, "system", names.get(i), systems, "system", "system", ptr(p, "systems/" + i));
            }
            if (names.size() != 2) {
                error(what + " names " + names.size() + (names.size() == 1 ? " system" : " systems")
                        + "; a partnership joins exactly two distinct systems", ptr(p, "systems"));
                continue;
            }
            if (ok && names.get(0).equals(names.get(1))) {
                error(what + " names system '" + names.get(0) + "' twice; a partnership joins exactly two distinct "
                        + "systems", ptr(p, "systems/1"));
                continue;
            }
            if (ok) {
                Partnership first = pairs.putIfAbsent(Set.of(names.get(0), names.get(1)), p);
                if (first != null) {
                    error(what + " joins the same systems as partnership '" + first.id() + "'; declare a pair once",
                            ptr(p, "systems"));
                }
            }
        }
    }

    private void remoteCopies(Binder.Draft d, Map<String, Volume> volumes) {
        for (RemoteCopy r : d.remoteCopies) {
            String what = named("remote copy", r.id(), ptr(r));
            boolean m = ref(what, "master volume", r.master(), volumes, "volume", "volume", ptr(r, "master"));
            boolean a = ref(what, "aux volume", r.aux(), volumes, "volume", "volume", ptr(r, "aux"));
            if (!m || !a) {
                continue;
            }
            String ms = volumes.get(r.master()).system();
            String as = volumes.get(r.aux()).system();
            if (!usable(ms) || !usable(as)) {
                continue;
            }
            if (r.master().equals(r.aux())) {
                error(what + " has volume '" + r.master() + "' as both master and aux; a remote copy joins two "
                        + "distinct volumes", ptr(r, "aux"));
            } else if (ms.equals(as)) {
                continue; // an intrasystem relationship: valid SVC, no partnership needed
            } else if (d.partnerships.stream().noneMatch(p -> p.systems().contains(ms) && p.systems().contains(as))) {
                error(what + " joins systems '" + ms + "' and '" + as + "', which have no partnership; declare one "
                        + "under 'partnerships'", ptr(r, "aux"));
            }
        }
    }

    /**
     * A remote-copy consistency group joins one master system to one aux system with one copy type
     * and moves as one (mkrcconsistgrp, chrcrelationship -consistgrp): every relationship of a group
     * must agree with the group's first one (file order) on the master and aux systems, the type and
     * the state. Reported at the later relationship's field.
     */
    private void consistencyGroups(Binder.Draft d, Map<String, Volume> volumes) {
        Map<String, RemoteCopy> firstOf = new LinkedHashMap<>();
        for (RemoteCopy r : d.remoteCopies) {
            if (r.consistencyGroup().isEmpty() || !usable(r.consistencyGroup().get())) {
                continue;
            }
            String g = r.consistencyGroup().get();
            RemoteCopy first = firstOf.putIfAbsent(g, r);
            if (first == null) {
                continue;
            }
            String what = named("remote copy", r.id(), ptr(r)) + " is in consistency group '" + g + "' with '"
                    + first.id() + "' (line " + sources.locate(ptr(first)).line() + ")";
            String rule = "; the relationships of a consistency group join one master system to one aux system "
                    + "with one copy type and change state together";
            String ms = systemOf(r.master(), volumes);
            String fms = systemOf(first.master(), volumes);
            String as = systemOf(r.aux(), volumes);
            String fas = systemOf(first.aux(), volumes);
            if (ms != null && fms != null && !ms.equals(fms)) {
                error(what + ", but its master is on system '" + ms + "' and that one's on '" + fms + "'" + rule,
                        ptr(r, "master"));
            } else if (as != null && fas != null && !as.equals(fas)) {
                error(what + ", but its aux is on system '" + as + "' and that one's on '" + fas + "'" + rule,
                        ptr(r, "aux"));
            } else if (r.type() != null && first.type() != null && r.type() != first.type()) {
                error(what + ", but it is " + r.type() + " and that one " + first.type() + rule, ptr(r, "type"));
            } else if (r.cyclingMode() != null && first.cyclingMode() != null
                    && r.cyclingMode() != first.cyclingMode()) {
                error(what + ", but its cycling mode is " + r.cyclingMode() + " and that one's "
                        + first.cyclingMode() + rule, ptr(r, "cyclingMode"));
            } else if (r.state() != null && first.state() != null && r.state() != first.state()) {
                error(what + ", but its state is " + r.state() + " and that one's " + first.state() + rule,
                        ptr(r, "state"));
            }
        }
    }

    /**
     * Global Mirror with change volumes ({@code cyclingMode: multi}) is a Global Mirror mode, and
     * while it runs the product reports {@code consistent_copying}, a state no other relationship has.
     */
    private void cyclingModes(Binder.Draft d) {
        for (RemoteCopy r : d.remoteCopies) {
            String what = named("remote copy", r.id(), ptr(r));
            if (r.cyclingMode() == CyclingMode.MULTI && r.type() == RemoteCopyType.METRO) {
                error(what + " is metro with cycling mode multi; cycling mode multi (Global Mirror with change "
                        + "volumes) applies to type global only", ptr(r, "cyclingMode"));
            } else if (r.cyclingMode() == CyclingMode.MULTI && r.state() == RelationshipState.CONSISTENT_SYNCHRONIZED) {
                error(what + " is in cycling mode multi with state consistent_synchronized; a relationship in "
                        + "cycling mode multi reports consistent_copying while it runs", ptr(r, "state"));
            } else if (r.cyclingMode() == CyclingMode.NONE && r.state() == RelationshipState.CONSISTENT_COPYING) {
                error(what + " has state consistent_copying, the state of a running relationship in cycling mode "
                        + "multi (Global Mirror with change volumes); set cyclingMode: multi or another state",
                        ptr(r, "state"));
            }
        }
    }

    private static String systemOf(String volume, Map<String, Volume> volumes) {
        if (!usable(volume) || !volumes.containsKey(volume)) {
            return null;
        }
        String s = volumes.get(volume).system();
        return usable(s) ? s : null;
    }

    private void upgrade(Binder.Draft d, Map<String, StorageSystem> systems) {
        if (d.upgrade == null) {
            return;
        }
        Map<String, UpgradeStep> stepOf = new LinkedHashMap<>();
        for (UpgradeStep s : d.upgrade.steps()) {
            String what = s.system() == null ? "the upgrade step at " + ptr(s) : "the upgrade step of '" + s.system() + "'";
            if (!ref(what, "system", s.system(), systems, "system", "system", ptr(s, "system"))) {
                continue;
            }
            UpgradeStep first = stepOf.putIfAbsent(s.system(), s);
            if (first != null) {
                error("system '" + s.system() + "' has two upgrade steps (first on line "
                        + sources.locate(ptr(first)).line() + "); give each system one step", ptr(s, "system"));
            }
        }
        Map<String, OperatorStep> opOf = operatorSteps(d, systems, stepOf);
        for (UpgradeStep s : d.upgrade.steps()) {
            if (!usable(s.system()) || stepOf.get(s.system()) != s) {
                continue;
            }
            String what = "the upgrade step of '" + s.system() + "'";
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < s.after().size(); i++) {
                String a = s.after().get(i);
                String p = ptr(s, "after/" + i);
                if (!usable(a)) {
                    continue;
                }
                if (!seen.add(a)) {
                    error(what + " lists '" + a + "' twice in 'after'", p);
                } else if (opOf.containsKey(a) && !systems.containsKey(a)) {
                    continue;
                } else if (ref(what, "system", a, systems, "system", "system", p) && !stepOf.containsKey(a)) {
                    error(what + " waits for system '" + a + "', which has no upgrade step; add a step for it or "
                            + "remove it from 'after'", p);
                }
            }
        }
        // cycles among 'after': depth-first search in file order, one report per cycle
        Map<String, Integer> state = new HashMap<>(); // 1 on the stack, 2 done
        Set<Set<String>> reported = new HashSet<>();
        Map<String, PlanStep> graph = new LinkedHashMap<>();
        for (PlanStep p : d.upgrade.plan()) {
            if (p instanceof UpgradeStep u && usable(u.system()) && stepOf.get(u.system()) == u) {
                graph.put(u.system(), u);
            } else if (p instanceof OperatorStep o && usable(o.id()) && opOf.get(o.id()) == o) {
                graph.putIfAbsent(o.id(), o);
            }
        }
        for (String start : graph.keySet()) {
            findCycles(start, graph, state, new ArrayList<>(), reported);
        }
        if (reported.isEmpty()) {
            operatorOrder(d, opOf, graph);
        }
    }

    private void findCycles(String node, Map<String, ? extends PlanStep> stepOf, Map<String, Integer> state,
                            List<String> stack, Set<Set<String>> reported) {
        Integer st = state.get(node);
        if (st != null && st == 2) {
            return;
        }
        if (st != null && st == 1) {
            List<String> cycle = new ArrayList<>(stack.subList(stack.indexOf(node), stack.size()));
            if (reported.add(new HashSet<>(cycle))) {
                cycle.add(node);
                // point at the step of the cycle that comes first in the file
                String firstInFile = stepOf.keySet().stream().filter(cycle::contains).findFirst().orElse(node);
                PlanStep s = stepOf.get(firstInFile);
                int rotate = cycle.indexOf(firstInFile);
                List<String> shown = new ArrayList<>(cycle.subList(rotate, cycle.size() - 1));
                shown.addAll(cycle.subList(0, rotate));
                shown.add(firstInFile);
                error("the upgrade steps wait for each other in a cycle: " + String.join(" -> ", shown)
                        + " (each waits for the next); no step of the cycle could ever start", ptr(s, "after"));
            }
            return;
        }
        state.put(node, 1);
        stack.add(node);
        PlanStep s = stepOf.get(node);
        for (String a : s.after()) {
            if (usable(a) && stepOf.containsKey(a)) {
                findCycles(a, stepOf, state, stack, reported);
            }
        }
        stack.remove(stack.size() - 1);
        state.put(node, 2);
    }

    /**
     * The operator steps of the plan: each names a relationship or a consistency group (a
     * relationship of a group is stopped and started with its group), has an id no other step or
     * system has, and waits only for steps of the plan. Returns the first step of each id.
     */
    private Map<String, OperatorStep> operatorSteps(Binder.Draft d, Map<String, StorageSystem> systems,
                                                    Map<String, UpgradeStep> stepOf) {
        Map<String, OperatorStep> opOf = new LinkedHashMap<>();
        for (OperatorStep o : d.upgrade.operatorSteps()) {
            if (!usable(o.id())) {
                continue;
            }
            String what = "the operator step '" + o.id() + "'";
            OperatorStep first = opOf.putIfAbsent(o.id(), o);
            if (first != null) {
                error("two operator steps have the id '" + o.id() + "' (first on line " + sources.locate(ptr(first)).line()
                        + "); ids of steps are unique", ptr(o, "id"));
            } else if (systems.containsKey(o.id())) {
                error(what + " has the id of system '" + o.id() + "'; 'after' lists could not tell them apart",
                        ptr(o, "id"));
            }
            operatorTarget(d, o, what);
        }
        for (OperatorStep o : d.upgrade.operatorSteps()) {
            if (!usable(o.id()) || opOf.get(o.id()) != o) {
                continue;
            }
            String what = "the operator step '" + o.id() + "'";
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < o.after().size(); i++) {
                String a = o.after().get(i);
                String p = ptr(o, "after/" + i);
                if (!usable(a)) {
                    continue;
                }
                if (!seen.add(a)) {
                    error(what + " lists '" + a + "' twice in 'after'", p);
                } else if (a.equals(o.id())) {
                    error(what + " waits for itself", p);
                } else if (!opOf.containsKey(a) && !stepOf.containsKey(a)) {
                    Set<String> known = new java.util.TreeSet<>(stepOf.keySet());
                    known.addAll(opOf.keySet());
                    error(what + " waits for '" + a + "', which is neither a system with an upgrade step nor an "
                            + "operator step" + Suggest.known(a, known, "steps"), p);
                }
            }
        }
        return opOf;
    }

    /** The target of an operator step: a relationship outside any consistency group, or a group name. */
    private void operatorTarget(Binder.Draft d, OperatorStep o, String what) {
        String t = o.target();
        if (!usable(t)) {
            return;
        }
        String field = o.action().wire();
        for (RemoteCopy r : d.remoteCopies) {
            if (t.equals(r.id()) && r.consistencyGroup().isPresent() && !r.consistencyGroup().get().equals(t)) {
                error(what + " " + field + "s relationship '" + t + "', which belongs to consistency group '"
                        + r.consistencyGroup().get() + "'; SVC stops and starts the relationships of a group "
                        + "together, so an operator step names the group", ptr(o, field));
                return;
            }
        }
        if (d.remoteCopies.stream().noneMatch(r -> Derived.groupName(r).equals(t))) {
            Set<String> known = new java.util.TreeSet<>();
            d.remoteCopies.forEach(r -> known.add(Derived.groupName(r)));
            error(what + " names '" + t + "', but there is no remote copy or consistency group with that name"
                    + Suggest.known(t, known, "remote copies and consistency groups"), ptr(o, field));
        }
    }

    /**
     * With no cycle in the plan: per group at most one stop and one start; a stop only of a
     * running group (consistent_synchronized or inconsistent_copying); no start of an idling group;
     * and a start of a running group only after its stop.
     */
    private void operatorOrder(Binder.Draft d, Map<String, OperatorStep> opOf, Map<String, PlanStep> graph) {
        Map<String, OperatorStep> stopOf = new HashMap<>();
        Map<String, OperatorStep> startOf = new HashMap<>();
        for (OperatorStep o : opOf.values()) {
            if (!usable(o.target())) {
                continue;
            }
            Map<String, OperatorStep> same = o.stops() ? stopOf : startOf;
            OperatorStep first = same.putIfAbsent(o.target(), o);
            if (first != null) {
                error("'" + o.target() + "' is " + (o.stops() ? "stopped" : "started") + " twice: by '" + first.id() + "' and '"
                        + o.id() + "'; the plan " + o.action().wire() + "s a relationship or group at most once",
                        ptr(o, o.action().wire()));
            }
        }
        for (OperatorStep o : opOf.values()) {
            if (!usable(o.target())) {
                continue;
            }
            List<RemoteCopy> rels = d.remoteCopies.stream().filter(r -> Derived.groupName(r).equals(o.target())).toList();
            if (rels.isEmpty()) {
                continue; // a wrong target, reported with it
            }
            boolean running = rels.stream().anyMatch(r -> r.state() == RelationshipState.CONSISTENT_SYNCHRONIZED
                    || r.state() == RelationshipState.INCONSISTENT_COPYING);
            boolean idling = rels.stream().anyMatch(r -> r.state() == RelationshipState.IDLING);
            String what = "the operator step '" + o.id() + "'";
            String field = o.action().wire();
            if (o.stops() && !running) {
                error(what + " stops '" + o.target() + "', which is not running (state "
                        + rels.get(0).state().wire() + "); only a consistent_synchronized "
                        + "or inconsistent_copying relationship can be stopped", ptr(o, field));
            } else if (!o.stops() && idling) {
                error(what + " starts '" + o.target() + "', which is idling; the model starts stopped relationships "
                        + "only (an idling relationship needs a primary chosen when it starts)", ptr(o, field));
            } else if (!o.stops() && running) {
                OperatorStep stop = stopOf.get(o.target());
                if (stop == null || !waitsFor(o.id(), stop.id(), graph)) {
                    error(what + " starts '" + o.target() + "', which is running"
                            + (stop == null ? " and never stopped by the plan" : " and is not stopped before: '" + o.id()
                            + "' does not wait for '" + stop.id() + "'")
                            + "; a start restarts a stopped relationship", ptr(o, field));
                }
            }
        }
    }

    /** Whether step {@code from} waits, directly or through other steps, for step {@code to}. */
    private static boolean waitsFor(String from, String to, Map<String, PlanStep> graph) {
        java.util.ArrayDeque<String> todo = new java.util.ArrayDeque<>(List.of(from));
        Set<String> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            PlanStep s = graph.get(todo.pop());
            if (s == null) {
                continue;
            }
            for (String a : s.after()) {
                if (a.equals(to)) {
                    return true;
                }
                if (seen.add(a)) {
                    todo.push(a);
                }
            }
        }
        return false;
    }

    /** Builds the configuration; only called when no error was found. */
    static Config build(Binder.Draft d, SourceMap sources) {
        return new Config(d.name, d.systems, d.controllers, d.luns, d.pools, d.mdisks, d.volumes, d.hosts,
                d.backendCopies, d.partnerships, d.remoteCopies, d.flashCopies, Optional.ofNullable(d.upgrade),
                d.releaseNotes, d.workload, d.bounds, sources);
    }
}
