package io.copyproof.semantics;

import io.copyproof.config.BackendCopy;
import io.copyproof.config.Bounds;
import io.copyproof.config.CacheMode;
import io.copyproof.config.CodeLevel;
import io.copyproof.config.Config;
import io.copyproof.config.CopyType;
import io.copyproof.config.Derived;
import io.copyproof.config.FlashCopy;
import io.copyproof.config.Host;
import io.copyproof.config.IoGroup;
import io.copyproof.config.MDisk;
import io.copyproof.config.MDiskMode;
import io.copyproof.config.Partnership;
import io.copyproof.config.RelationshipState;
import io.copyproof.config.RemoteCopy;
import io.copyproof.config.RemoteCopyType;
import io.copyproof.config.StorageSystem;
import io.copyproof.config.UpgradeStep;
import io.copyproof.config.Volume;
import io.copyproof.config.VolumeType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The derived topology of docs/semantics.md §1, computed once from a configuration and bounds:
 * indices of every element (file order), where each volume block lives ({@link #lunOf}/{@link #posOf}),
 * LUN sizes, writing hosts, consistency groups and the static predicates the events and invariants
 * use. Immutable after construction; everything the hot path reads is a primitive array.
 */
final class Topology {
    static final int MAX_INDEX = 255; // action arguments are 8-bit fields

    final Config config;
    final int W;
    final int B;
    final int K;
    final boolean stress;

    // hosts
    final int nHosts;
    final String[] hostId;
    final int[] writerOf;        // host -> writing-host index, or -1
    final int[] writerHost;      // writing-host index -> host
    final int[][] hostWrites;    // host -> volumes it writes (empty when not a writer)
    final int[][] hostMaps;      // host -> volumes it maps (reads)
    final boolean[] hostRestricted; // host lists its paths (not every node)
    final int[][][] hostPaths;   // host -> [i]: the nodes it has paths to in the I/O group of hostMaps[h][i]
    final boolean[] ioGroupRestricted; // I/O group -> a host with restricted paths maps a volume of it

    // systems, I/O groups, nodes
    final int nSystems;
    final String[] systemId;
    final int[][] systemNodes;
    final int[] stepOf;          // system -> index of its upgrade step, or -1
    final int[][] after;         // system -> systems it waits for
    final CodeLevel[] initialLevel;
    final CodeLevel targetLevel; // null without an upgrade
    final int nIoGroups;
    final String[] ioGroupName;  // "SYS/io_grp0"
    final int[][] ioGroupNodes;  // exactly two nodes
    final int[] ioGroupSystem;
    final int nNodes;
    final String[] nodeId;
    final int[] nodeSystem;
    final int[] nodeIoGroup;
    final int[] nodePartner;

    // backend
    final int nLuns;
    final String[] lunId;
    final String[] lunController;
    final int[] lunSize;
    final int[][] lunSlots;      // LUN -> volume blocks (v*B+b) in position order
    final int nMdisks;
    final String[] mdiskId;
    final int[] mdiskLun;
    final int[] mdiskPool;       // -1 when none
    final MDiskMode[] mdiskMode;
    final int nPools;
    final String[] poolId;
    final int[][] poolMdisks;

    // volumes
    final int nVolumes;
    final String[] volumeId;
    final int[] volumeSystem;
    final int[] volumeIoGroup;
    final int[] volumePool;
    final boolean[] volumeImage;
    final int[] volumeMdisk;     // image/sequential, else -1
    final boolean[] cachesWritesMode; // cache mode readwrite
    final boolean[] cachesReads;      // readwrite or readonly
    final boolean[] mapped;           // some host maps it
    final int[] lunOf;           // v*B+b -> LUN
    final int[] posOf;           // v*B+b -> position
    final boolean[] readExplored; // v*B+b: HostRead explored (lunOf is a copy target)
    final boolean[] cacheOpaque;  // v*B+b: has a cache entry and no backend copy reads or writes its LUN
    final int[][] masterRels;    // volume -> relationships it is the master of
    final int[][] carriers;      // volume -> other volumes its writes propagate to (§1 carriers), file order

    // volume mirroring (docs/semantics.md §7.2): copy 1 of a mirrored volume
    final boolean[] mirrored;    // volume -> it has two copies
    final int[] mirrorLunOf;     // v*B+b -> the LUN of copy 1's block, or -1
    final int[] mirrorPosOf;     // v*B+b -> its position there, or -1
    final int[] mirrorMdisk;     // volume -> copy 1's MDisk when copy 1 is image, else -1
    final int[] mirrorPool;      // volume -> copy 1's pool, or -1

    // backend copies
    final int nCopies;
    final String[] copyId;
    final int[] copySrc;
    final int[] copyTgt;
    final boolean[] copyPit;
    final boolean[] copySuspends;
    final boolean[] copyTargetHoldsSvcData;
    final boolean[] copySourceVirtualized; // source LUN has a managed or image MDisk
    final int[] copyLen;         // min(size(src), size(tgt))
    final int[][] lunSourceCopies; // LUN -> copies with that source
    final int[][] lunMdisks;       // LUN -> MDisks that present it (any system, any mode)
    final int[][] copyMembers;     // copy -> the copies taken with it when it is its group's first, else empty

    // FlashCopy
    final int nFlash;
    final String[] flashId;
    final int[] flashSrc;
    final int[] flashTgt;

    // partnerships
    final int nPartnerships;
    final String[] partnershipId;
    final int[] partA;
    final int[] partB;
    /** compatible[p][(committedA ? 2 : 0) | (committedB ? 1 : 0)] */
    final boolean[][] compatible;

    // relationships and groups
    final int nRels;
    final String[] relId;
    final int[] relMaster;
    final int[] relAux;
    final boolean[] relMetro;
    final int[] relInitial;      // RelationshipState ordinal
    final int[] relPartnership;  // -1: none (always connected)
    final int[] relGroup;
    final int[] relIndexInGroup;
    final int nGroups;
    final String[] groupName;
    final int[][] groupRels;
    final boolean[] groupGlobal; // has a Global Mirror relationship
    final int[] groupCapacity;   // queue capacity (0 without Global Mirror)
    final boolean[] relCycling;  // Global Mirror with change volumes (cyclingMode multi)
    final boolean[] groupCycling; // a group in cycling mode (its relationships all are, §8 bad input otherwise)

    // operator steps of the upgrade plan (RelationshipStop / RelationshipStart of a group)
    final int nOps;
    final String[] opId;
    final boolean[] opStop;      // stop, else start
    final int[] opGroup;         // the consistency group it stops or starts
    final int[][] opAfterSys;    // op -> systems whose upgrade it waits for
    final int[][] opAfterOps;    // op -> operator steps it waits for
    final int[][] sysAfterOps;   // system -> operator steps its upgrade waits for
    final int[] groupStopOp;     // group -> its stop step, or -1
    final int[] groupStartOp;    // group -> its start step, or -1

    // derived
    final int writers;
    final int nValues;           // 1 + writers*W

    // partial-order reduction (see StorageModel#ampleCandidate)
    final int[][] volumeWriters;   // volume -> writing-host indices
    final int[][] auxRels;         // volume -> relationships it is the aux of
    final int[][] flashTouching;   // volume -> FlashCopies with it as source or target
    final int[][] copiesTouching;  // volume -> backend copies whose source or target is a LUN it depends on
    final int[][] cachedVolumesOf; // I/O group -> volumes with cache mode readwrite
    final int[] destageOwner;      // volume -> writing-host component owning its Destages, or -1
    final int[][] ownedVolumes;    // writer -> volumes whose Destages it owns
    final boolean[] porWritable;   // writer -> its HostWrites may ever be ample (static part)

    // symmetry reduction: classes (of at least two) of interchangeable writing hosts
    final int[][] writerClasses;

    Topology(Config c, Bounds bounds) {
        this.config = c;
        this.W = bounds.writesPerHost();
        this.B = bounds.blocksPerVolume();
        this.K = bounds.snapshotsPerCopy();
        checkBounds(bounds);
        this.stress = c.workload().stress();
        // where each block lives, partner compatibility and consistency groups: the one definition in Derived
        Derived derived = Derived.of(c, B);
        Map<String, Integer> sysIx = ix(c.systems().stream().map(StorageSystem::id).toList());
        Map<String, Integer> lunIx = ix(c.luns().stream().map(l -> l.id()).toList());
        Map<String, Integer> poolIx = ix(c.pools().stream().map(p -> p.id()).toList());
        Map<String, Integer> mdIx = ix(c.mdisks().stream().map(MDisk::id).toList());
        Map<String, Integer> volIx = ix(c.volumes().stream().map(Volume::id).toList());

        // systems, I/O groups, nodes
        nSystems = c.systems().size();
        systemId = c.systems().stream().map(StorageSystem::id).toArray(String[]::new);
        initialLevel = c.systems().stream().map(StorageSystem::codeLevel).toArray(CodeLevel[]::new);
        Nodes nodes = Nodes.of(c);
        systemNodes = nodes.systemNodes();
        nIoGroups = nodes.ioGroupName().length;
        ioGroupName = nodes.ioGroupName();
        ioGroupNodes = nodes.ioGroupNodes();
        ioGroupSystem = nodes.ioGroupSystem();
        nNodes = nodes.nodeId().length;
        nodeId = nodes.nodeId();
        nodeSystem = nodes.nodeSystem();
        nodeIoGroup = nodes.nodeIoGroup();
        nodePartner = partners(ioGroupNodes, nNodes);
        Map<String, Integer> igIx = ix(List.of(ioGroupName));

        // the upgrade plan
        targetLevel = c.upgrade().map(u -> u.targetLevel()).orElse(null);
        stepOf = upgradeSteps(c, sysIx);
        after = upgradeAfter(c, sysIx);

        // backend: LUNs, MDisks, pools
        nLuns = c.luns().size();
        lunId = c.luns().stream().map(l -> l.id()).toArray(String[]::new);
        lunController = c.luns().stream().map(l -> l.controller()).toArray(String[]::new);
        nMdisks = c.mdisks().size();
        mdiskId = c.mdisks().stream().map(MDisk::id).toArray(String[]::new);
        mdiskLun = c.mdisks().stream().mapToInt(m -> lunIx.get(m.lun())).toArray();
        mdiskPool = c.mdisks().stream().mapToInt(m -> m.pool().map(poolIx::get).orElse(-1)).toArray();
        mdiskMode = c.mdisks().stream().map(MDisk::mode).toArray(MDiskMode[]::new);
        nPools = c.pools().size();
        poolId = c.pools().stream().map(p -> p.id()).toArray(String[]::new);
        poolMdisks = select(nPools, nMdisks, (p, m) -> mdiskPool[m] == p);

        // volumes, and where their blocks live
        nVolumes = c.volumes().size();
        List<Volume> vols = c.volumes();
        volumeId = vols.stream().map(Volume::id).toArray(String[]::new);
        volumeSystem = vols.stream().mapToInt(v -> sysIx.get(v.system())).toArray();
        volumeIoGroup = vols.stream().mapToInt(v -> igIx.get(v.system() + "/" + v.ioGroup())).toArray();
        volumePool = vols.stream().mapToInt(v -> poolIx.get(v.pool())).toArray();
        volumeImage = flags(vols, v -> v.type() == VolumeType.IMAGE);
        volumeMdisk = vols.stream().mapToInt(v -> v.type() == VolumeType.STRIPED ? -1
                : v.mdisk().map(mdIx::get).orElse(-1)).toArray();
        cachesWritesMode = flags(vols, v -> v.cache() == CacheMode.READWRITE);
        cachesReads = flags(vols, v -> v.cache() != CacheMode.NONE);
        lunOf = blockLuns(c, derived, lunIx);
        posOf = blockPositions(c, derived);
        lunSlots = c.luns().stream().map(l -> derived.slots(l.id()).stream()
                .mapToInt(blk -> volIx.get(blk.volume()) * B + blk.block()).toArray()).toArray(int[][]::new);
        lunSize = c.luns().stream().mapToInt(l -> derived.size(l.id())).toArray();
        mirrored = flags(vols, Volume::mirrored);
        mirrorLunOf = new int[nVolumes * B];
        mirrorPosOf = new int[nVolumes * B];
        mirrorMdisk = new int[nVolumes];
        mirrorPool = new int[nVolumes];
        for (int v = 0; v < nVolumes; v++) {
            Volume vol = vols.get(v);
            mirrorPool[v] = vol.mirror().map(m -> poolIx.get(m.pool())).orElse(-1);
            mirrorMdisk[v] = vol.mirror().filter(m -> m.type() == VolumeType.IMAGE)
                    .flatMap(m -> m.mdisk()).map(mdIx::get).orElse(-1);
            for (int b = 0; b < B; b++) {
                mirrorLunOf[v * B + b] = derived.mirrorLunOf(vol, b).map(lunIx::get).orElse(-1);
                mirrorPosOf[v * B + b] = derived.mirrorPosOf(vol.id(), b);
            }
        }

        // backend copies
        List<BackendCopy> copies = c.backendCopies();
        nCopies = copies.size();
        copyId = copies.stream().map(BackendCopy::id).toArray(String[]::new);
        copySrc = copies.stream().mapToInt(bc -> lunIx.get(bc.source())).toArray();
        copyTgt = copies.stream().mapToInt(bc -> lunIx.get(bc.target())).toArray();
        copyPit = flags(copies, bc -> bc.type() == CopyType.POINT_IN_TIME);
        copySuspends = flags(copies, BackendCopy::suspendsSource);
        copyTargetHoldsSvcData = flags(copies, bc -> derived.holdsSystemData(bc.target()));
        copyMembers = new int[copies.size()][];
        for (int k = 0; k < copies.size(); k++) {
            List<BackendCopy> with = derived.takenWith(copies.get(k));
            copyMembers[k] = with.get(0).equals(copies.get(k))
                    ? with.stream().mapToInt(copies::indexOf).toArray() : new int[0];
        }
        copySourceVirtualized = flags(copies, bc -> derived.isVirtualized(bc.source()));
        copyLen = new int[nCopies];
        for (int k = 0; k < nCopies; k++) {
            copyLen[k] = Math.min(lunSize[copySrc[k]], lunSize[copyTgt[k]]);
        }
        lunSourceCopies = select(nLuns, nCopies, (l, k) -> copySrc[k] == l);
        lunMdisks = select(nLuns, nMdisks, (l, m) -> mdiskLun[m] == l);
        readExplored = readExplored();
        cacheOpaque = cacheOpaque();

        // hosts
        nHosts = c.hosts().size();
        hostId = c.hosts().stream().map(Host::id).toArray(String[]::new);
        hostMaps = c.hosts().stream().map(h -> h.volumes().stream().mapToInt(volIx::get).toArray()).toArray(int[][]::new);
        mapped = mapped(hostMaps, nVolumes);
        hostRestricted = flags(c.hosts(), Host::restrictsPaths);
        hostPaths = hostPaths(c, derived, ix(List.of(nodeIdsQualified())));
        ioGroupRestricted = new boolean[nIoGroups];
        for (int h = 0; h < nHosts; h++) {
            for (int v : hostMaps[h]) {
                ioGroupRestricted[volumeIoGroup[v]] |= hostRestricted[h];
            }
        }
        writerOf = new int[nHosts];
        writerHost = writers(c, writerOf);
        hostWrites = new int[nHosts][];
        for (int h = 0; h < nHosts; h++) {
            hostWrites[h] = writerOf[h] >= 0 ? hostMaps[h] : new int[0];
        }
        writers = writerHost.length;
        nValues = 1 + writers * W;

        // FlashCopy
        nFlash = c.flashCopies().size();
        flashId = c.flashCopies().stream().map(FlashCopy::id).toArray(String[]::new);
        flashSrc = c.flashCopies().stream().mapToInt(f -> volIx.get(f.source())).toArray();
        flashTgt = c.flashCopies().stream().mapToInt(f -> volIx.get(f.target())).toArray();

        // partnerships
        nPartnerships = c.partnerships().size();
        partnershipId = c.partnerships().stream().map(Partnership::id).toArray(String[]::new);
        partA = c.partnerships().stream().mapToInt(p -> sysIx.get(p.systems().get(0))).toArray();
        partB = c.partnerships().stream().mapToInt(p -> sysIx.get(p.systems().get(1))).toArray();
        compatible = compatibility(derived);

        // relationships and consistency groups
        List<RemoteCopy> rels = c.remoteCopies();
        nRels = rels.size();
        relId = rels.stream().map(RemoteCopy::id).toArray(String[]::new);
        relMaster = rels.stream().mapToInt(rc -> volIx.get(rc.master())).toArray();
        relAux = rels.stream().mapToInt(rc -> volIx.get(rc.aux())).toArray();
        relMetro = flags(rels, rc -> rc.type() == RemoteCopyType.METRO);
        relInitial = rels.stream().mapToInt(rc -> rc.state().ordinal()).toArray();
        relPartnership = rels.stream().mapToInt(rc -> c.partnershipBetween(c.volume(rc.master()).system(),
                c.volume(rc.aux()).system()).map(x -> c.partnerships().indexOf(x)).orElse(-1)).toArray();
        Groups groups = Groups.of(derived, ix(List.of(relId)), nRels);
        nGroups = groups.groupName().length;
        groupName = groups.groupName();
        groupRels = groups.groupRels();
        relGroup = groups.relGroup();
        relIndexInGroup = groups.relIndexInGroup();
        groupGlobal = new boolean[nGroups];
        groupCapacity = new int[nGroups];
        relCycling = flags(rels, RemoteCopy::cycling);
        groupCycling = new boolean[nGroups];
        for (int g = 0; g < nGroups; g++) {
            groupCycling[g] = relCycling[groupRels[g][0]];
        }
        for (int g = 0; g < nGroups; g++) {
            for (int r : groupRels[g]) {
                groupGlobal[g] |= !relMetro[r];
            }
            groupCapacity[g] = groupGlobal[g] ? queueCapacity(g) : 0;
        }
        masterRels = select(nVolumes, nRels, (v, r) -> relMaster[r] == v);
        carriers = carriers();

        // operator steps
        Ops ops = Ops.of(c, sysIx, ix(List.of(groupName)));
        nOps = ops.opId().length;
        opId = ops.opId();
        opStop = ops.opStop();
        opGroup = ops.opGroup();
        opAfterSys = ops.opAfterSys();
        opAfterOps = ops.opAfterOps();
        sysAfterOps = ops.sysAfterOps();
        groupStopOp = new int[nGroups];
        groupStartOp = new int[nGroups];
        java.util.Arrays.fill(groupStopOp, -1);
        java.util.Arrays.fill(groupStartOp, -1);
        for (int k = 0; k < nOps; k++) {
            (opStop[k] ? groupStopOp : groupStartOp)[opGroup[k]] = k;
        }

        // partial-order reduction
        volumeWriters = volumeWriters();
        auxRels = select(nVolumes, nRels, (v, r) -> relAux[r] == v);
        flashTouching = select(nVolumes, nFlash, (v, f) -> flashSrc[f] == v || flashTgt[f] == v);
        copiesTouching = copiesTouching();
        cachedVolumesOf = select(nIoGroups, nVolumes, (g, v) -> volumeIoGroup[v] == g && cachesWritesMode[v]);
        destageOwner = destageOwners();
        ownedVolumes = select(writers, nVolumes, (w, v) -> destageOwner[v] == w);
        porWritable = porWritable();

        // symmetry reduction
        writerClasses = writerClasses();
        checkSize();
    }

    // ---- the steps of the constructor -----------------------------------------------------------------

    private static void checkBounds(Bounds bounds) {
        int w = bounds.writesPerHost();
        int b = bounds.blocksPerVolume();
        int k = bounds.snapshotsPerCopy();
        if (w < 0 || w > Bounds.MAX_WRITES_PER_HOST || b < 1 || b > Bounds.MAX_BLOCKS_PER_VOLUME
                || k < 0 || k > Bounds.MAX_SNAPSHOTS_PER_COPY) {
            throw new IllegalArgumentException("bounds out of range: " + bounds);
        }
    }

    /** The I/O groups ({@code SYS/io_grp0}) and nodes of every system, in file order. */
    private record Nodes(int[][] systemNodes, String[] ioGroupName, int[][] ioGroupNodes, int[] ioGroupSystem,
                         String[] nodeId, int[] nodeSystem, int[] nodeIoGroup) {
        static Nodes of(Config c) {
            List<String> igNames = new ArrayList<>();
            List<int[]> igNodes = new ArrayList<>();
            List<Integer> igSys = new ArrayList<>();
            List<String> nIds = new ArrayList<>();
            List<Integer> nSys = new ArrayList<>();
            List<Integer> nIg = new ArrayList<>();
            int[][] systemNodes = new int[c.systems().size()][];
            for (int s = 0; s < systemNodes.length; s++) {
                StorageSystem sys = c.systems().get(s);
                List<Integer> mine = new ArrayList<>();
                for (IoGroup g : sys.ioGroups()) {
                    int gi = igNames.size();
                    igNames.add(sys.id() + "/" + g.id());
                    igSys.add(s);
                    int[] two = new int[2];
                    for (int k = 0; k < 2; k++) {
                        two[k] = nIds.size();
                        mine.add(nIds.size());
                        nIds.add(g.nodes().get(k));
                        nSys.add(s);
                        nIg.add(gi);
                    }
                    igNodes.add(two);
                }
                systemNodes[s] = toInts(mine);
            }
            return new Nodes(systemNodes, igNames.toArray(String[]::new), igNodes.toArray(int[][]::new),
                    toInts(igSys), nIds.toArray(String[]::new), toInts(nSys), toInts(nIg));
        }
    }

    /** Each node's partner: the other node of its I/O group. */
    private static int[] partners(int[][] ioGroupNodes, int nNodes) {
        int[] partner = new int[nNodes];
        for (int[] two : ioGroupNodes) {
            partner[two[0]] = two[1];
            partner[two[1]] = two[0];
        }
        return partner;
    }

    /** System -> index of its upgrade step, or -1. */
    private static int[] upgradeSteps(Config c, Map<String, Integer> sysIx) {
        int[] stepOf = new int[c.systems().size()];
        java.util.Arrays.fill(stepOf, -1);
        List<UpgradeStep> steps = c.upgrade().map(u -> u.steps()).orElse(List.of());
        for (int i = 0; i < steps.size(); i++) {
            stepOf[sysIx.get(steps.get(i).system())] = i;
        }
        return stepOf;
    }

    /** System -> the systems its upgrade step waits for. */
    private static int[][] upgradeAfter(Config c, Map<String, Integer> sysIx) {
        int[][] after = new int[c.systems().size()][0];
        for (UpgradeStep step : c.upgrade().map(u -> u.steps()).orElse(List.of())) {
            after[sysIx.get(step.system())] = step.after().stream().filter(sysIx::containsKey).mapToInt(sysIx::get).toArray();
        }
        return after;
    }

    /** The operator steps of the plan, in file order, with what they wait for and what waits for them. */
    private record Ops(String[] opId, boolean[] opStop, int[] opGroup, int[][] opAfterSys, int[][] opAfterOps,
                       int[][] sysAfterOps) {
        static Ops of(Config c, Map<String, Integer> sysIx, Map<String, Integer> groupIx) {
            List<io.copyproof.config.OperatorStep> ops = c.upgrade().map(u -> u.operatorSteps()).orElse(List.of());
            Map<String, Integer> opIx = ix(ops.stream().map(io.copyproof.config.OperatorStep::id).toList());
            int n = ops.size();
            boolean[] stop = new boolean[n];
            int[] group = new int[n];
            int[][] afterSys = new int[n][];
            int[][] afterOps = new int[n][];
            for (int k = 0; k < n; k++) {
                io.copyproof.config.OperatorStep o = ops.get(k);
                stop[k] = o.stops();
                group[k] = groupIx.get(o.target());
                afterSys[k] = o.after().stream().filter(a -> !opIx.containsKey(a)).mapToInt(sysIx::get).toArray();
                afterOps[k] = o.after().stream().filter(opIx::containsKey).mapToInt(opIx::get).toArray();
            }
            int[][] sysOps = new int[c.systems().size()][0];
            for (UpgradeStep step : c.upgrade().map(u -> u.steps()).orElse(List.of())) {
                sysOps[sysIx.get(step.system())] = step.after().stream().filter(opIx::containsKey)
                        .mapToInt(opIx::get).toArray();
            }
            return new Ops(ops.stream().map(io.copyproof.config.OperatorStep::id).toArray(String[]::new), stop,
                    group, afterSys, afterOps, sysOps);
        }
    }

    /** Block {@code v*B+b} -> the LUN it lives on (Derived's placement). */
    private int[] blockLuns(Config c, Derived derived, Map<String, Integer> lunIx) {
        int[] out = new int[c.volumes().size() * B];
        for (int v = 0; v < c.volumes().size(); v++) {
            Volume vol = c.volumes().get(v);
            for (int b = 0; b < B; b++) {
                String lun = derived.lunOf(vol, b).orElseThrow(() ->
                        new IllegalArgumentException("striped volume " + vol.id() + " in a pool without MDisks"));
                out[v * B + b] = lunIx.get(lun);
            }
        }
        return out;
    }

    /** Block {@code v*B+b} -> its position on its LUN (Derived's placement). */
    private int[] blockPositions(Config c, Derived derived) {
        int[] out = new int[c.volumes().size() * B];
        for (int v = 0; v < c.volumes().size(); v++) {
            for (int b = 0; b < B; b++) {
                out[v * B + b] = derived.posOf(c.volumes().get(v).id(), b);
            }
        }
        return out;
    }

    /** Block -> HostRead is explored on it: its LUN is the target of a backend copy. */
    private boolean[] readExplored() {
        boolean[] out = new boolean[nVolumes * B];
        for (int vb = 0; vb < nVolumes * B; vb++) {
            for (int k = 0; k < nCopies; k++) {
                out[vb] |= copyTgt[k] == lunOf[vb] || copyTgt[k] == mirrorLunOf[vb];
            }
        }
        return out;
    }

    /**
     * Block -> its volume caches reads, has one copy, and no backend copy reads or writes its LUN (a
     * mirrored volume's blocks are never opaque: a destage writes two copies and may leave one stale).
     */
    private boolean[] cacheOpaque() {
        boolean[] out = new boolean[nVolumes * B];
        for (int vb = 0; vb < nVolumes * B; vb++) {
            boolean copied = false;
            for (int k = 0; k < nCopies; k++) {
                copied |= copySrc[k] == lunOf[vb] || copyTgt[k] == lunOf[vb];
            }
            out[vb] = cachesReads[vb / B] && !copied && !mirrored[vb / B];
        }
        return out;
    }

    /** Node names qualified by their system ({@code SYS/node}), node index order. */
    private String[] nodeIdsQualified() {
        String[] out = new String[nNodes];
        for (int n = 0; n < nNodes; n++) {
            out[n] = systemId[nodeSystem[n]] + "/" + nodeId[n];
        }
        return out;
    }

    /** Host -> [i]: the node indices of its paths into the I/O group of its i-th volume (Derived's definition). */
    private static int[][][] hostPaths(Config c, Derived derived, Map<String, Integer> nodeIx) {
        int[][][] out = new int[c.hosts().size()][][];
        for (int h = 0; h < out.length; h++) {
            Host host = c.hosts().get(h);
            out[h] = new int[host.volumes().size()][];
            for (int i = 0; i < out[h].length; i++) {
                Volume v = c.volume(host.volumes().get(i));
                out[h][i] = derived.pathNodes(host, v).stream().mapToInt(n -> nodeIx.get(v.system() + "/" + n)).toArray();
            }
        }
        return out;
    }

    /** Volume -> some host maps it. */
    private static boolean[] mapped(int[][] hostMaps, int nVolumes) {
        boolean[] out = new boolean[nVolumes];
        for (int[] maps : hostMaps) {
            for (int v : maps) {
                out[v] = true;
            }
        }
        return out;
    }

    /** The writing hosts in file order; fills {@code writerOf} (host -> writing-host index, or -1). */
    private static int[] writers(Config c, int[] writerOf) {
        List<Integer> ws = new ArrayList<>();
        for (int h = 0; h < writerOf.length; h++) {
            writerOf[h] = c.hosts().get(h).writes() ? ws.size() : -1;
            if (writerOf[h] >= 0) {
                ws.add(h);
            }
        }
        return toInts(ws);
    }

    /** compatible[p][(committedA ? 2 : 0) | (committedB ? 1 : 0)], by Derived's definition. */
    private boolean[][] compatibility(Derived derived) {
        boolean[][] out = new boolean[nPartnerships][4];
        for (int p = 0; p < nPartnerships; p++) {
            for (int combo = 0; combo < 4; combo++) {
                out[p][combo] = derived.compatible(level(partA[p], (combo & 2) != 0), level(partB[p], (combo & 1) != 0));
            }
        }
        return out;
    }

    /** The consistency groups (Derived's keys) as relationship indices; their names for reports. */
    private record Groups(String[] groupName, int[][] groupRels, int[] relGroup, int[] relIndexInGroup) {
        static Groups of(Derived derived, Map<String, Integer> relIx, int nRels) {
            List<List<RemoteCopy>> groups = List.copyOf(derived.consistencyGroups().values());
            String[] names = new String[groups.size()];
            int[][] rels = new int[groups.size()][];
            int[] relGroup = new int[nRels];
            int[] indexInGroup = new int[nRels];
            for (int g = 0; g < groups.size(); g++) {
                names[g] = Derived.groupName(groups.get(g).get(0));
                rels[g] = groups.get(g).stream().mapToInt(rc -> relIx.get(rc.id())).toArray();
                for (int i = 0; i < rels[g].length; i++) {
                    relGroup[rels[g][i]] = g;
                    indexInGroup[rels[g][i]] = i;
                }
            }
            return new Groups(names, rels, relGroup, indexInGroup);
        }
    }

    /**
     * The Global Mirror queue capacity of group {@code g}: every write to a master appends one entry
     * per Global Mirror relationship of the group it masters.
     */
    private int queueCapacity(int g) {
        int cap = 0;
        for (int h = 0; h < nHosts; h++) {
            int most = 0;
            for (int v : hostWrites[h]) {
                int n = 0;
                for (int r : groupRels[g]) {
                    if (!relMetro[r] && !relCycling[r] && relMaster[r] == v) {
                        n++;
                    }
                }
                most = Math.max(most, n);
            }
            cap += most * W;
        }
        return cap;
    }

    /** Volume -> the writing hosts that write it. */
    private int[][] volumeWriters() {
        int[][] out = new int[nVolumes][];
        for (int v = 0; v < nVolumes; v++) {
            List<Integer> ws = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                for (int x : hostWrites[writerHost[w]]) {
                    if (x == v) {
                        ws.add(w);
                    }
                }
            }
            out[v] = toInts(ws);
        }
        return out;
    }

    /**
     * Volume -> the volumes that carry its writes (docs/semantics.md §1, "Carriers"): the aux of each
     * relationship it is the master of and the target of each FlashCopy mapping it is the source of,
     * transitively, itself excluded; in file order.
     */
    private int[][] carriers() {
        int[][] out = new int[nVolumes][];
        for (int v = 0; v < nVolumes; v++) {
            boolean[] seen = new boolean[nVolumes];
            java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>(List.of(v));
            while (!todo.isEmpty()) {
                int x = todo.pop();
                for (int r = 0; r < nRels; r++) {
                    if (relMaster[r] == x && !seen[relAux[r]]) {
                        seen[relAux[r]] = true;
                        todo.push(relAux[r]);
                    }
                }
                for (int f = 0; f < nFlash; f++) {
                    if (flashSrc[f] == x && !seen[flashTgt[f]]) {
                        seen[flashTgt[f]] = true;
                        todo.push(flashTgt[f]);
                    }
                }
            }
            seen[v] = false;
            List<Integer> cs = new ArrayList<>();
            for (int u = 0; u < nVolumes; u++) {
                if (seen[u]) {
                    cs.add(u);
                }
            }
            out[v] = toInts(cs);
        }
        return out;
    }

    /** Volume -> the backend copies whose source or target is a LUN the volume depends on. */
    private int[][] copiesTouching() {
        int[][] out = new int[nVolumes][];
        for (int v = 0; v < nVolumes; v++) {
            java.util.Set<Integer> luns = new java.util.HashSet<>();
            for (int b = 0; b < B; b++) {
                luns.add(lunOf[v * B + b]);
            }
            if (volumeImage[v]) {
                if (volumeMdisk[v] >= 0) {
                    luns.add(mdiskLun[volumeMdisk[v]]);
                }
            } else {
                for (int md : poolMdisks[volumePool[v]]) {
                    luns.add(mdiskLun[md]);
                }
            }
            if (mirrored[v]) { // copy 1: its MDisk (image) or every MDisk of its pool
                for (int md : mirrorMdisk[v] >= 0 ? new int[] {mirrorMdisk[v]} : poolMdisks[mirrorPool[v]]) {
                    luns.add(mdiskLun[md]);
                }
            }
            List<Integer> cs = new ArrayList<>();
            for (int k = 0; k < nCopies; k++) {
                if (luns.contains(copySrc[k]) || luns.contains(copyTgt[k])) {
                    cs.add(k);
                }
            }
            out[v] = toInts(cs);
        }
        return out;
    }

    /**
     * Volume -> the writing host whose component owns its Destages, or -1: a read-caching volume
     * that is no FlashCopy target, written by one writing host only, directly or as the aux of
     * masters written by that same host only.
     */
    private int[] destageOwners() {
        int[] out = new int[nVolumes];
        for (int v = 0; v < nVolumes; v++) {
            out[v] = -1;
            if (!cachesReads[v]) {
                continue;
            }
            boolean fcTarget = false;
            for (int f : flashTouching[v]) {
                fcTarget |= flashTgt[f] == v;
            }
            if (fcTarget) {
                continue;
            }
            int owner = -2; // -2: none yet, -1: none possible
            if (volumeWriters[v].length == 1) {
                owner = volumeWriters[v][0];
            } else if (volumeWriters[v].length > 1) {
                owner = -1;
            }
            for (int r : auxRels[v]) {
                int[] mw = volumeWriters[relMaster[r]];
                if (mw.length > 1 || (mw.length == 1 && owner >= 0 && owner != mw[0])) {
                    owner = -1;
                } else if (mw.length == 1 && owner == -2) {
                    owner = mw[0];
                }
            }
            if (owner >= 0) {
                out[v] = owner;
            }
        }
        return out;
    }

    /** Writer -> its HostWrites may ever be ample (the static part of the condition). */
    private boolean[] porWritable() {
        boolean[] out = new boolean[writers];
        for (int w = 0; w < writers; w++) {
            boolean ok = !hostRestricted[writerHost[w]]; // its writes wait on node states
            for (int v : hostWrites[writerHost[w]]) {
                ok &= volumeWriters[v].length == 1 && auxRels[v].length == 0;
                for (int b = 0; b < B; b++) {
                    ok &= !readExplored[v * B + b];
                }
                for (int k : copiesTouching[v]) {
                    ok &= !copyTargetHoldsSvcData[k];
                }
            }
            out[w] = ok;
        }
        return out;
    }

    /**
     * Classes (of at least two) of interchangeable writing hosts: those that write (and so read)
     * exactly the same volumes. Swapping them renames write ids only, and no event or invariant
     * tells hosts apart otherwise.
     */
    private int[][] writerClasses() {
        Map<String, List<Integer>> classes = new LinkedHashMap<>();
        for (int w = 0; w < writers; w++) {
            int[] vs = hostMaps[writerHost[w]].clone();
            java.util.Arrays.sort(vs);
            classes.computeIfAbsent(java.util.Arrays.toString(vs), x -> new ArrayList<>()).add(w);
        }
        return classes.values().stream().filter(l -> l.size() > 1).map(Topology::toInts).toArray(int[][]::new);
    }

    /** Action arguments are 8-bit fields: at most {@link #MAX_INDEX} + 1 elements of one kind. */
    private void checkSize() {
        int maxIndex = Math.max(Math.max(nHosts, nVolumes), Math.max(nCopies, Math.max(nNodes, nRels)));
        maxIndex = Math.max(maxIndex, Math.max(Math.max(nPools, nFlash), Math.max(nSystems, Math.max(nGroups, nPartnerships))));
        if (maxIndex > MAX_INDEX) {
            throw new IllegalArgumentException("configuration too large for the explorer: more than "
                    + MAX_INDEX + " elements of one kind");
        }
    }

    /** A relation between a key index and an item index. */
    private interface Related {
        boolean test(int key, int item);
    }

    /** For each key {@code 0..nKeys-1}, the items {@code 0..nItems-1} related to it, ascending. */
    private static int[][] select(int nKeys, int nItems, Related related) {
        int[][] out = new int[nKeys][];
        for (int key = 0; key < nKeys; key++) {
            List<Integer> items = new ArrayList<>();
            for (int i = 0; i < nItems; i++) {
                if (related.test(key, i)) {
                    items.add(i);
                }
            }
            out[key] = toInts(items);
        }
        return out;
    }

    /** One flag per element, in list order. */
    private static <T> boolean[] flags(List<T> xs, java.util.function.Predicate<T> p) {
        boolean[] out = new boolean[xs.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = p.test(xs.get(i));
        }
        return out;
    }

    /** The code level of system {@code s}, before or after its commit. */
    CodeLevel level(int s, boolean committed) {
        return committed && targetLevel != null ? targetLevel : initialLevel[s];
    }

    /** The value encoding of write {@code j} (1-based) of writing host {@code w}. */
    int value(int w, int j) {
        return 1 + w * W + (j - 1);
    }

    /** The writing-host index of a non-zero value. */
    int writerOfValue(int x) {
        return (x - 1) / W;
    }

    /** The write number (1-based) of a non-zero value. */
    int writeOfValue(int x) {
        return (x - 1) % W + 1;
    }

    /** "x covers (w, j)": a later-or-equal write of the same host, or any write of another host [M]. */
    boolean covers(int x, int w, int j) {
        if (x == 0) {
            return false;
        }
        int xw = (x - 1) / W;
        return xw != w || (x - 1) % W + 1 >= j;
    }

    static RelationshipState state(int ordinal) {
        return RelationshipState.values()[ordinal];
    }

    /** Human rendering of a value. */
    String valueText(int x) {
        if (x == 0) {
            return "initial data";
        }
        return "write " + writeOfValue(x) + " of " + hostId[writerHost[writerOfValue(x)]];
    }

    private static Map<String, Integer> ix(List<String> ids) {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            m.putIfAbsent(ids.get(i), i);
        }
        return m;
    }

    private static int[] toInts(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }
}
