package io.copyproof.alloy;

import io.copyproof.vocabulary.Check;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which events can influence an invariant: the cone of influence of the invariant's state
 * variables over the events of the Alloy library ({@code copyproof.als}), used to bound the length
 * of a shortest counterexample per invariant.
 *
 * <p>Each event has the variables its guard reads and, per variable it writes, the variables its
 * new value is computed from (both read from the library's predicates, over-approximated). The
 * cone of an invariant is the least set of variables {@code V} and events {@code E} with: the
 * invariant's variables are in {@code V}; an event that can occur and writes a variable of
 * {@code V} is in {@code E}; the guard variables of an event of {@code E}, and the variables its
 * updates of {@code V} read, are in {@code V}.
 *
 * <p>Why this bounds a shortest counterexample: take any counterexample and delete every event
 * outside {@code E}. Those events write no variable of {@code V}, and the guard and the updates
 * of {@code V} of every event of {@code E} read only {@code V}, so the remaining events are still
 * enabled in turn and produce the same values of {@code V}; the invariant reads only {@code V}, so
 * it fails at the same event. The shortened run is a run of the configuration, so it has at most
 * the sum of the per-event maxima ({@link StepsBound#perEvent()}) over the categories of the
 * events of {@code E}. Events whose maximum is 0 cannot occur and do not enter the cone; an
 * invariant whose cone has no event is decided by the initial state alone.
 */
public final class InfluenceCone {
    /** An event of §3: its category in {@link StepsBound#perEvent()}, guard reads, and update reads per written variable. */
    private record Event(String name, String category, Set<String> guard, Map<String, Set<String>> updates) {
    }

    private static final Set<String> DATA = Set.of("cval", "dirty", "content");

    private static final List<Event> EVENTS = Arrays.stream(io.copyproof.vocabulary.Event.values())
            .map(InfluenceCone::event).toList();

    /** Where a volume's data or online state is read, what volume mirroring adds to it (§7.2). */
    private static final Set<String> MIRROR = Set.of("Stale", "cphase", "Faulted");

    /** The events of a configuration with a mirrored volume: {@link #EVENTS} with {@link #mirrored}. */
    private static final List<Event> EVENTS_MIRRORED = EVENTS.stream().map(InfluenceCone::mirrored).toList();

    /**
     * An event as volume mirroring makes it (semantics §7.2), over-approximated: which copy logical()
     * reads and whether a volume is online depend on the copies' out-of-sync bits ({@code Stale0},
     * {@code Stale1}) and on which LUNs are online ({@code cphase}, {@code Faulted}); an event that
     * writes LUN content (a write-through write, a destage) may set an out-of-sync bit.
     */
    private static Event mirrored(Event e) {
        Map<String, Set<String>> u = new LinkedHashMap<>();
        boolean data = false;
        for (Map.Entry<String, Set<String>> x : e.updates().entrySet()) {
            Set<String> reads = new LinkedHashSet<>(x.getValue());
            if (reads.contains("content") || reads.contains("cval") || DATA.contains(x.getKey())) {
                reads.addAll(MIRROR);
            }
            data |= DATA.contains(x.getKey());
            u.put(x.getKey(), reads);
        }
        if (data) {
            u.put("Stale", union(MIRROR, Set.of("Up")));
        }
        Set<String> guard = e.guard().contains("TimedOut") || e.guard().contains("dirty") ? union(e.guard(), MIRROR) : e.guard();
        return new Event(e.name(), e.category(), guard, u);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new LinkedHashSet<>(a);
        out.addAll(b);
        return out;
    }

    /**
     * The guard reads and the update reads of each event of the library. Exhaustive: a new event
     * does not compile until it is named here. HostWrite's guard: the volume online, the host's next
     * write, and whether the write times out.
     */
    private static Event event(io.copyproof.vocabulary.Event e) {
        return switch (e) {
            case HOST_WRITE -> event("HostWrite", "HostWrite", Set.of("TimedOut", "Up", "cphase", "Faulted", "Issued", "rc", "Connected"),
                    Map.of("TimedOut", Set.of("TimedOut"), "Issued", Set.of("Issued"), "wvol", Set.of("wvol"),
                    "wblk", Set.of("wblk"), "earlier", Set.of("earlier", "Issued"),
                    "cval", Set.of("cval", "Up", "rc", "TimedOut", "cphase", "Faulted"),
                    "dirty", Set.of("dirty", "Up", "rc", "TimedOut", "cphase", "Faulted"),
                    "content", Set.of("content", "Up", "rc", "TimedOut", "cphase", "Faulted"),
                    "queued", Set.of("queued", "rc"),
                    // a Metro Mirror write whose secondary is offline stops the group
                    "rc", Set.of("rc", "Up", "TimedOut", "cphase", "Faulted")));
            case DESTAGE -> event("Destage", "Destage", Set.of("dirty", "cphase", "Faulted"),
                    Map.of("content", Set.of("content", "cval"), "dirty", Set.of("dirty")));
            case HOST_READ -> event("HostRead", "HostRead", Set.of("TimedOut", "Up", "cphase", "Faulted", "cval"),
                    Map.of("cval", Set.of("cval", "content"),
                    "StaleRead", Set.of("StaleRead", "dirty", "cval", "content")));
            case LUN_SUSPEND -> event("LunSuspend", "BackendCopy", Set.of("cphase", "done"), Map.of("cphase", Set.of("cphase")));
            case BACKEND_SNAPSHOT -> backendCopy("BackendSnapshot");
            case BACKEND_REPLICATE -> backendCopy("BackendReplicate");
            case LUN_RESUME -> event("LunResume", "BackendCopy", Set.of("cphase"), Map.of("cphase", Set.of("cphase")));
            case POOL_FAULT -> event("PoolFault", "PoolFault", Set.of("Faulted", "SvcDataCopied"),
                    Map.of("Faulted", Set.of("Faulted", "SvcDataCopied")));
            case FLASH_COPY_START -> event("FlashCopyStart", "FlashCopyStart", Set.of("fdone", "TimedOut", "Up", "cphase", "Faulted"),
                    data(Map.of("fdone", Set.of("fdone")), Set.of("cval", "dirty", "content", "Up")));
            case UPGRADE_START -> event("UpgradeStart", "Upgrade", Set.of("phase", "OpDone"), Map.of("phase", Set.of("phase")));
            case NODE_DOWN -> event("NodeDown", "Upgrade", Set.of("phase", "Up", "Upgraded"), Map.of("Up", Set.of("Up")));
            case NODE_UP -> event("NodeUp", "Upgrade", Set.of("Up"), Map.of("Up", Set.of("Up"), "Upgraded", Set.of("Upgraded")));
            case UPGRADE_COMMIT -> event("UpgradeCommit", "Upgrade", Set.of("phase", "Up", "Upgraded"), Map.of("phase", Set.of("phase")));
            case PARTNERSHIP_FAULT -> event("PartnershipFault", "Partnership", Set.of("Connected", "phase"),
                    Map.of("Connected", Set.of("Connected"), "rc", Set.of("rc"), "LostSync", Set.of("LostSync", "rc"),
                    "frozen", Set.of("frozen"), "Cycling", Set.of("Cycling")));
            case PARTNERSHIP_RESTORE -> event("PartnershipRestore", "Partnership", Set.of("Connected", "phase"),
                    Map.of("Connected", Set.of("Connected")));
            case GLOBAL_REPLICATE -> event("GlobalReplicate", "GlobalReplicate",
                    Set.of("queued", "earlier", "Connected", "TimedOut", "Up", "cphase", "Faulted"),
                    data(Map.of("queued", Set.of("queued")), Set.of("cval", "dirty", "content", "Up", "wblk")));
            case RELATIONSHIP_SYNCHRONIZED -> event("RelationshipSynchronized", "RelationshipSynchronized",
                    Set.of("rc", "Connected", "TimedOut", "Up", "cphase", "Faulted"),
                    data(Map.of("rc", Set.of("rc")), Set.of("cval", "dirty", "content", "Up")));
            case RELATIONSHIP_STOP -> event("RelationshipStop", "Operator", Set.of("OpDone", "phase"),
                    Map.of("rc", Set.of("rc"), "OpDone", Set.of("OpDone"), "frozen", Set.of("frozen"), "Cycling", Set.of("Cycling")));
            case RELATIONSHIP_START -> event("RelationshipStart", "Operator", Set.of("OpDone", "phase", "Connected", "queued"),
                    Map.of("rc", Set.of("rc"), "OpDone", Set.of("OpDone")));
            case CYCLE_START -> event("CycleStart", "Cycle", Set.of("rc", "Connected", "Cycling", "cdone"),
                    Map.of("frozen", Set.of("frozen", "cval", "content"), "Cycling", Set.of("Cycling"),
                    "cdone", Set.of("cdone")));
            case CYCLE_COMPLETE -> event("CycleComplete", "Cycle", Set.of("Connected", "Cycling"),
                    data(Map.of("frozen", Set.of("frozen"), "Cycling", Set.of("Cycling")),
                    Set.of("cval", "dirty", "content", "Up", "frozen")));
        };
    }

    /**
     * The state variables each invariant's predicate reads (§4; the library's invariant predicates),
     * or null for a check that is static only. Exhaustive over {@link Check}.
     */
    static Set<String> reads(Check c) {
        return switch (c) {
            case CS_PIT_COMPLETE -> Set.of("PitIncomplete");
            case CS_PIT_ORDER -> Set.of("PitDisordered");
            case CS_STALE_READ -> Set.of("StaleRead");
            case CS_TARGET_HOLDS_SVC_DATA -> Set.of("SvcDataCopied");
            case CS_MANAGED_LUN_SUSPENDED -> Set.of("cphase");
            case AV_VOLUME_ONLINE -> Set.of("TimedOut", "Up", "cphase", "Faulted");
            case RC_SYNC -> Set.of("LostSync");
            case RC_SECONDARY_CONSISTENT -> Set.of("rc", "cval", "content", "wvol", "wblk", "Issued");
            case UP_COMPATIBLE_LEVELS -> Set.of("phase", "OpDone");
            case CS_UNSUPPORTED_CONTROLLER, CS_CACHE_ENABLED_SOURCE, UP_ONE_AT_A_TIME, UP_RELEASE_NOTES, CS_PIT_GROUP_ORDER -> null;
        };
    }

    private InfluenceCone() {
    }

    private static Event event(String name, String category, Set<String> guard, Map<String, Set<String>> updates) {
        return new Event(name, category, guard, updates);
    }

    private static Event backendCopy(String name) {
        // the history flags read the source LUN, and the logical content of carriers over it (cval)
        Set<String> pit = Set.of("PitIncomplete", "PitDisordered", "Issued", "wvol", "wblk", "content", "cval");
        Map<String, Set<String>> u = new LinkedHashMap<>();
        u.put("PitIncomplete", pit);
        u.put("PitDisordered", pit);
        u.put("SvcDataCopied", Set.of("SvcDataCopied"));
        u.put("content", Set.of("content"));
        u.put("done", Set.of("done"));
        u.put("cphase", Set.of("cphase"));
        return new Event(name, "BackendCopy", Set.of("done", "cphase"), u);
    }

    /** The updates plus cval, dirty and content, each computed from {@code reads}. */
    private static Map<String, Set<String>> data(Map<String, Set<String>> other, Set<String> reads) {
        Map<String, Set<String>> u = new LinkedHashMap<>(other);
        DATA.forEach(v -> u.put(v, reads));
        return u;
    }

    /**
     * The event categories in the cone of the invariant, given the per-category maxima
     * ({@link StepsBound#perEvent()}; a category with maximum 0 cannot occur).
     *
     * @throws IllegalArgumentException for an unknown invariant id
     */
    public static Set<String> categories(String invariantId, Map<String, Integer> perEvent) {
        return categories(invariantId, perEvent, true);
    }

    /**
     * As {@link #categories(String, Map)}; when {@code applicable} is false the invariant's
     * predicate quantifies over atoms the configuration does not have and is true in every state,
     * so no event can falsify it and the cone is empty.
     */
    public static Set<String> categories(String invariantId, Map<String, Integer> perEvent, boolean applicable) {
        return categories(invariantId, perEvent, applicable, false);
    }

    /**
     * As {@link #categories(String, Map, boolean)}, for a configuration with a mirrored volume when
     * {@code mirrored} (the events and the invariants then also read and write the copies'
     * out-of-sync bits, semantics §7.2).
     */
    public static Set<String> categories(String invariantId, Map<String, Integer> perEvent, boolean applicable,
                                         boolean mirrored) {
        Set<String> reads = Check.find(invariantId).map(InfluenceCone::reads).orElse(null);
        if (reads == null) {
            throw new IllegalArgumentException("no influence cone for invariant " + invariantId);
        }
        if (!applicable) {
            return Set.of();
        }
        Set<String> vars = new LinkedHashSet<>(reads);
        if (mirrored && (reads.contains("TimedOut") || reads.contains("content"))) {
            vars.addAll(MIRROR); // volume online, logical(): copies online and in sync
        }
        Set<Event> in = new LinkedHashSet<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Event e : mirrored ? EVENTS_MIRRORED : EVENTS) {
                Integer max = perEvent.get(e.category());
                if (max == null) {
                    throw new IllegalStateException("no maximum for event category " + e.category());
                }
                if (max == 0) {
                    continue;
                }
                boolean writesCone = false;
                for (Map.Entry<String, Set<String>> u : e.updates().entrySet()) {
                    if (vars.contains(u.getKey())) {
                        writesCone = true;
                        changed |= vars.addAll(u.getValue());
                    }
                }
                if (writesCone) {
                    changed |= in.add(e);
                    changed |= vars.addAll(e.guard());
                }
            }
        }
        Set<String> cats = new LinkedHashSet<>();
        in.forEach(e -> cats.add(e.category()));
        return cats;
    }

    /** The bound on the length of a shortest counterexample to the invariant: the sum of the maxima of its cone. */
    public static int bound(String invariantId, Map<String, Integer> perEvent, boolean applicable) {
        return bound(invariantId, perEvent, applicable, false);
    }

    /** As {@link #bound(String, Map, boolean)}, for a configuration with a mirrored volume when {@code mirrored}. */
    public static int bound(String invariantId, Map<String, Integer> perEvent, boolean applicable, boolean mirrored) {
        return categories(invariantId, perEvent, applicable, mirrored).stream().mapToInt(perEvent::get).sum();
    }
}
