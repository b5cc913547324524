package io.copyproof.slicing;

import io.copyproof.config.BackendCopy;
import io.copyproof.config.Config;
import io.copyproof.config.Controller;
import io.copyproof.config.FlashCopy;
import io.copyproof.config.Host;
import io.copyproof.config.Lun;
import io.copyproof.config.MDisk;
import io.copyproof.config.MDiskMode;
import io.copyproof.config.Partnership;
import io.copyproof.config.Pool;
import io.copyproof.config.RemoteCopy;
import io.copyproof.config.SourceLocation;
import io.copyproof.config.SourceMap;
import io.copyproof.config.StorageSystem;
import io.copyproof.config.Upgrade;
import io.copyproof.config.UpgradeStep;
import io.copyproof.config.Volume;
import io.copyproof.config.VolumeType;

import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Cuts a configuration into slices, one per group of invariant instances whose cones of influence
 * share state (docs/explorer.md, "Slicing", states the rules and why they lose no counterexample).
 *
 * <p>Elements whose state some event of a slice writes and that an invariant instance reads are
 * <em>owned</em> by one slice: backend copies with the LUNs they read and write, every MDisk on
 * those LUNs and every volume with a block on them (an image or sequential volume on such an MDisk,
 * a striped volume in the MDisk's pool); a pool that a copy can take offline (an MDisk of it on the
 * source LUN of a copy that suspends its source, or a managed MDisk of it on a copy's target LUN)
 * with every MDisk and every striped or sequential volume in it; relationships with their two volumes and their consistency group
 * (and with every relationship whose master the same writing host writes),
 * FlashCopy mappings with their two volumes, and every volume a host maps (each is an instance of
 * AV-VOLUME-ONLINE). Elements that only their own events write are <em>context</em>, copied into
 * every slice that reads them: systems with their nodes and upgrade steps (and the steps these wait
 * for), partnerships, pools and MDisks that no backend copy touches, controllers, release notes.
 * A host is context too, restricted to the slice's volumes: its writes are numbered across all its
 * volumes, but the invariants compare only the order of writes to the same slice, which a
 * restriction keeps (see docs/explorer.md). A host that maps no volume has no event and is in no
 * slice. A slice keeps the upgrade steps of its systems only when something in it can observe
 * the difference between a cached and a write-through I/O group or a node going down: a backend
 * copy, a relationship, a partnership, or a host that lists its paths (a node going down can cut
 * it off); otherwise the plan keeps its target level and no steps.
 * Partnerships that no relationship of any slice uses get a slice of their own
 * (UP-COMPATIBLE-LEVELS).
 */
public final class Slicer {
    private static final String[] LISTS = {"systems", "controllers", "luns", "pools", "mdisks", "volumes",
            "hosts", "backendCopies", "partnerships", "remoteCopies", "flashCopies", "releaseNotes"};

    private final Config whole;
    private final Map<String, Map<String, SourceLocation>> located = new HashMap<>();
    private final Map<String, SourceLocation> common = new HashMap<>();
    private final Map<String, Integer> volIx;
    private final Map<String, Integer> lunIx;
    private final Map<String, Integer> poolIx;
    private final Map<String, Integer> mdIx;
    private final Map<String, Integer> ctrlIx;
    private final List<int[]> hostsOfVolume = new ArrayList<>();
    private final List<List<Integer>> mdisksOfPool = new ArrayList<>();
    // element numbers: volumes, copies, relationships, FlashCopy maps, LUNs, MDisks, pools, groups
    private final int nVol;
    private final int nRel;
    private final int copyBase;
    private final int relBase;
    private final int fcBase;
    private final int lunBase;
    private final int mdBase;
    private final int poolBase;
    private final int groupBase;

    private Slicer(Config whole) {
        this.whole = whole;
        Set<String> lists = Set.of(LISTS);
        for (Map.Entry<String, SourceLocation> e : whole.sources().asMap().entrySet()) {
            String group = groupOf(e.getKey(), lists);
            if (group == null) {
                common.put(e.getKey(), e.getValue());
            } else {
                located.computeIfAbsent(group, g -> new HashMap<>()).put(e.getKey(), e.getValue());
            }
        }
        volIx = ix(whole.volumes().stream().map(Volume::id).toList());
        lunIx = ix(whole.luns().stream().map(Lun::id).toList());
        poolIx = ix(whole.pools().stream().map(Pool::id).toList());
        mdIx = ix(whole.mdisks().stream().map(MDisk::id).toList());
        ctrlIx = ix(whole.controllers().stream().map(Controller::id).toList());
        List<List<Integer>> hov = new ArrayList<>();
        whole.volumes().forEach(v -> hov.add(new ArrayList<>()));
        for (int h = 0; h < whole.hosts().size(); h++) {
            for (String v : whole.hosts().get(h).volumes()) {
                hov.get(volIx.get(v)).add(h);
            }
        }
        hov.forEach(l -> hostsOfVolume.add(l.stream().mapToInt(Integer::intValue).distinct().toArray()));
        whole.pools().forEach(p -> mdisksOfPool.add(new ArrayList<>()));
        for (int m = 0; m < whole.mdisks().size(); m++) {
            int mm = m;
            whole.mdisks().get(m).pool().ifPresent(p -> mdisksOfPool.get(poolIx.get(p)).add(mm));
        }
        nVol = whole.volumes().size();
        nRel = whole.remoteCopies().size();
        copyBase = nVol;
        relBase = copyBase + whole.backendCopies().size();
        fcBase = relBase + nRel;
        lunBase = fcBase + whole.flashCopies().size();
        mdBase = lunBase + whole.luns().size();
        poolBase = mdBase + whole.mdisks().size();
        groupBase = poolBase + whole.pools().size();
    }

    /**
     * The listed paths of a host that lead into the I/O groups of the volumes a slice keeps of it
     * (none when it lists none: multipathing stays multipathing).
     */
    private List<String> pathsInto(Host host, List<String> keptVolumes) {
        Set<String> nodes = new HashSet<>();
        for (String v : keptVolumes) {
            Volume vol = whole.volume(v);
            nodes.addAll(whole.ioGroup(vol.system(), vol.ioGroup()).nodes());
        }
        return keep(host.nodes(), nodes::contains);
    }

    private static Map<String, Integer> ix(List<String> ids) {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            out.putIfAbsent(ids.get(i), i);
        }
        return out;
    }

    /**
     * The slices of {@code config}, in the order of their first element in the file. Every
     * invariant instance of the configuration is in exactly one slice (context may be copied into
     * several). Configurations in which nothing can be separated give one slice.
     */
    public static List<Slice> slices(Config config) {
        if (config.upgrade().map(u -> !u.operatorSteps().isEmpty()).orElse(false)) {
            return List.of(whole(config));
        }
        return new Slicer(config).cut();
    }

    /**
     * Slices for verdicts only (which invariants are violated, not the traces): as {@link #slices},
     * and a plan with operator steps is cut too ({@link OperatorSlicing}). A slice's shortest trace
     * may then lack the stop steps of other groups, so its lengths and traces are not the whole's;
     * whether an invariant is violated is. Used by {@link SliceMemo}.
     */
    public static List<Slice> verdictSlices(Config config) {
        if (config.upgrade().map(OperatorSlicing::waitsForAStart).orElse(false)) {
            return List.of(whole(config));
        }
        return new Slicer(config).cut();
    }

    /**
     * The whole configuration as its one slice. {@link #slices} does not cut a plan with operator
     * steps: an operator step couples the relationships it stops with every upgrade step that waits
     * for it, so a slice's trace would miss the stops of other groups (docs/explorer.md, "Slicing").
     */
    private static Slice whole(Config config) {
        return new Slice(config, CanonicalForm.of(config), label(config), Map.of());
    }

    private List<Slice> cut() {
        Components uf = components();
        Map<Integer, BitSet> byRoot = new LinkedHashMap<>();
        for (int k = 0; k < uf.size(); k++) {
            if (isInstance(k)) {
                byRoot.computeIfAbsent(uf.find(k), r -> new BitSet()).set(k);
            }
        }
        for (int k = 0; k < uf.size(); k++) {
            BitSet members = byRoot.get(uf.find(k));
            if (members != null) {
                members.set(k);
            }
        }
        List<Slice> out = new ArrayList<>();
        Set<String> partnershipsUsed = new HashSet<>();
        for (BitSet members : byRoot.values()) {
            out.add(build(members, Set.of(), partnershipsUsed));
        }
        for (Partnership p : whole.partnerships()) {
            if (!partnershipsUsed.contains(p.id())) {
                out.add(build(new BitSet(), Set.of(p.id()), partnershipsUsed));
            }
        }
        return out;
    }

    /** The MDisks a volume copy stands on: its MDisk, or every MDisk of a striped copy's pool. */
    private List<Integer> mirrorMdisks(io.copyproof.config.VolumeCopy c) {
        if (c.type() != VolumeType.STRIPED) {
            return c.mdisk().map(mdIx::get).map(List::of).orElse(List.of());
        }
        Integer p = poolIx.get(c.pool());
        return p == null ? List.of() : mdisksOfPool.get(p);
    }

    /** Whether an owned element is an invariant instance: a mapped volume, a copy, relationship or FlashCopy map. */
    private boolean isInstance(int k) {
        return k < nVol ? hostsOfVolume.get(k).length > 0 : k < lunBase;
    }

    /** The owned elements grouped (union-find over volumes, copies, relationships, FlashCopy maps, LUNs, MDisks, pools, groups). */
    private Components components() {
        Config w = whole;
        Components uf = new Components(groupBase + w.remoteCopies().size());
        boolean[] copyLun = new boolean[w.luns().size()];
        for (int c = 0; c < w.backendCopies().size(); c++) {
            BackendCopy bc = w.backendCopies().get(c);
            int src = lunIx.get(bc.source());
            int tgt = lunIx.get(bc.target());
            copyLun[src] = true;
            copyLun[tgt] = true;
            uf.union(copyBase + c, lunBase + src);
            uf.union(copyBase + c, lunBase + tgt);
            // the copies of a backend consistency group are taken by one event: one slice
            for (int k = 0; k < c && bc.group().isPresent(); k++) {
                if (bc.group().equals(w.backendCopies().get(k).group())) {
                    uf.union(copyBase + c, copyBase + k);
                    break;
                }
            }
        }
        // a pool a copy can take offline: an MDisk of it on the source LUN of a copy that suspends
        // it (LunSuspend), or a managed MDisk of it on a copy's target LUN (PoolFault)
        boolean[] hotPool = new boolean[w.pools().size()];
        int[] copyMdiskOfPool = new int[w.pools().size()];
        java.util.Arrays.fill(copyMdiskOfPool, -1);
        for (int m = 0; m < w.mdisks().size(); m++) {
            MDisk md = w.mdisks().get(m);
            int l = lunIx.get(md.lun());
            if (!copyLun[l]) {
                continue;
            }
            uf.union(mdBase + m, lunBase + l);
            if (md.pool().isPresent()) {
                int p = poolIx.get(md.pool().get());
                copyMdiskOfPool[p] = m;
                for (BackendCopy bc : w.backendCopies()) {
                    boolean suspended = bc.suspendsSource() && bc.source().equals(md.lun());
                    boolean faultable = md.mode() == MDiskMode.MANAGED && bc.target().equals(md.lun());
                    hotPool[p] |= suspended || faultable;
                }
            }
        }
        for (int m = 0; m < w.mdisks().size(); m++) {
            MDisk md = w.mdisks().get(m);
            if (md.pool().isPresent() && hotPool[poolIx.get(md.pool().get())]) {
                uf.union(mdBase + m, poolBase + poolIx.get(md.pool().get()));
            }
        }
        for (int v = 0; v < nVol; v++) {
            Volume vol = w.volumes().get(v);
            int p = poolIx.get(vol.pool());
            boolean image = vol.type() == VolumeType.IMAGE;
            if (hotPool[p] && !image) {
                uf.union(v, poolBase + p);   // offline with its pool
            }
            if (vol.type() == VolumeType.STRIPED && copyMdiskOfPool[p] >= 0) {
                uf.union(v, mdBase + copyMdiskOfPool[p]);   // some of its blocks may live on a copy LUN
            }
            int vv = v;
            vol.mdisk().map(mdIx::get).filter(m -> copyLun[lunIx.get(w.mdisks().get(m).lun())])
                    .ifPresent(m -> uf.union(vv, mdBase + m));
            // a mirrored volume's copy 1 on a copy LUN: the volume and that MDisk in one slice, so the
            // slice sees the backend copy read or write the mirror; and with copy 1's pool when a copy
            // can take that pool offline (copy 1 goes offline with it)
            vol.mirror().ifPresent(c -> mirrorMdisks(c).stream()
                    .filter(m -> copyLun[lunIx.get(w.mdisks().get(m).lun())]).forEach(m -> uf.union(vv, mdBase + m)));
            vol.mirror().filter(c -> c.type() != VolumeType.IMAGE && hotPool[poolIx.get(c.pool())])
                    .ifPresent(c -> uf.union(vv, poolBase + poolIx.get(c.pool())));
        }
        Map<String, Integer> groups = new HashMap<>();
        for (int r = 0; r < nRel; r++) {
            RemoteCopy rc = w.remoteCopies().get(r);
            uf.union(relBase + r, volIx.get(rc.master()));
            uf.union(relBase + r, volIx.get(rc.aux()));
            if (rc.consistencyGroup().isPresent()) {
                int g = groups.computeIfAbsent(rc.consistencyGroup().get(), x -> groups.size());
                uf.union(relBase + r, groupBase + g);
            }
        }
        for (int f = 0; f < w.flashCopies().size(); f++) {
            FlashCopy fc = w.flashCopies().get(f);
            uf.union(fcBase + f, volIx.get(fc.source()));
            uf.union(fcBase + f, volIx.get(fc.target()));
        }
        unionDependentWrites(uf);
        return uf;
    }

    /**
     * RC-SECONDARY-CONSISTENT orders one host's writes across the masters of every relationship in
     * a consistent state, whatever their consistency groups: the relationships whose masters one
     * writing host writes stay in one slice.
     */
    private void unionDependentWrites(Components uf) {
        Config w = whole;
        for (io.copyproof.config.Host h : w.hosts()) {
            if (h.readOnly()) {
                continue;
            }
            int first = -1;
            for (int r = 0; r < nRel; r++) {
                if (h.volumes().contains(w.remoteCopies().get(r).master())) {
                    if (first < 0) {
                        first = r;
                    } else {
                        uf.union(relBase + first, relBase + r);
                    }
                }
            }
        }
    }

    /** The sub-configuration of one group of owned elements, or of standalone partnerships. */
    private Slice build(BitSet owned, Set<String> extraPartnerships, Set<String> partnershipsUsed) {
        Config w = whole;
        BitSet vols = range(owned, 0, nVol);
        BitSet copies = range(owned, copyBase, relBase);
        BitSet rels = range(owned, relBase, fcBase);
        BitSet fcs = range(owned, fcBase, lunBase);
        BitSet hosts = new BitSet();
        BitSet pools = new BitSet();
        BitSet mdisks = range(owned, mdBase, poolBase);
        vols.stream().forEach(v -> {
            for (int h : hostsOfVolume.get(v)) {
                hosts.set(h);
            }
            Volume vol = w.volumes().get(v);
            pools.set(poolIx.get(vol.pool()));
            vol.mdisk().ifPresent(m -> mdisks.set(mdIx.get(m)));
            // a mirrored volume's copy 1: its pool and its MDisk (docs/semantics.md §7.2)
            vol.mirror().ifPresent(c -> {
                pools.set(poolIx.get(c.pool()));
                c.mdisk().ifPresent(m -> mdisks.set(mdIx.get(m)));
            });
        });
        mdisks.stream().forEach(m -> w.mdisks().get(m).pool().ifPresent(p -> pools.set(poolIx.get(p))));
        pools.stream().forEach(p -> mdisksOfPool.get(p).forEach(mdisks::set));
        BitSet luns = new BitSet();
        mdisks.stream().forEach(m -> luns.set(lunIx.get(w.mdisks().get(m).lun())));
        copies.stream().forEach(c -> {
            luns.set(lunIx.get(w.backendCopies().get(c).source()));
            luns.set(lunIx.get(w.backendCopies().get(c).target()));
        });
        hosts.stream().forEach(h -> w.hosts().get(h).luns().forEach(l -> luns.set(lunIx.get(l))));
        BitSet controllers = new BitSet();
        luns.stream().forEach(l -> controllers.set(ctrlIx.get(w.luns().get(l).controller())));

        Set<String> sysIds = new HashSet<>();
        vols.stream().forEach(v -> sysIds.add(w.volumes().get(v).system()));
        pools.stream().forEach(p -> sysIds.add(w.pools().get(p).system()));
        mdisks.stream().forEach(m -> sysIds.add(w.mdisks().get(m).system()));
        Set<String> partIds = new HashSet<>(extraPartnerships);
        rels.stream().forEach(r -> {
            RemoteCopy rc = w.remoteCopies().get(r);
            String a = w.volumes().get(volIx.get(rc.master())).system();
            String b = w.volumes().get(volIx.get(rc.aux())).system();
            if (!a.equals(b)) {
                w.partnershipBetween(a, b).ifPresent(p -> partIds.add(p.id()));
            }
        });
        partnershipsUsed.addAll(partIds);
        List<Partnership> parts = keep(w.partnerships(), p -> partIds.contains(p.id()));
        parts.forEach(p -> sysIds.addAll(p.systems()));

        Optional<Upgrade> upgrade = w.upgrade();
        List<UpgradeStep> steps = List.of();
        List<io.copyproof.config.PlanStep> opPlan = null;
        if (upgrade.isPresent()) {
            boolean operators = !upgrade.get().operatorSteps().isEmpty();
            boolean pathsObserved = hosts.stream().anyMatch(h -> w.hosts().get(h).restrictsPaths());
            if (!copies.isEmpty() || !rels.isEmpty() || !parts.isEmpty() || pathsObserved) {
                if (operators) {
                    Set<String> groups = new HashSet<>();
                    rels.stream().forEach(r -> groups.add(io.copyproof.config.Derived.groupName(w.remoteCopies().get(r))));
                    opPlan = OperatorSlicing.plan(upgrade.get(), sysIds, groups);
                } else {
                    closeOverAfter(upgrade.get(), sysIds);
                    steps = keep(upgrade.get().steps(), st -> sysIds.contains(st.system()));
                }
            } else if (operators) {
                opPlan = List.of();
            }
            upgrade = Optional.of(new Upgrade(upgrade.get().targetLevel(), opPlan != null ? opPlan : steps));
        }
        List<StorageSystem> systems = keep(w.systems(), s -> sysIds.contains(s.id()));
        Set<String> volIds = new HashSet<>();
        vols.stream().forEach(v -> volIds.add(w.volumes().get(v).id()));
        List<Host> hostList = new ArrayList<>();
        hosts.stream().forEach(h -> {
            Host host = w.hosts().get(h);
            List<String> kept = keep(host.volumes(), volIds::contains);
            hostList.add(new Host(host.id(), kept, host.luns(), host.readOnly(), pathsInto(host, kept)));
        });

        Map<String, int[]> toWhole = new HashMap<>();
        toWhole.put("systems", positions(w.systems(), systems));
        toWhole.put("controllers", controllers.stream().toArray());
        toWhole.put("luns", luns.stream().toArray());
        toWhole.put("pools", pools.stream().toArray());
        toWhole.put("mdisks", mdisks.stream().toArray());
        toWhole.put("volumes", vols.stream().toArray());
        toWhole.put("hosts", hosts.stream().toArray());
        toWhole.put("backendCopies", copies.stream().toArray());
        toWhole.put("partnerships", positions(w.partnerships(), parts));
        toWhole.put("remoteCopies", rels.stream().toArray());
        toWhole.put("flashCopies", fcs.stream().toArray());
        toWhole.put("releaseNotes", java.util.stream.IntStream.range(0, w.releaseNotes().size()).toArray());
        if (w.upgrade().isPresent()) {
            toWhole.put("upgrade/steps", opPlan != null ? OperatorSlicing.positions(w.upgrade().get(), opPlan)
                    : positions(w.upgrade().get().steps(), steps));
        }
        Config sub = new Config(w.name(), systems, pick(w.controllers(), toWhole.get("controllers")),
                pick(w.luns(), toWhole.get("luns")), pick(w.pools(), toWhole.get("pools")),
                pick(w.mdisks(), toWhole.get("mdisks")), pick(w.volumes(), toWhole.get("volumes")), hostList,
                pick(w.backendCopies(), toWhole.get("backendCopies")), parts,
                pick(w.remoteCopies(), toWhole.get("remoteCopies")), pick(w.flashCopies(), toWhole.get("flashCopies")),
                upgrade, w.releaseNotes(), w.workload(), w.bounds(), sources(toWhole, hostList));
        return new Slice(sub, CanonicalForm.of(sub), label(sub), toWhole);
    }

    /** The members numbered {@code from..to-1}, renumbered from 0. */
    private static BitSet range(BitSet owned, int from, int to) {
        BitSet out = new BitSet();
        owned.stream().filter(k -> k >= from && k < to).forEach(k -> out.set(k - from));
        return out;
    }

    private static <T> List<T> pick(List<T> all, int[] indices) {
        List<T> out = new ArrayList<>(indices.length);
        for (int i : indices) {
            out.add(all.get(i));
        }
        return out;
    }

    /** The positions in {@code all} of the elements of {@code kept} (a sublist in order), by identity. */
    private static <T> int[] positions(List<T> all, List<T> kept) {
        int[] out = new int[kept.size()];
        int k = 0;
        for (int i = 0; i < all.size() && k < kept.size(); i++) {
            if (all.get(i) == kept.get(k)) {
                out[k++] = i;
            }
        }
        return out;
    }

    private void closeOverAfter(Upgrade upgrade, Set<String> sysIds) {
        Map<String, UpgradeStep> bySystem = new HashMap<>();
        upgrade.steps().forEach(st -> bySystem.putIfAbsent(st.system(), st));
        Deque<String> todo = new ArrayDeque<>(sysIds);
        while (!todo.isEmpty()) {
            UpgradeStep st = bySystem.get(todo.pop());
            if (st != null) {
                for (String a : st.after()) {
                    if (sysIds.add(a)) {
                        todo.push(a);
                    }
                }
            }
        }
    }

    /**
     * The whole configuration's source positions, renumbered for the slice's lists; within a host,
     * the entries of its {@code volumes} list are renumbered for the volumes it keeps.
     */
    private SourceMap sources(Map<String, int[]> toWhole, List<Host> sliceHosts) {
        Map<String, SourceLocation> map = new HashMap<>(common);
        for (Map.Entry<String, int[]> e : toWhole.entrySet()) {
            int[] idx = e.getValue();
            for (int s = 0; s < idx.length; s++) {
                String from = "/" + e.getKey() + "/" + idx[s];
                String to = "/" + e.getKey() + "/" + s;
                Map<String, SourceLocation> group = located.get(e.getKey() + "/" + idx[s]);
                if (group == null) {
                    continue;
                }
                Map<Integer, Integer> volumeAt = e.getKey().equals("hosts")
                        ? volumeRenumbering(whole.hosts().get(idx[s]), sliceHosts.get(s)) : Map.of();
                for (Map.Entry<String, SourceLocation> g : group.entrySet()) {
                    String rest = g.getKey().substring(from.length());
                    if (rest.startsWith("/volumes/")) {
                        String[] parts = rest.split("/", 4);
                        Integer k = isIndex(parts[2]) ? volumeAt.get(Integer.parseInt(parts[2])) : null;
                        if (k == null) {
                            continue;
                        }
                        rest = "/volumes/" + k + (parts.length > 3 ? "/" + parts[3] : "");
                    }
                    map.put(to + rest, g.getValue());
                }
            }
        }
        return new SourceMap(whole.sources().file(), map);
    }

    /** Position of each kept volume in a host's volume list: whole position to slice position. */
    private static Map<Integer, Integer> volumeRenumbering(Host whole, Host slice) {
        Map<Integer, Integer> out = new HashMap<>();
        int k = 0;
        for (int i = 0; i < whole.volumes().size() && k < slice.volumes().size(); i++) {
            if (whole.volumes().get(i).equals(slice.volumes().get(k))) {
                out.put(i, k++);
            }
        }
        return out;
    }

    /** {@code volumes/3}, {@code upgrade/steps/0}, ... for a pointer inside a list element; else null. */
    private static String groupOf(String pointer, Set<String> lists) {
        String[] parts = pointer.split("/", -1);
        if (parts.length >= 4 && "upgrade".equals(parts[1]) && "steps".equals(parts[2]) && isIndex(parts[3])) {
            return "upgrade/steps/" + parts[3];
        }
        if (parts.length >= 3 && lists.contains(parts[1]) && isIndex(parts[2])) {
            return parts[1] + "/" + parts[2];
        }
        return null;
    }

    private static boolean isIndex(String s) {
        return !s.isEmpty() && s.chars().allMatch(Character::isDigit);
    }

    private static <T> List<T> keep(List<T> list, Predicate<T> p) {
        return list.stream().filter(p).toList();
    }

    private static String label(Config c) {
        List<String> parts = new ArrayList<>();
        name(parts, c.hosts().stream().map(Host::id).toList(), "host");
        name(parts, c.volumes().stream().map(Volume::id).toList(), "volume");
        name(parts, c.backendCopies().stream().map(BackendCopy::id).toList(), "copy");
        name(parts, c.remoteCopies().stream().map(RemoteCopy::id).toList(), "relationship");
        name(parts, c.flashCopies().stream().map(FlashCopy::id).toList(), "FlashCopy map");
        name(parts, c.partnerships().stream().map(Partnership::id).toList(), "partnership");
        return String.join(", ", parts);
    }

    private static void name(List<String> out, List<String> ids, String kind) {
        if (ids.size() == 1) {
            out.add(kind + " " + ids.get(0));
        } else if (ids.size() > 1) {
            out.add(ids.size() + " " + (kind.endsWith("y") ? kind.substring(0, kind.length() - 1) + "ie" : kind)
                    + "s (" + ids.get(0) + ", ...)");
        }
    }

    /** Union-find over element numbers. */
    private static final class Components {
        private final int[] parent;

        Components(int n) {
            parent = new int[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
            }
        }

        int size() {
            return parent.length;
        }

        int find(int k) {
            int r = k;
            while (parent[r] != r) {
                r = parent[r];
            }
            while (parent[k] != r) {
                int next = parent[k];
                parent[k] = r;
                k = next;
            }
            return r;
        }

        void union(int a, int b) {
            int ra = find(a);
            int rb = find(b);
            if (ra != rb) {
                parent[Math.max(ra, rb)] = Math.min(ra, rb);
            }
        }
    }
}
