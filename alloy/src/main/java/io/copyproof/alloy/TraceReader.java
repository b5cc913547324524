package io.copyproof.alloy;

import edu.mit.csail.sdg.alloy4.Err;
import edu.mit.csail.sdg.ast.Expr;
import edu.mit.csail.sdg.parser.CompModule;
import edu.mit.csail.sdg.translator.A4Solution;
import edu.mit.csail.sdg.translator.A4Tuple;
import edu.mit.csail.sdg.translator.A4TupleSet;
import io.copyproof.config.BackendCopy;
import io.copyproof.config.Config;
import io.copyproof.config.FlashCopy;
import io.copyproof.config.Host;
import io.copyproof.config.IoGroup;
import io.copyproof.config.Lun;
import io.copyproof.config.MDisk;
import io.copyproof.config.Partnership;
import io.copyproof.config.Pool;
import io.copyproof.config.RemoteCopy;
import io.copyproof.config.RemoteCopyType;
import io.copyproof.config.StorageSystem;
import io.copyproof.config.Volume;
import io.copyproof.result.BlastRadius;
import io.copyproof.result.Change;
import io.copyproof.result.StateValue;
import io.copyproof.result.TraceStep;
import io.copyproof.result.Violation;
import io.copyproof.rules.RuleCatalog;
import io.copyproof.rules.RuleInfo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads an Alloy counterexample back into the explorer's trace format. The event of each
 * transition is found by evaluating every event predicate, with every argument, between the two
 * states ({@code {h: Host, v: Volume, b: Block | HostWrite[h, v, b]}} at state i); a transition
 * that is a stutter is skipped (a shortest counterexample has none before its violation). The
 * trace ends at the first state that violates the invariant.
 */
final class TraceReader {
    /** Event name, the argument names and the sigs they range over. */
    private record EventSpec(String name, List<String> argNames, List<String> argSigs) {
    }

    private static final List<EventSpec> EVENTS = List.of(
            new EventSpec("HostWrite", List.of("host", "volume", "block"), List.of("Host", "Volume", "Block")),
            new EventSpec("Destage", List.of("volume", "block"), List.of("Volume", "Block")),
            new EventSpec("HostRead", List.of("host", "volume", "block"), List.of("Host", "Volume", "Block")),
            new EventSpec("LunSuspend", List.of("copy"), List.of("BackendCopy")),
            new EventSpec("BackendSnapshot", List.of("copy"), List.of("BackendCopy")),
            new EventSpec("BackendReplicate", List.of("copy"), List.of("BackendCopy")),
            new EventSpec("LunResume", List.of("copy"), List.of("BackendCopy")),
            new EventSpec("PoolFault", List.of("pool"), List.of("Pool")),
            new EventSpec("FlashCopyStart", List.of("flashCopy"), List.of("FlashCopy")),
            new EventSpec("UpgradeStart", List.of("system"), List.of("System")),
            new EventSpec("NodeDown", List.of("system", "node"), List.of("System", "Node")),
            new EventSpec("NodeUp", List.of("system", "node"), List.of("System", "Node")),
            new EventSpec("UpgradeCommit", List.of("system"), List.of("System")),
            new EventSpec("PartnershipFault", List.of("partnership"), List.of("Partnership")),
            new EventSpec("PartnershipRestore", List.of("partnership"), List.of("Partnership")),
            new EventSpec("GlobalReplicate", List.of("group"), List.of("Group")),
            new EventSpec("RelationshipSynchronized", List.of("relationship"), List.of("Rel")));

    /** The state predicate of each invariant (true where it holds). */
    private static final Map<String, String> HOLDS = Map.of(
            "CS-PIT-COMPLETE", "pitComplete",
            "CS-PIT-ORDER", "pitOrder",
            "CS-STALE-READ", "noStaleRead",
            "CS-TARGET-HOLDS-SVC-DATA", "targetNoSvcData",
            "CS-MANAGED-LUN-SUSPENDED", "managedLunNotSuspended",
            "AV-VOLUME-ONLINE", "volumesOnline",
            "RC-SYNC", "rcSync",
            "RC-SECONDARY-CONSISTENT", "secondaryConsistent",
            "UP-COMPATIBLE-LEVELS", "levelsCompatible");

    private static final String[] STATE_EXPRS = {"Issued", "TimedOut", "onlineVolumes", "cval", "dirty", "content",
        "Faulted", "onlineMDisks", "onlinePools", "cphase", "done", "SvcDataCopied", "fdone", "Up", "Upgraded",
        "phase", "Connected", "rc", "queued", "Raised", "wblk", "earlier"};

    private final Config config;
    private final AlloyModel model;
    private final AlloyNames names;
    private final Map<String, Expr> exprs = new HashMap<>();
    private final Map<String, Expr> eventExprs = new LinkedHashMap<>();
    private final CompModule world;
    private final AlloyGenerator.Topology topology;

    TraceReader(Config config, AlloyModel model, CompModule world) {
        this.config = config;
        this.model = model;
        this.names = model.names();
        this.world = world;
        this.topology = AlloyGenerator.Topology.of(config, model.blocks());
        for (String s : STATE_EXPRS) {
            exprs.put(s, AlloyEngine.expr(world, s));
        }
        for (EventSpec e : EVENTS) {
            StringBuilder decl = new StringBuilder("{");
            StringBuilder call = new StringBuilder(e.name()).append('[');
            for (int i = 0; i < e.argSigs().size(); i++) {
                decl.append(i > 0 ? ", " : "").append("a").append(i).append(": ").append(e.argSigs().get(i));
                call.append(i > 0 ? ", " : "").append("a").append(i);
            }
            String text = decl + " | " + call + "]}";
            eventExprs.put(e.name(), AlloyEngine.expr(world, text));
        }
        exprs.put("stutter", AlloyEngine.expr(world, "stutter"));
        HOLDS.forEach((id, pred) -> exprs.put(id, AlloyEngine.expr(world, pred)));
    }

    /** The violation of {@code invariantId} that the satisfiable solution shows. */
    Violation violation(String invariantId, A4Solution sol) {
        int length = sol.getTraceLength();
        int bad = -1;
        for (int i = 0; i < length; i++) {
            if (!(Boolean) eval(sol, exprs.get(invariantId), i)) {
                bad = i;
                break;
            }
        }
        if (bad < 0) {
            throw new IllegalStateException("Alloy's counterexample to " + invariantId + " violates it in no state");
        }
        List<State> states = new ArrayList<>();
        for (int i = 0; i <= bad; i++) {
            states.add(read(sol, i));
        }
        List<TraceStep> steps = new ArrayList<>();
        for (int i = 0; i < bad; i++) {
            if ((Boolean) eval(sol, exprs.get("stutter"), i)) {
                continue;
            }
            Fired f = fired(sol, i);
            State before = states.get(i);
            State after = states.get(i + 1);
            steps.add(new TraceStep(steps.size() + 1, f.event(), f.args(), text(f, before, after),
                    changes(before, after), after.values(), config.subjectOf(f.args()).map(config::locate)));
        }
        RuleInfo info = RuleCatalog.get(invariantId);
        String explanation = info.title() + " is broken after " + steps.size() + " step" + (steps.size() == 1 ? "" : "s")
                + ". " + info.rationale();
        String path = steps.isEmpty() ? "" : pathOf(steps.get(steps.size() - 1));
        return new Violation(invariantId, info.title(), AlloyEngine.NAME, states.get(0).values(), steps, explanation,
                config.sources().locate(path), path, invariantId.equals("AV-VOLUME-ONLINE")
                        ? blastRadius(states.get(states.size() - 1)) : Optional.empty());
    }

    /** What lost access in the violating state: offline pools, mapped volumes not online, their hosts. */
    private Optional<BlastRadius> blastRadius(State last) {
        List<String> pools = new ArrayList<>();
        for (Pool p : config.pools()) {
            StateValue sv = last.byKey().get("pool:" + p.id() + "\u0000status");
            if (sv != null && !sv.value().equals("online")) {
                pools.add(p.id());
            }
        }
        List<String> volumes = new ArrayList<>();
        List<String> hosts = new ArrayList<>();
        for (Volume v : config.volumes()) {
            StateValue sv = last.byKey().get("volume:" + v.id() + "\u0000status");
            if (sv != null && !sv.value().equals("online") && !config.hostsOf(v.id()).isEmpty()) {
                volumes.add(v.id());
                config.hostsOf(v.id()).forEach(h -> {
                    if (!hosts.contains(h.id())) {
                        hosts.add(h.id());
                    }
                });
            }
        }
        BlastRadius b = new BlastRadius(pools, List.of(), volumes, hosts);
        return b.isEmpty() ? Optional.empty() : Optional.of(b);
    }

    /** The event and arguments of the transition from state i. */
    record Fired(String event, Map<String, Object> args) {
    }

    private Fired fired(A4Solution sol, int i) {
        for (EventSpec e : EVENTS) {
            A4TupleSet set = (A4TupleSet) eval(sol, eventExprs.get(e.name()), i);
            if (set.size() == 0) {
                continue;
            }
            // the first matching argument tuple, in sorted order of the rendered arguments
            TreeSet<String> keys = new TreeSet<>();
            Map<String, A4Tuple> byKey = new HashMap<>();
            for (A4Tuple t : set) {
                StringBuilder k = new StringBuilder();
                for (int a = 0; a < t.arity(); a++) {
                    k.append(t.atom(a)).append('\u0000');
                }
                keys.add(k.toString());
                byKey.put(k.toString(), t);
            }
            A4Tuple t = byKey.get(keys.first());
            Map<String, Object> args = new LinkedHashMap<>();
            for (int a = 0; a < t.arity(); a++) {
                String atom = t.atom(a);
                args.put(e.argNames().get(a), e.argNames().get(a).equals("block")
                        ? (Object) Integer.parseInt(names.id(atom)) : names.id(atom));
            }
            return new Fired(e.name(), args);
        }
        throw new IllegalStateException("no event explains step " + (i + 1) + " of Alloy's trace");
    }

    private Object eval(A4Solution sol, Expr e, int state) {
        try {
            return sol.eval(e, state);
        } catch (Err err) {
            throw new IllegalStateException("cannot evaluate " + e + ": " + err.getMessage(), err);
        }
    }

    // ---- states ----------------------------------------------------------------------------

    /** A rendered state, lanes in configuration order. */
    record State(LinkedHashMap<String, StateValue> byKey, Map<String, String> raw) {
        List<StateValue> values() {
            return List.copyOf(byKey.values());
        }
    }

    private Set<String> unary(A4Solution sol, String expr, int i) {
        Set<String> out = new TreeSet<>();
        for (A4Tuple t : (A4TupleSet) eval(sol, exprs.get(expr), i)) {
            out.add(AlloyNames.strip(t.atom(0)));
        }
        return out;
    }

    private Map<String, String> binary(A4Solution sol, String expr, int i) {
        Map<String, String> out = new HashMap<>();
        for (A4Tuple t : (A4TupleSet) eval(sol, exprs.get(expr), i)) {
            out.merge(AlloyNames.strip(t.atom(0)), AlloyNames.strip(t.atom(1)), (a, b) -> a + "," + b);
        }
        return out;
    }

    private Map<String, String> ternary(A4Solution sol, String expr, int i) {
        Map<String, String> out = new HashMap<>();
        for (A4Tuple t : (A4TupleSet) eval(sol, exprs.get(expr), i)) {
            out.put(AlloyNames.strip(t.atom(0)) + "/" + AlloyNames.strip(t.atom(1)), AlloyNames.strip(t.atom(2)));
        }
        return out;
    }

    private String value(String atom) {
        if (atom == null) {
            return "?";
        }
        return atom.equals("Zero") ? "0" : names.id(atom);
    }

    private State read(A4Solution sol, int i) {
        LinkedHashMap<String, StateValue> m = new LinkedHashMap<>();
        Set<String> issued = unary(sol, "Issued", i);
        Set<String> timedOut = unary(sol, "TimedOut", i);
        Set<String> online = unary(sol, "onlineVolumes", i);
        Map<String, String> cval = ternary(sol, "cval", i);
        Set<String> dirty = new TreeSet<>(binary(sol, "dirty", i).entrySet().stream()
                .flatMap(e -> List.of(e.getValue().split(",")).stream().map(b -> e.getKey() + "/" + b)).toList());
        Map<String, String> content = ternary(sol, "content", i);
        Set<String> faulted = unary(sol, "Faulted", i);
        Set<String> mdOnline = unary(sol, "onlineMDisks", i);
        Set<String> poolOnline = unary(sol, "onlinePools", i);
        Map<String, String> cphase = binary(sol, "cphase", i);
        Map<String, String> done = binary(sol, "done", i);
        Set<String> svc = unary(sol, "SvcDataCopied", i);
        Map<String, String> fdone = binary(sol, "fdone", i);
        Set<String> up = unary(sol, "Up", i);
        Set<String> upgraded = unary(sol, "Upgraded", i);
        Map<String, String> phase = binary(sol, "phase", i);
        Set<String> connected = unary(sol, "Connected", i);
        Map<String, String> rc = binary(sol, "rc", i);
        Map<String, String> queued = binary(sol, "queued", i);
        Set<String> raised = unary(sol, "Raised", i);
        Map<String, String> wblk = binary(sol, "wblk", i);
        Map<String, String> earlier = binary(sol, "earlier", i);

        for (Host h : config.hosts()) {
            if (h.writes()) {
                int n = 0;
                for (int j = 1; j <= 64; j++) {
                    String w;
                    try {
                        w = names.name("write", h.id() + "/" + j);
                    } catch (IllegalArgumentException e) {
                        break;
                    }
                    if (issued.contains(w)) {
                        n++;
                    }
                }
                put(m, "host:" + h.id(), "written", Integer.toString(n));
            }
        }
        for (StorageSystem s : config.systems()) {
            String sn = names.name("system", s.id());
            String ph = phase.getOrDefault(sn, "Pending");
            put(m, "system:" + s.id(), "phase", ph.toLowerCase());
            put(m, "system:" + s.id(), "level", ph.equals("Committed") && config.upgrade().isPresent()
                    ? config.upgrade().get().targetLevel().toString() : s.codeLevel().toString());
            for (IoGroup g : s.ioGroups()) {
                for (String n : g.nodes()) {
                    String nn = names.name("node", s.id() + "/" + n);
                    put(m, "node:" + n, "state", up.contains(nn) ? "up" : "down");
                    put(m, "node:" + n, "upgraded", upgraded.contains(nn) ? "yes" : "no");
                }
            }
        }
        for (Partnership p : config.partnerships()) {
            put(m, "partnership:" + p.id(), "connected",
                    connected.contains(names.name("partnership", p.id())) ? "yes" : "no");
        }
        for (RemoteCopy r : config.remoteCopies()) {
            String rn = names.name("relationship", r.id());
            put(m, "relationship:" + r.id(), "state", rcWire(rc.get(rn)));
            if (r.type() == RemoteCopyType.GLOBAL) {
                List<String> q = new ArrayList<>(queued.containsKey(rn) ? List.of(queued.get(rn).split(",")) : List.of());
                q.sort((a, b) -> Integer.compare(count(earlier.get(a)), count(earlier.get(b))));
                StringBuilder sb = new StringBuilder("[");
                for (String w : q) {
                    sb.append(sb.length() > 1 ? ", " : "").append("block ").append(names.id(wblk.get(w))).append(": ")
                            .append(value(w));
                }
                put(m, "relationship:" + r.id(), "gmQueue", sb.append(']').toString());
            }
        }
        for (Pool p : config.pools()) {
            put(m, "pool:" + p.id(), "status", poolOnline.contains(names.name("pool", p.id())) ? "online" : "offline");
        }
        for (MDisk md : config.mdisks()) {
            String n = names.name("mdisk", md.id());
            put(m, "mdisk:" + md.id(), "status", faulted.contains(n) ? "faulted"
                    : mdOnline.contains(n) ? "online" : "offline");
        }
        for (Volume v : config.volumes()) {
            String n = names.name("volume", v.id());
            put(m, "volume:" + v.id(), "status", timedOut.contains(n) ? "timed out"
                    : online.contains(n) ? "online" : "offline");
            for (int b = 0; b < model.blocks(); b++) {
                String key = n + "/" + names.name("index", Integer.toString(b));
                String x = cval.get(key);
                put(m, "cache:" + v.id(), "block " + b, x == null ? "empty"
                        : value(x) + (dirty.contains(key) ? " dirty" : " clean"));
            }
        }
        for (Lun l : config.luns()) {
            String n = names.name("lun", l.id());
            int size = topology.size().get(l.id());
            for (int p = 0; p < size; p++) {
                put(m, "lun:" + l.id(), "position " + p, value(content.get(n + "/" + names.name("index",
                        Integer.toString(p)))));
            }
        }
        for (BackendCopy c : config.backendCopies()) {
            String n = names.name("copy", c.id());
            put(m, "copy:" + c.id(), "phase", phaseWire(cphase.get(n)));
            put(m, "copy:" + c.id(), "triggers", done.getOrDefault(n, "0"));
            put(m, "copy:" + c.id(), "copiedSvcData", svc.contains(n) ? "yes" : "no");
        }
        for (FlashCopy f : config.flashCopies()) {
            put(m, "copy:" + f.id(), "triggers", fdone.getOrDefault(names.name("flashcopy", f.id()), "0"));
        }
        put(m, "copy:*", "pitIncomplete", raised.contains("PitIncomplete") ? "yes" : "no");
        put(m, "copy:*", "pitDisordered", raised.contains("PitDisordered") ? "yes" : "no");
        put(m, "copy:*", "staleRead", raised.contains("StaleRead") ? "yes" : "no");

        Map<String, String> raw = new HashMap<>();
        issued.forEach(w -> raw.put("issued:" + w, "1"));
        timedOut.forEach(v -> raw.put("timedOut:" + v, "1"));
        return new State(m, raw);
    }

    private static int count(String csv) {
        return csv == null ? 0 : csv.split(",").length;
    }

    private static void put(Map<String, StateValue> m, String actor, String variable, String value) {
        m.put(actor + "\u0000" + variable, new StateValue(actor, variable, value));
    }

    private static String rcWire(String atom) {
        if (atom == null) {
            return "?";
        }
        return switch (atom) {
            case "ConsistentSynchronized" -> "consistent_synchronized";
            case "ConsistentStopped" -> "consistent_stopped";
            case "InconsistentCopying" -> "inconsistent_copying";
            case "InconsistentStopped" -> "inconsistent_stopped";
            case "Idling" -> "idling";
            default -> atom;
        };
    }

    private static String phaseWire(String atom) {
        if (atom == null) {
            return "idle";
        }
        return switch (atom) {
            case "SuspendedBefore" -> "suspendedBefore";
            case "SuspendedAfter" -> "suspendedAfter";
            default -> "idle";
        };
    }

    private static List<Change> changes(State before, State after) {
        List<Change> out = new ArrayList<>();
        for (Map.Entry<String, StateValue> e : after.byKey().entrySet()) {
            StateValue b = before.byKey().get(e.getKey());
            StateValue a = e.getValue();
            if (b == null || !b.value().equals(a.value())) {
                out.add(new Change(a.actor(), a.variable(), b == null ? "" : b.value(), a.value()));
            }
        }
        return out;
    }

    private String text(Fired f, State before, State after) {
        Map<String, Object> a = f.args();
        return switch (f.event()) {
            case "HostWrite" -> {
                String v = (String) a.get("volume");
                String key = "volume:" + v + "\u0000status";
                if ("timed out".equals(after.byKey().get(key).value())
                        && !"timed out".equals(before.byKey().get(key).value())) {
                    yield "Host " + a.get("host") + " writes block " + a.get("block") + " of " + v
                            + "; the Metro Mirror write times out and the host loses the volume";
                }
                String hostKey = "host:" + a.get("host") + "\u0000written";
                yield "Host " + a.get("host") + " writes block " + a.get("block") + " of " + v + " (write "
                        + a.get("host") + "#" + after.byKey().get(hostKey).value() + ")";
            }
            case "Destage" -> "The cache destages block " + a.get("block") + " of " + a.get("volume")
                    + " to its backend LUN";
            case "HostRead" -> "Host " + a.get("host") + " reads block " + a.get("block") + " of " + a.get("volume");
            case "LunSuspend" -> "Backend copy " + a.get("copy") + " suspends its source LUN "
                    + config.backendCopy((String) a.get("copy")).source();
            case "BackendSnapshot" -> "The controller takes snapshot " + a.get("copy") + " of LUN "
                    + config.backendCopy((String) a.get("copy")).source() + " onto LUN "
                    + config.backendCopy((String) a.get("copy")).target();
            case "BackendReplicate" -> "The controller replicates LUN "
                    + config.backendCopy((String) a.get("copy")).source() + " onto LUN "
                    + config.backendCopy((String) a.get("copy")).target() + " (" + a.get("copy") + ")";
            case "LunResume" -> "Backend copy " + a.get("copy") + " resumes its source LUN";
            case "PoolFault" -> "Pool " + a.get("pool") + " goes offline: a backend copy overwrote its managed MDisk";
            case "FlashCopyStart" -> "FlashCopy " + a.get("flashCopy") + " is triggered";
            case "UpgradeStart" -> "System " + a.get("system") + " starts its code upgrade";
            case "NodeDown" -> "Node " + a.get("node") + " of " + a.get("system") + " goes offline to upgrade";
            case "NodeUp" -> "Node " + a.get("node") + " of " + a.get("system") + " comes back on the new level";
            case "UpgradeCommit" -> "System " + a.get("system") + " commits the upgrade";
            case "PartnershipFault" -> "Partnership " + a.get("partnership") + " disconnects";
            case "PartnershipRestore" -> "Partnership " + a.get("partnership") + " reconnects";
            case "GlobalReplicate" -> "Global Mirror replicates the oldest write of group " + a.get("group");
            case "RelationshipSynchronized" -> "Relationship " + a.get("relationship") + " finishes its background copy";
            default -> f.event();
        };
    }

    private String pathOf(TraceStep last) {
        Map<String, Object> a = last.args();
        Object el = null;
        if (a.containsKey("copy")) {
            el = config.backendCopy((String) a.get("copy"));
        } else if (a.containsKey("volume")) {
            el = config.volume((String) a.get("volume"));
        } else if (a.containsKey("relationship")) {
            el = config.remoteCopy((String) a.get("relationship"));
        } else if (a.containsKey("system")) {
            el = config.system((String) a.get("system"));
        } else if (a.containsKey("pool")) {
            el = config.pool((String) a.get("pool"));
        } else if (a.containsKey("partnership")) {
            String id = (String) a.get("partnership");
            el = config.partnerships().stream().filter(p -> p.id().equals(id)).findFirst().orElse(null);
        }
        return el == null ? "" : config.pathOf(el);
    }
}
