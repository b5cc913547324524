package io.copyproof.semantics;

import io.copyproof.config.MDiskMode;
import io.copyproof.config.RelationshipState;
import io.copyproof.explorer.Trace;
import io.copyproof.result.BlastRadius;
import io.copyproof.vocabulary.Check;
import io.copyproof.vocabulary.Event;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static io.copyproof.semantics.StateLayout.get;

/**
 * The closing explanation of a counterexample: what broke, the configuration element it is best
 * attributed to, and the blast radius when access was lost. Off the hot path.
 */
final class Explanations {

    /** What broke (text), where (element and optional field of the config), and who lost access. */
    /**
     * Why an invariant broke: the text, the configuration element (and field) to locate it at, the
     * blast radius, and whether the text already says why it matters ({@code complete}); otherwise
     * the rule's catalog rationale follows it.
     */
    record Attribution(String text, Object element, String field, Optional<BlastRadius> blastRadius,
                       boolean complete) {
        Attribution(String text, Object element, String field, Optional<BlastRadius> blastRadius) {
            this(text, element, field, blastRadius, false);
        }
    }

    private final StorageModel m;
    private final Topology t;
    private final Narrator narrator;

    Explanations(StorageModel m, Narrator narrator) {
        this.m = m;
        this.t = m.t;
        this.narrator = narrator;
    }

    Attribution explain(String id, Trace trace) {
        long[] last = trace.last();
        int n = trace.length();
        int lastAction = n > 0 ? trace.action(n - 1) : -1;
        long[] beforeLast = n > 0 ? trace.state(n - 1) : last;
        Event kind = lastAction >= 0 ? StorageModel.event(lastAction) : null;
        int a0 = lastAction >= 0 ? StorageModel.arg0(lastAction) : 0;
        return switch (Check.of(id)) {
            case CS_PIT_COMPLETE, CS_PIT_ORDER -> pit(id, a0, beforeLast);
            case CS_STALE_READ -> {
                int v = StorageModel.arg1(lastAction);
                int b = StorageModel.arg2(lastAction);
                int vb = v * t.B + b;
                yield new Attribution(t.hostId[a0] + " read " + t.volumeId[v] + " block " + b + " and got "
                        + t.valueText(get(last, m.L.cache[vb]) >>> 2) + " from the read cache of "
                        + t.systemId[t.volumeSystem[v]] + ", while the backend LUN " + t.lunId[t.lunOf[vb]]
                        + " now holds " + t.valueText(get(last, m.L.lun[t.lunOf[vb]][t.posOf[vb]]))
                        + ", written there by a backend copy.",
                        t.config.volumes().get(v), "cache", Optional.empty());
            }
            case CS_TARGET_HOLDS_SVC_DATA -> {
                int c = kind == Event.BACKEND_SNAPSHOT || kind == Event.BACKEND_REPLICATE ? a0 : firstCopiedSvc(last);
                yield new Attribution("Backend copy " + t.copyId[c] + " overwrote " + t.lunId[t.copyTgt[c]]
                        + ", a LUN that holds system data (" + svcDataOn(t.copyTgt[c]) + ").",
                        t.config.backendCopies().get(c), "target", Optional.of(potentialRadius(t.copyTgt[c])));
            }
            case CS_MANAGED_LUN_SUSPENDED -> {
                int c = firstSuspendedVirtualized(last);
                yield new Attribution("Backend copy " + t.copyId[c] + " suspended " + t.lunId[t.copySrc[c]]
                        + ", which the system virtualizes (" + virtualizedBy(t.copySrc[c]) + "); the system sees the "
                        + "LUN go offline without knowing why.", t.config.backendCopies().get(c), "suspendsSource",
                        Optional.of(lostRadius(last)));
            }
            case AV_VOLUME_ONLINE -> availability(trace, last, kind, a0);
            case RC_SYNC -> {
                int r = firstOutOfSync(last);
                Object step = upgradeStepOf(lastUpgradeEvent(trace));
                String now = RelationshipState.values()[get(last, m.L.rcState[r])].wire();
                String text = "Relationship " + t.relId[r] + " left consistent_synchronized (it is now " + now
                        + ") without an operator stop: its partnership disconnected.";
                boolean complete = false;
                for (int i = trace.length() - 1; i >= 0; i--) {
                    if (StorageModel.event(trace.action(i)) == Event.PARTNERSHIP_FAULT) {
                        int p = StorageModel.arg0(trace.action(i));
                        long[] before = trace.state(i);
                        if (get(before, m.L.phase[t.partA[p]]) != StateLayout.UPGRADE_UPGRADING
                                || get(before, m.L.phase[t.partB[p]]) != StateLayout.UPGRADE_UPGRADING) {
                            // not the concurrent upgrade the rule's rationale is about: the levels are incompatible
                            text += " The code levels of " + t.systemId[t.partA[p]] + " and " + t.systemId[t.partB[p]]
                                    + " are not compatible per the release notes, so the partnership cannot stay "
                                    + "connected and its relationships stop.";
                            complete = true;
                        }
                        break;
                    }
                }
                yield step != null ? new Attribution(text, step, null, Optional.empty(), complete)
                        : new Attribution(text, t.config.remoteCopies().get(r), "state", Optional.empty(), complete);
            }
            case RC_SECONDARY_CONSISTENT -> secondary(last);
            case UP_COMPATIBLE_LEVELS -> {
                int p = firstIncompatible(last);
                String text = "Partnership " + t.partnershipId[p] + " joins " + t.systemId[t.partA[p]] + " at "
                        + t.level(t.partA[p], m.committed(last, t.partA[p])) + " and " + t.systemId[t.partB[p]] + " at "
                        + t.level(t.partB[p], m.committed(last, t.partB[p]))
                        + ", levels the release notes do not allow together.";
                Object step = upgradeStepOf(lastUpgradeEvent(trace));
                yield step != null ? new Attribution(text, step, null, Optional.empty())
                        : new Attribution(text, t.config.systems().get(t.partA[p]), "codeLevel", Optional.empty());
            }
            case CS_UNSUPPORTED_CONTROLLER, CS_CACHE_ENABLED_SOURCE, UP_ONE_AT_A_TIME, UP_RELEASE_NOTES, CS_PIT_GROUP_ORDER ->
                    new Attribution("Invariant " + id + " is broken.", null, null, Optional.empty());
        };
    }

    private Attribution pit(String id, int c, long[] s) {
        int src = t.copySrc[c];
        String missing = null;
        for (int w = 0; w < t.writers && missing == null; w++) {
            int done = get(s, m.L.written[w]);
            int maxK = 0;
            for (int i = 0; i < t.copyLen[c]; i++) {
                int x = get(s, m.L.lun[src][i]);
                if (x != 0 && t.writerOfValue(x) == w) {
                    maxK = Math.max(maxK, t.writeOfValue(x));
                }
            }
            for (int j = 1; j <= done && missing == null; j++) {
                int vb = get(s, m.L.wloc[w][j - 1]);
                if (t.lunOf[vb] != src || t.covers(get(s, m.L.lun[src][t.posOf[vb]]), w, j)) {
                    continue;
                }
                String write = "write " + j + " of " + t.hostId[t.writerHost[w]] + " to " + t.volumeId[vb / t.B]
                        + " block " + vb % t.B;
                if (id.equals("CS-PIT-COMPLETE")) {
                    missing = "The point-in-time copy " + t.copyId[c] + " on " + t.lunId[t.copyTgt[c]] + " lacks " + write
                            + ", acknowledged to the host before the copy was taken (it was still in the system's cache).";
                } else if (j < maxK) {
                    missing = "The copy " + t.copyId[c] + " on " + t.lunId[t.copyTgt[c]] + " holds write " + maxK + " of "
                            + t.hostId[t.writerHost[w]] + " but not " + write
                            + ", which was issued before it.";
                }
            }
        }
        return new Attribution(missing != null ? missing : "Copy " + t.copyId[c] + " is not a consistent image.",
                t.config.backendCopies().get(c), null, Optional.empty());
    }

    private Attribution availability(Trace trace, long[] last, Event kind, int a0) {
        BlastRadius radius = lostRadius(last);
        String lost = String.join(", ", radius.volumes());
        String hosts = String.join(", ", radius.hosts());
        String head = (radius.volumes().size() == 1 ? "Volume " : "Volumes ") + lost + " went offline; "
                + (hosts.isEmpty() ? "no host" : hosts) + " lost access.";
        if (kind == Event.LUN_SUSPEND) {
            return new Attribution(head + " Backend copy " + t.copyId[a0] + " suspended " + t.lunId[t.copySrc[a0]]
                    + " under them: while a controller copy suspends its source LUN, every volume on it is offline.",
                    t.config.backendCopies().get(a0), "suspendsSource", Optional.of(radius), true);
        }
        if (kind == Event.POOL_FAULT) {
            int c = firstCopiedSvc(last);
            return new Attribution(head + " Pool " + t.poolId[a0] + " went offline after backend copy "
                    + (c >= 0 ? t.copyId[c] : "?") + " overwrote one of its MDisks; a pool taken offline takes "
                    + "every striped or sequential volume in it offline.",
                    c >= 0 ? t.config.backendCopies().get(c) : t.config.pools().get(a0), c >= 0 ? "target" : null,
                    Optional.of(radius), true);
        }
        if (kind == Event.HOST_WRITE) {
            Object step = upgradeStepOf(lastUpgradeEvent(trace));
            String text = head + " A Metro Mirror write timed out while both partnered systems had a node down for "
                    + "their concurrent upgrades: upgrading partnered systems concurrently under stress can lead "
                    + "to a loss of availability.";
            return new Attribution(text, step != null ? step : t.config.volumes().get(StorageModel.arg1(trace.action(trace.length() - 1))),
                    null, Optional.of(radius), true);
        }
        Attribution cut = pathLost(last, radius);
        if (cut != null) {
            return cut;
        }
        int v = radius.volumes().isEmpty() ? 0 : indexOf(t.volumeId, radius.volumes().get(0));
        return new Attribution(head, t.config.volumes().get(v), null, Optional.of(radius));
    }

    /**
     * A later write on an aux of group {@code g} whose earlier write of the same host went to the
     * master of a relationship in another group and is not on that one's aux; null when none.
     */
    private Attribution acrossGroups(long[] s, int g) {
        for (int r : t.groupRels[g]) {
            for (int b = 0; b < t.B; b++) {
                int x = m.logical(s, t.relAux[r], b);
                if (x == 0) {
                    continue;
                }
                int w = t.writerOfValue(x);
                int k = t.writeOfValue(x);
                for (int j = 1; j < k; j++) {
                    int vb = get(s, m.L.wloc[w][j - 1]);
                    for (int r2 : t.masterRels[vb / t.B]) {
                        int st = get(s, m.L.rcState[r2]);
                        boolean consistent = st == RelationshipState.CONSISTENT_SYNCHRONIZED.ordinal()
                                || st == RelationshipState.CONSISTENT_STOPPED.ordinal()
                                || st == RelationshipState.CONSISTENT_COPYING.ordinal();
                        if (t.relGroup[r2] != g && consistent && !t.covers(m.logical(s, t.relAux[r2], vb % t.B), w, j)) {
                            // located at the earlier of the two in the file: the same for every trace
                            var rc2 = t.config.remoteCopies().get(Math.min(r, r2));
                            return new Attribution("The aux volume " + t.volumeId[t.relAux[r]] + " of " + t.relId[r]
                                    + " (" + groupText(r) + ") holds " + t.valueText(x) + ", but the same host's earlier "
                                    + t.valueText(t.value(w, j)) + " to " + t.volumeId[vb / t.B] + ", the master of "
                                    + t.relId[r2] + " (" + groupText(r2) + "), is not on its aux "
                                    + t.volumeId[t.relAux[r2]] + ": relationships in different consistency groups are "
                                    + "replicated and stopped independently, so the secondary site holds a later write "
                                    + "without an earlier one.", rc2,
                                    rc2.consistencyGroup().isPresent() ? "consistencyGroup" : null, Optional.empty());
                        }
                    }
                }
            }
        }
        return null;
    }

    /**
     * A host that lists its paths and reaches none of the nodes it lists in a volume's I/O group:
     * the access it lost, located at its {@code nodes}; null when every such host reaches its volumes.
     */
    private Attribution pathLost(long[] s, BlastRadius radius) {
        for (int h = 0; h < t.nHosts; h++) {
            for (int i = 0; t.hostRestricted[h] && i < t.hostMaps[h].length; i++) {
                if (m.hostReaches(s, h, i)) {
                    continue;
                }
                int v = t.hostMaps[h][i];
                List<String> paths = new ArrayList<>();
                for (int nd : t.hostPaths[h][i]) {
                    paths.add(t.nodeId[nd]);
                }
                String text = "Host " + t.hostId[h] + " has paths only to " + (paths.size() == 1 ? "node " : "nodes ")
                        + String.join(", ", paths) + " of I/O group " + t.ioGroupName[t.volumeIoGroup[v]]
                        + "; with " + (paths.size() == 1 ? "that node" : "those nodes") + " offline for the upgrade, "
                        + t.hostId[h] + " lost access to volume " + t.volumeId[v]
                        + (m.volumeOnline(s, v) ? ", which stayed online through the other node of its I/O group." : ".")
                        + " A node restarts during a concurrent code upgrade; only a host with paths to both nodes "
                        + "of the I/O group keeps access.";
                return new Attribution(text, t.config.hosts().get(h), "nodes", Optional.of(radius), true);
            }
        }
        return null;
    }

    private String groupText(int r) {
        return t.config.remoteCopies().get(r).consistencyGroup().map(c -> "consistency group " + c)
                .orElse("in no consistency group");
    }

    private Attribution secondary(long[] s) {
        for (int g = 0; g < t.nGroups; g++) {
            if (m.groupPrefix(s, g)) {
                continue;
            }
            for (int r : t.groupRels[g]) {
                for (int b = 0; b < t.B; b++) {
                    int x = m.logical(s, t.relAux[r], b);
                    if (x == 0) {
                        continue;
                    }
                    int w = t.writerOfValue(x);
                    int k = t.writeOfValue(x);
                    int vb = get(s, m.L.wloc[w][k - 1]);
                    if (vb != t.relMaster[r] * t.B + b) {
                        return new Attribution("The aux volume " + t.volumeId[t.relAux[r]] + " of " + t.relId[r] + " holds "
                                + t.valueText(x) + " in block " + b + ", which is not a write to its master "
                                + t.volumeId[t.relMaster[r]] + " (it went to " + t.volumeId[vb / t.B] + " block " + vb % t.B
                                + "), while the relationship reports a consistent secondary.",
                                t.config.remoteCopies().get(r), null, Optional.empty());
                    }
                }
            }
            Attribution across = acrossGroups(s, g);
            if (across != null) {
                return across;
            }
            int r = t.groupRels[g][0];
            return new Attribution("The aux volumes of " + t.groupName[g] + " hold a later write without an earlier one "
                    + "of the same host, while the relationship reports a consistent secondary.",
                    t.config.remoteCopies().get(r), null, Optional.empty());
        }
        return new Attribution("A secondary is not a prefix of its master's writes.", null, null, Optional.empty());
    }

    /** The volumes mapped to hosts that are offline in {@code s}, their offline pools, I/O groups and hosts. */
    BlastRadius lostRadius(long[] s) {
        Set<String> pools = new LinkedHashSet<>();
        Set<String> groups = new LinkedHashSet<>();
        Set<String> vols = new LinkedHashSet<>();
        Set<String> hosts = new LinkedHashSet<>();
        for (int v = 0; v < t.nVolumes; v++) {
            if (!t.mapped[v] || m.volumeOnline(s, v)) {
                continue;
            }
            vols.add(t.volumeId[v]);
            if (!t.volumeImage[v] && !m.poolOnline(s, t.volumePool[v])) {
                pools.add(t.poolId[t.volumePool[v]]);
            }
            if (!m.ioGroupOnline(s, t.volumeIoGroup[v])) {
                groups.add(t.ioGroupName[t.volumeIoGroup[v]]);
            }
            for (int h = 0; h < t.nHosts; h++) {
                for (int hv : t.hostMaps[h]) {
                    if (hv == v) {
                        hosts.add(t.hostId[h]);
                    }
                }
            }
        }
        for (int h = 0; h < t.nHosts; h++) {
            for (int i = 0; t.hostRestricted[h] && i < t.hostMaps[h].length; i++) {
                if (!m.hostReaches(s, h, i)) {
                    int v = t.hostMaps[h][i];
                    vols.add(t.volumeId[v]);
                    groups.add(t.ioGroupName[t.volumeIoGroup[v]]);
                    hosts.add(t.hostId[h]);
                }
            }
        }
        return new BlastRadius(List.copyOf(pools), List.copyOf(groups), List.copyOf(vols), List.copyOf(hosts));
    }

    /** What may go offline when the managed MDisks on LUN {@code l} fault: their pools, volumes, hosts. */
    private BlastRadius potentialRadius(int l) {
        Set<String> pools = new LinkedHashSet<>();
        Set<String> vols = new LinkedHashSet<>();
        Set<String> hosts = new LinkedHashSet<>();
        for (int md = 0; md < t.nMdisks; md++) {
            if (t.mdiskLun[md] != l || t.mdiskMode[md] != MDiskMode.MANAGED || t.mdiskPool[md] < 0) {
                continue;
            }
            int p = t.mdiskPool[md];
            pools.add(t.poolId[p]);
            for (int v = 0; v < t.nVolumes; v++) {
                if (!t.volumeImage[v] && t.volumePool[v] == p) {
                    vols.add(t.volumeId[v]);
                    for (int h = 0; h < t.nHosts; h++) {
                        for (int hv : t.hostMaps[h]) {
                            if (hv == v) {
                                hosts.add(t.hostId[h]);
                            }
                        }
                    }
                }
            }
        }
        return new BlastRadius(List.copyOf(pools), List.of(), List.copyOf(vols), List.copyOf(hosts));
    }

    private String svcDataOn(int l) {
        List<String> parts = new ArrayList<>();
        for (int md = 0; md < t.nMdisks; md++) {
            if (t.mdiskLun[md] != l) {
                continue;
            }
            if (t.mdiskMode[md] == MDiskMode.MANAGED) {
                parts.add("managed MDisk " + t.mdiskId[md] + (t.mdiskPool[md] >= 0 ? " of pool " + t.poolId[t.mdiskPool[md]] : ""));
            } else if (t.mdiskMode[md] == MDiskMode.IMAGE) {
                parts.add("image MDisk " + t.mdiskId[md] + " of a volume whose content the system owns (a host writes "
                        + "it, or a remote copy or FlashCopy mapping copies it)");
            }
        }
        return String.join(", ", parts);
    }

    private String virtualizedBy(int l) {
        List<String> parts = new ArrayList<>();
        for (int md = 0; md < t.nMdisks; md++) {
            if (t.mdiskLun[md] == l && t.mdiskMode[md] != MDiskMode.UNMANAGED) {
                parts.add(t.mdiskMode[md].wire() + " MDisk " + t.mdiskId[md]);
            }
        }
        return String.join(", ", parts);
    }

    private int firstCopiedSvc(long[] s) {
        for (int c = 0; c < t.nCopies; c++) {
            if (get(s, m.L.copiedSvcData[c]) != 0) {
                return c;
            }
        }
        return -1;
    }

    private int firstSuspendedVirtualized(long[] s) {
        for (int c = 0; c < t.nCopies; c++) {
            if (t.copySourceVirtualized[c] && get(s, m.L.copyPhase[c]) != StateLayout.COPY_IDLE) {
                return c;
            }
        }
        return 0;
    }

    private int firstOutOfSync(long[] s) {
        int cs = RelationshipState.CONSISTENT_SYNCHRONIZED.ordinal();
        int cc = RelationshipState.CONSISTENT_COPYING.ordinal();
        for (int r = 0; r < t.nRels; r++) {
            if ((t.relInitial[r] == cs || t.relInitial[r] == cc) && get(s, m.L.rcState[r]) != t.relInitial[r]) {
                return r;
            }
        }
        return 0;
    }

    private int firstIncompatible(long[] s) {
        for (int p = 0; p < t.nPartnerships; p++) {
            if (!m.compatibleNow(s, p)) {
                return p;
            }
        }
        return 0;
    }

    /**
     * The UpgradeStart or UpgradeCommit action of the trace whose system's step comes last in the
     * plan (the last such action of that system), or -1. Independent of how the engine interleaved
     * concurrent upgrades, so both engines attribute a violation to the same step.
     */
    private int lastUpgradeEvent(Trace trace) {
        int best = -1;
        int bestStep = -1;
        for (int i = 0; i < trace.length(); i++) {
            Event k = StorageModel.event(trace.action(i));
            if (k == Event.UPGRADE_START || k == Event.UPGRADE_COMMIT) {
                int step = t.stepOf[StorageModel.arg0(trace.action(i))];
                if (step >= bestStep) {
                    best = trace.action(i);
                    bestStep = step;
                }
            }
        }
        return best;
    }

    private Object upgradeStepOf(int action) {
        if (action < 0 || t.config.upgrade().isEmpty()) {
            return null;
        }
        int sys = StorageModel.arg0(action);
        return t.stepOf[sys] >= 0 ? t.config.upgrade().get().steps().get(t.stepOf[sys]) : null;
    }

    private static int indexOf(String[] ids, String id) {
        for (int i = 0; i < ids.length; i++) {
            if (ids[i].equals(id)) {
                return i;
            }
        }
        return 0;
    }
}
