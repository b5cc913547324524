package io.copyproof.config;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The topology derived from a configuration, as the semantics define it (section 1 of the
 * semantics): where each volume block lives, which volume blocks a LUN holds, which LUNs a system
 * virtualizes, which hosts write, and what order the upgrade plan imposes. Computed once; immutable.
 *
 * <p>Where a block lives: an {@code image} or {@code sequential} volume's blocks live on the LUN of
 * its MDisk; block {@code b} of a {@code striped} volume lives on the LUN of MDisk {@code b mod n}
 * of the {@code n} managed MDisks of its pool (file order; an image MDisk belongs to its one image
 * volume only). Blocks are numbered
 * {@code 0..bounds.blocksPerVolume-1}.
 */
public final class Derived {

    /** Block {@code block} of volume {@code volume}. */
    public record Block(String volume, int block) {
    }

    private final Config config;
    private final Map<String, List<String>> lunsByBlock;          // volume id -> LUN id per block (may be empty)
    private final Map<String, List<Block>> slots;                 // LUN id -> volume blocks on it, in order
    private final Map<Block, Integer> positions;
    private final Map<String, List<String>> mirrorLunsByBlock;    // mirrored volume id -> LUN id per block of copy 1
    private final Map<Block, Integer> mirrorPositions;            // block of copy 1 -> its position on its LUN
    private final Map<String, UpgradeStep> steps;                 // system id -> its step
    private final Map<String, Set<String>> mustFollow;            // system id -> transitive 'after' set

    private Derived(Config config, int blocks) {
        this.config = config;
        Map<String, List<String>> byBlock = new LinkedHashMap<>();
        Map<String, List<Block>> lunSlots = new LinkedHashMap<>();
        for (Lun l : config.luns()) {
            lunSlots.put(l.id(), new ArrayList<>());
        }
        Map<String, MDisk> mdisks = Config.index(config.mdisks(), MDisk::id);
        Map<Block, Integer> pos = new LinkedHashMap<>();
        for (Volume v : config.volumes()) {
            List<String> perBlock = new ArrayList<>(blocks);
            List<MDisk> poolDisks = stripeMDisks(config, v.pool());
            for (int b = 0; b < blocks; b++) {
                String lun = null;
                if (v.type() == VolumeType.STRIPED) {
                    if (!poolDisks.isEmpty()) {
                        lun = poolDisks.get(b % poolDisks.size()).lun();
                    }
                } else {
                    MDisk m = v.mdisk().map(mdisks::get).orElse(null);
                    lun = m == null ? null : m.lun();
                }
                if (lun == null) {
                    perBlock = List.of();
                    break;
                }
                perBlock.add(lun);
            }
            byBlock.put(v.id(), List.copyOf(perBlock));
            for (int b = 0; b < perBlock.size(); b++) {
                List<Block> s = lunSlots.computeIfAbsent(perBlock.get(b), k -> new ArrayList<>());
                Block block = new Block(v.id(), b);
                pos.put(block, s.size());
                s.add(block);
            }
        }
        Map<String, List<String>> mirrorByBlock = new LinkedHashMap<>();
        Map<Block, Integer> mirrorPos = new LinkedHashMap<>();
        for (Volume v : config.volumes()) {
            if (v.mirror().isEmpty()) {
                continue;
            }
            VolumeCopy c = v.mirror().get();
            List<String> perBlock = placement(config, mdisks, c.pool(), c.type(), c.mdisk(), blocks);
            mirrorByBlock.put(v.id(), perBlock);
            for (int b = 0; b < perBlock.size(); b++) {
                List<Block> s = lunSlots.computeIfAbsent(perBlock.get(b), k -> new ArrayList<>());
                mirrorPos.put(new Block(v.id(), b), s.size());
                s.add(new Block(v.id(), b));
            }
        }
        this.mirrorLunsByBlock = Collections.unmodifiableMap(mirrorByBlock);
        this.mirrorPositions = Collections.unmodifiableMap(mirrorPos);
        lunSlots.replaceAll((k, s) -> List.copyOf(s));
        this.lunsByBlock = Collections.unmodifiableMap(byBlock);
        this.slots = Collections.unmodifiableMap(lunSlots);
        this.positions = Collections.unmodifiableMap(pos);

        Map<String, UpgradeStep> st = new LinkedHashMap<>();
        config.upgrade().ifPresent(u -> u.steps().forEach(s -> st.putIfAbsent(s.system(), s)));
        this.steps = Collections.unmodifiableMap(st);
        Map<String, List<String>> afterOf = planAfter(config);
        Map<String, Set<String>> follow = new LinkedHashMap<>();
        for (String s : st.keySet()) {
            Set<String> seen = new LinkedHashSet<>();
            Deque<String> todo = new ArrayDeque<>(st.get(s).after());
            while (!todo.isEmpty()) {
                String t = todo.pop();
                if (seen.add(t) && afterOf.containsKey(t)) {
                    todo.addAll(afterOf.get(t));
                }
            }
            follow.put(s, Collections.unmodifiableSet(seen));
        }
        this.mustFollow = Collections.unmodifiableMap(follow);
    }

    /**
     * The {@code after} list of every step of the plan by name: a system id for its upgrade step, the
     * id of an operator step (so that "must follow" passes through operator steps).
     */
    public static Map<String, List<String>> planAfter(Config config) {
        Map<String, List<String>> afterOf = new LinkedHashMap<>();
        config.upgrade().ifPresent(u -> u.plan().forEach(p -> afterOf.putIfAbsent(
                p instanceof UpgradeStep us ? us.system() : ((OperatorStep) p).id(), p.after())));
        return afterOf;
    }

    /**
     * Where each block of a copy placed in {@code pool} with {@code type} and {@code mdisk} lives (the
     * placement rule of the class comment); empty when it has no backing MDisk.
     */
    private static List<String> placement(Config config, Map<String, MDisk> mdisks, String pool, VolumeType type,
                                          Optional<String> mdisk, int blocks) {
        List<MDisk> poolDisks = stripeMDisks(config, pool);
        List<String> perBlock = new ArrayList<>(blocks);
        for (int b = 0; b < blocks; b++) {
            MDisk m = type == VolumeType.STRIPED ? (poolDisks.isEmpty() ? null : poolDisks.get(b % poolDisks.size()))
                    : mdisk.map(mdisks::get).orElse(null);
            if (m == null) {
                return List.of();
            }
            perBlock.add(m.lun());
        }
        return List.copyOf(perBlock);
    }

    /** The derived topology of a configuration, with the block count of its own {@code bounds}. */
    public static Derived of(Config config) {
        return of(config, config.bounds().blocksPerVolume());
    }

    /**
     * The derived topology with {@code blocksPerVolume} blocks per volume, for callers whose bounds
     * differ from the file's (a command-line override).
     */
    public static Derived of(Config config, int blocksPerVolume) {
        return new Derived(config, blocksPerVolume);
    }

    /**
     * The MDisks a striped volume of the pool spreads over: the pool's {@code managed} MDisks, in
     * file order. An {@code image} MDisk belongs to its one image volume (block for block), so no
     * striped volume takes extents from it.
     */
    public static List<MDisk> stripeMDisks(Config config, String poolId) {
        return config.mdisksOf(poolId).stream().filter(m -> m.mode() == MDiskMode.MANAGED).toList();
    }

    /** The configuration this topology was derived from. */
    public Config config() {
        return config;
    }

    // ---- blocks and LUNs -----------------------------------------------------------------

    /** The LUN block {@code block} of the volume lives on; empty when the volume has no backing MDisk. */
    public Optional<String> lunOf(Volume volume, int block) {
        List<String> l = lunsByBlock.getOrDefault(volume.id(), List.of());
        return block >= 0 && block < l.size() ? Optional.of(l.get(block)) : Optional.empty();
    }

    /** The distinct LUNs the volume's blocks live on, in block order (a mirrored volume: copy 0's, then copy 1's). */
    public List<String> lunsOf(Volume volume) {
        Set<String> out = new LinkedHashSet<>(lunsByBlock.getOrDefault(volume.id(), List.of()));
        out.addAll(mirrorLunsByBlock.getOrDefault(volume.id(), List.of()));
        return List.copyOf(out);
    }

    /**
     * The LUN block {@code block} of a mirrored volume's copy 1 lives on; empty for a volume with one
     * copy (or a copy without a backing MDisk). A host write reaches both copies; {@link #lunOf} is copy 0.
     */
    public Optional<String> mirrorLunOf(Volume volume, int block) {
        List<String> l = mirrorLunsByBlock.getOrDefault(volume.id(), List.of());
        return block >= 0 && block < l.size() ? Optional.of(l.get(block)) : Optional.empty();
    }

    /** The position of a block of a mirrored volume's copy 1 on its LUN; -1 without one. */
    public int mirrorPosOf(String volumeId, int block) {
        return mirrorPositions.getOrDefault(new Block(volumeId, block), -1);
    }

    /** Volumes with at least one block on the LUN, in file order. */
    public List<Volume> volumesOver(String lunId) {
        Set<String> ids = new HashSet<>();
        slots(lunId).forEach(b -> ids.add(b.volume()));
        return config.volumes().stream().filter(v -> ids.contains(v.id())).toList();
    }

    /**
     * The volume blocks that live on the LUN: volumes in file order, then block number; then the blocks
     * of mirrored volumes' copies 1 there, in the same order.
     */
    public List<Block> slots(String lunId) {
        return slots.getOrDefault(lunId, List.of());
    }

    /** The position of a volume block on its LUN (its index in {@link #slots} of that LUN); -1 if unmapped. */
    public int posOf(String volumeId, int block) {
        return positions.getOrDefault(new Block(volumeId, block), -1);
    }

    /**
     * The number of positions of a LUN: its slots, or more when it is the target of a backend copy
     * whose source has more slots.
     */
    public int size(String lunId) {
        int n = slots(lunId).size();
        for (BackendCopy c : config.backendCopies()) {
            if (c.target().equals(lunId)) {
                n = Math.max(n, slots(c.source()).size());
            }
        }
        return n;
    }

    /** The MDisks that present the LUN in mode {@code managed} or {@code image}, in file order. */
    public List<MDisk> virtualizingMDisks(String lunId) {
        return config.mdisksOnLun(lunId).stream().filter(m -> m.mode() != MDiskMode.UNMANAGED).toList();
    }

    /** True when an MDisk of mode {@code managed} or {@code image} presents the LUN. */
    public boolean isVirtualized(String lunId) {
        return !virtualizingMDisks(lunId).isEmpty();
    }

    /** The volume with an image-mode copy on an MDisk (an image volume, or a mirrored volume's image copy 1), if any. */
    public Optional<Volume> imageVolumeOf(MDisk mdisk) {
        return config.volumes().stream()
                .filter(v -> (v.type() == VolumeType.IMAGE && v.mdisk().filter(mdisk.id()::equals).isPresent())
                        || v.mirror().filter(c -> c.type() == VolumeType.IMAGE
                                && c.mdisk().filter(mdisk.id()::equals).isPresent()).isPresent())
                .findFirst();
    }

    /**
     * True when the LUN holds system data: a {@code managed} MDisk presents it, or an {@code image}
     * MDisk whose volume holds content the system owns ({@link #ownsContent}). The one definition:
     * the static rule, the explorer and the Alloy generator use it.
     */
    public boolean holdsSystemData(String lunId) {
        for (MDisk m : config.mdisksOnLun(lunId)) {
            if (m.mode() == MDiskMode.MANAGED) {
                return true;
            }
            if (m.mode() == MDiskMode.IMAGE && imageVolumeOf(m).map(v -> ownsContent(v.id())).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the system owns the content of the volume: a writing host maps it, or the system
     * writes or propagates it itself — it is the master or the aux of a remote copy, or the source or
     * the target of a FlashCopy mapping. A volume that hosts only read and that takes part in no
     * system copy does not: it is the documented way to present a backend copy target.
     */
    public boolean ownsContent(String volumeId) {
        return !writersOf(volumeId).isEmpty() || !systemCopiesOf(volumeId).isEmpty();
    }

    /**
     * The ids of the remote copies and FlashCopy mappings the volume takes part in (as master, aux,
     * source or target), in file order: remote copies first.
     */
    public List<String> systemCopiesOf(String volumeId) {
        List<String> out = new ArrayList<>();
        for (RemoteCopy r : config.remoteCopies()) {
            if (r.master().equals(volumeId) || r.aux().equals(volumeId)) {
                out.add(r.id());
            }
        }
        for (FlashCopy f : config.flashCopies()) {
            if (f.source().equals(volumeId) || f.target().equals(volumeId)) {
                out.add(f.id());
            }
        }
        return out;
    }

    /**
     * The volumes that go offline with a pool: its {@code striped} and {@code sequential} volumes
     * (an {@code image} volume depends only on its own MDisk), in file order.
     */
    public List<Volume> offlineWithPool(String poolId) {
        return config.volumesIn(poolId).stream().filter(v -> v.type() != VolumeType.IMAGE).toList();
    }

    /** Hosts that map any of the volumes, in file order. */
    public List<Host> hostsOf(List<Volume> volumes) {
        Set<String> ids = new HashSet<>();
        volumes.forEach(v -> ids.add(v.id()));
        return config.hosts().stream().filter(h -> h.volumes().stream().anyMatch(ids::contains)).toList();
    }

    // ---- backend consistency groups -------------------------------------------------------

    /**
     * The copies taken together with the copy, in file order, itself included: the copies of its
     * backend consistency group ({@code group}), or the copy alone.
     */
    public List<BackendCopy> takenWith(BackendCopy copy) {
        if (copy.group().isEmpty()) {
            return List.of(copy);
        }
        return config.backendCopies().stream().filter(c -> c.group().equals(copy.group())).toList();
    }

    /** True when the two copies are taken at one instant: the same copy, or copies of one backend consistency group. */
    public boolean takenTogether(BackendCopy a, BackendCopy b) {
        return a.equals(b) || (a.group().isPresent() && a.group().equals(b.group()));
    }

    /**
     * The writing hosts whose writes reach the LUN: hosts that write a volume over it, or a volume
     * whose writes propagate to a volume over it (a remote copy's master, a FlashCopy source), in
     * file order.
     */
    public List<Host> writersReaching(String lunId) {
        Set<String> over = new HashSet<>();
        volumesOver(lunId).forEach(v -> over.add(v.id()));
        boolean grown = true;
        while (grown) {
            grown = false;
            for (RemoteCopy r : config.remoteCopies()) {
                grown |= over.contains(r.aux()) && over.add(r.master());
            }
            for (FlashCopy f : config.flashCopies()) {
                grown |= over.contains(f.target()) && over.add(f.source());
            }
        }
        return config.hosts().stream().filter(h -> h.writes() && h.volumes().stream().anyMatch(over::contains)).toList();
    }

    // ---- hosts ---------------------------------------------------------------------------

    /** Hosts that write: not read-only and mapping at least one volume, in file order. */
    public List<Host> writingHosts() {
        return config.hosts().stream().filter(Host::writes).toList();
    }

    /** Writing hosts that map the volume, in file order. */
    public List<Host> writersOf(String volumeId) {
        return config.hosts().stream().filter(h -> h.writes() && h.volumes().contains(volumeId)).toList();
    }

    /**
     * The nodes of the volume's I/O group that the host has paths to: those it lists in
     * {@code nodes}, or both when it lists none (multipathing). The host reaches the volume while
     * one of them is up.
     */
    public List<String> pathNodes(Host host, Volume volume) {
        List<String> group = config.ioGroup(volume.system(), volume.ioGroup()).nodes();
        return host.restrictsPaths() ? group.stream().filter(host.nodes()::contains).toList() : group;
    }

    // ---- upgrade plan --------------------------------------------------------------------

    /** The upgrade step of a system, if the plan has one. */
    public Optional<UpgradeStep> stepOf(String systemId) {
        return Optional.ofNullable(steps.get(systemId));
    }

    /** True when the plan upgrades the system. */
    public boolean upgrades(String systemId) {
        return steps.containsKey(systemId);
    }

    /**
     * True when {@code later} may start upgrading only after {@code earlier} has committed: there
     * is an {@code after} path from {@code later}'s step to {@code earlier}.
     */
    public boolean upgradesAfter(String later, String earlier) {
        return mustFollow.getOrDefault(later, Set.of()).contains(earlier);
    }

    /** True when both systems have steps and no {@code after} path orders them: they may upgrade concurrently. */
    public boolean mayUpgradeConcurrently(String a, String b) {
        return !a.equals(b) && upgrades(a) && upgrades(b) && !upgradesAfter(a, b) && !upgradesAfter(b, a);
    }

    /**
     * True when the plan can bring the system to the target level: it has a step, and every system
     * it waits for (transitively) has one too.
     */
    public boolean canCommit(String systemId) {
        return upgrades(systemId) && mustFollow.get(systemId).stream().allMatch(x -> steps.containsKey(x)
                || config.upgrade().orElseThrow().operatorSteps().stream().anyMatch(o -> o.id().equals(x)));
    }

    // ---- operator steps ---------------------------------------------------------------------

    /**
     * Whether plan step {@code later} (a system id for its upgrade step, or an operator step id)
     * waits, directly or through other steps, for step {@code earlier}.
     */
    public boolean stepFollows(String later, String earlier) {
        Map<String, List<String>> afterOf = planAfter(config);
        Deque<String> todo = new ArrayDeque<>(afterOf.getOrDefault(later, List.of()));
        Set<String> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            String x = todo.pop();
            if (x.equals(earlier)) {
                return true;
            }
            if (seen.add(x)) {
                todo.addAll(afterOf.getOrDefault(x, List.of()));
            }
        }
        return false;
    }

    /** The operator step that stops ({@code stop}) or starts the relationship or group of that name. */
    public Optional<OperatorStep> operatorStep(String groupName, boolean stop) {
        return config.upgrade().flatMap(u -> u.operatorSteps().stream()
                .filter(o -> o.target().equals(groupName) && o.stops() == stop).findFirst());
    }

    /**
     * True when the partnership of systems {@code a} and {@code b} has relationships and the plan
     * stops every one of them before each step of {@code stoppedBefore} (those steps wait for the
     * stop) and restarts none of them before each system of {@code restartedAfter} has committed
     * (no start step, or one that waits for those systems' steps): incompatible levels or
     * concurrent upgrades in that window stop nothing that is running.
     */
    public boolean stoppedAround(String a, String b, List<String> stoppedBefore, List<String> restartedAfter) {
        List<RemoteCopy> between = config.remoteCopies().stream().filter(r -> {
            String ms = config.volume(r.master()).system();
            String as = config.volume(r.aux()).system();
            return ms.equals(a) && as.equals(b) || ms.equals(b) && as.equals(a);
        }).toList();
        if (between.isEmpty()) {
            return false;
        }
        return between.stream().allMatch(r -> stoppedAround(r, stoppedBefore, restartedAfter));
    }

    /** {@link #stoppedAround(String, String, List, List)} for one relationship (its group's steps). */
    public boolean stoppedAround(RemoteCopy r, List<String> stoppedBefore, List<String> restartedAfter) {
        Optional<OperatorStep> stop = operatorStep(groupName(r), true);
        if (stop.isEmpty() || !stoppedBefore.stream().allMatch(x -> stepFollows(x, stop.get().id()))) {
            return false;
        }
        Optional<OperatorStep> start = operatorStep(groupName(r), false);
        return start.isEmpty() || restartedAfter.stream().allMatch(x -> upgrades(x) && stepFollows(start.get().id(), x));
    }

    /** The level a system runs before the plan. */
    public CodeLevel initialLevel(String systemId) {
        return config.system(systemId).codeLevel();
    }

    /** The level a system runs after the whole plan: the target level if it can commit, else its own. */
    public CodeLevel finalLevel(String systemId) {
        return canCommit(systemId) ? config.upgrade().orElseThrow().targetLevel() : initialLevel(systemId);
    }

    // ---- levels --------------------------------------------------------------------------

    /**
     * The minimum partner level that a system running {@code level} requires, from the release
     * notes of that level.
     */
    public Optional<CodeLevel> minPartnerLevel(CodeLevel level) {
        return config.releaseNote(level).flatMap(ReleaseNote::minPartnerLevel);
    }

    /**
     * True when a system running {@code level} accepts a partner running {@code partner}: the
     * release note of {@code level}, if it has a {@code minPartnerLevel}, is met by {@code partner}.
     * The one definition of partner compatibility: the explorer uses it, and the Alloy generator
     * emits it as a constant relation.
     */
    public boolean accepts(CodeLevel level, CodeLevel partner) {
        return minPartnerLevel(level).map(m -> !partner.isBelow(m)).orElse(true);
    }

    /**
     * True when two partnered systems running {@code a} and {@code b} are compatible: each accepts
     * the other ({@link #accepts}).
     */
    public boolean compatible(CodeLevel a, CodeLevel b) {
        return accepts(a, b) && accepts(b, a);
    }

    // ---- consistency groups --------------------------------------------------------------

    /**
     * The key of a relationship's consistency group: relationships with the same
     * {@code consistencyGroup} share one group; a relationship without one is a group of its own.
     * Group and relationship names live in different key spaces ({@code cg/NAME}, {@code rel/ID}).
     */
    public static String groupKey(RemoteCopy rc) {
        return rc.consistencyGroup().map(g -> "cg/" + g).orElse("rel/" + rc.id());
    }

    /** The name a report gives a relationship's group: its consistency group, else the relationship's id. */
    public static String groupName(RemoteCopy rc) {
        return rc.consistencyGroup().orElse(rc.id());
    }

    /**
     * The consistency groups by {@link #groupKey}: groups in the file order of their first
     * relationship, the relationships of each in file order.
     */
    public Map<String, List<RemoteCopy>> consistencyGroups() {
        Map<String, List<RemoteCopy>> groups = new LinkedHashMap<>();
        for (RemoteCopy rc : config.remoteCopies()) {
            groups.computeIfAbsent(groupKey(rc), k -> new ArrayList<>()).add(rc);
        }
        groups.replaceAll((k, rs) -> List.copyOf(rs));
        return Collections.unmodifiableMap(groups);
    }

    /** The system of each remote-copy volume pair: master system, aux system. */
    public List<String> systemsOf(RemoteCopy rc) {
        return List.of(config.volume(rc.master()).system(), config.volume(rc.aux()).system());
    }
}
