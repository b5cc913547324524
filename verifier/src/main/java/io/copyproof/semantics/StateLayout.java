package io.copyproof.semantics;

/**
 * Where each state variable of docs/semantics.md §2 lives in the packed {@code long[]} state.
 *
 * <p>Every variable is a bit field described by one {@code int} handle: {@code bitOffset << 6 | width}.
 * Fields never straddle a word, so a read is one shift and one mask and a write one masked or: no
 * allocation per state, all hot-path access goes through {@link #get} / {@link #set} on precomputed
 * {@code int[]} handle tables. Variables that can never change in a configuration get no bits, and
 * bits that are not in use are always zero, so equal states have equal words.
 */
final class StateLayout {
    static final int NONE = -1;

    // cache entry encoding: bit 0 present, bit 1 dirty, bits 2.. value
    static final int CACHE_PRESENT = 1;
    static final int CACHE_DIRTY = 2;

    // phases of a backend copy that suspends its source LUN (copyPhase)
    static final int COPY_IDLE = 0;
    /** The source LUN is suspended, the copy not yet taken. */
    static final int COPY_SUSPENDED_BEFORE = 1;
    /** The source LUN is suspended, the copy taken. */
    static final int COPY_SUSPENDED_AFTER = 2;

    // upgrade phases of a system with an upgrade step (phase)
    static final int UPGRADE_PENDING = 0;
    static final int UPGRADE_UPGRADING = 1;
    static final int UPGRADE_COMMITTED = 2;

    final int words;
    final int valueBits;

    final int[][] lun;          // [l][i]
    final int[] cache;          // [v*B+b], NONE when the volume never caches
    final int[] written;        // [writer]
    final int[][] wloc;         // [writer][j-1]  -> v*B+b
    final int[] timedOut;       // [v], NONE when a timeout is impossible
    final int[] faulted;        // [m], NONE when the MDisk cannot fault
    final int[] copyPhase;      // [c] COPY_IDLE, COPY_SUSPENDED_BEFORE, COPY_SUSPENDED_AFTER
    final int[] copyDone;       // [c]
    final int[] copiedSvcData;  // [c], NONE when the target holds no system data
    final int[] fcDone;         // [f]
    final int[] nodeDown;       // [n] 1 = down (so every node starts up with a zero bit)
    final int[] nodeUpgraded;   // [n]
    final int[] phase;          // [s] UPGRADE_PENDING, UPGRADE_UPGRADING, UPGRADE_COMMITTED; NONE without a step
    final int[] connected;      // [p]
    final int[] rcState;        // [r] RelationshipState ordinal
    final int[] queueLen;       // [g], NONE without Global Mirror
    final int[][] queue;        // [g][slot]: a queue entry, see queueEntry()
    final int[] queueRelShift;  // [g]
    final int queueBlockShift;
    final int pitIncomplete;
    final int pitDisordered;
    final int staleRead;
    final int[] lostSync;       // [r] ghost: left consistent_synchronized other than by an operator stop (RC-SYNC); NONE for idling
    final int[] opDone;         // [k] operator step k has run
    final int[] cycling;        // [g] 1 while a cycle of a cycling group is being copied; NONE otherwise
    final int[][] frozen;       // [r][b] the master image a cycle copies; NONE without cycling mode
    final int[] cycleDone;      // [g] cycles started so far (at most snapshotsPerCopy); NONE without cycling mode
    final int[][] stale;        // [v][copy] a mirrored volume's copy missed a write (out of sync, §7.2); NONE when it cannot

    private int bit;

    StateLayout(Topology t) {
        valueBits = bitsFor(t.nValues - 1);
        lun = new int[t.nLuns][];
        for (int l = 0; l < t.nLuns; l++) {
            lun[l] = new int[t.lunSize[l]];
            for (int i = 0; i < t.lunSize[l]; i++) {
                lun[l][i] = field(valueBits);
            }
        }
        cache = new int[t.nVolumes * t.B];
        for (int v = 0; v < t.nVolumes; v++) {
            for (int b = 0; b < t.B; b++) {
                cache[v * t.B + b] = t.cachesReads[v] ? field(2 + valueBits) : NONE;
            }
        }
        written = new int[t.writers];
        wloc = new int[t.writers][t.W];
        int vbBits = bitsFor(t.nVolumes * t.B - 1);
        for (int w = 0; w < t.writers; w++) {
            written[w] = field(bitsFor(t.W));
            for (int j = 0; j < t.W; j++) {
                wloc[w][j] = field(vbBits);
            }
        }
        timedOut = new int[t.nVolumes];
        for (int v = 0; v < t.nVolumes; v++) {
            boolean metroMaster = false;
            for (int r : t.masterRels[v]) {
                metroMaster |= t.relMetro[r];
            }
            timedOut[v] = t.stress && metroMaster ? field(1) : NONE;
        }
        faulted = new int[t.nMdisks];
        for (int m = 0; m < t.nMdisks; m++) {
            boolean canFault = false;
            for (int c = 0; c < t.nCopies; c++) {
                canFault |= t.copyTargetHoldsSvcData[c] && t.copyTgt[c] == t.mdiskLun[m]
                        && t.mdiskMode[m] == io.copyproof.config.MDiskMode.MANAGED && t.mdiskPool[m] >= 0;
            }
            faulted[m] = canFault ? field(1) : NONE;
        }
        copyPhase = new int[t.nCopies];
        copyDone = new int[t.nCopies];
        copiedSvcData = new int[t.nCopies];
        for (int c = 0; c < t.nCopies; c++) {
            copyPhase[c] = t.copySuspends[c] ? field(2) : NONE;
            copyDone[c] = field(bitsFor(t.K));
            copiedSvcData[c] = t.copyTargetHoldsSvcData[c] ? field(1) : NONE;
        }
        fcDone = new int[t.nFlash];
        for (int f = 0; f < t.nFlash; f++) {
            fcDone[f] = field(bitsFor(t.K));
        }
        nodeDown = new int[t.nNodes];
        nodeUpgraded = new int[t.nNodes];
        for (int n = 0; n < t.nNodes; n++) {
            boolean upgrades = t.stepOf[t.nodeSystem[n]] >= 0;
            nodeDown[n] = upgrades ? field(1) : NONE;
            nodeUpgraded[n] = upgrades ? field(1) : NONE;
        }
        phase = new int[t.nSystems];
        for (int s = 0; s < t.nSystems; s++) {
            phase[s] = t.stepOf[s] >= 0 ? field(2) : NONE;
        }
        connected = new int[t.nPartnerships];
        for (int p = 0; p < t.nPartnerships; p++) {
            connected[p] = field(1);
        }
        rcState = new int[t.nRels];
        for (int r = 0; r < t.nRels; r++) {
            rcState[r] = field(3);
        }
        queueLen = new int[t.nGroups];
        queue = new int[t.nGroups][];
        queueRelShift = new int[t.nGroups];
        int blockBits = bitsFor(t.B - 1);
        queueBlockShift = valueBits;
        for (int g = 0; g < t.nGroups; g++) {
            int cap = t.groupCapacity[g];
            if (cap == 0) {
                queueLen[g] = NONE;
                queue[g] = new int[0];
                continue;
            }
            queueLen[g] = field(bitsFor(cap));
            queueRelShift[g] = valueBits + blockBits;
            int entryBits = valueBits + blockBits + bitsFor(t.groupRels[g].length - 1);
            queue[g] = new int[cap];
            for (int i = 0; i < cap; i++) {
                queue[g][i] = field(entryBits);
            }
        }
        pitIncomplete = field(1);
        pitDisordered = field(1);
        staleRead = field(1);
        lostSync = new int[t.nRels];
        for (int r = 0; r < t.nRels; r++) {
            lostSync[r] = t.relInitial[r] == io.copyproof.config.RelationshipState.IDLING.ordinal() ? NONE : field(1);
        }
        opDone = new int[t.nOps];
        for (int k = 0; k < t.nOps; k++) {
            opDone[k] = field(1);
        }
        cycling = new int[t.nGroups];
        cycleDone = new int[t.nGroups];
        for (int g = 0; g < t.nGroups; g++) {
            cycling[g] = t.groupCycling[g] ? field(1) : NONE;
            cycleDone[g] = t.groupCycling[g] ? field(bitsFor(t.K)) : NONE;
        }
        frozen = new int[t.nRels][t.B];
        for (int r = 0; r < t.nRels; r++) {
            for (int b = 0; b < t.B; b++) {
                frozen[r][b] = t.relCycling[r] ? field(valueBits) : NONE;
            }
        }
        stale = new int[t.nVolumes][2];
        for (int v = 0; v < t.nVolumes; v++) {
            boolean canMiss = t.mirrored[v] && copyCanGoOffline(t, v);
            stale[v][0] = canMiss ? field(1) : NONE;
            stale[v][1] = canMiss ? field(1) : NONE;
        }
        words = Math.max(1, (bit + 63) >>> 6);
    }

    /**
     * A LUN of some block of either copy of volume {@code v} can go offline (a backend copy suspends it,
     * or an MDisk on it can fault), so a write can miss a copy. Called once the faulted fields exist.
     */
    private boolean copyCanGoOffline(Topology t, int v) {
        for (int b = 0; b < t.B; b++) {
            for (int l : new int[] {t.lunOf[v * t.B + b], t.mirrorLunOf[v * t.B + b]}) {
                if (l < 0) {
                    continue;
                }
                for (int c : t.lunSourceCopies[l]) {
                    if (t.copySuspends[c]) {
                        return true;
                    }
                }
                for (int m : t.lunMdisks[l]) {
                    if (faulted[m] != NONE) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private int field(int width) {
        if (width == 0) {
            width = 1;
        }
        if (width > 32) {
            throw new IllegalArgumentException("field too wide: " + width);
        }
        if ((bit & 63) + width > 64) {
            bit = (bit + 63) & ~63;
        }
        int handle = bit << 6 | width;
        bit += width;
        return handle;
    }

    static int bitsFor(int maxValue) {
        return maxValue <= 0 ? 1 : 32 - Integer.numberOfLeadingZeros(maxValue);
    }

    // ---- the Global Mirror queue entry: one codec ----------------------------------------------

    /** The queue entry of group {@code g}: value {@code x} for block {@code b} of its {@code relInGroup}-th relationship. */
    int queueEntry(int g, int relInGroup, int b, int x) {
        return relInGroup << queueRelShift[g] | b << queueBlockShift | x;
    }

    /** The index within its group of the relationship of a queue entry of group {@code g}. */
    int queueRel(int g, int e) {
        return e >>> queueRelShift[g];
    }

    /** The block of a queue entry of group {@code g}. */
    int queueBlock(int g, int e) {
        return (e >>> queueBlockShift) & ((1 << (queueRelShift[g] - queueBlockShift)) - 1);
    }

    /** The written value of a queue entry. */
    int queueValue(int e) {
        return e & ((1 << valueBits) - 1);
    }

    /** The entry {@code e} with its value replaced by {@code x}. */
    int queueWithValue(int e, int x) {
        return (e & ~((1 << valueBits) - 1)) | x;
    }

    /** Reads a field; a {@link #NONE} field reads 0. */
    static int get(long[] s, int f) {
        if (f < 0) {
            return 0;
        }
        int off = f >>> 6;
        return (int) ((s[off >>> 6] >>> (off & 63)) & ((1L << (f & 63)) - 1));
    }

    /** Writes a field; writing a {@link #NONE} field is a programming error. */
    static void set(long[] s, int f, int value) {
        int off = f >>> 6;
        long mask = ((1L << (f & 63)) - 1) << (off & 63);
        s[off >>> 6] = (s[off >>> 6] & ~mask) | (((long) value << (off & 63)) & mask);
    }

    /** Number of bits in use. */
    int bits() {
        return bit;
    }
}
