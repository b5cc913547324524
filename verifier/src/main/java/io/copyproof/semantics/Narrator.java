package io.copyproof.semantics;

import io.copyproof.config.RelationshipState;
import io.copyproof.result.Change;
import io.copyproof.result.StateValue;

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
        for (int h = 0; h < t.nHosts; h++) {
            int w = t.writerOf[h];
            if (w >= 0) {
                out.add(new StateValue("host:" + t.hostId[h], "writes acknowledged",
                        get(s, L.written[w]) + " of " + t.W));
            }
        }
        for (int sys = 0; sys < t.nSystems; sys++) {
            if (t.stepOf[sys] >= 0) {
                int ph = get(s, L.phase[sys]);
                out.add(new StateValue("system:" + t.systemId[sys], "upgrade",
                        ph == 0 ? "pending" : ph == 1 ? "upgrading" : "committed"));
                out.add(new StateValue("system:" + t.systemId[sys], "code level",
                        t.level(sys, ph == 2).toString()));
            }
        }
        for (int nd = 0; nd < t.nNodes; nd++) {
            if (L.nodeDown[nd] != StateLayout.NONE) {
                String lane = nodeLane(nd);
                out.add(new StateValue(lane, "state", m.nodeUp(s, nd) ? "online" : "offline (upgrading)"));
                out.add(new StateValue(lane, "code", get(s, L.nodeUpgraded[nd]) == 1 ? "upgraded" : "old level"));
            }
        }
        for (int p = 0; p < t.nPartnerships; p++) {
            out.add(new StateValue("partnership:" + t.partnershipId[p], "state",
                    get(s, L.connected[p]) == 1 ? "connected" : "disconnected"));
        }
        for (int r = 0; r < t.nRels; r++) {
            out.add(new StateValue("relationship:" + t.relId[r], "state",
                    RelationshipState.values()[get(s, L.rcState[r])].wire()));
        }
        for (int g = 0; g < t.nGroups; g++) {
            if (L.queueLen[g] == StateLayout.NONE) {
                continue;
            }
            Map<Integer, List<String>> byRel = new LinkedHashMap<>();
            int len = get(s, L.queueLen[g]);
            for (int i = 0; i < len; i++) {
                int e = get(s, L.queue[g][i]);
                int r = t.groupRels[g][e >>> L.queueRelShift[g]];
                int b = (e >>> L.queueBlockShift) & ((1 << (L.queueRelShift[g] - L.queueBlockShift)) - 1);
                byRel.computeIfAbsent(r, x -> new ArrayList<>()).add("block " + b + ": " + t.valueText(e & ((1 << L.valueBits) - 1)));
            }
            for (int r : t.groupRels[g]) {
                if (!t.relMetro[r]) {
                    List<String> q = byRel.getOrDefault(r, List.of());
                    out.add(new StateValue("relationship:" + t.relId[r], "not yet replicated",
                            q.isEmpty() ? "nothing" : String.join(", ", q)));
                }
            }
        }
        for (int v = 0; v < t.nVolumes; v++) {
            out.add(new StateValue("volume:" + t.volumeId[v], "access", volumeAccess(s, v)));
            if (t.cachesReads[v]) {
                for (int b = 0; b < t.B; b++) {
                    out.add(new StateValue("cache:" + t.volumeId[v], "block " + b, cacheText(get(s, L.cache[v * t.B + b]))));
                }
            }
        }
        for (int p = 0; p < t.nPools; p++) {
            out.add(new StateValue("pool:" + t.poolId[p], "state", m.poolOnline(s, p) ? "online" : "offline"));
        }
        for (int md = 0; md < t.nMdisks; md++) {
            String st = m.mdiskOnline(s, md) ? "online"
                    : get(s, L.faulted[md]) != 0 ? "offline (faulted)" : "offline (LUN suspended)";
            out.add(new StateValue("mdisk:" + t.mdiskId[md], "state", st));
        }
        for (int l = 0; l < t.nLuns; l++) {
            for (int i = 0; i < t.lunSize[l]; i++) {
                out.add(new StateValue("lun:" + t.lunId[l], positionName(l, i), t.valueText(get(s, L.lun[l][i]))));
            }
        }
        for (int c = 0; c < t.nCopies; c++) {
            String lane = "copy:" + t.copyId[c];
            if (t.copySuspends[c]) {
                int ph = get(s, L.copyPhase[c]);
                out.add(new StateValue(lane, "phase", ph == 0 ? "idle" : ph == 1 ? "source suspended, copy not yet taken"
                        : "source suspended, copy taken"));
            }
            out.add(new StateValue(lane, "times taken", get(s, L.copyDone[c]) + " of " + t.K));
            if (L.copiedSvcData[c] != StateLayout.NONE) {
                out.add(new StateValue(lane, "overwrote system data", get(s, L.copiedSvcData[c]) == 1 ? "yes" : "no"));
            }
        }
        for (int f = 0; f < t.nFlash; f++) {
            out.add(new StateValue("copy:" + t.flashId[f], "times taken", get(s, L.fcDone[f]) + " of " + t.K));
        }
        return out;
    }

    String nodeLane(int nd) {
        return "node:" + t.systemId[t.nodeSystem[nd]] + "/" + t.nodeId[nd];
    }

    String positionName(int l, int i) {
        if (i < t.lunSlots[l].length) {
            int vb = t.lunSlots[l][i];
            return t.volumeId[vb / t.B] + " block " + vb % t.B;
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

    /** Event arguments by name, in the stable order host, volume, block, copy, pool, system, node, partnership, relationship, group. */
    Map<String, Object> args(int a) {
        Map<String, Object> out = new LinkedHashMap<>();
        switch (StorageModel.kind(a)) {
            case StorageModel.HOST_WRITE, StorageModel.HOST_READ -> {
                out.put("host", t.hostId[StorageModel.arg0(a)]);
                out.put("volume", t.volumeId[StorageModel.arg1(a)]);
                out.put("block", StorageModel.arg2(a));
            }
            case StorageModel.DESTAGE -> {
                out.put("volume", t.volumeId[StorageModel.arg0(a)]);
                out.put("block", StorageModel.arg1(a));
            }
            case StorageModel.LUN_SUSPEND, StorageModel.BACKEND_SNAPSHOT, StorageModel.BACKEND_REPLICATE,
                    StorageModel.LUN_RESUME -> out.put("copy", t.copyId[StorageModel.arg0(a)]);
            case StorageModel.FLASH_COPY_START -> out.put("copy", t.flashId[StorageModel.arg0(a)]);
            case StorageModel.POOL_FAULT -> out.put("pool", t.poolId[StorageModel.arg0(a)]);
            case StorageModel.UPGRADE_START, StorageModel.UPGRADE_COMMIT -> out.put("system", t.systemId[StorageModel.arg0(a)]);
            case StorageModel.NODE_DOWN, StorageModel.NODE_UP -> {
                out.put("system", t.systemId[t.nodeSystem[StorageModel.arg0(a)]]);
                out.put("node", t.nodeId[StorageModel.arg0(a)]);
            }
            case StorageModel.PARTNERSHIP_FAULT, StorageModel.PARTNERSHIP_RESTORE ->
                    out.put("partnership", t.partnershipId[StorageModel.arg0(a)]);
            case StorageModel.GLOBAL_REPLICATE -> out.put("group", t.groupName[StorageModel.arg0(a)]);
            case StorageModel.RELATIONSHIP_SYNCHRONIZED -> out.put("relationship", t.relId[StorageModel.arg0(a)]);
            default -> {
            }
        }
        return out;
    }

    /** A sentence a storage engineer can follow, describing action {@code a} from {@code s} to {@code n}. */
    String text(int a, long[] s, long[] n) {
        int x0 = StorageModel.arg0(a);
        switch (StorageModel.kind(a)) {
            case StorageModel.HOST_WRITE: {
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
                    sb.append(where).append(" writes it through to the backend LUN ").append(t.lunId[t.lunOf[vb]])
                            .append(" and acknowledges")
                            .append(t.cachesWritesMode[v] ? " (write-through: a node of the I/O group is offline)" : "");
                }
                for (int r : t.masterRels[v]) {
                    int st = get(s, L.rcState[r]);
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
            case StorageModel.DESTAGE: {
                int v = x0;
                int b = StorageModel.arg1(a);
                int vb = v * t.B + b;
                return t.systemId[t.volumeSystem[v]] + " destages " + t.volumeId[v] + " block " + b + " ("
                        + t.valueText(get(s, L.cache[vb]) >>> 2) + ") from its cache to the backend LUN "
                        + t.lunId[t.lunOf[vb]];
            }
            case StorageModel.HOST_READ: {
                int v = StorageModel.arg1(a);
                int b = StorageModel.arg2(a);
                int vb = v * t.B + b;
                int e = get(s, L.cache[vb]);
                int onLun = get(s, L.lun[t.lunOf[vb]][t.posOf[vb]]);
                String head = t.hostId[x0] + " reads " + t.volumeId[v] + " block " + b;
                if ((e & StateLayout.CACHE_PRESENT) == 0) {
                    return head + "; " + t.systemId[t.volumeSystem[v]] + " reads " + t.valueText(onLun)
                            + " from the backend LUN " + t.lunId[t.lunOf[vb]] + " and keeps it in its read cache";
                }
                return head + "; " + t.systemId[t.volumeSystem[v]] + " serves " + t.valueText(e >>> 2)
                        + " from its read cache, but the backend LUN " + t.lunId[t.lunOf[vb]] + " now holds "
                        + t.valueText(onLun) + ": a backend copy replaced it underneath the system — a stale read";
            }
            case StorageModel.LUN_SUSPEND: {
                String src = t.lunId[t.copySrc[x0]];
                return "controller " + t.lunController[t.copySrc[x0]] + " suspends I/O to " + src + " for copy "
                        + t.copyId[x0] + ": " + src + " is offline to the systems" + mdisksOn(t.copySrc[x0]);
            }
            case StorageModel.BACKEND_SNAPSHOT, StorageModel.BACKEND_REPLICATE: {
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
                sb.append("; the systems are not told of the copy");
                return sb.toString();
            }
            case StorageModel.LUN_RESUME:
                return "controller " + t.lunController[t.copySrc[x0]] + " resumes I/O to " + t.lunId[t.copySrc[x0]]
                        + " after copy " + t.copyId[x0];
            case StorageModel.POOL_FAULT: {
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
            case StorageModel.FLASH_COPY_START:
                return "FlashCopy " + t.flashId[x0] + " flushes and pauses " + t.volumeId[t.flashSrc[x0]]
                        + " and copies it to " + t.volumeId[t.flashTgt[x0]] + " (a consistent point-in-time copy)";
            case StorageModel.UPGRADE_START:
                return t.systemId[x0] + " starts its code upgrade to " + t.targetLevel;
            case StorageModel.NODE_DOWN:
                return t.systemId[t.nodeSystem[x0]] + " takes node " + t.nodeId[x0] + " offline to upgrade it; "
                        + ioGroupId(t.nodeIoGroup[x0]) + " runs on its partner node, write-through";
            case StorageModel.NODE_UP:
                return "node " + t.nodeId[x0] + " of " + t.systemId[t.nodeSystem[x0]] + " comes back online at "
                        + t.targetLevel;
            case StorageModel.UPGRADE_COMMIT:
                return t.systemId[x0] + " commits the upgrade: it now runs " + t.targetLevel;
            case StorageModel.PARTNERSHIP_FAULT: {
                int p = x0;
                boolean both = get(s, L.phase[t.partA[p]]) == 1 && get(s, L.phase[t.partB[p]]) == 1;
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
            case StorageModel.PARTNERSHIP_RESTORE:
                return "partnership " + t.partnershipId[x0] + " reconnects (stopped relationships stay stopped)";
            case StorageModel.GLOBAL_REPLICATE: {
                int e = get(s, L.queue[x0][0]);
                int r = t.groupRels[x0][e >>> L.queueRelShift[x0]];
                int b = (e >>> L.queueBlockShift) & ((1 << (L.queueRelShift[x0] - L.queueBlockShift)) - 1);
                return "Global Mirror " + t.relId[r] + " replicates " + t.valueText(e & ((1 << L.valueBits) - 1))
                        + " to " + t.volumeId[t.relAux[r]] + " block " + b;
            }
            case StorageModel.RELATIONSHIP_SYNCHRONIZED:
                return "the background copy of " + t.relId[x0] + " completes: " + t.volumeId[t.relAux[x0]]
                        + " now matches " + t.volumeId[t.relMaster[x0]] + " and the relationship is consistent_synchronized";
            default:
                return m.actionName(a);
        }
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
