package io.copyproof.semantics;

import io.copyproof.config.RelationshipState;
import io.copyproof.result.Change;
import io.copyproof.result.StateValue;

import io.copyproof.vocabulary.ElementKind;
import io.copyproof.vocabulary.Event;
import io.copyproof.vocabulary.Lane;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.copyproof.semantics.StateLayout.get;

/**
 * Renders packed states and actions of a {@link StorageModel} for people: the state as
 * {@link StateValue}s in actor lanes, the changes of a step, event arguments and a sentence per step.
 * Off the hot path: used only to turn traces into reports.
 */
final class Narrator {
    private final StorageModel m;
    private final Topology t;
    private final StateLayout L;

    Narrator(StorageModel m) {
        this.m = m;
        this.t = m.t;
        this.L = m.L;
    }

    // ---- state ----------------------------------------------------------------------------------

    List<StateValue> state(long[] s) {
        List<StateValue> out = new ArrayList<>();
        hostLanes(s, out);
        upgradeLanes(s, out);
        for (int p = 0; p < t.nPartnerships; p++) {
            put(out, Lane.PARTNERSHIP_STATE, t.partnershipId[p], get(s, L.connected[p]) == 1 ? "connected" : "disconnected");
        }
        for (int r = 0; r < t.nRels; r++) {
            put(out, Lane.RELATIONSHIP_STATE, t.relId[r], RelationshipState.values()[get(s, L.rcState[r])].wire());
        }
        queueLanes(s, out);
        for (int v = 0; v < t.nVolumes; v++) {
            put(out, Lane.VOLUME_ACCESS, t.volumeId[v], volumeAccess(s, v));
            if (t.cachesReads[v]) {
                for (int b = 0; b < t.B; b++) {
                    out.add(new StateValue(Lane.CACHE_BLOCK.actor(t.volumeId[v]), Lane.CACHE_BLOCK.display(b),
                            cacheText(get(s, L.cache[v * t.B + b]))));
                }
            }
        }
        for (int p = 0; p < t.nPools; p++) {
            put(out, Lane.POOL_STATE, t.poolId[p], m.poolOnline(s, p) ? "online" : "offline");
        }
        for (int md = 0; md < t.nMdisks; md++) {
            put(out, Lane.MDISK_STATE, t.mdiskId[md], m.mdiskOnline(s, md) ? "online"
                    : get(s, L.faulted[md]) != 0 ? "offline (faulted)" : "offline (LUN suspended)");
        }
        for (int l = 0; l < t.nLuns; l++) {
            for (int i = 0; i < t.lunSize[l]; i++) {
                out.add(new StateValue(Lane.LUN_POSITION.actor(t.lunId[l]), positionName(l, i),
                        t.valueText(get(s, L.lun[l][i]))));
            }
        }
        copyLanes(s, out);
        return out;
    }

    private static void put(List<StateValue> out, Lane lane, String id, String value) {
        out.add(new StateValue(lane.actor(id), lane.display(), value));
    }

    private void hostLanes(long[] s, List<StateValue> out) {
        for (int h = 0; h < t.nHosts; h++) {
            int w = t.writerOf[h];
            if (w >= 0) {
                put(out, Lane.WRITES_ACKNOWLEDGED, t.hostId[h], get(s, L.written[w]) + " of " + t.W);
            }
        }
    }

    private void upgradeLanes(long[] s, List<StateValue> out) {
        for (int sys = 0; sys < t.nSystems; sys++) {
            if (t.stepOf[sys] >= 0) {
                int ph = get(s, L.phase[sys]);
                put(out, Lane.UPGRADE, t.systemId[sys], switch (ph) {
                    case StateLayout.UPGRADE_PENDING -> "pending";
                    case StateLayout.UPGRADE_UPGRADING -> "upgrading";
                    default -> "committed";
                });
                put(out, Lane.CODE_LEVEL, t.systemId[sys], t.level(sys, ph == StateLayout.UPGRADE_COMMITTED).toString());
            }
        }
        for (int k = 0; k < t.nOps; k++) {
            put(out, t.opStop[k] ? Lane.OPERATOR_STOP : Lane.OPERATOR_START, t.groupName[t.opGroup[k]],
                    t.opId[k] + (get(s, L.opDone[k]) == 1 ? " done" : " pending"));
        }
        for (int nd = 0; nd < t.nNodes; nd++) {
            if (L.nodeDown[nd] != StateLayout.NONE) {
                String id = nodeId(nd);
                put(out, Lane.NODE_STATE, id, m.nodeUp(s, nd) ? "online" : "offline (upgrading)");
                put(out, Lane.NODE_CODE, id, get(s, L.nodeUpgraded[nd]) == 1 ? "upgraded" : "old level");
            }
        }
    }

    private void queueLanes(long[] s, List<StateValue> out) {
        for (int g = 0; g < t.nGroups; g++) {
            if (L.queueLen[g] == StateLayout.NONE) {
                continue;
            }
            Map<Integer, List<String>> byRel = new LinkedHashMap<>();
            int len = get(s, L.queueLen[g]);
            for (int i = 0; i < len; i++) {
                int e = get(s, L.queue[g][i]);
                int r = t.groupRels[g][L.queueRel(g, e)];
                byRel.computeIfAbsent(r, x -> new ArrayList<>())
                        .add("block " + L.queueBlock(g, e) + ": " + t.valueText(L.queueValue(e)));
            }
            for (int r : t.groupRels[g]) {
                if (!t.relMetro[r]) {
                    List<String> q = byRel.getOrDefault(r, List.of());
                    put(out, Lane.NOT_YET_REPLICATED, t.relId[r], q.isEmpty() ? "nothing" : String.join(", ", q));
                }
            }
        }
    }

    private void copyLanes(long[] s, List<StateValue> out) {
        for (int c = 0; c < t.nCopies; c++) {
            if (t.copySuspends[c]) {
                put(out, Lane.COPY_PHASE, t.copyId[c], switch (get(s, L.copyPhase[c])) {
                    case StateLayout.COPY_IDLE -> "idle";
                    case StateLayout.COPY_SUSPENDED_BEFORE -> "source suspended, copy not yet taken";
                    default -> "source suspended, copy taken";
                });
            }
            put(out, Lane.COPY_TIMES_TAKEN, t.copyId[c], get(s, L.copyDone[c]) + " of " + t.K);
            if (L.copiedSvcData[c] != StateLayout.NONE) {
                put(out, Lane.COPY_OVERWROTE_SVC_DATA, t.copyId[c], get(s, L.copiedSvcData[c]) == 1 ? "yes" : "no");
            }
        }
        for (int f = 0; f < t.nFlash; f++) {
            put(out, Lane.FLASH_COPY_TIMES_TAKEN, t.flashId[f], get(s, L.fcDone[f]) + " of " + t.K);
        }
    }

    /** The lane id of node {@code nd}: {@code system/node}. */
    String nodeId(int nd) {
        return t.systemId[t.nodeSystem[nd]] + "/" + t.nodeId[nd];
    }

    String positionName(int l, int i) {
        if (i < t.lunSlots[l].length) {
            int vb = t.lunSlots[l][i];
            // a mirrored volume's copy 1 slot (slots list copy 1's blocks after the primary blocks)
            return t.volumeId[vb / t.B] + (t.mirrorLunOf[vb] == l && t.mirrorPosOf[vb] == i ? " copy 1 block " : " block ")
                    + vb % t.B;
        }
        for (int c = 0; c < t.nCopies; c++) {
            if (t.copyTgt[c] == l && i < t.lunSlots[t.copySrc[c]].length) {
                int vb = t.lunSlots[t.copySrc[c]][i];
                return "position " + i + " (copy of " + t.volumeId[vb / t.B] + " block " + vb % t.B + ")";
            }
        }
        return "position " + i;
    }

    private String volumeAccess(long[] s, int v) {
        if (m.volumeOnline(s, v)) {
            return "online";
        }
        if (get(s, L.timedOut[v]) != 0) {
            return "lost (host I/O timed out)";
        }
        return "offline";
    }

    private String cacheText(int e) {
        if ((e & StateLayout.CACHE_PRESENT) == 0) {
            return "empty";
        }
        return t.valueText(e >>> 2) + ((e & StateLayout.CACHE_DIRTY) != 0 ? " (dirty)" : " (clean)");
    }

    static List<Change> changes(List<StateValue> before, List<StateValue> after) {
        Map<String, StateValue> old = new LinkedHashMap<>();
        for (StateValue v : before) {
            old.put(v.actor() + "\u0000" + v.variable(), v);
        }
        List<Change> out = new ArrayList<>();
        for (StateValue v : after) {
            StateValue o = old.get(v.actor() + "\u0000" + v.variable());
            String was = o == null ? "" : o.value();
            if (!was.equals(v.value())) {
                out.add(new Change(v.actor(), v.variable(), was, v.value()));
            }
        }
        return out;
    }

    // ---- actions --------------------------------------------------------------------------------

    /** Event arguments by name, in the order of {@link Event#args()}, named by {@link ElementKind#wire()}. */
    Map<String, Object> args(int a) {
        Event e = StorageModel.event(a);
        int[] ix = argIndices(a);
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < ix.length; i++) {
            ElementKind k = e.args().get(i);
            out.put(k.wire(), k == ElementKind.BLOCK ? (Object) ix[i] : idOf(t, k, ix[i]));
        }
        return out;
    }

    /** The configuration id of element {@code i} of kind {@code k}. */
    static String idOf(Topology t, ElementKind k, int i) {
        return switch (k) {
            case HOST -> t.hostId[i];
            case VOLUME, CACHE -> t.volumeId[i];
            case BLOCK -> Integer.toString(i);
            case BACKEND_COPY -> t.copyId[i];
            case FLASH_COPY -> t.flashId[i];
            case POOL -> t.poolId[i];
            case MDISK -> t.mdiskId[i];
            case LUN -> t.lunId[i];
            case SYSTEM -> t.systemId[i];
            case IO_GROUP -> t.ioGroupName[i];
            case NODE -> t.nodeId[i];
            case PARTNERSHIP -> t.partnershipId[i];
            case RELATIONSHIP -> t.relId[i];
            case GROUP -> t.groupName[i];
        };
    }

    /** The element indices of the arguments of action {@code a}, in the order of {@link Event#args()}. */
    private int[] argIndices(int a) {
        int x0 = StorageModel.arg0(a);
        return switch (StorageModel.event(a)) {
            case HOST_WRITE, HOST_READ -> new int[] {x0, StorageModel.arg1(a), StorageModel.arg2(a)};
            case DESTAGE -> new int[] {x0, StorageModel.arg1(a)};
            case NODE_DOWN, NODE_UP -> new int[] {t.nodeSystem[x0], x0};
            case LUN_SUSPEND, BACKEND_SNAPSHOT, BACKEND_REPLICATE, LUN_RESUME, POOL_FAULT, FLASH_COPY_START,
                    UPGRADE_START, UPGRADE_COMMIT, PARTNERSHIP_FAULT, PARTNERSHIP_RESTORE, GLOBAL_REPLICATE,
                    RELATIONSHIP_SYNCHRONIZED, RELATIONSHIP_STOP, RELATIONSHIP_START, CYCLE_START,
                    CYCLE_COMPLETE -> new int[] {x0};
        };
    }

    /** A sentence a storage engineer can follow, describing action {@code a} from {@code s} to {@code n}. */
    String text(int a, long[] s, long[] n) {
        int x0 = StorageModel.arg0(a);
        return switch (StorageModel.event(a)) {
            case HOST_WRITE -> hostWriteText(a, x0, s, n);
            case DESTAGE -> destageText(a, x0, s, n);
            case HOST_READ -> hostReadText(a, x0, s, n);
            case LUN_SUSPEND -> lunSuspendText(a, x0, s, n);
            case BACKEND_SNAPSHOT, BACKEND_REPLICATE -> backendSnapshotText(a, x0, s, n);
            case LUN_RESUME -> "controller " + t.lunController[t.copySrc[x0]] + " resumes I/O to " + t.lunId[t.copySrc[x0]]
                    + " after copy " + t.copyId[x0];
            case POOL_FAULT -> poolFaultText(a, x0, s, n);
            case FLASH_COPY_START -> "FlashCopy " + t.flashId[x0] + " flushes and pauses " + t.volumeId[t.flashSrc[x0]]
                    + " and copies it to " + t.volumeId[t.flashTgt[x0]] + " (a consistent point-in-time copy)";
            case UPGRADE_START -> t.systemId[x0] + " starts its code upgrade to " + t.targetLevel;
            case NODE_DOWN -> t.systemId[t.nodeSystem[x0]] + " takes node " + t.nodeId[x0] + " offline to upgrade it; "
                    + ioGroupId(t.nodeIoGroup[x0]) + " runs on its partner node, write-through";
            case NODE_UP -> "node " + t.nodeId[x0] + " of " + t.systemId[t.nodeSystem[x0]] + " comes back online at "
                    + t.targetLevel;
            case UPGRADE_COMMIT -> t.systemId[x0] + " commits the upgrade: it now runs " + t.targetLevel;
            case PARTNERSHIP_FAULT -> partnershipFaultText(a, x0, s, n);
            case PARTNERSHIP_RESTORE -> "partnership " + t.partnershipId[x0] + " reconnects (stopped relationships stay stopped)";
            case GLOBAL_REPLICATE -> globalReplicateText(a, x0, s, n);
            case CYCLE_START -> cycleText(x0, s, true);
            case CYCLE_COMPLETE -> cycleText(x0, s, false);
            case RELATIONSHIP_SYNCHRONIZED -> t.groupRels[t.relGroup[x0]].length > 1 ? groupSynchronizedText(x0)
                    : "the background copy of " + t.relId[x0] + " completes: " + t.volumeId[t.relAux[x0]]
                    + " now matches " + t.volumeId[t.relMaster[x0]] + " and the relationship is "
                    + (t.relCycling[x0] ? "consistent_copying" : "consistent_synchronized");
            case RELATIONSHIP_STOP, RELATIONSHIP_START -> operatorText(a, x0, s, n);
        };
    }

    private String operatorText(int a, int g, long[] s, long[] n) {
        boolean stop = StorageModel.event(a) == Event.RELATIONSHIP_STOP;
        int k = stop ? t.groupStopOp[g] : t.groupStartOp[g];
        List<String> changed = new ArrayList<>();
        for (int r : t.groupRels[g]) {
            if (get(s, L.rcState[r]) != get(n, L.rcState[r])) {
                changed.add(t.relId[r] + " becomes " + RelationshipState.values()[get(n, L.rcState[r])].wire());
            }
        }
        String what = t.groupRels[g].length == 1 && t.relId[t.groupRels[g][0]].equals(t.groupName[g])
                ? "relationship " + t.groupName[g] : "consistency group " + t.groupName[g];
        return "operator step " + t.opId[k] + (stop ? " stops " : " starts ") + what
                + (stop ? " (an operator stop: not a loss of synchronization)" : " (it resynchronizes)")
                + (changed.isEmpty() ? "" : "; " + String.join(", ", changed));
    }

    /** CycleStart / CycleComplete of a group in cycling mode (Global Mirror with change volumes). */
    private String cycleText(int g, long[] s, boolean start) {
        StringBuilder image = new StringBuilder();
        for (int r : t.groupRels[g]) {
            for (int b = 0; b < t.B; b++) {
                int x = start ? m.logical(s, t.relMaster[r], b) : get(s, L.frozen[r][b]);
                image.append(image.length() == 0 ? "" : ", ").append(t.volumeId[start ? t.relMaster[r] : t.relAux[r]])
                        .append(" block ").append(b).append(": ").append(t.valueText(x));
            }
        }
        String who = t.config.remoteCopies().get(t.groupRels[g][0]).consistencyGroup().isPresent()
                ? "consistency group " + t.groupName[g] : "Global Mirror with change volumes " + t.groupName[g];
        return start
                ? who + " starts a cycle: the master change volumes freeze the masters' content (" + image
                        + "); the aux volumes keep their last consistent image while it is copied"
                : who + " completes its cycle: the aux volumes now hold the image frozen at the cycle's start (" + image + ")";
    }

    /** RelationshipSynchronized of a relationship in a consistency group: the group moves as one. */
    private String groupSynchronizedText(int r) {
        StringBuilder rels = new StringBuilder();
        for (int r2 : t.groupRels[t.relGroup[r]]) {
            rels.append(rels.length() == 0 ? "" : ", ").append(t.relId[r2]);
        }
        return "the background copy of consistency group " + t.groupName[t.relGroup[r]] + " (" + rels
                + ") completes: every aux volume now matches its master and the group is "
                + (t.relCycling[r] ? "consistent_copying" : "consistent_synchronized");
    }

    private String hostWriteText(int a, int x0, long[] s, long[] n) {
        String host = t.hostId[x0];
        int v = StorageModel.arg1(a);
        int b = StorageModel.arg2(a);
        String vol = t.volumeId[v];
        if (get(n, L.timedOut[v]) != 0 && get(s, L.timedOut[v]) == 0) {
            return host + " writes to " + vol + " block " + b + "; its Metro Mirror secondary cannot acknowledge "
                    + "in time while both partnered systems have a node down under stress: the write times out "
                    + "and " + host + " loses access to " + vol;
        }
        int w = t.writerOf[x0];
        int j = get(n, L.written[w]);
        int vb = v * t.B + b;
        String where = t.systemId[t.volumeSystem[v]] + " " + ioGroupId(t.volumeIoGroup[v]);
        StringBuilder sb = new StringBuilder(host + " writes version " + j + " (write " + j + " of " + host
                + ") to " + vol + " block " + b + "; ");
        if (m.cachesWrites(s, v)) {
            sb.append(where).append(" caches it (dirty) and acknowledges — the backend LUN ")
                    .append(t.lunId[t.lunOf[vb]]).append(" does not have it yet");
        } else {
            sb.append(where).append(" writes it through to ").append(writtenLuns(s, vb))
                    .append(" and acknowledges")
                    .append(t.cachesWritesMode[v] ? " (write-through: a node of the I/O group is offline)" : "");
        }
        for (int r : t.masterRels[v]) {
            int st = get(s, L.rcState[r]);
            if (st == RelationshipState.CONSISTENT_COPYING.ordinal()) {
                sb.append("; Global Mirror with change volumes ").append(t.relId[r])
                        .append(" copies it to ").append(t.volumeId[t.relAux[r]]).append(" with the next cycle");
                continue;
            }
            if (st != RelationshipState.CONSISTENT_SYNCHRONIZED.ordinal()) {
                continue;
            }
            if (t.relMetro[r]) {
                sb.append("; Metro Mirror ").append(t.relId[r]).append(" writes it to ")
                        .append(t.volumeId[t.relAux[r]]).append(" before the acknowledgement");
            } else {
                sb.append("; Global Mirror ").append(t.relId[r]).append(" queues it for ")
                        .append(t.volumeId[t.relAux[r]]).append(" (acknowledged first, replicated later)");
            }
        }
        return sb.toString();
    }

    private String destageText(int a, int x0, long[] s, long[] n) {
        int v = x0;
        int b = StorageModel.arg1(a);
        int vb = v * t.B + b;
        return t.systemId[t.volumeSystem[v]] + " destages " + t.volumeId[v] + " block " + b + " ("
                + t.valueText(get(s, L.cache[vb]) >>> 2) + ") from its cache to " + writtenLuns(s, vb);
    }

    /**
     * Where a write of block {@code vb} goes in state {@code s}: its backend LUN; for a mirrored
     * volume each copy whose LUN can take it, and which copy goes out of sync (semantics §7.2).
     */
    private String writtenLuns(long[] s, int vb) {
        String lun0 = t.lunId[t.lunOf[vb]];
        if (!t.mirrored[vb / t.B]) {
            return "the backend LUN " + lun0;
        }
        String lun1 = t.lunId[t.mirrorLunOf[vb]];
        boolean takes1 = m.lunOnline(s, t.mirrorLunOf[vb]);
        boolean takes0 = !takes1 || m.lunOnline(s, t.lunOf[vb]);
        if (takes0 && takes1) {
            return "the backend LUNs " + lun0 + " (copy 0) and " + lun1 + " (copy 1)";
        }
        return takes0 ? "the backend LUN " + lun0 + " (copy 0; copy 1's LUN " + lun1 + " is offline: copy 1 goes out of sync)"
                : "the backend LUN " + lun1 + " (copy 1; copy 0's LUN " + lun0 + " is offline: copy 0 goes out of sync)";
    }

    /** The backend LUN a read of block {@code vb} uses in state {@code s}: copy 0's, or copy 1's after a failover. */
    private String readLun(long[] s, int vb) {
        return m.readsCopy1(s, vb / t.B) ? t.lunId[t.mirrorLunOf[vb]] + " (copy 1: copy 0 is offline or out of sync)"
                : t.lunId[t.lunOf[vb]];
    }

    private String hostReadText(int a, int x0, long[] s, long[] n) {
        int v = StorageModel.arg1(a);
        int b = StorageModel.arg2(a);
        int vb = v * t.B + b;
        int e = get(s, L.cache[vb]);
        int onLun = m.onDisk(s, vb);
        String head = t.hostId[x0] + " reads " + t.volumeId[v] + " block " + b;
        if ((e & StateLayout.CACHE_PRESENT) == 0) {
            return head + "; " + t.systemId[t.volumeSystem[v]] + " reads " + t.valueText(onLun)
                    + " from the backend LUN " + readLun(s, vb) + " and keeps it in its read cache";
        }
        return head + "; " + t.systemId[t.volumeSystem[v]] + " serves " + t.valueText(e >>> 2)
                + " from its read cache, but the backend LUN " + readLun(s, vb) + " now holds "
                + t.valueText(onLun) + ": a backend copy replaced it underneath the system — a stale read";
    }

    private String lunSuspendText(int a, int x0, long[] s, long[] n) {
        String src = t.lunId[t.copySrc[x0]];
        return "controller " + t.lunController[t.copySrc[x0]] + " suspends I/O to " + src + " for copy "
                + t.copyId[x0] + ": " + src + " is offline to the systems" + mdisksOn(t.copySrc[x0]);
    }

    private String backendSnapshotText(int a, int x0, long[] s, long[] n) {
        String src = t.lunId[t.copySrc[x0]];
        String tgt = t.lunId[t.copyTgt[x0]];
        StringBuilder sb = new StringBuilder("controller " + t.lunController[t.copySrc[x0]]
                + (t.copyPit[x0] ? " takes point-in-time copy " : " replicates ") + t.copyId[x0] + ": "
                + tgt + " := " + src + " as the controller sees it (");
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < t.copyLen[x0]; i++) {
            parts.add(positionName(t.copySrc[x0], i) + ": " + t.valueText(get(s, L.lun[t.copySrc[x0]][i])));
        }
        sb.append(parts.isEmpty() ? "nothing" : String.join(", ", parts)).append(")");
        if (t.copyTargetHoldsSvcData[x0]) {
            sb.append("; ").append(tgt).append(" holds system data, which the copy overwrites");
        }
        List<String> with = new ArrayList<>();
        for (int m : t.copyMembers[x0]) {
            if (m != x0) {
                with.add(t.copyId[m] + " (" + t.lunId[t.copyTgt[m]] + " := " + t.lunId[t.copySrc[m]] + ")");
            }
        }
        if (!with.isEmpty()) {
            sb.append("; at the same instant, in its backend consistency group: ").append(String.join(", ", with));
        }
        sb.append("; the systems are not told of the copy");
        return sb.toString();
    }

    private String poolFaultText(int a, int x0, long[] s, long[] n) {
        List<String> vols = new ArrayList<>();
        for (int v = 0; v < t.nVolumes; v++) {
            if (!t.volumeImage[v] && t.volumePool[v] == x0) {
                vols.add(t.volumeId[v]);
            }
        }
        List<String> hit = new ArrayList<>();
        for (int md = 0; md < t.mdiskId.length; md++) {
            for (int k = 0; k < t.copyTgt.length; k++) {
                if (t.mdiskPool[md] == x0 && t.mdiskLun[md] == t.copyTgt[k] && !hit.contains(t.mdiskId[md])) {
                    hit.add(t.mdiskId[md]);
                }
            }
        }
        String mdisks = hit.isEmpty() ? "the MDisks of pool " + t.poolId[x0]
                : (hit.size() == 1 ? "MDisk " : "MDisks ") + String.join(", ", hit);
        return mdisks + ", whose extents the backend copy overwrote, " + (hit.size() == 1 ? "goes" : "go")
                + " offline; pool " + t.poolId[x0] + " goes offline"
                + (vols.isEmpty() ? "" : " and with it " + String.join(", ", vols));
    }

    private String partnershipFaultText(int a, int x0, long[] s, long[] n) {
        int p = x0;
        boolean both = get(s, L.phase[t.partA[p]]) == StateLayout.UPGRADE_UPGRADING
                && get(s, L.phase[t.partB[p]]) == StateLayout.UPGRADE_UPGRADING;
        String why = both ? "both " + t.systemId[t.partA[p]] + " and " + t.systemId[t.partB[p]] + " are upgrading at once"
                : "their code levels (" + t.level(t.partA[p], m.committed(s, t.partA[p])) + " and "
                + t.level(t.partB[p], m.committed(s, t.partB[p])) + ") are not compatible per the release notes";
        List<String> stopped = new ArrayList<>();
        for (int r = 0; r < t.nRels; r++) {
            if (get(s, L.rcState[r]) != get(n, L.rcState[r])) {
                stopped.add(t.relId[r] + " becomes " + RelationshipState.values()[get(n, L.rcState[r])].wire());
            }
        }
        return "partnership " + t.partnershipId[p] + " disconnects because " + why
                + (stopped.isEmpty() ? "" : "; " + String.join(", ", stopped));
    }

    private String globalReplicateText(int a, int x0, long[] s, long[] n) {
        int e = get(s, L.queue[x0][0]);
        int r = t.groupRels[x0][L.queueRel(x0, e)];
        return "Global Mirror " + t.relId[r] + " replicates " + t.valueText(L.queueValue(e))
                + " to " + t.volumeId[t.relAux[r]] + " block " + L.queueBlock(x0, e);
    }

    private String mdisksOn(int l) {
        List<String> ms = new ArrayList<>();
        for (int md = 0; md < t.nMdisks; md++) {
            if (t.mdiskLun[md] == l) {
                ms.add(t.mdiskId[md]);
            }
        }
        return ms.isEmpty() ? "" : " (so is every MDisk on it: " + String.join(", ", ms) + ")";
    }

    String ioGroupId(int g) {
        String name = t.ioGroupName[g];
        return name.substring(name.indexOf('/') + 1);
    }
}
