package io.copyproof.config;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Binds a {@link Tree} to the configuration records, reporting every shape problem (unknown
 * field, missing field, wrong type, value outside an enum, malformed code level, bound out of
 * range) and carrying on. Fields that could not be bound are left {@code null} (or, inside a list
 * of ids, {@link #BAD}) so that the validator can skip them without reporting twice; the records
 * it builds are only handed out as a {@link Config} when no error at all was found.
 */
final class Binder {
    /** Stands for a list item that was already reported; never a valid id. */
    static final String BAD = "\u0000";

    static final List<String> TOP = List.of("name", "systems", "controllers", "luns", "pools", "mdisks", "volumes",
            "hosts", "backendCopies", "partnerships", "remoteCopies", "flashCopies", "upgrade", "releaseNotes",
            "workload", "bounds");

    private final Problems problems;
    /** The JSON pointer of each bound element, by identity. */
    final Map<Object, String> pointers = new IdentityHashMap<>();

    Binder(Problems problems) {
        this.problems = problems;
    }

    /** Everything bound from one file; lists hold only the elements that were mappings. */
    static final class Draft {
        String name;
        final List<StorageSystem> systems = new ArrayList<>();
        final List<Controller> controllers = new ArrayList<>();
        final List<Lun> luns = new ArrayList<>();
        final List<Pool> pools = new ArrayList<>();
        final List<MDisk> mdisks = new ArrayList<>();
        final List<Volume> volumes = new ArrayList<>();
        final List<Host> hosts = new ArrayList<>();
        final List<BackendCopy> backendCopies = new ArrayList<>();
        final List<Partnership> partnerships = new ArrayList<>();
        final List<RemoteCopy> remoteCopies = new ArrayList<>();
        final List<FlashCopy> flashCopies = new ArrayList<>();
        Upgrade upgrade;
        final List<ReleaseNote> releaseNotes = new ArrayList<>();
        Workload workload = Workload.DEFAULT;
        Bounds bounds = Bounds.DEFAULT;
    }

    Draft bind(Tree root, String defaultName) {
        Draft d = new Draft();
        d.name = defaultName;
        if (!(root instanceof Tree.MapNode top)) {
            if (!isInvalid(root)) {
                problems.add("a configuration is a mapping with keys such as 'systems' and 'volumes'; this file "
                        + "holds " + root.describe(), root.loc(), root.pointer());
            }
            return d;
        }
        Obj o = new Obj(top, "the configuration", "configuration", TOP);
        String name = o.str("name", false);
        if (name != null) {
            d.name = name;
        }
        for (Obj e : o.list("systems", "system", List.of("id", "codeLevel", "ioGroups"))) {
            StorageSystem s = new StorageSystem(e.str("id", true), e.codeLevel("codeLevel", true),
                    ioGroups(e));
            pointers.put(s, e.node.pointer());
            d.systems.add(s);
        }
        if (!top.fields().containsKey("systems")) {
            problems.add("the configuration declares no systems; add at least one under 'systems'", top.loc(),
                    "/systems");
        }
        for (Obj e : o.list("controllers", "controller", List.of("id", "model", "nativeCopy"))) {
            Controller c = new Controller(e.str("id", true), orEmpty(e.str("model", false)), nativeCopy(e));
            pointers.put(c, e.node.pointer());
            d.controllers.add(c);
        }
        for (Obj e : o.list("luns", "LUN", List.of("id", "controller"))) {
            Lun l = new Lun(e.str("id", true), e.str("controller", true));
            pointers.put(l, e.node.pointer());
            d.luns.add(l);
        }
        for (Obj e : o.list("pools", "pool", List.of("id", "system"))) {
            Pool p = new Pool(e.str("id", true), e.str("system", true));
            pointers.put(p, e.node.pointer());
            d.pools.add(p);
        }
        for (Obj e : o.list("mdisks", "MDisk", List.of("id", "system", "lun", "mode", "pool"))) {
            MDisk m = new MDisk(e.str("id", true), e.str("system", true), e.str("lun", true),
                    e.enumOf("mode", MDiskMode.class, null), Optional.ofNullable(e.str("pool", false)));
            pointers.put(m, e.node.pointer());
            d.mdisks.add(m);
        }
        for (Obj e : o.list("volumes", "volume",
                List.of("id", "system", "ioGroup", "pool", "type", "mdisk", "cache", "copies"))) {
            Volume v = new Volume(e.str("id", true), e.str("system", true), e.str("ioGroup", true),
                    e.str("pool", true), e.enumOf("type", VolumeType.class, VolumeType.STRIPED),
                    Optional.ofNullable(e.str("mdisk", false)), e.enumOf("cache", CacheMode.class, CacheMode.READWRITE),
                    volumeCopies(e));
            pointers.put(v, e.node.pointer());
            d.volumes.add(v);
        }
        for (Obj e : o.list("hosts", "host", List.of("id", "volumes", "luns", "readOnly", "nodes"))) {
            Host h = new Host(e.str("id", true), e.strList("volumes"), e.strList("luns"), e.bool("readOnly", false),
                    e.strList("nodes"));
            pointers.put(h, e.node.pointer());
            d.hosts.add(h);
        }
        for (Obj e : o.list("backendCopies", "backend copy",
                List.of("id", "type", "source", "target", "suspendsSource", "group"))) {
            BackendCopy b = new BackendCopy(e.str("id", true), e.enumOf("type", CopyType.class, null),
                    e.str("source", true), e.str("target", true), e.bool("suspendsSource", false),
                    Optional.ofNullable(e.str("group", false)));
            pointers.put(b, e.node.pointer());
            d.backendCopies.add(b);
        }
        for (Obj e : o.list("partnerships", "partnership", List.of("id", "systems"))) {
            Partnership p = new Partnership(e.str("id", true), e.strList("systems"));
            if (!e.node.fields().containsKey("systems")) {
                e.missing("systems");
            }
            pointers.put(p, e.node.pointer());
            d.partnerships.add(p);
        }
        for (Obj e : o.list("remoteCopies", "remote copy",
                List.of("id", "type", "master", "aux", "consistencyGroup", "state", "cyclingMode"))) {
            CyclingMode cycling = e.enumOf("cyclingMode", CyclingMode.class, CyclingMode.NONE);
            RemoteCopy r = new RemoteCopy(e.str("id", true), e.enumOf("type", RemoteCopyType.class, null),
                    e.str("master", true), e.str("aux", true), Optional.ofNullable(e.str("consistencyGroup", false)),
                    e.enumOf("state", RelationshipState.class, cycling == CyclingMode.MULTI
                            ? RelationshipState.CONSISTENT_COPYING : RelationshipState.CONSISTENT_SYNCHRONIZED),
                    cycling);
            pointers.put(r, e.node.pointer());
            d.remoteCopies.add(r);
        }
        for (Obj e : o.list("flashCopies", "FlashCopy mapping", List.of("id", "source", "target"))) {
            FlashCopy f = new FlashCopy(e.str("id", true), e.str("source", true), e.str("target", true));
            pointers.put(f, e.node.pointer());
            d.flashCopies.add(f);
        }
        Obj up = o.section("upgrade", "the upgrade plan", List.of("targetLevel", "steps"));
        if (up != null) {
            List<PlanStep> steps = new ArrayList<>();
            List<Obj> stepObjs = up.list("steps", "upgrade step", List.of("system", "after", "id", "stop", "start"));
            for (Obj e : stepObjs) {
                PlanStep s = planStep(e);
                pointers.put(s, e.node.pointer());
                steps.add(s);
            }
            d.upgrade = new Upgrade(up.codeLevel("targetLevel", true), steps);
            pointers.put(d.upgrade, up.node.pointer());
        }
        for (Obj e : o.list("releaseNotes", "release note", List.of("level", "minPartnerLevel", "stopBeforeUpgrade"))) {
            ReleaseNote r = new ReleaseNote(e.codeLevel("level", true),
                    Optional.ofNullable(e.codeLevel("minPartnerLevel", false)),
                    e.enumList("stopBeforeUpgrade", RemoteCopyType.class));
            pointers.put(r, e.node.pointer());
            d.releaseNotes.add(r);
        }
        Obj w = o.section("workload", "the workload", List.of("stress"));
        if (w != null) {
            d.workload = new Workload(w.bool("stress", false));
        }
        Obj b = o.section("bounds", "the bounds", List.of("writesPerHost", "blocksPerVolume", "snapshotsPerCopy"));
        if (b != null) {
            d.bounds = new Bounds(
                    b.integer("writesPerHost", Bounds.DEFAULT.writesPerHost(), Bounds.MAX_WRITES_PER_HOST),
                    b.integer("blocksPerVolume", Bounds.DEFAULT.blocksPerVolume(), Bounds.MAX_BLOCKS_PER_VOLUME),
                    b.integer("snapshotsPerCopy", Bounds.DEFAULT.snapshotsPerCopy(), Bounds.MAX_SNAPSHOTS_PER_COPY));
        }
        return d;
    }

    private List<IoGroup> ioGroups(Obj system) {
        List<IoGroup> out = new ArrayList<>();
        for (Obj g : system.list("ioGroups", "I/O group", List.of("id", "nodes"))) {
            IoGroup io = new IoGroup(g.str("id", true), g.strList("nodes"));
            if (!g.node.fields().containsKey("nodes")) {
                g.missing("nodes");
            }
            pointers.put(io, g.node.pointer());
            out.add(io);
        }
        return out;
    }

    /** The copies of a mirrored volume ({@code copies}), each placed like a volume: pool, type, mdisk. */
    private List<VolumeCopy> volumeCopies(Obj volume) {
        List<VolumeCopy> out = new ArrayList<>();
        for (Obj c : volume.list("copies", "volume copy", List.of("pool", "type", "mdisk"))) {
            VolumeCopy copy = new VolumeCopy(c.str("pool", true), c.enumOf("type", VolumeType.class, VolumeType.STRIPED),
                    Optional.ofNullable(c.str("mdisk", false)));
            pointers.put(copy, c.node.pointer());
            out.add(copy);
        }
        return out;
    }

    private NativeCopy nativeCopy(Obj controller) {
        Obj n = controller.section("nativeCopy", "nativeCopy of " + controller.what,
                List.of("pointInTime", "replication", "supportedUnderVirtualization"));
        if (n == null) {
            return NativeCopy.NONE;
        }
        return new NativeCopy(n.bool("pointInTime", false), n.bool("replication", false),
                n.bool("supportedUnderVirtualization", false));
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static boolean isInvalid(Tree t) {
        return t instanceof Tree.Scalar s && s.kind() == Tree.ScalarKind.INVALID;
    }

    private static boolean isTrueFalse(String text) {
        return text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false");
    }

    private static boolean isNull(Tree t) {
        return t instanceof Tree.Scalar s && s.kind() == Tree.ScalarKind.NULL;
    }

    /**
     * One entry of {@code upgrade.steps}: a system's upgrade step ({@code system}) or an operator
     * step ({@code stop} or {@code start}, optional {@code id}); exactly one of the three.
     */
    private PlanStep planStep(Obj e) {
        boolean sys = e.node.fields().containsKey("system");
        boolean stop = e.node.fields().containsKey("stop");
        boolean start = e.node.fields().containsKey("start");
        int kinds = (sys ? 1 : 0) + (stop ? 1 : 0) + (start ? 1 : 0);
        if (kinds > 1) {
            problems.add(e.what + " has more than one of 'system', 'stop' and 'start'; a step upgrades one "
                    + "system or stops or starts one relationship or consistency group", e.node.loc(), e.node.pointer());
        }
        if (sys || kinds == 0) {
            if (e.node.fields().containsKey("id")) {
                Tree id = e.node.get("id");
                problems.add("'id' of " + e.what + " names operator steps only; an upgrade step is named by its "
                        + "'system'", id.loc(), id.pointer());
            }
            return new UpgradeStep(e.str("system", true), e.strList("after"));
        }
        OperatorStep.Action action = stop ? OperatorStep.Action.STOP : OperatorStep.Action.START;
        String target = e.str(action.wire(), true);
        String id = e.str("id", false);
        if (id == null && target != null) {
            id = OperatorStep.defaultId(action, target);
        }
        return new OperatorStep(id, action, target, e.strList("after"));
    }

    /** Reads the fields of one mapping, naming it in messages as {@code what}. */
    final class Obj {
        final Tree.MapNode node;
        final String what;
        private final String kind;

        Obj(Tree.MapNode node, String what, String kind, List<String> allowed) {
            this.node = node;
            this.kind = kind;
            this.what = what;
            for (Tree.Field f : node.fields().values()) {
                if (!allowed.contains(f.key())) {
                    String hint = Suggest.didYouMean(f.key(), allowed);
                    if (hint.isEmpty()) {
                        hint = "; the fields of " + article(kind) + " are: " + String.join(", ", allowed);
                    }
                    problems.add(what + " has an unknown field '" + f.key() + "'" + hint, f.keyLoc(),
                            f.value().pointer());
                }
            }
        }

        private String ptr(String key) {
            return node.pointer() + "/" + Tree.escape(key);
        }

        void missing(String key) {
            problems.add(what + " has no '" + key + "'; it is required", node.loc(), ptr(key));
        }

        private void wrong(String key, Tree value, String expected) {
            problems.add("'" + key + "' of " + what + " must be " + expected + ", not " + value.describe(),
                    value.loc(), value.pointer());
        }

        /** A text field; numbers are taken as written. Null when absent or wrong (reported). */
        String str(String key, boolean required) {
            Tree t = node.get(key);
            if (t == null || isNull(t)) {
                if (required) {
                    if (t == null) {
                        missing(key);
                    } else {
                        problems.add("'" + key + "' of " + what + " has no value; it is required", t.loc(),
                                t.pointer());
                    }
                }
                return null;
            }
            return text(key, t);
        }

        private String text(String key, Tree t) {
            if (t instanceof Tree.Scalar s) {
                switch (s.kind()) {
                    case STRING:
                        if (s.text().isBlank()) {
                            problems.add("'" + key + "' of " + what + " is empty", s.loc(), s.pointer());
                            return null;
                        }
                        return s.text();
                    case INTEGER:
                    case FLOAT:
                        return s.text();
                    case BOOLEAN:
                        if (!isTrueFalse(s.text())) {
                            return s.text(); // yes, no, on, off: YAML 1.1 booleans, but here plainly text
                        }
                        problems.add("'" + key + "' of " + what + " is the boolean " + s.text()
                                + "; put it in quotes if you meant the text", s.loc(), s.pointer());
                        return null;
                    case NULL:
                        problems.add("'" + key + "' of " + what + " has an empty entry", s.loc(), s.pointer());
                        return null;
                    default:
                        return null;
                }
            }
            wrong(key, t, "text");
            return null;
        }

        CodeLevel codeLevel(String key, boolean required) {
            String s = str(key, required);
            if (s == null) {
                return null;
            }
            Optional<CodeLevel> level = CodeLevel.parse(s.trim());
            if (level.isEmpty()) {
                Tree t = node.get(key);
                problems.add(what + " has " + key + " '" + s + "'; a code level is 1 to 6 dotted numbers such "
                        + "as 8.5.0.6", t.loc(), t.pointer());
                return null;
            }
            return level.get();
        }

        boolean bool(String key, boolean dflt) {
            Tree t = node.get(key);
            if (t == null) {
                return dflt;
            }
            if (t instanceof Tree.Scalar s) {
                if (s.kind() == Tree.ScalarKind.BOOLEAN && isTrueFalse(s.text())) {
                    return Boolean.parseBoolean(s.text().toLowerCase(Locale.ROOT));
                }
                if (s.kind() == Tree.ScalarKind.INVALID) {
                    return dflt;
                }
                if (s.kind() == Tree.ScalarKind.STRING && isTrueFalse(s.text())) {
                    problems.add("'" + key + "' of " + what + " is the text '" + s.text() + "'; write true or false "
                            + "without quotes", s.loc(), s.pointer());
                    return dflt;
                }
                if ((s.kind() == Tree.ScalarKind.STRING || s.kind() == Tree.ScalarKind.BOOLEAN)
                        && YAML11_BOOLEANS.contains(s.text().toLowerCase(Locale.ROOT))) {
                    problems.add("'" + key + "' of " + what + " is '" + s.text() + "'; write true or false "
                            + "(words such as yes, no, on, off are not accepted)", s.loc(), s.pointer());
                    return dflt;
                }
            }
            wrong(key, t, "true or false");
            return dflt;
        }

        int integer(String key, int dflt, int max) {
            Tree t = node.get(key);
            if (t == null) {
                return dflt;
            }
            if (t instanceof Tree.Scalar s && s.kind() == Tree.ScalarKind.INVALID) {
                return dflt;
            }
            if (t instanceof Tree.Scalar s && s.kind() == Tree.ScalarKind.INTEGER) {
                BigInteger v;
                try {
                    v = new BigInteger(s.text().replace("_", "").replace("+", ""));
                } catch (NumberFormatException e) {
                    wrong(key, t, "a whole number from 1 to " + max + " written in decimal");
                    return dflt;
                }
                if (v.compareTo(BigInteger.ONE) < 0 || v.compareTo(BigInteger.valueOf(max)) > 0) {
                    problems.add("'" + key + "' of " + what + " is " + s.text() + "; allowed: 1 to " + max,
                            s.loc(), s.pointer());
                    return dflt;
                }
                return v.intValue();
            }
            wrong(key, t, "a whole number from 1 to " + max);
            return dflt;
        }

        <E extends Enum<E> & WireEnum> E enumOf(String key, Class<E> type, E dflt) {
            Tree t = node.get(key);
            if (t == null) {
                if (dflt == null) {
                    missing(key);
                }
                return dflt;
            }
            return enumValue(key, t, type);
        }

        private <E extends Enum<E> & WireEnum> E enumValue(String key, Tree t, Class<E> type) {
            List<String> allowed = Arrays.stream(type.getEnumConstants()).map(WireEnum::wire).toList();
            if (t instanceof Tree.Scalar s && s.kind() == Tree.ScalarKind.INVALID) {
                return null;
            }
            if (t instanceof Tree.Scalar s && s.kind() == Tree.ScalarKind.STRING) {
                for (E e : type.getEnumConstants()) {
                    if (e.wire().equals(s.text())) {
                        return e;
                    }
                }
                problems.add(what + " has " + key + " '" + s.text() + "'; allowed: " + String.join(", ", allowed),
                        s.loc(), s.pointer());
                return null;
            }
            wrong(key, t, "one of " + String.join(", ", allowed));
            return null;
        }

        /** A list of ids; absent or null is empty; items that are not text become {@link #BAD}. */
        List<String> strList(String key) {
            Tree t = node.get(key);
            if (t == null || isNull(t)) {
                return List.of();
            }
            if (!(t instanceof Tree.ListNode l)) {
                if (!isInvalid(t)) {
                    wrong(key, t, "a list such as [a, b]");
                }
                return List.of();
            }
            List<String> out = new ArrayList<>(l.items().size());
            for (Tree item : l.items()) {
                String s = text(key, item);
                out.add(s == null ? BAD : s);
            }
            return out;
        }

        <E extends Enum<E> & WireEnum> List<E> enumList(String key, Class<E> type) {
            Tree t = node.get(key);
            if (t == null || isNull(t)) {
                return List.of();
            }
            if (!(t instanceof Tree.ListNode l)) {
                if (!isInvalid(t)) {
                    List<String> allowed = Arrays.stream(type.getEnumConstants()).map(WireEnum::wire).toList();
                    wrong(key, t, "a list of " + String.join(", ", allowed));
                }
                return List.of();
            }
            Set<E> out = new LinkedHashSet<>();
            for (Tree item : l.items()) {
                E e = enumValue(key, item, type);
                if (e != null) {
                    out.add(e);
                }
            }
            return List.copyOf(out);
        }

        /** The elements of a list of mappings, each checked for unknown fields and named by its id. */
        List<Obj> list(String key, String elementKind, List<String> allowed) {
            Tree t = node.get(key);
            if (t == null || isNull(t) || isInvalid(t)) {
                return List.of();
            }
            if (!(t instanceof Tree.ListNode l)) {
                wrong(key, t, "a list of " + plural(elementKind));
                return List.of();
            }
            List<Obj> out = new ArrayList<>(l.items().size());
            for (Tree item : l.items()) {
                if (item instanceof Tree.MapNode m) {
                    out.add(new Obj(m, name(elementKind, m, allowed), elementKind, allowed));
                } else if (!isInvalid(item)) {
                    problems.add("each entry of '" + key + "' must be a mapping such as {" + allowed.get(0)
                            + ": ...}, not " + item.describe(), item.loc(), item.pointer());
                }
            }
            return out;
        }

        /** A nested mapping such as {@code bounds}; null when absent (or wrong, reported). */
        Obj section(String key, String sectionName, List<String> allowed) {
            Tree t = node.get(key);
            if (t == null || isNull(t) || isInvalid(t)) {
                return null;
            }
            if (!(t instanceof Tree.MapNode m)) {
                wrong(key, t, "a mapping");
                return null;
            }
            return new Obj(m, sectionName, sectionName.replaceFirst("^the ", ""), allowed);
        }
    }

    private static final Set<String> YAML11_BOOLEANS = Set.of("yes", "no", "on", "off", "y", "n");

    /** How to name an element in messages: {@code volume 'db_vol'} or {@code the volume at /volumes/3}. */
    private static String name(String kind, Tree.MapNode m, List<String> allowed) {
        String idKey = allowed.get(0);
        Tree id = m.get(idKey);
        if (id instanceof Tree.Scalar s && (s.kind() == Tree.ScalarKind.STRING || s.kind() == Tree.ScalarKind.INTEGER
                || s.kind() == Tree.ScalarKind.FLOAT) && !s.text().isBlank()) {
            return idKey.equals("id") ? kind + " '" + s.text() + "'"
                    : kind + " for " + idKey + " '" + s.text() + "'";
        }
        return "the " + kind + " at " + m.pointer();
    }

    static String plural(String kind) {
        return switch (kind) {
            case "MDisk" -> "MDisks";
            case "LUN" -> "LUNs";
            case "backend copy" -> "backend copies";
            case "remote copy" -> "remote copies";
            case "FlashCopy mapping" -> "FlashCopy mappings";
            case "volume copy" -> "volume copies";
            default -> kind + "s";
        };
    }

    /** {@code a volume}, {@code an MDisk}, {@code an I/O group}; sections read {@code the bounds}. */
    static String article(String kind) {
        if (kind.startsWith("the ") || kind.equals("configuration") || kind.equals("upgrade plan")
                || kind.equals("workload") || kind.equals("bounds") || kind.startsWith("nativeCopy")) {
            return kind.startsWith("the ") ? kind : "the " + kind;
        }
        boolean vowelSound = kind.startsWith("MDisk") || kind.startsWith("I/O")
                || (!kind.startsWith("LUN") && "aeio".indexOf(Character.toLowerCase(kind.charAt(0))) >= 0);
        return (vowelSound ? "an " : "a ") + kind;
    }

}
