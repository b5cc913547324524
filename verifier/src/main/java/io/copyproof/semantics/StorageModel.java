package io.copyproof.semantics;

import io.copyproof.config.Bounds;
import io.copyproof.config.Config;
import io.copyproof.config.RelationshipState;
import io.copyproof.explorer.Invariant;
import io.copyproof.explorer.Model;
import io.copyproof.explorer.StateSink;
import io.copyproof.explorer.Successors;

import io.copyproof.explorer.StatePredicate;
import io.copyproof.vocabulary.Check;
import io.copyproof.vocabulary.Event;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.copyproof.semantics.StateLayout.get;
import static io.copyproof.semantics.StateLayout.set;

/**
 * The storage semantics of docs/semantics.md bound to the explorer: a validated configuration and
 * bounds compiled into a packed-state {@link Model} with the events of §3 and the 9 invariants
 * of §4 (each {@link Invariant} is named by its rule id).
 *
 * <p>An action is an {@code int}: the {@link Event}'s ordinal in bits 24..28 and up to three 8-bit
 * arguments (indices in file order, in the order of {@link Event#args()}), see {@link #event(int)}.
 * The invariants are the {@link Check}s this model implements ({@link #implementation}). The model is immutable and stateless, so
 * one instance serves every explorer thread; the hot path ({@link #successors}, the invariants)
 * reads and writes the state through shifts and masks on the {@code long[]} and precomputed
 * {@code int[]} tables, with no allocation per state.
 */
public final class StorageModel implements Model {

    private static final int CS = RelationshipState.CONSISTENT_SYNCHRONIZED.ordinal();
    private static final int CSTOP = RelationshipState.CONSISTENT_STOPPED.ordinal();
    private static final int IC = RelationshipState.INCONSISTENT_COPYING.ordinal();
    private static final int ISTOP = RelationshipState.INCONSISTENT_STOPPED.ordinal();
    private static final int CC = RelationshipState.CONSISTENT_COPYING.ordinal();

    private static final int PENDING = StateLayout.UPGRADE_PENDING;
    private static final int UPGRADING = StateLayout.UPGRADE_UPGRADING;
    private static final int COMMITTED = StateLayout.UPGRADE_COMMITTED;
    private static final int IDLE = StateLayout.COPY_IDLE;
    private static final int SUSPENDED_BEFORE = StateLayout.COPY_SUSPENDED_BEFORE;
    private static final int SUSPENDED_AFTER = StateLayout.COPY_SUSPENDED_AFTER;

    final Topology t;
    final StateLayout L;
    private final List<Invariant> invariants;

    /** Compiles {@code config} (valid, as {@code ConfigLoader} returns it) within {@code bounds}. */
    public StorageModel(Config config, Bounds bounds) {
        this.t = new Topology(config, bounds);
        this.L = new StateLayout(t);
        int words = L.words;
        int writers = t.writers;
        this.symScratch = ThreadLocal.withInitial(() -> new SymScratch(words, writers));
        int nOpaque = 0;
        for (boolean o : t.cacheOpaque) {
            nOpaque += o ? 1 : 0;
        }
        this.opaqueCache = new int[nOpaque];
        this.opaqueLun = new int[nOpaque];
        for (int vb = 0, k = 0; vb < t.cacheOpaque.length; vb++) {
            if (t.cacheOpaque[vb]) {
                opaqueCache[k] = L.cache[vb];
                opaqueLun[k++] = L.lun[t.lunOf[vb]][t.posOf[vb]];
            }
        }
        List<Invariant> inv = new ArrayList<>();
        for (Check c : Check.values()) {
            StatePredicate p = c.isInvariant() ? implementation(c) : null;
            if (p != null) {
                inv.add(Invariant.of(c.id(), p));
            }
        }
        this.invariants = List.copyOf(inv);
        this.secondaryBlock = secondaryBlocks();
        this.writeVisible = writeVisibility();
        this.staleReadIx = invariantIndex(STALE_READ);
        this.secondaryIx = invariantIndex(SECONDARY);
        this.volumeOnlineIx = invariantIndex(VOLUME_ONLINE);
    }

    /** Compiles {@code config} within its own bounds. */
    public StorageModel(Config config) {
        this(config, config.bounds());
    }

    // ---- actions ------------------------------------------------------------------------------

    static int action(Event e, int a, int b, int c) {
        return e.ordinal() << 24 | a << 16 | b << 8 | c;
    }

    static int kind(int action) {
        return action >>> 24;
    }

    /** The event of an action. */
    static Event event(int action) {
        return Event.ofOrdinal(action >>> 24);
    }

    static int arg0(int action) {
        return (action >>> 16) & 0xFF;
    }

    static int arg1(int action) {
        return (action >>> 8) & 0xFF;
    }

    static int arg2(int action) {
        return action & 0xFF;
    }

    /** The domain event name of an action: {@code HostWrite}, {@code Destage}, ... */
    public static String eventName(int action) {
        return event(action).wire();
    }

    /**
     * The successors of {@code from} by action name ({@link #actionName}), the first of each name,
     * in the order the model emits them: for replaying a trace given as event names (another
     * engine's, or a slice's on the whole model). Not for the search's hot path: it allocates.
     */
    public Map<String, long[]> successorsByName(long[] from) {
        Map<String, long[]> out = new java.util.LinkedHashMap<>();
        successors(from, new Successors() {
            long[] buf;

            @Override
            public long[] begin() {
                buf = from.clone();
                return buf;
            }

            @Override
            public void emit(int action) {
                out.putIfAbsent(actionName(action), buf.clone());
            }
        });
        return out;
    }

    @Override
    public String actionName(int a) {
        return eventName(a) + "(" + String.join(", ", new Narrator(this).args(a).values().stream()
                .map(String::valueOf).toList()) + ")";
    }

    /**
     * The state predicate of invariant {@code c} (true where it holds), or null for a check that is
     * static only. Exhaustive: a new {@link Check} does not compile until it is named here.
     */
    StatePredicate implementation(Check c) {
        return switch (c) {
            case CS_PIT_COMPLETE -> s -> get(s, L.pitIncomplete) == 0;
            case CS_PIT_ORDER -> s -> get(s, L.pitDisordered) == 0;
            case CS_STALE_READ -> s -> get(s, L.staleRead) == 0;
            case CS_TARGET_HOLDS_SVC_DATA -> this::noSvcDataCopied;
            case CS_MANAGED_LUN_SUSPENDED -> this::noManagedLunSuspended;
            case AV_VOLUME_ONLINE -> this::mappedVolumesOnline;
            case RC_SYNC -> this::relationshipsInSync;
            case RC_SECONDARY_CONSISTENT -> this::secondariesConsistent;
            case UP_COMPATIBLE_LEVELS -> this::levelsCompatible;
            case CS_UNSUPPORTED_CONTROLLER, CS_CACHE_ENABLED_SOURCE, UP_ONE_AT_A_TIME, UP_RELEASE_NOTES, CS_PIT_GROUP_ORDER -> null;
        };
    }

    /** The ids of the invariants this model checks: those it has an implementation of. */
    public List<String> checkedIds() {
        return invariants.stream().map(Invariant::name).toList();
    }

    @Override
    public String describe(long[] state) {
        StringBuilder sb = new StringBuilder();
        for (io.copyproof.result.StateValue v : new Narrator(this).state(state)) {
            if (sb.length() > 0) {
                sb.append("; ");
            }
            sb.append(v.actor()).append(' ').append(v.variable()).append('=').append(v.value());
        }
        return sb.toString();
    }

    // ---- Model --------------------------------------------------------------------------------

    @Override
    public int stateWords() {
        return L.words;
    }

    @Override
    public void initialStates(StateSink out) {
        out.accept(initialState());
    }

    /** The single initial state of §2. */
    long[] initialState() {
        long[] s = new long[L.words];
        for (int r = 0; r < t.nRels; r++) {
            set(s, L.rcState[r], t.relInitial[r]);
        }
        for (int p = 0; p < t.nPartnerships; p++) {
            set(s, L.connected[p], compatibleNow(s, p) ? 1 : 0);
        }
        return s;
    }

    @Override
    public List<Invariant> invariants() {
        return invariants;
    }

    /**
     * Every event of §3 that is enabled in {@code s}, one method per event (or per pair of events
     * that share a guard), in the order of §3.
     */
    @Override
    public void successors(long[] s, Successors out) {
        hostWrites(s, out);
        destages(s, out);
        hostReads(s, out);
        backendCopies(s, out);
        poolFaults(s, out);
        flashCopyStarts(s, out);
        upgradeStarts(s, out);
        nodeDownsAndUps(s, out);
        upgradeCommits(s, out);
        partnershipFaultsAndRestores(s, out);
        globalReplicates(s, out);
        relationshipsSynchronized(s, out);
        operatorSteps(s, out);
        cycleStarts(s, out);
        cycleCompletes(s, out);
    }

    /** 1. HostWrite: the next write of each writing host to each volume and block it writes. */
    private void hostWrites(long[] s, Successors out) {
        for (int h = 0; h < t.nHosts; h++) {
            int w = t.writerOf[h];
            if (w < 0 || get(s, L.written[w]) >= t.W) {
                continue;
            }
            for (int i = 0; i < t.hostWrites[h].length; i++) {
                int v = t.hostWrites[h][i];
                if (!volumeOnline(s, v) || !hostReaches(s, h, i)) {
                    continue;
                }
                boolean timesOut = writeTimesOut(s, v);
                for (int b = 0; b < t.B; b++) {
                    long[] n = out.begin();
                    if (timesOut) {
                        set(n, L.timedOut[v], 1);
                    } else {
                        write(s, n, w, v, b);
                    }
                    out.emit(action(Event.HOST_WRITE, h, v, b));
                }
            }
        }
    }

    /** The effects of writer {@code w}'s next write to block {@code b} of volume {@code v}, replication included. */
    private void write(long[] s, long[] n, int w, int v, int b) {
        int j = get(s, L.written[w]) + 1;
        int x = t.value(w, j);
        apply(n, v, b, x);
        set(n, L.written[w], j);
        set(n, L.wloc[w][j - 1], v * t.B + b);
        for (int r : t.masterRels[v]) {
            if (get(s, L.rcState[r]) != CS) {
                continue;
            }
            if (t.relMetro[r]) {
                if (volumeOnline(s, t.relAux[r])) {
                    apply(n, t.relAux[r], b, x);
                } else {
                    stopGroup(s, n, t.relGroup[r]); // the secondary cannot take the write (§3.1)
                }
            } else {
                enqueue(n, t.relGroup[r], t.relIndexInGroup[r], b, x);
            }
        }
    }

    /**
     * 2. Destage: every dirty cache entry whose LUN is online; for a mirrored volume, while the block's
     * LUN of either copy is online (it writes every copy that can take it, §7.2).
     */
    private void destages(long[] s, Successors out) {
        for (int v = 0; v < t.nVolumes; v++) {
            if (!t.cachesReads[v]) {
                continue;
            }
            for (int b = 0; b < t.B; b++) {
                int vb = v * t.B + b;
                int e = get(s, L.cache[vb]);
                if ((e & StateLayout.CACHE_DIRTY) != 0 && (lunOnline(s, t.lunOf[vb])
                        || t.mirrored[v] && lunOnline(s, t.mirrorLunOf[vb]))) {
                    long[] n = out.begin();
                    writeBlock(n, vb, e >>> 2);
                    set(n, L.cache[vb], e & ~StateLayout.CACHE_DIRTY);
                    out.emit(action(Event.DESTAGE, v, b, 0));
                }
            }
        }
    }

    /** 3. HostRead, only over backend copy targets, only through a read cache, only when it changes something. */
    private void hostReads(long[] s, Successors out) {
        for (int h = 0; h < t.nHosts; h++) {
            for (int i = 0; i < t.hostMaps[h].length; i++) {
                int v = t.hostMaps[h][i];
                if (!t.cachesReads[v] || !volumeOnline(s, v) || !hostReaches(s, h, i)) {
                    continue;
                }
                for (int b = 0; b < t.B; b++) {
                    int vb = v * t.B + b;
                    if (!t.readExplored[vb]) {
                        continue;
                    }
                    int e = get(s, L.cache[vb]);
                    int onLun = onDisk(s, vb);
                    if ((e & StateLayout.CACHE_PRESENT) == 0) {
                        long[] n = out.begin();
                        set(n, L.cache[vb], onLun << 2 | StateLayout.CACHE_PRESENT);
                        out.emit(action(Event.HOST_READ, h, v, b));
                    } else if ((e & StateLayout.CACHE_DIRTY) == 0 && (e >>> 2) != onLun
                            && get(s, L.staleRead) == 0) {
                        long[] n = out.begin();
                        set(n, L.staleRead, 1);
                        out.emit(action(Event.HOST_READ, h, v, b));
                    }
                }
            }
        }
    }

    /**
     * 4.-6. LunSuspend, BackendSnapshot / BackendReplicate and LunResume of each backend copy; the
     * copies of a backend consistency group are one copy to these events, named by the group's first
     * copy: every event applies to all of them at once (they share phase and trigger count).
     */
    private void backendCopies(long[] s, Successors out) {
        for (int c = 0; c < t.nCopies; c++) {
            int[] members = t.copyMembers[c];
            if (members.length == 0) {
                continue;
            }
            int ph = get(s, L.copyPhase[c]);
            int done = get(s, L.copyDone[c]);
            if (t.copySuspends[c] && ph == IDLE && done < t.K) {
                long[] n = out.begin();
                for (int m : members) {
                    set(n, L.copyPhase[m], SUSPENDED_BEFORE);
                }
                out.emit(action(Event.LUN_SUSPEND, c, 0, 0));
            }
            if (done < t.K && ph == (t.copySuspends[c] ? SUSPENDED_BEFORE : IDLE)) {
                long[] n = out.begin();
                backendGroupCopy(s, n, members);
                for (int m : members) {
                    set(n, L.copyDone[m], done + 1);
                    if (t.copySuspends[c]) {
                        set(n, L.copyPhase[m], SUSPENDED_AFTER);
                    }
                }
                out.emit(action(t.copyPit[c] ? Event.BACKEND_SNAPSHOT : Event.BACKEND_REPLICATE, c, 0, 0));
            }
            if (ph == SUSPENDED_AFTER) {
                long[] n = out.begin();
                for (int m : members) {
                    set(n, L.copyPhase[m], IDLE);
                }
                out.emit(action(Event.LUN_RESUME, c, 0, 0));
            }
        }
    }

    /** 7. PoolFault: a pool with a managed MDisk whose LUN a backend copy overwrote with system data. */
    private void poolFaults(long[] s, Successors out) {
        for (int p = 0; p < t.nPools; p++) {
            if (poolFaultable(s, p)) {
                long[] n = out.begin();
                for (int m : t.poolMdisks[p]) {
                    if (L.faulted[m] != StateLayout.NONE && onCopiedSvcTarget(s, m)) {
                        set(n, L.faulted[m], 1);
                    }
                }
                out.emit(action(Event.POOL_FAULT, p, 0, 0));
            }
        }
    }

    /** 8. FlashCopyStart: each mapping with triggers left copies its source's logical content. */
    private void flashCopyStarts(long[] s, Successors out) {
        for (int f = 0; f < t.nFlash; f++) {
            int done = get(s, L.fcDone[f]);
            if (done < t.K && volumeOnline(s, t.flashSrc[f]) && volumeOnline(s, t.flashTgt[f])) {
                long[] n = out.begin();
                for (int b = 0; b < t.B; b++) {
                    apply(n, t.flashTgt[f], b, logical(s, t.flashSrc[f], b));
                }
                set(n, L.fcDone[f], done + 1);
                out.emit(action(Event.FLASH_COPY_START, f, 0, 0));
            }
        }
    }

    /** 9. UpgradeStart: a pending system whose predecessors in the plan have committed. */
    private void upgradeStarts(long[] s, Successors out) {
        for (int sys = 0; sys < t.nSystems; sys++) {
            if (t.stepOf[sys] < 0 || get(s, L.phase[sys]) != PENDING) {
                continue;
            }
            boolean ready = true;
            for (int a : t.after[sys]) {
                ready &= get(s, L.phase[a]) == COMMITTED;
            }
            for (int k : t.sysAfterOps[sys]) {
                ready &= get(s, L.opDone[k]) == 1;
            }
            if (ready) {
                long[] n = out.begin();
                set(n, L.phase[sys], UPGRADING);
                out.emit(action(Event.UPGRADE_START, sys, 0, 0));
            }
        }
    }

    /** 10.-11. NodeDown (one node of an I/O group at a time, while its system upgrades) and NodeUp. */
    private void nodeDownsAndUps(long[] s, Successors out) {
        for (int nd = 0; nd < t.nNodes; nd++) {
            if (L.nodeDown[nd] == StateLayout.NONE) {
                continue;
            }
            boolean down = get(s, L.nodeDown[nd]) == 1;
            if (!down && get(s, L.phase[t.nodeSystem[nd]]) == UPGRADING && get(s, L.nodeUpgraded[nd]) == 0
                    && get(s, L.nodeDown[t.nodePartner[nd]]) == 0) {
                long[] n = out.begin();
                set(n, L.nodeDown[nd], 1);
                out.emit(action(Event.NODE_DOWN, nd, 0, 0));
            }
            if (down) {
                long[] n = out.begin();
                set(n, L.nodeDown[nd], 0);
                set(n, L.nodeUpgraded[nd], 1);
                out.emit(action(Event.NODE_UP, nd, 0, 0));
            }
        }
    }

    /** 12. UpgradeCommit: an upgrading system whose nodes are all up and upgraded. */
    private void upgradeCommits(long[] s, Successors out) {
        for (int sys = 0; sys < t.nSystems; sys++) {
            if (t.stepOf[sys] < 0 || get(s, L.phase[sys]) != UPGRADING) {
                continue;
            }
            boolean all = true;
            for (int nd : t.systemNodes[sys]) {
                all &= get(s, L.nodeDown[nd]) == 0 && get(s, L.nodeUpgraded[nd]) == 1;
            }
            if (all) {
                long[] n = out.begin();
                set(n, L.phase[sys], COMMITTED);
                out.emit(action(Event.UPGRADE_COMMIT, sys, 0, 0));
            }
        }
    }

    /** 13.-14. PartnershipFault (both systems upgrading, or levels incompatible) and PartnershipRestore. */
    private void partnershipFaultsAndRestores(long[] s, Successors out) {
        for (int p = 0; p < t.nPartnerships; p++) {
            boolean both = get(s, L.phase[t.partA[p]]) == UPGRADING && get(s, L.phase[t.partB[p]]) == UPGRADING;
            boolean compat = compatibleNow(s, p);
            if (get(s, L.connected[p]) == 1) {
                if (both || !compat) {
                    long[] n = out.begin();
                    set(n, L.connected[p], 0);
                    stopRelationships(s, n, p);
                    out.emit(action(Event.PARTNERSHIP_FAULT, p, 0, 0));
                }
            } else if (!both && compat) {
                long[] n = out.begin();
                set(n, L.connected[p], 1);
                out.emit(action(Event.PARTNERSHIP_RESTORE, p, 0, 0));
            }
        }
    }

    /** The relationships of partnership {@code p} stop: consistent ones consistent_stopped, copying ones inconsistent_stopped. */
    private void stopRelationships(long[] s, long[] n, int p) {
        for (int r = 0; r < t.nRels; r++) {
            if (t.relPartnership[r] == p) {
                int st = get(s, L.rcState[r]);
                if (st == CS || st == CC) {
                    leaveSync(n, r, CSTOP);
                } else if (st == IC) {
                    set(n, L.rcState[r], ISTOP);
                }
            }
        }
        abandonCycles(n, p);
    }

    /**
     * Relationship {@code r}, now consistent_synchronized, goes to {@code state} by anything but an
     * operator stop: the RC-SYNC ghost is set. Every event that takes a relationship out of
     * consistent_synchronized, other than RelationshipStop, writes its new state through here.
     */
    private void leaveSync(long[] n, int r, int state) {
        set(n, L.rcState[r], state);
        set(n, L.lostSync[r], 1);
    }

    /**
     * 17.-18. RelationshipStop / RelationshipStart: an operator step of the plan whose predecessors
     * have finished (systems committed, operator steps run). A stop takes every relationship of
     * its group out of a running state (consistent_synchronized to consistent_stopped,
     * inconsistent_copying to inconsistent_stopped) without loss of synchronization; a start needs
     * the group's partnerships connected and its Global Mirror queue drained, and restarts every
     * stopped relationship of the group as inconsistent_copying (it resynchronizes).
     */
    private void operatorSteps(long[] s, Successors out) {
        for (int k = 0; k < t.nOps; k++) {
            if (get(s, L.opDone[k]) == 1 || !operatorReady(s, k)) {
                continue;
            }
            int g = t.opGroup[k];
            if (t.opStop[k]) {
                long[] n = out.begin();
                for (int r : t.groupRels[g]) {
                    int st = get(s, L.rcState[r]);
                    set(n, L.rcState[r], st == CS || st == CC ? CSTOP : st == IC ? ISTOP : st);
                }
                abandonCycle(n, g);
                set(n, L.opDone[k], 1);
                out.emit(action(Event.RELATIONSHIP_STOP, g, 0, 0));
            } else if (groupConnected(s, g) && (L.queueLen[g] == StateLayout.NONE || get(s, L.queueLen[g]) == 0)) {
                long[] n = out.begin();
                for (int r : t.groupRels[g]) {
                    int st = get(s, L.rcState[r]);
                    set(n, L.rcState[r], st == CSTOP || st == ISTOP ? IC : st);
                }
                set(n, L.opDone[k], 1);
                out.emit(action(Event.RELATIONSHIP_START, g, 0, 0));
            }
        }
    }

    /** Every step operator step {@code k} waits for has finished. */
    private boolean operatorReady(long[] s, int k) {
        for (int a : t.opAfterSys[k]) {
            if (get(s, L.phase[a]) != COMMITTED) {
                return false;
            }
        }
        for (int a : t.opAfterOps[k]) {
            if (get(s, L.opDone[a]) != 1) {
                return false;
            }
        }
        return true;
    }

    /** 15. GlobalReplicate: the oldest queued write of a connected group reaches its aux volume. */
    private void globalReplicates(long[] s, Successors out) {
        for (int g = 0; g < t.nGroups; g++) {
            if (L.queueLen[g] == StateLayout.NONE) {
                continue;
            }
            int len = get(s, L.queueLen[g]);
            if (len == 0 || !groupConnected(s, g)) {
                continue;
            }
            int e = get(s, L.queue[g][0]);
            if (!volumeOnline(s, t.relAux[t.groupRels[g][L.queueRel(g, e)]])) {
                continue; // the entry stays queued while its secondary is offline (§3.15)
            }
            long[] n = out.begin();
            for (int i = 1; i < len; i++) {
                set(n, L.queue[g][i - 1], get(s, L.queue[g][i]));
            }
            set(n, L.queue[g][len - 1], 0);
            set(n, L.queueLen[g], len - 1);
            apply(n, t.relAux[t.groupRels[g][L.queueRel(g, e)]], L.queueBlock(g, e), L.queueValue(e));
            out.emit(action(Event.GLOBAL_REPLICATE, g, 0, 0));
        }
    }

    /**
     * 16. RelationshipSynchronized: the background copy of a connected inconsistent_copying
     * relationship completes, with every inconsistent_copying relationship of its consistency group
     * (a group changes state as one; each relationship of the group names the same step).
     */
    private void relationshipsSynchronized(long[] s, Successors out) {
        for (int r = 0; r < t.nRels; r++) {
            int g = t.relGroup[r];
            if (get(s, L.rcState[r]) == IC && groupConnected(s, g) && copyingOnline(s, g)) {
                long[] n = out.begin();
                for (int r2 : t.groupRels[g]) {
                    if (get(s, L.rcState[r2]) == IC) {
                        for (int b = 0; b < t.B; b++) {
                            apply(n, t.relAux[r2], b, logical(s, t.relMaster[r2], b));
                        }
                        set(n, L.rcState[r2], t.relCycling[r2] ? CC : CS);
                    }
                }
                out.emit(action(Event.RELATIONSHIP_SYNCHRONIZED, r, 0, 0));
            }
        }
    }

    /**
     * 17. CycleStart: a running group in cycling mode (Global Mirror with change volumes) freezes
     * its masters' content, the image the cycle copies (the master change volumes' FlashCopy);
     * at most {@code snapshotsPerCopy} cycles per group, like every other point-in-time trigger.
     */
    private void cycleStarts(long[] s, Successors out) {
        for (int g = 0; g < t.nGroups; g++) {
            if (!t.groupCycling[g] || get(s, L.cycling[g]) != 0 || get(s, L.cycleDone[g]) >= t.K
                    || !groupConnected(s, g) || get(s, L.rcState[t.groupRels[g][0]]) != CC) {
                continue;
            }
            long[] n = out.begin();
            set(n, L.cycleDone[g], get(s, L.cycleDone[g]) + 1);
            for (int r : t.groupRels[g]) {
                for (int b = 0; b < t.B; b++) {
                    set(n, L.frozen[r][b], logical(s, t.relMaster[r], b));
                }
            }
            set(n, L.cycling[g], 1);
            out.emit(action(Event.CYCLE_START, g, 0, 0));
        }
    }

    /** 18. CycleComplete: the frozen image of a connected cycling group reaches its aux volumes, all at once. */
    private void cycleCompletes(long[] s, Successors out) {
        for (int g = 0; g < t.nGroups; g++) {
            if (!t.groupCycling[g] || get(s, L.cycling[g]) == 0 || !groupConnected(s, g)) {
                continue;
            }
            long[] n = out.begin();
            for (int r : t.groupRels[g]) {
                for (int b = 0; b < t.B; b++) {
                    int x = get(s, L.frozen[r][b]);
                    if (x != logical(s, t.relAux[r], b)) { // a cycle copies the changed grains only
                        apply(n, t.relAux[r], b, x);
                    }
                    set(n, L.frozen[r][b], 0);
                }
            }
            set(n, L.cycling[g], 0);
            out.emit(action(Event.CYCLE_COMPLETE, g, 0, 0));
        }
    }

    /** A cycle in progress is abandoned when its partnership stops the group: the aux keeps the last complete image. */
    /** A cycle of group {@code g} in progress is abandoned: the aux keeps the last complete image (§9). */
    private void abandonCycle(long[] n, int g) {
        if (!t.groupCycling[g]) {
            return;
        }
        set(n, L.cycling[g], 0);
        for (int r : t.groupRels[g]) {
            for (int b = 0; b < t.B; b++) {
                set(n, L.frozen[r][b], 0);
            }
        }
    }

    private void abandonCycles(long[] n, int p) {
        for (int g = 0; g < t.nGroups; g++) {
            if (t.groupCycling[g] && t.relPartnership[t.groupRels[g][0]] == p) {
                set(n, L.cycling[g], 0);
                for (int r : t.groupRels[g]) {
                    for (int b = 0; b < t.B; b++) {
                        set(n, L.frozen[r][b], 0);
                    }
                }
            }
        }
    }

    // ---- effects ------------------------------------------------------------------------------

    /** Applying a write (§2): into the cache when the volume caches writes, else through to the LUN. */
    private void apply(long[] n, int v, int b, int x) {
        int vb = v * t.B + b;
        if (cachesWrites(n, v)) {
            set(n, L.cache[vb], x << 2 | StateLayout.CACHE_DIRTY | StateLayout.CACHE_PRESENT);
        } else {
            writeBlock(n, vb, x);
            if (L.cache[vb] != StateLayout.NONE) {
                set(n, L.cache[vb], 0);
            }
        }
    }

    /**
     * Writes value {@code x} of block {@code vb} to its LUN position (a write-through write, or a
     * destage). A mirrored volume (§7.2) writes each copy whose LUN for the block is online (copy 0
     * also when neither is); a copy that cannot take the write becomes stale (out of sync).
     */
    private void writeBlock(long[] n, int vb, int x) {
        if (!t.mirrored[vb / t.B]) {
            set(n, L.lun[t.lunOf[vb]][t.posOf[vb]], x);
            return;
        }
        int v = vb / t.B;
        boolean takes1 = lunOnline(n, t.mirrorLunOf[vb]);
        boolean takes0 = !takes1 || lunOnline(n, t.lunOf[vb]);
        if (takes0) {
            set(n, L.lun[t.lunOf[vb]][t.posOf[vb]], x);
        } else {
            set(n, L.stale[v][0], 1);
        }
        if (takes1) {
            set(n, L.lun[t.mirrorLunOf[vb]][t.mirrorPosOf[vb]], x);
        } else {
            set(n, L.stale[v][1], 1);
        }
    }

    /**
     * The relationships of group {@code g} stop because a secondary cannot take a write: consistent
     * ones become consistent_stopped, copying ones inconsistent_stopped (as on a partnership fault).
     */
    private void stopGroup(long[] s, long[] n, int g) {
        for (int r : t.groupRels[g]) {
            int st = get(s, L.rcState[r]);
            if (st == CS) {
                leaveSync(n, r, CSTOP);
            } else if (st == IC) {
                set(n, L.rcState[r], ISTOP); // not synchronized: no loss of synchronization
            }
        }
    }

    private void enqueue(long[] n, int g, int relInGroup, int b, int x) {
        int len = get(n, L.queueLen[g]);
        if (len >= L.queue[g].length) {
            throw new IllegalStateException("Global Mirror queue capacity exceeded in group " + t.groupName[g]);
        }
        set(n, L.queue[g][len], L.queueEntry(g, relInGroup, b, x));
        set(n, L.queueLen[g], len + 1);
    }

    /**
     * BackendSnapshot / BackendReplicate of the copies {@code members} taken together (one copy, or a
     * backend consistency group): the history flags on their contents T as one image (a write held by
     * any target orders the writes every target must hold), then each target := its T.
     */
    private void backendGroupCopy(long[] s, long[] n, int[] members) {
        boolean incomplete = false;
        boolean disordered = false;
        for (int w = 0; w < t.writers; w++) {
            int done = get(s, L.written[w]);
            int maxK = 0;
            for (int c : members) {
                int[] srcF = L.lun[t.copySrc[c]];
                for (int i = 0; i < t.copyLen[c]; i++) {
                    int x = get(s, srcF[i]);
                    if (x != 0 && t.writerOfValue(x) == w) {
                        maxK = Math.max(maxK, t.writeOfValue(x));
                    }
                }
            }
            for (int j = 1; j <= done; j++) {
                int vb = get(s, L.wloc[w][j - 1]);
                for (int c : members) {
                    if (missedOnSource(s, t.copySrc[c], L.lun[t.copySrc[c]], vb, w, j)) {
                        incomplete |= t.copyPit[c];
                        disordered |= j < maxK;
                    }
                }
            }
        }
        if (incomplete) {
            set(n, L.pitIncomplete, 1);
        }
        if (disordered) {
            set(n, L.pitDisordered, 1);
        }
        for (int c : members) {
            if (t.copyTargetHoldsSvcData[c]) {
                set(n, L.copiedSvcData[c], 1);
            }
            int src = t.copySrc[c];
            int tgt = t.copyTgt[c];
            if (src != tgt) {
                int[] srcF = L.lun[src];
                int[] tgtF = L.lun[tgt];
                for (int i = 0; i < t.copyLen[c]; i++) {
                    set(n, tgtF[i], get(s, srcF[i]));
                }
            }
        }
    }

    /**
     * True when write {@code j} of writer {@code w}, which went to volume block {@code vb}, reached
     * a block on LUN {@code src} that the copy's content {@code T} (the LUN now) misses (§3.5): its
     * own block, or the same block of a carrier volume (a Metro/Global Mirror aux, a FlashCopy
     * target) whose logical content covers the write (it has reached that volume).
     */
    private boolean missedOnSource(long[] s, int src, int[] srcF, int vb, int w, int j) {
        if (missedOnCopies(s, src, srcF, vb, w, j)) {
            return true;
        }
        int b = vb % t.B;
        for (int v2 : t.carriers[vb / t.B]) {
            int vb2 = v2 * t.B + b;
            if ((t.lunOf[vb2] == src || t.mirrorLunOf[vb2] == src) && t.covers(logical(s, v2, b), w, j)
                    && missedOnCopies(s, src, srcF, vb2, w, j)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A position of block {@code vb} on LUN {@code src} does not cover write {@code j} of writer
     * {@code w}: copy 0's, or a mirrored volume's copy 1's (judged alike, §7.2).
     */
    private boolean missedOnCopies(long[] s, int src, int[] srcF, int vb, int w, int j) {
        return t.lunOf[vb] == src && !t.covers(get(s, srcF[t.posOf[vb]]), w, j)
                || t.mirrorLunOf[vb] == src && !t.covers(get(s, srcF[t.mirrorPosOf[vb]]), w, j);
    }

    // ---- derived predicates (§1) --------------------------------------------------------------

    boolean nodeUp(long[] s, int nd) {
        return get(s, L.nodeDown[nd]) == 0;
    }

    boolean ioGroupOnline(long[] s, int g) {
        return nodeUp(s, t.ioGroupNodes[g][0]) || nodeUp(s, t.ioGroupNodes[g][1]);
    }

    boolean ioGroupCached(long[] s, int g) {
        return nodeUp(s, t.ioGroupNodes[g][0]) && nodeUp(s, t.ioGroupNodes[g][1]);
    }

    boolean cachesWrites(long[] s, int v) {
        return t.cachesWritesMode[v] && ioGroupCached(s, t.volumeIoGroup[v]);
    }

    boolean lunSuspended(long[] s, int l) {
        for (int c : t.lunSourceCopies[l]) {
            if (get(s, L.copyPhase[c]) != IDLE) {
                return true;
            }
        }
        return false;
    }

    /** A LUN is online to the systems: no backend copy suspends it and no MDisk on it is faulted. */
    boolean lunOnline(long[] s, int l) {
        if (lunSuspended(s, l)) {
            return false;
        }
        for (int m : t.lunMdisks[l]) {
            if (get(s, L.faulted[m]) != 0) {
                return false;
            }
        }
        return true;
    }

    boolean mdiskOnline(long[] s, int m) {
        return get(s, L.faulted[m]) == 0 && !lunSuspended(s, t.mdiskLun[m]);
    }

    boolean poolOnline(long[] s, int p) {
        for (int m : t.poolMdisks[p]) {
            if (!mdiskOnline(s, m)) {
                return false;
            }
        }
        return true;
    }

    boolean volumeOnline(long[] s, int v) {
        if (get(s, L.timedOut[v]) != 0 || !ioGroupOnline(s, t.volumeIoGroup[v])) {
            return false;
        }
        return copyUsable(s, v, 0) || t.mirrored[v] && copyUsable(s, v, 1);
    }

    /** Copy {@code copy} (0, or 1 of a mirrored volume) is online: its MDisk (image) or its pool (§1). */
    boolean copyOnline(long[] s, int v, int copy) {
        if (copy == 0) {
            return t.volumeImage[v] ? t.volumeMdisk[v] < 0 || mdiskOnline(s, t.volumeMdisk[v])
                    : poolOnline(s, t.volumePool[v]);
        }
        return t.mirrorMdisk[v] >= 0 ? mdiskOnline(s, t.mirrorMdisk[v]) : poolOnline(s, t.mirrorPool[v]);
    }

    /** The copy is online and in sync (it missed no write): the system may read it (§7.2). */
    boolean copyUsable(long[] s, int v, int copy) {
        return get(s, L.stale[v][copy]) == 0 && copyOnline(s, v, copy);
    }

    /** Reads and logical() use copy 1: a mirrored volume whose copy 0 is not usable and copy 1 is. */
    boolean readsCopy1(long[] s, int v) {
        return t.mirrored[v] && !copyUsable(s, v, 0) && copyUsable(s, v, 1);
    }

    /** The value of block {@code vb} on the LUN position reads use: copy 0's, or copy 1's ({@link #readsCopy1}). */
    int onDisk(long[] s, int vb) {
        return readsCopy1(s, vb / t.B) ? get(s, L.lun[t.mirrorLunOf[vb]][t.mirrorPosOf[vb]])
                : get(s, L.lun[t.lunOf[vb]][t.posOf[vb]]);
    }

    /**
     * Host {@code h} has a path to the I/O group of its {@code i}-th volume: always for a multipathing
     * host (the volume's own online predicate needs a node of its I/O group up); for a host that
     * lists its paths, one of the nodes it lists in that I/O group is up.
     */
    boolean hostReaches(long[] s, int h, int i) {
        if (!t.hostRestricted[h]) {
            return true;
        }
        for (int nd : t.hostPaths[h][i]) {
            if (nodeUp(s, nd)) {
                return true;
            }
        }
        return false;
    }

    /** Every host with listed paths reaches every volume it maps (part of AV-VOLUME-ONLINE). */
    boolean hostsReachVolumes(long[] s) {
        for (int h = 0; h < t.nHosts; h++) {
            for (int i = 0; t.hostRestricted[h] && i < t.hostMaps[h].length; i++) {
                if (!hostReaches(s, h, i)) {
                    return false;
                }
            }
        }
        return true;
    }

    int logical(long[] s, int v, int b) {
        int vb = v * t.B + b;
        int e = get(s, L.cache[vb]);
        if ((e & StateLayout.CACHE_PRESENT) != 0) {
            return e >>> 2;
        }
        return onDisk(s, vb);
    }

    boolean committed(long[] s, int sys) {
        return get(s, L.phase[sys]) == COMMITTED;
    }

    boolean compatibleNow(long[] s, int p) {
        return t.compatible[p][(committed(s, t.partA[p]) ? 2 : 0) | (committed(s, t.partB[p]) ? 1 : 0)];
    }

    boolean connected(long[] s, int p) {
        return p < 0 || get(s, L.connected[p]) == 1;
    }

    /** The master and aux volumes of every inconsistent_copying relationship of group {@code g} are online (§3.16). */
    private boolean copyingOnline(long[] s, int g) {
        for (int r : t.groupRels[g]) {
            if (get(s, L.rcState[r]) == IC && !(volumeOnline(s, t.relMaster[r]) && volumeOnline(s, t.relAux[r]))) {
                return false;
            }
        }
        return true;
    }

    private boolean groupConnected(long[] s, int g) {
        for (int r : t.groupRels[g]) {
            if (!connected(s, t.relPartnership[r])) {
                return false;
            }
        }
        return true;
    }

    private boolean systemHasNodeDown(long[] s, int sys) {
        for (int nd : t.systemNodes[sys]) {
            if (!nodeUp(s, nd)) {
                return true;
            }
        }
        return false;
    }

    /** The stress timeout of HostWrite [M]. */
    boolean writeTimesOut(long[] s, int v) {
        if (!t.stress) {
            return false;
        }
        for (int r : t.masterRels[v]) {
            int p = t.relPartnership[r];
            if (t.relMetro[r] && p >= 0 && get(s, L.rcState[r]) == CS && connected(s, p)
                    && systemHasNodeDown(s, t.partA[p]) && systemHasNodeDown(s, t.partB[p])) {
                return true;
            }
        }
        return false;
    }

    private boolean onCopiedSvcTarget(long[] s, int m) {
        if (get(s, L.faulted[m]) != 0 || t.mdiskMode[m] != io.copyproof.config.MDiskMode.MANAGED) {
            return false;
        }
        for (int c = 0; c < t.nCopies; c++) {
            if (t.copyTgt[c] == t.mdiskLun[m] && get(s, L.copiedSvcData[c]) == 1) {
                return true;
            }
        }
        return false;
    }

    private boolean poolFaultable(long[] s, int p) {
        for (int m : t.poolMdisks[p]) {
            if (L.faulted[m] != StateLayout.NONE && onCopiedSvcTarget(s, m)) {
                return true;
            }
        }
        return false;
    }

    // ---- invariants (§4) ----------------------------------------------------------------------

    private boolean noSvcDataCopied(long[] s) {
        for (int c = 0; c < t.nCopies; c++) {
            if (get(s, L.copiedSvcData[c]) != 0) {
                return false;
            }
        }
        return true;
    }

    private boolean noManagedLunSuspended(long[] s) {
        for (int c = 0; c < t.nCopies; c++) {
            if (t.copySourceVirtualized[c] && get(s, L.copyPhase[c]) != IDLE) {
                return false;
            }
        }
        return true;
    }

    private boolean mappedVolumesOnline(long[] s) {
        for (int v = 0; v < t.nVolumes; v++) {
            if (t.mapped[v] && !volumeOnline(s, v)) {
                return false;
            }
        }
        return hostsReachVolumes(s);
    }

    private boolean relationshipsInSync(long[] s) {
        for (int r = 0; r < t.nRels; r++) {
            if (get(s, L.lostSync[r]) == 1) {
                return false;
            }
        }
        return true;
    }

    private boolean secondariesConsistent(long[] s) {
        for (int g = 0; g < t.nGroups; g++) {
            boolean checked = false;
            for (int r : t.groupRels[g]) {
                int st = get(s, L.rcState[r]);
                checked |= st == CS || st == CSTOP || st == CC;
            }
            if (checked && !groupPrefix(s, g)) {
                return false;
            }
        }
        return true;
    }

    /** True when the aux content of group {@code g} is a prefix of its masters' writes (§4). */
    boolean groupPrefix(long[] s, int g) {
        final int B = t.B;
        for (int r : t.groupRels[g]) {
            for (int b = 0; b < B; b++) {
                int x = logical(s, t.relAux[r], b);
                if (x == 0) {
                    continue;
                }
                int w = t.writerOfValue(x);
                int k = t.writeOfValue(x);
                if (k > get(s, L.written[w]) || get(s, L.wloc[w][k - 1]) != t.relMaster[r] * B + b) {
                    return false;
                }
                for (int j = 1; j < k; j++) {
                    if (!earlierOnAux(s, g, w, j)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /**
     * Write {@code j} of writer {@code w} is covered on the aux of every relationship whose master
     * it went to and that is judged with group {@code g}: a relationship of {@code g}, or of any
     * group in a consistent state (dependent writes across consistency groups, §4).
     */
    private boolean earlierOnAux(long[] s, int g, int w, int j) {
        final int B = t.B;
        int vb = get(s, L.wloc[w][j - 1]);
        int mv = vb / B;
        for (int r2 : t.masterRels[mv]) {
            int st = get(s, L.rcState[r2]);
            boolean judged = t.relGroup[r2] == g || st == CS || st == CSTOP || st == CC;
            if (judged && !t.covers(logical(s, t.relAux[r2], vb % B), w, j)) {
                return false;
            }
        }
        return true;
    }

    private boolean levelsCompatible(long[] s) {
        for (int p = 0; p < t.nPartnerships; p++) {
            if (!compatibleNow(s, p) && !operatorStopped(s, p)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Every relationship of partnership {@code p} (it has some) is stopped by an operator step of
     * the plan that has run, and not yet restarted: incompatible levels then stop nothing running.
     */
    private boolean operatorStopped(long[] s, int p) {
        boolean any = false;
        for (int r = 0; r < t.nRels; r++) {
            if (t.relPartnership[r] != p) {
                continue;
            }
            int g = t.relGroup[r];
            int stop = t.groupStopOp[g];
            int start = t.groupStartOp[g];
            if (stop < 0 || get(s, L.opDone[stop]) == 0 || start >= 0 && get(s, L.opDone[start]) == 1) {
                return false;
            }
            any = true;
        }
        return any;
    }

    // ---- partial-order reduction ----------------------------------------------------------------
    //
    // Components: one per writing host (its HostWrites and the Destages of the volumes it owns: the
    // volumes only it writes, and the aux volumes whose masters only it writes), then one per I/O
    // group (its nodes' NodeDown and NodeUp). Every other action belongs to no component.
    // ampleCandidate says when all enabled actions of a component are independent of every action
    // other components can take from here on; visible() declares, per invariant, which actions can
    // change what it reads (the explorer never explores a visible action alone while its invariant
    // is open). The arguments:
    //  - Destage never changes logical(v,b): it moves the cached value to the block's LUN position.
    //    It depends only on writes to the same block and on backend copies reading or writing its
    //    LUN. Visible only to RC-SECONDARY-CONSISTENT, and only where another volume's block that is
    //    an aux of a relationship shares that LUN position (its logical value would change).
    //  - A HostWrite to a volume no other host writes, that is no aux, no FlashCopy source or target
    //    with triggers left, no block of which is read through a copy target, whose relationships
    //    neither replicate (consistent_synchronized) nor can start to (inconsistent_copying), whose
    //    I/O group cannot change (no upgrade step or committed, when it caches writes), and whose LUNs
    //    no backend copy can still suspend, copy or fault, changes only that host's variables and that
    //    volume's blocks: independent of the rest. The flags of CS-PIT-*, CS-STALE-READ and
    //    CS-TARGET-HOLDS-SVC-DATA are set only by backend copies and HostRead; a HostWrite is visible
    //    to AV-VOLUME-ONLINE when it can time out (stress, Metro Mirror master) and to
    //    RC-SECONDARY-CONSISTENT when it can write an aux block (the volume is an aux or a Metro
    //    Mirror master, or shares a LUN position with an aux block); appending a write never changes
    //    the prefix check of values already on an aux (written only grows, wloc entries are final).
    //  - Destage is enabled only while its LUN is online (§3.2): a LunSuspend or PoolFault can disable
    //    it, so a component's volumes must have their copies settled with no pool fault pending
    //    (copiesSettled, faultPending) before its actions are ample. A HostWrite to a Metro Mirror
    //    master can stop its group when the secondary is offline: visible to RC-SYNC (such a write is
    //    never ample anyway: its relationship replicates).
    //  - NodeDown/NodeUp keep one node of each I/O group online, so no invariant sees them; they only
    //    change how later writes to cached volumes of their I/O group are applied, so they are ample
    //    once no such write can come (all writers done, no replication, queue or FlashCopy left), and
    //    without stress (the timeout reads node states). UpgradeCommit, which they may enable, cannot
    //    happen before them: it needs every node of the system up and upgraded, and while the group
    //    has an enabled step one of its nodes is down or not yet upgraded.
    //  - A mirrored volume's Destage and write-through HostWrite may mark a copy out of sync (§7.2),
    //    which can change the volume's online predicate and which copy logical() reads when the
    //    copy's MDisk is online but another MDisk on the same LUN faulted: declared visible to
    //    AV-VOLUME-ONLINE and RC-SECONDARY-CONSISTENT.
    //  - A host that lists its paths (host field `nodes`) reaches a volume only while a node it lists
    //    in that I/O group is up: its HostWrites and HostReads depend on NodeDown/NodeUp there, and
    //    AV-VOLUME-ONLINE reads those node states. So such a host's writer component is never ample
    //    (porWritable), the components of the I/O groups it reaches are never ample, and NodeDown/NodeUp
    //    there are visible to AV-VOLUME-ONLINE.

    /** The invariants with actions visible to them besides the backend copies' and the like. */
    private static final String STALE_READ = "CS-STALE-READ";
    private static final String VOLUME_ONLINE = "AV-VOLUME-ONLINE";
    private static final String SECONDARY = "RC-SECONDARY-CONSISTENT";
    private static final String RC_SYNC_ID = "RC-SYNC";

    /** v*B+b: the block's LUN position also holds a block of another volume that is an aux. */
    private final boolean[] secondaryBlock;
    /** [invariant index][volume]: a HostWrite to the volume is visible to the invariant. */
    private final boolean[][] writeVisible;
    private final int staleReadIx;
    private final int secondaryIx;
    private final int volumeOnlineIx;

    private int invariantIndex(String id) {
        for (int i = 0; i < invariants.size(); i++) {
            if (invariants.get(i).name().equals(id)) {
                return i;
            }
        }
        throw new IllegalStateException("no invariant " + id);
    }

    private boolean[] secondaryBlocks() {
        java.util.Map<Long, java.util.Set<Integer>> auxAt = new java.util.HashMap<>();
        for (int v = 0; v < t.nVolumes; v++) {
            for (int b = 0; t.auxRels[v].length > 0 && b < t.B; b++) {
                int vb = v * t.B + b;
                auxAt.computeIfAbsent((long) t.lunOf[vb] << 32 | t.posOf[vb], k -> new java.util.HashSet<>()).add(v);
            }
        }
        boolean[] out = new boolean[t.nVolumes * t.B];
        for (int vb = 0; vb < out.length; vb++) {
            java.util.Set<Integer> there = auxAt.getOrDefault((long) t.lunOf[vb] << 32 | t.posOf[vb], java.util.Set.of());
            out[vb] = there.size() > (there.contains(vb / t.B) ? 1 : 0);
        }
        return out;
    }

    private boolean[][] writeVisibility() {
        boolean[][] out = new boolean[invariants.size()][t.nVolumes];
        for (int v = 0; v < t.nVolumes; v++) {
            boolean metroMaster = false;
            for (int r : t.masterRels[v]) {
                metroMaster |= t.relMetro[r];
            }
            boolean shared = false;
            for (int b = 0; b < t.B; b++) {
                shared |= secondaryBlock[v * t.B + b];
            }
            for (int i = 0; i < out.length; i++) {
                String id = invariants.get(i).name();
                out[i][v] = id.equals(VOLUME_ONLINE) ? t.stress && metroMaster || t.mirrored[v]
                        : id.equals(RC_SYNC_ID) ? metroMaster // a write whose secondary is offline stops the group
                        : id.equals(SECONDARY) && (metroMaster || t.auxRels[v].length > 0 || shared || t.mirrored[v]);
            }
        }
        return out;
    }

    @Override
    public boolean visible(int invariant, int a) {
        return switch (event(a)) {
            case HOST_WRITE -> writeVisible[invariant][arg1(a)];
            case DESTAGE -> invariant == secondaryIx && secondaryBlock[arg0(a) * t.B + arg1(a)]
                    || t.mirrored[arg0(a)] && (invariant == volumeOnlineIx || invariant == secondaryIx);
            case NODE_DOWN, NODE_UP -> invariant == volumeOnlineIx && t.ioGroupRestricted[t.nodeIoGroup[arg0(a)]];
            case HOST_READ -> invariant == staleReadIx;
            case LUN_SUSPEND, BACKEND_SNAPSHOT, BACKEND_REPLICATE, LUN_RESUME, POOL_FAULT, FLASH_COPY_START,
                    UPGRADE_START, UPGRADE_COMMIT, PARTNERSHIP_FAULT, PARTNERSHIP_RESTORE, GLOBAL_REPLICATE,
                    RELATIONSHIP_SYNCHRONIZED, RELATIONSHIP_STOP, RELATIONSHIP_START, CYCLE_START, CYCLE_COMPLETE -> true;
        };
    }

    @Override
    public int components() {
        return t.writers + t.nIoGroups;
    }

    @Override
    public int componentOf(int a) {
        return switch (event(a)) {
            case HOST_WRITE -> t.writerOf[arg0(a)];
            case DESTAGE -> t.destageOwner[arg0(a)];
            case NODE_DOWN, NODE_UP -> t.writers + t.nodeIoGroup[arg0(a)];
            default -> -1;
        };
    }

    @Override
    public boolean ampleCandidate(long[] s, int comp) {
        if (comp < t.writers) {
            int w = comp;
            int h = t.writerHost[w];
            if (get(s, L.written[w]) < t.W) {
                if (!t.porWritable[w]) {
                    return false;
                }
                for (int v : t.hostWrites[h]) {
                    for (int r : t.masterRels[v]) {
                        int st = get(s, L.rcState[r]);
                        if (st == CS || st == IC || st == CC || operatorPending(s, t.relGroup[r])) {
                            return false;
                        }
                    }
                    int sys = t.volumeSystem[v];
                    if (t.cachesWritesMode[v] && t.stepOf[sys] >= 0 && get(s, L.phase[sys]) != COMMITTED) {
                        return false;
                    }
                    if (!copiesSettled(s, v)) {
                        return false;
                    }
                    for (int f : t.flashTouching[v]) {
                        if (get(s, L.fcDone[f]) < t.K) {
                            return false;
                        }
                    }
                }
            }
            for (int v : t.ownedVolumes[w]) {
                if (!copiesSettled(s, v) || !auxQuiet(s, v, w)) {
                    return false;
                }
            }
            return true;
        }
        int group = comp - t.writers;
        int sys = t.ioGroupSystem[group];
        if (t.stress || t.ioGroupRestricted[group] || t.stepOf[sys] < 0 || get(s, L.phase[sys]) != UPGRADING) {
            return false;
        }
        for (int v : t.cachedVolumesOf[group]) {
            for (int w : t.volumeWriters[v]) {
                if (get(s, L.written[w]) < t.W) {
                    return false;
                }
            }
            if (!auxQuiet(s, v, -1)) {
                return false;
            }
            for (int f : t.flashTouching[v]) {
                if (t.flashTgt[f] == v && get(s, L.fcDone[f]) < t.K) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Group {@code g} has an operator step (stop or start) that has not run yet. */
    private boolean operatorPending(long[] s, int g) {
        int stop = t.groupStopOp[g];
        int start = t.groupStartOp[g];
        return stop >= 0 && get(s, L.opDone[stop]) == 0 || start >= 0 && get(s, L.opDone[start]) == 0;
    }

    /** No backend copy can still suspend, copy onto/from or fault a LUN volume {@code v} depends on. */
    private boolean copiesSettled(long[] s, int v) {
        for (int c : t.copiesTouching[v]) {
            if (get(s, L.copyDone[c]) < t.K || get(s, L.copyPhase[c]) != IDLE || faultPending(s, c)) {
                return false;
            }
        }
        return true;
    }

    /** Copy {@code c} has overwritten system data and a managed MDisk on its target can still fault (PoolFault). */
    private boolean faultPending(long[] s, int c) {
        if (get(s, L.copiedSvcData[c]) == 0) {
            return false;
        }
        for (int m : t.lunMdisks[t.copyTgt[c]]) {
            if (L.faulted[m] != StateLayout.NONE && get(s, L.faulted[m]) == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * No relationship can still write aux volume {@code v} from outside component {@code owner}: no
     * pending synchronisation, no queued Global Mirror write, no Metro Mirror write of a writer that
     * is not done (unless it is the owner itself).
     */
    private boolean auxQuiet(long[] s, int v, int owner) {
        for (int r : t.auxRels[v]) {
            int st = get(s, L.rcState[r]);
            if (st == IC || st == CC || operatorPending(s, t.relGroup[r])) {
                return false;
            }
            int g = t.relGroup[r];
            if (L.queueLen[g] != StateLayout.NONE && get(s, L.queueLen[g]) != 0) {
                return false;
            }
            if (st == CS) {
                for (int w : t.volumeWriters[t.relMaster[r]]) {
                    if (w != owner && get(s, L.written[w]) < t.W) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    // ---- symmetry reduction ---------------------------------------------------------------------
    //
    // Writing hosts of one class (Topology#writerClasses: the same volumes) are interchangeable: a
    // permutation of them maps write ids (h, j) to (p(h), j) everywhere (LUN positions, caches, Global
    // Mirror queues, written, wloc), maps successors to successors (same volumes, same guards) and
    // keeps every invariant (they never name a host; "covers" only asks same host or not). The
    // canonical representative sorts each class by (written, wloc[1..W]); ties keep their order, so
    // the function is idempotent. No allocation per state: a per-thread scratch buffer.
    // canonicalize then also merges the cache placement of opaque blocks (flushOpaqueCaches below).

    private final ThreadLocal<SymScratch> symScratch;

    private static final class SymScratch {
        final long[] copy;
        final int[] perm;  // old writer -> new writer
        final int[] order; // new position -> old writer

        SymScratch(int words, int writers) {
            copy = new long[words];
            perm = new int[writers];
            order = new int[writers];
        }
    }

    @Override
    public void canonicalize(long[] s) {
        permuteWriters(s);
        flushOpaqueCaches(s);
    }

    // Cache placement of opaque blocks (Topology#cacheOpaque: a cache entry, and a LUN no backend
    // copy reads or writes). Let s ~ s' when they differ only in where opaque blocks hold their
    // content: cache entry (clean or dirty) plus LUN position, or no entry and the LUN position, with
    // the same logical(v, b). Nothing but Destage and logical() reads such a LUN position (HostRead
    // only reads blocks on copy targets, backend copies only their own LUNs), and no guard reads a
    // cache entry except Destage and HostRead; every event writes such a block only through apply(),
    // whose result (logical = x, other fields untouched) is the same up to ~ whether the write is
    // cached or not. So for every action but Destage of an opaque block, s ~ s' and s -a-> t imply
    // s' -a-> t' with t ~ t'; Destage of an opaque block stays within its class (it only moves the
    // value to the LUN). Every invariant reads data through logical() only, so it is constant on a
    // class. The representative has no entry for an opaque block and its value on the LUN: a
    // function of the class, computed after (and commuting with) the writer permutation, whose sort
    // key (written, wloc) ~ does not change. Stored states then never enable an opaque Destage, so
    // the search is over classes, with the same depths (a shortest path never needs a step that
    // stays in its class) and with traces that are real paths: replay picks, from the concrete
    // state, the same action, whose successor has the next representative. With partial-order
    // reduction on as well, ampleCandidate is asked about representatives; its arguments hold for
    // their concrete successors (no opaque Destage is enabled there) and are kept by mapping
    // successors to classes. SafeguardProperties checks verdicts, lengths and real paths.
    private final int[] opaqueCache;
    private final int[] opaqueLun;

    private void flushOpaqueCaches(long[] s) {
        for (int k = 0; k < opaqueCache.length; k++) {
            int e = get(s, opaqueCache[k]);
            if (e != 0) {
                set(s, opaqueLun[k], e >>> 2);
                set(s, opaqueCache[k], 0);
            }
        }
    }

    private void permuteWriters(long[] s) {
        if (t.writerClasses.length == 0) {
            return;
        }
        SymScratch x = symScratch.get();
        int[] perm = x.perm;
        boolean identity = true;
        for (int w = 0; w < t.writers; w++) {
            perm[w] = w;
        }
        for (int[] cls : t.writerClasses) {
            int[] order = x.order;
            int n = cls.length;
            for (int i = 0; i < n; i++) {
                order[i] = cls[i];
            }
            for (int i = 1; i < n; i++) { // stable insertion sort by key
                int cur = order[i];
                int k = i - 1;
                while (k >= 0 && compareWriters(s, order[k], cur) > 0) {
                    order[k + 1] = order[k];
                    k--;
                }
                order[k + 1] = cur;
            }
            for (int i = 0; i < n; i++) {
                perm[order[i]] = cls[i];
                identity &= order[i] == cls[i];
            }
        }
        if (identity) {
            return;
        }
        long[] old = x.copy;
        System.arraycopy(s, 0, old, 0, s.length);
        for (int w = 0; w < t.writers; w++) {
            int nw = perm[w];
            set(s, L.written[nw], get(old, L.written[w]));
            for (int j = 0; j < t.W; j++) {
                set(s, L.wloc[nw][j], get(old, L.wloc[w][j]));
            }
        }
        for (int l = 0; l < t.nLuns; l++) {
            for (int f : L.lun[l]) {
                set(s, f, rename(get(old, f), perm));
            }
        }
        for (int f : L.cache) {
            if (f != StateLayout.NONE) {
                int e = get(old, f);
                if ((e & StateLayout.CACHE_PRESENT) != 0) {
                    set(s, f, rename(e >>> 2, perm) << 2 | (e & 3));
                }
            }
        }
        renameFrozen(s, old, perm);
        for (int g = 0; g < t.nGroups; g++) {
            if (L.queueLen[g] == StateLayout.NONE) {
                continue;
            }
            int len = get(old, L.queueLen[g]);
            for (int i = 0; i < len; i++) {
                int e = get(old, L.queue[g][i]);
                set(s, L.queue[g][i], L.queueWithValue(e, rename(L.queueValue(e), perm)));
            }
        }
    }

    /** The frozen cycle images hold write ids too (Global Mirror with change volumes). */
    private void renameFrozen(long[] s, long[] old, int[] perm) {
        for (int[] blocks : L.frozen) {
            for (int f : blocks) {
                if (f != StateLayout.NONE) {
                    set(s, f, rename(get(old, f), perm));
                }
            }
        }
    }

    private int rename(int value, int[] perm) {
        if (value == 0) {
            return 0;
        }
        return t.value(perm[t.writerOfValue(value)], t.writeOfValue(value));
    }

    private int compareWriters(long[] s, int a, int b) {
        int c = Integer.compare(get(s, L.written[a]), get(s, L.written[b]));
        for (int j = 0; c == 0 && j < t.W; j++) {
            c = Integer.compare(get(s, L.wloc[a][j]), get(s, L.wloc[b][j]));
        }
        return c;
    }

    /** Number of bits of the packed state in use (for benchmarks). */
    public int stateBits() {
        return L.bits();
    }
}
