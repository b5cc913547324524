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
import java.util.Optional;

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
        if (W < 0 || W > Bounds.MAX_WRITES_PER_HOST || B < 1 || B > Bounds.MAX_BLOCKS_PER_VOLUME
                || K < 0 || K > Bounds.MAX_SNAPSHOTS_PER_COPY) {
            throw new IllegalArgumentException("bounds out of range: " + bounds);
        }
        this.stress = c.workload().stress();

        Map<String, Integer> sysIx = ix(c.systems().stream().map(StorageSystem::id).toList());
        Map<String, Integer> lunIx = ix(c.luns().stream().map(l -> l.id()).toList());
        Map<String, Integer> poolIx = ix(c.pools().stream().map(p -> p.id()).toList());
        Map<String, Integer> mdIx = ix(c.mdisks().stream().map(MDisk::id).toList());
        Map<String, Integer> volIx = ix(c.volumes().stream().map(Volume::id).toList());

        // systems, I/O groups, nodes
        nSystems = c.systems().size();
        systemId = c.systems().stream().map(StorageSystem::id).toArray(String[]::new);
        initialLevel = c.systems().stream().map(StorageSystem::codeLevel).toArray(CodeLevel[]::new);
        List<String> igNames = new ArrayList<>();
        List<int[]> igNodes = new ArrayList<>();
        List<Integer> igSys = new ArrayList<>();
        List<String> nIds = new ArrayList<>();
        List<Integer> nSys = new ArrayList<>();
        List<Integer> nIg = new ArrayList<>();
        Map<String, Integer> igIx = new HashMap<>();
        systemNodes = new int[nSystems][];
        for (int s = 0; s < nSystems; s++) {
            StorageSystem sys = c.systems().get(s);
            List<Integer> mine = new ArrayList<>();
            for (IoGroup g : sys.ioGroups()) {
                int gi = igNames.size();
                igIx.put(sys.id() + "/" + g.id(), gi);
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
        nIoGroups = igNames.size();
        ioGroupName = igNames.toArray(String[]::new);
        ioGroupNodes = igNodes.toArray(int[][]::new);
        ioGroupSystem = toInts(igSys);
        nNodes = nIds.size();
        nodeId = nIds.toArray(String[]::new);
        nodeSystem = toInts(nSys);
        nodeIoGroup = toInts(nIg);
        nodePartner = new int[nNodes];
        for (int[] two : ioGroupNodes) {
            nodePartner[two[0]] = two[1];
            nodePartner[two[1]] = two[0];
        }
        stepOf = new int[nSystems];
        after = new int[nSystems][0];
        java.util.Arrays.fill(stepOf, -1);
        targetLevel = c.upgrade().map(u -> u.targetLevel()).orElse(null);
        if (c.upgrade().isPresent()) {
            List<UpgradeStep> steps = c.upgrade().get().steps();
            for (int i = 0; i < steps.size(); i++) {
                int s = sysIx.get(steps.get(i).system());
                stepOf[s] = i;
                after[s] = steps.get(i).after().stream().mapToInt(sysIx::get).toArray();
            }
        }

        // backend
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
        poolMdisks = new int[nPools][];
        for (int p = 0; p < nPools; p++) {
            List<Integer> ms = new ArrayList<>();
            for (int m = 0; m < nMdisks; m++) {
                if (mdiskPool[m] == p) {
                    ms.add(m);
                }
            }
            poolMdisks[p] = toInts(ms);
        }

        // volumes and where their blocks live
        nVolumes = c.volumes().size();
        volumeId = c.volumes().stream().map(Volume::id).toArray(String[]::new);
        volumeSystem = new int[nVolumes];
        volumeIoGroup = new int[nVolumes];
        volumePool = new int[nVolumes];
        volumeImage = new boolean[nVolumes];
        volumeMdisk = new int[nVolumes];
        cachesWritesMode = new boolean[nVolumes];
        cachesReads = new boolean[nVolumes];
        mapped = new boolean[nVolumes];
        lunOf = new int[nVolumes * B];
        posOf = new int[nVolumes * B];
        // where each block lives, and its position on that LUN: the one definition in Derived
        Derived derived = Derived.of(c, B);
        for (int v = 0; v < nVolumes; v++) {
            Volume vol = c.volumes().get(v);
            volumeSystem[v] = sysIx.get(vol.system());
            volumeIoGroup[v] = igIx.get(vol.system() + "/" + vol.ioGroup());
            volumePool[v] = poolIx.get(vol.pool());
            volumeImage[v] = vol.type() == VolumeType.IMAGE;
            volumeMdisk[v] = vol.type() == VolumeType.STRIPED ? -1 : vol.mdisk().map(mdIx::get).orElse(-1);
            cachesWritesMode[v] = vol.cache() == CacheMode.READWRITE;
            cachesReads[v] = vol.cache() != CacheMode.NONE;
            for (int b = 0; b < B; b++) {
                String lun = derived.lunOf(vol, b).orElseThrow(() ->
                        new IllegalArgumentException("striped volume " + vol.id() + " in a pool without MDisks"));
                lunOf[v * B + b] = lunIx.get(lun);
                posOf[v * B + b] = derived.posOf(vol.id(), b);
            }
        }
        lunSlots = new int[nLuns][];
        for (int l = 0; l < nLuns; l++) {
            lunSlots[l] = derived.slots(c.luns().get(l).id()).stream()
                    .mapToInt(blk -> volIx.get(blk.volume()) * B + blk.block()).toArray();
        }

        // backend copies
        nCopies = c.backendCopies().size();
        copyId = new String[nCopies];
        copySrc = new int[nCopies];
        copyTgt = new int[nCopies];
        copyPit = new boolean[nCopies];
        copySuspends = new boolean[nCopies];
        copyTargetHoldsSvcData = new boolean[nCopies];
        copySourceVirtualized = new boolean[nCopies];
        copyLen = new int[nCopies];
        for (int k = 0; k < nCopies; k++) {
            BackendCopy bc = c.backendCopies().get(k);
            copyId[k] = bc.id();
            copySrc[k] = lunIx.get(bc.source());
            copyTgt[k] = lunIx.get(bc.target());
            copyPit[k] = bc.type() == CopyType.POINT_IN_TIME;
            copySuspends[k] = bc.suspendsSource();
        }
        lunSize = new int[nLuns];
        for (int l = 0; l < nLuns; l++) {
            lunSize[l] = derived.size(c.luns().get(l).id());
        }
        lunSourceCopies = new int[nLuns][];
        for (int l = 0; l < nLuns; l++) {
            List<Integer> cs = new ArrayList<>();
            for (int k = 0; k < nCopies; k++) {
                if (copySrc[k] == l) {
                    cs.add(k);
                }
            }
            lunSourceCopies[l] = toInts(cs);
        }

        // hosts
        nHosts = c.hosts().size();
        hostId = c.hosts().stream().map(Host::id).toArray(String[]::new);
        writerOf = new int[nHosts];
        hostWrites = new int[nHosts][];
        hostMaps = new int[nHosts][];
        List<Integer> ws = new ArrayList<>();
        for (int h = 0; h < nHosts; h++) {
            Host host = c.hosts().get(h);
            hostMaps[h] = host.volumes().stream().mapToInt(volIx::get).toArray();
            for (int v : hostMaps[h]) {
                mapped[v] = true;
            }
            if (host.writes()) {
                writerOf[h] = ws.size();
                ws.add(h);
                hostWrites[h] = hostMaps[h];
            } else {
                writerOf[h] = -1;
                hostWrites[h] = new int[0];
            }
        }
        writerHost = toInts(ws);
        writers = writerHost.length;
        nValues = 1 + writers * W;

        for (int k = 0; k < nCopies; k++) {
            BackendCopy bc = c.backendCopies().get(k);
            boolean svc = derived.holdsSystemData(bc.target());
            boolean virt = derived.isVirtualized(bc.source());
            copyTargetHoldsSvcData[k] = svc;
            copySourceVirtualized[k] = virt;
            copyLen[k] = Math.min(lunSize[copySrc[k]], lunSize[copyTgt[k]]);
        }
        readExplored = new boolean[nVolumes * B];
        for (int vb = 0; vb < nVolumes * B; vb++) {
            for (int k = 0; k < nCopies; k++) {
                if (copyTgt[k] == lunOf[vb]) {
                    readExplored[vb] = true;
                }
            }
        }

        cacheOpaque = new boolean[nVolumes * B];
        for (int vb = 0; vb < nVolumes * B; vb++) {
            boolean copied = false;
            for (int k = 0; k < nCopies; k++) {
                copied |= copySrc[k] == lunOf[vb] || copyTgt[k] == lunOf[vb];
            }
            cacheOpaque[vb] = cachesReads[vb / B] && !copied;
        }

        // FlashCopy
        nFlash = c.flashCopies().size();
        flashId = c.flashCopies().stream().map(FlashCopy::id).toArray(String[]::new);
        flashSrc = c.flashCopies().stream().mapToInt(f -> volIx.get(f.source())).toArray();
        flashTgt = c.flashCopies().stream().mapToInt(f -> volIx.get(f.target())).toArray();

        // partnerships
        nPartnerships = c.partnerships().size();
        partnershipId = c.partnerships().stream().map(Partnership::id).toArray(String[]::new);
        partA = new int[nPartnerships];
        partB = new int[nPartnerships];
        compatible = new boolean[nPartnerships][4];
        for (int p = 0; p < nPartnerships; p++) {
            Partnership ps = c.partnerships().get(p);
            partA[p] = sysIx.get(ps.systems().get(0));
            partB[p] = sysIx.get(ps.systems().get(1));
            for (int combo = 0; combo < 4; combo++) {
                CodeLevel la = level(partA[p], (combo & 2) != 0);
                CodeLevel lb = level(partB[p], (combo & 1) != 0);
                compatible[p][combo] = derived.compatible(la, lb);
            }
        }

        // relationships and consistency groups
        nRels = c.remoteCopies().size();
        relId = new String[nRels];
        relMaster = new int[nRels];
        relAux = new int[nRels];
        relMetro = new boolean[nRels];
        relInitial = new int[nRels];
        relPartnership = new int[nRels];
        relGroup = new int[nRels];
        relIndexInGroup = new int[nRels];
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        Map<String, String> groupNames = new HashMap<>();
        for (int r = 0; r < nRels; r++) {
            RemoteCopy rc = c.remoteCopies().get(r);
            relId[r] = rc.id();
            relMaster[r] = volIx.get(rc.master());
            relAux[r] = volIx.get(rc.aux());
            relMetro[r] = rc.type() == RemoteCopyType.METRO;
            relInitial[r] = rc.state().ordinal();
            Optional<Partnership> ps = c.partnershipBetween(c.volume(rc.master()).system(), c.volume(rc.aux()).system());
            relPartnership[r] = ps.map(x -> c.partnerships().indexOf(x)).orElse(-1);
            groups.computeIfAbsent(Derived.groupKey(rc), x -> new ArrayList<>()).add(r);
            groupNames.putIfAbsent(Derived.groupKey(rc), Derived.groupName(rc));
        }
        nGroups = groups.size();
        groupName = new String[nGroups];
        groupRels = new int[nGroups][];
        groupGlobal = new boolean[nGroups];
        groupCapacity = new int[nGroups];
        int g = 0;
        for (Map.Entry<String, List<Integer>> e : groups.entrySet()) {
            groupName[g] = groupNames.get(e.getKey());
            groupRels[g] = toInts(e.getValue());
            for (int i = 0; i < groupRels[g].length; i++) {
                int r = groupRels[g][i];
                relGroup[r] = g;
                relIndexInGroup[r] = i;
                if (!relMetro[r]) {
                    groupGlobal[g] = true;
                }
            }
            if (groupGlobal[g]) {
                // every write to a master appends one entry per Global Mirror relationship of the group it masters
                int cap = 0;
                for (int h = 0; h < nHosts; h++) {
                    int most = 0;
                    for (int v : hostWrites[h]) {
                        int n = 0;
                        for (int r : groupRels[g]) {
                            if (!relMetro[r] && relMaster[r] == v) {
                                n++;
                            }
                        }
                        most = Math.max(most, n);
                    }
                    cap += most * W;
                }
                groupCapacity[g] = cap;
            }
            g++;
        }
        masterRels = new int[nVolumes][];
        for (int v = 0; v < nVolumes; v++) {
            List<Integer> rs = new ArrayList<>();
            for (int r = 0; r < nRels; r++) {
                if (relMaster[r] == v) {
                    rs.add(r);
                }
            }
            masterRels[v] = toInts(rs);
        }

        volumeWriters = new int[nVolumes][];
        auxRels = new int[nVolumes][];
        flashTouching = new int[nVolumes][];
        copiesTouching = new int[nVolumes][];
        for (int v = 0; v < nVolumes; v++) {
            List<Integer> ws2 = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                for (int x : hostWrites[writerHost[w]]) {
                    if (x == v) {
                        ws2.add(w);
                    }
                }
            }
            volumeWriters[v] = toInts(ws2);
            List<Integer> ar = new ArrayList<>();
            for (int r = 0; r < nRels; r++) {
                if (relAux[r] == v) {
                    ar.add(r);
                }
            }
            auxRels[v] = toInts(ar);
            List<Integer> fs = new ArrayList<>();
            for (int f = 0; f < nFlash; f++) {
                if (flashSrc[f] == v || flashTgt[f] == v) {
                    fs.add(f);
                }
            }
            flashTouching[v] = toInts(fs);
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
            List<Integer> cs = new ArrayList<>();
            for (int k = 0; k < nCopies; k++) {
                if (luns.contains(copySrc[k]) || luns.contains(copyTgt[k])) {
                    cs.add(k);
                }
            }
            copiesTouching[v] = toInts(cs);
        }
        cachedVolumesOf = new int[nIoGroups][];
        for (int sy = 0; sy < nIoGroups; sy++) {
            List<Integer> vs = new ArrayList<>();
            for (int v = 0; v < nVolumes; v++) {
                if (volumeIoGroup[v] == sy && cachesWritesMode[v]) {
                    vs.add(v);
                }
            }
            cachedVolumesOf[sy] = toInts(vs);
        }
        destageOwner = new int[nVolumes];
        List<List<Integer>> owned = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            owned.add(new ArrayList<>());
        }
        for (int v = 0; v < nVolumes; v++) {
            destageOwner[v] = -1;
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
                destageOwner[v] = owner;
                owned.get(owner).add(v);
            }
        }
        ownedVolumes = new int[writers][];
        porWritable = new boolean[writers];
        for (int w = 0; w < writers; w++) {
            ownedVolumes[w] = toInts(owned.get(w));
            boolean ok = true;
            for (int v : hostWrites[writerHost[w]]) {
                ok &= volumeWriters[v].length == 1 && auxRels[v].length == 0;
                for (int b = 0; b < B; b++) {
                    ok &= !readExplored[v * B + b];
                }
                for (int k : copiesTouching[v]) {
                    ok &= !copyTargetHoldsSvcData[k];
                }
            }
            porWritable[w] = ok;
        }

        // writing hosts that write (and so read) exactly the same volumes are interchangeable: swapping
        // them renames write ids only, and no event or invariant tells hosts apart otherwise
        Map<String, List<Integer>> classes = new LinkedHashMap<>();
        for (int w = 0; w < writers; w++) {
            int[] vs = hostMaps[writerHost[w]].clone();
            java.util.Arrays.sort(vs);
            classes.computeIfAbsent(java.util.Arrays.toString(vs), x -> new ArrayList<>()).add(w);
        }
        writerClasses = classes.values().stream().filter(l -> l.size() > 1).map(Topology::toInts).toArray(int[][]::new);

        int maxIndex = Math.max(Math.max(nHosts, nVolumes), Math.max(nCopies, Math.max(nNodes, nRels)));
        maxIndex = Math.max(maxIndex, Math.max(Math.max(nPools, nFlash), Math.max(nSystems, Math.max(nGroups, nPartnerships))));
        if (maxIndex > MAX_INDEX) {
            throw new IllegalArgumentException("configuration too large for the explorer: more than "
                    + MAX_INDEX + " elements of one kind");
        }
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
