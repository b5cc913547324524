package io.copyproof.alloy;

import edu.mit.csail.sdg.alloy4.Err;
import edu.mit.csail.sdg.ast.Expr;
import edu.mit.csail.sdg.parser.CompModule;
import edu.mit.csail.sdg.translator.A4Solution;
import edu.mit.csail.sdg.translator.A4Tuple;
import edu.mit.csail.sdg.translator.A4TupleSet;
import io.copyproof.config.BackendCopy;
import io.copyproof.config.Bounds;
import io.copyproof.config.Config;
import io.copyproof.config.FlashCopy;
import io.copyproof.config.Host;
import io.copyproof.config.IoGroup;
import io.copyproof.config.Partnership;
import io.copyproof.config.Pool;
import io.copyproof.config.RemoteCopy;
import io.copyproof.config.StorageSystem;
import io.copyproof.config.Volume;
import io.copyproof.trace.AbstractStep;
import io.copyproof.trace.AbstractTrace;
import io.copyproof.vocabulary.Check;
import io.copyproof.vocabulary.ElementKind;
import io.copyproof.vocabulary.Event;
import io.copyproof.vocabulary.Lane;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static io.copyproof.trace.AbstractTrace.key;

/**
 * Decodes an Alloy counterexample into the shared vocabulary ({@link AbstractTrace}). The event of
 * each transition is found by evaluating every {@link Event}'s predicate of the library, with
 * every argument of its {@link Event#args()} kinds, between the two states
 * ({@code {a0: Host, a1: Volume, a2: Block | HostWrite[a0, a1, a2]}} at state i); a transition that
 * is a stutter is skipped (a shortest counterexample has none before its violation). The trace
 * ends at the first state that violates the invariant. Each state is decoded into the
 * {@link Lane}s the Alloy model has in the same form as the explorer: the trace layer checks them
 * against the storage semantics step by step.
 */
final class TraceReader {

    private static final String[] STATE_EXPRS = {"Issued", "TimedOut", "onlineVolumes", "onlinePools", "done",
        "fdone", "Up", "phase", "Connected", "rc"};

    private final Config config;
    private final Bounds bounds;
    private final AlloyNames names;
    private final Map<String, Expr> exprs = new HashMap<>();
    private final Map<Event, Expr> eventExprs = new EnumMap<>(Event.class);
    private final Map<Check, Expr> holds = new EnumMap<>(Check.class);

    TraceReader(Config config, Bounds bounds, AlloyModel model, CompModule world) {
        this.config = config;
        this.bounds = bounds;
        this.names = model.names();
        for (String s : STATE_EXPRS) {
            exprs.put(s, AlloyEngine.expr(world, s));
        }
        for (Event e : Event.values()) {
            StringBuilder decl = new StringBuilder("{");
            StringBuilder call = new StringBuilder(e.wire()).append('[');
            for (int i = 0; i < e.args().size(); i++) {
                decl.append(i > 0 ? ", " : "").append("a").append(i).append(": ").append(e.args().get(i).alloySig());
                call.append(i > 0 ? ", " : "").append("a").append(i);
            }
            eventExprs.put(e, AlloyEngine.expr(world, decl + " | " + call + "]}"));
        }
        exprs.put("stutter", AlloyEngine.expr(world, "stutter"));
        for (Check c : Check.values()) {
            String pred = holdsPredicate(c);
            if (pred != null) {
                holds.put(c, AlloyEngine.expr(world, pred));
            }
        }
    }

    /**
     * The library's state predicate of invariant {@code c} (true where it holds), or null for a
     * check that is static only. Exhaustive: a new {@link Check} does not compile until it is named here.
     */
    static String holdsPredicate(Check c) {
        return switch (c) {
            case CS_PIT_COMPLETE -> "pitComplete";
            case CS_PIT_ORDER -> "pitOrder";
            case CS_STALE_READ -> "noStaleRead";
            case CS_TARGET_HOLDS_SVC_DATA -> "targetNoSvcData";
            case CS_MANAGED_LUN_SUSPENDED -> "managedLunNotSuspended";
            case AV_VOLUME_ONLINE -> "volumesOnline";
            case RC_SYNC -> "rcSync";
            case RC_SECONDARY_CONSISTENT -> "secondaryConsistent";
            case UP_COMPATIBLE_LEVELS -> "levelsCompatible";
            case CS_UNSUPPORTED_CONTROLLER, CS_CACHE_ENABLED_SOURCE, UP_ONE_AT_A_TIME, UP_RELEASE_NOTES, CS_PIT_GROUP_ORDER -> null;
        };
    }

    /** The counterexample to {@code invariantId} that the satisfiable solution shows. */
    AbstractTrace trace(String invariantId, A4Solution sol) {
        Check check = Check.of(invariantId);
        Expr holdsExpr = holds.get(check);
        int length = sol.getTraceLength();
        int bad = -1;
        for (int i = 0; i < length; i++) {
            if (!(Boolean) eval(sol, holdsExpr, i)) {
                bad = i;
                break;
            }
        }
        if (bad < 0) {
            throw new IllegalStateException("Alloy's counterexample to " + invariantId + " violates it in no state");
        }
        List<AbstractStep> steps = new ArrayList<>();
        for (int i = 0; i < bad; i++) {
            if ((Boolean) eval(sol, exprs.get("stutter"), i)) {
                continue;
            }
            steps.add(fired(sol, i));
        }
        return new AbstractTrace(check, lanes(sol, 0), steps);
    }

    /** The event and arguments of the transition from state i, with the lanes of state i + 1. */
    private AbstractStep fired(A4Solution sol, int i) {
        for (Event e : Event.values()) {
            A4TupleSet set = (A4TupleSet) eval(sol, eventExprs.get(e), i);
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
            List<Object> args = new ArrayList<>();
            for (int a = 0; a < t.arity(); a++) {
                String id = names.id(t.atom(a));
                args.add(e.args().get(a) == ElementKind.BLOCK ? (Object) Integer.parseInt(id) : id);
            }
            return new AbstractStep(e, args, lanes(sol, i + 1));
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

    /** The lanes of state {@code i} that the Alloy model has in the explorer's form. */
    private Map<String, String> lanes(A4Solution sol, int i) {
        Map<String, String> m = new LinkedHashMap<>();
        hostLanes(sol, i, m);
        Map<String, String> phase = binary(sol, "phase", i);
        Set<String> up = unary(sol, "Up", i);
        for (StorageSystem s : config.systems()) {
            String ph = phase.getOrDefault(names.name("system", s.id()), "Pending");
            m.put(key(Lane.UPGRADE, s.id()), ph.toLowerCase(java.util.Locale.ROOT));
            for (IoGroup g : s.ioGroups()) {
                for (String n : g.nodes()) {
                    boolean isUp = up.contains(names.name("node", s.id() + "/" + n));
                    m.put(key(Lane.NODE_STATE, s.id() + "/" + n), isUp ? "online" : "offline (upgrading)");
                }
            }
        }
        Set<String> connected = unary(sol, "Connected", i);
        for (Partnership p : config.partnerships()) {
            m.put(key(Lane.PARTNERSHIP_STATE, p.id()),
                    connected.contains(names.name("partnership", p.id())) ? "connected" : "disconnected");
        }
        Map<String, String> rc = binary(sol, "rc", i);
        for (RemoteCopy r : config.remoteCopies()) {
            m.put(key(Lane.RELATIONSHIP_STATE, r.id()), rcWire(rc.get(names.name("relationship", r.id()))));
        }
        Set<String> timedOut = unary(sol, "TimedOut", i);
        Set<String> online = unary(sol, "onlineVolumes", i);
        for (Volume v : config.volumes()) {
            String n = names.name("volume", v.id());
            m.put(key(Lane.VOLUME_ACCESS, v.id()), online.contains(n) ? "online"
                    : timedOut.contains(n) ? "lost (host I/O timed out)" : "offline");
        }
        Set<String> poolOnline = unary(sol, "onlinePools", i);
        for (Pool p : config.pools()) {
            m.put(key(Lane.POOL_STATE, p.id()), poolOnline.contains(names.name("pool", p.id())) ? "online" : "offline");
        }
        int k = bounds.snapshotsPerCopy();
        Map<String, String> done = binary(sol, "done", i);
        for (BackendCopy c : config.backendCopies()) {
            m.put(key(Lane.COPY_TIMES_TAKEN, c.id()), done.getOrDefault(names.name("copy", c.id()), "0") + " of " + k);
        }
        Map<String, String> fdone = binary(sol, "fdone", i);
        for (FlashCopy f : config.flashCopies()) {
            m.put(key(Lane.FLASH_COPY_TIMES_TAKEN, f.id()),
                    fdone.getOrDefault(names.name("flashcopy", f.id()), "0") + " of " + k);
        }
        return m;
    }

    private void hostLanes(A4Solution sol, int i, Map<String, String> m) {
        Set<String> issued = unary(sol, "Issued", i);
        for (Host h : config.hosts()) {
            if (h.writes()) {
                int n = 0;
                for (int j = 1; j <= bounds.writesPerHost(); j++) {
                    if (issued.contains(names.name("write", h.id() + "/" + j))) {
                        n++;
                    }
                }
                m.put(key(Lane.WRITES_ACKNOWLEDGED, h.id()), n + " of " + bounds.writesPerHost());
            }
        }
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
            case "ConsistentCopying" -> "consistent_copying";
            default -> atom;
        };
    }
}
