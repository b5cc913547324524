package io.copyproof.alloy;

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
import io.copyproof.config.Lun;
import io.copyproof.config.MDisk;
import io.copyproof.config.Partnership;
import io.copyproof.config.Pool;
import io.copyproof.config.ReleaseNote;
import io.copyproof.config.RelationshipState;
import io.copyproof.config.RemoteCopy;
import io.copyproof.config.RemoteCopyType;
import io.copyproof.config.StorageSystem;
import io.copyproof.config.UpgradeStep;
import io.copyproof.config.Volume;
import io.copyproof.config.VolumeType;
import io.copyproof.rules.RuleCatalog;
import io.copyproof.rules.RuleInfo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.TreeSet;

/**
 * Translates a configuration and its upgrade plan into a self-contained Alloy 6 model: the library
 * ({@code io/copyproof/alloy/copyproof.als}, inlined so the file opens and runs in the Alloy
 * Analyzer as it is), one {@code one sig} per element, a fact fixing the topology, and one
 * {@code check} per invariant with exact scopes and a {@code steps} bound (see {@link StepsBound}).
 * The output is deterministic: it depends only on the configuration, in file order.
 */
public final class AlloyGenerator {
    /** Resource path of the Alloy library. */
    public static final String LIBRARY = "io/copyproof/alloy/copyproof.als";
    /** The default cap on the steps bound: every bundled example but the largest has all its per-invariant bounds within it. */
    public static final int DEFAULT_MAX_STEPS = 30;

    private AlloyGenerator() {
    }

    /** The model of the configuration under its own bounds. */
    public static String generate(Config config) {
        return generate(config, config.bounds());
    }

    /** The model of the configuration under the given bounds. */
    public static String generate(Config config, Bounds bounds) {
        return model(config, bounds, DEFAULT_MAX_STEPS).text();
    }

    /** The model with its names and steps bound; {@code maxSteps} caps the steps bound. */
    public static AlloyModel model(Config config, Bounds bounds, int maxSteps) {
        return new Builder(config, bounds, maxSteps).build();
    }

    /** The library text, as shipped. */
    public static String library() {
        try (InputStream in = AlloyGenerator.class.getClassLoader().getResourceAsStream(LIBRARY)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + LIBRARY);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The assertion name of an invariant id: {@code CS-PIT-COMPLETE} gives {@code CS_PIT_COMPLETE}. */
    /**
     * The invariants the Alloy engine checks: those with a predicate in the library
     * ({@link TraceReader#holdsPredicate}), in catalog order. What it reports as checked comes from
     * here, not from the catalog.
     */
    static List<RuleInfo> implemented() {
        return java.util.Arrays.stream(io.copyproof.vocabulary.Check.values())
                .filter(c -> c.isInvariant() && TraceReader.holdsPredicate(c) != null)
                .map(io.copyproof.vocabulary.Check::info).toList();
    }

    public static String assertionName(String invariantId) {
        return invariantId.replace('-', '_');
    }

    /**
     * The derived topology of §1 of the semantics, as the generator writes it: where every volume
     * block lives, its position there, and the slots and size of every LUN. All of it is read from
     * {@link Derived}, the one definition of block placement that the explorer uses too.
     */
    public record Topology(int blocks, Map<String, List<String>> lunOf, Map<String, List<Integer>> posOf,
                           Map<String, Integer> slots, Map<String, Integer> size) {
        /** Computes it for a configuration with {@code blocks} blocks per volume. */
        public static Topology of(Config c, int blocks) {
            Derived d = Derived.of(c, blocks);
            Map<String, List<String>> lunOf = new LinkedHashMap<>();
            Map<String, List<Integer>> posOf = new LinkedHashMap<>();
            for (Volume v : c.volumes()) {
                List<String> luns = new ArrayList<>();
                List<Integer> pos = new ArrayList<>();
                for (int b = 0; b < blocks; b++) {
                    luns.add(d.lunOf(v, b).orElseThrow(() -> new IllegalArgumentException(
                            "volume " + v.id() + " has no MDisk its blocks can live on")));
                    pos.add(d.posOf(v.id(), b));
                }
                lunOf.put(v.id(), luns);
                posOf.put(v.id(), pos);
            }
            Map<String, Integer> slots = new LinkedHashMap<>();
            Map<String, Integer> size = new LinkedHashMap<>();
            for (Lun l : c.luns()) {
                slots.put(l.id(), d.slots(l.id()).size());
                size.put(l.id(), d.size(l.id()));
            }
            return new Topology(blocks, lunOf, posOf, slots, size);
        }

        /** The number of index atoms: enough for block numbers and every LUN position. */
        public int indexCount() {
            int n = Math.max(1, blocks);
            for (int s : size.values()) {
                n = Math.max(n, s);
            }
            return n;
        }
    }

    /**
     * The steps bound: every event is bounded within the bounds, so the sum of the per-event
     * maxima bounds the length of any run (and so of a shortest counterexample). With
     * {@code Wt} = writing hosts x writesPerHost, {@code R} relationships, {@code IC} of them
     * initially inconsistent_copying, {@code F} FlashCopy maps, {@code S} triggers, {@code B} blocks,
     * {@code A = Wt(1+R) + IC*B + F*S*B} write applications:
     * HostWrite <= Wt (+ one timeout per Metro master volume under stress); Destage <= A (each
     * cleans an entry an application made dirty); HostRead <= RB + A + 1 (RB readable blocks on
     * copy targets: a read fills an empty entry, entries empty again only by an application, plus
     * one stale read); GlobalReplicate <= Wt x global relationships; per backend copy S triggers
     * (x3 with LunSuspend and LunResume); PoolFault <= managed pool MDisks on copy target LUNs (each
     * PoolFault faults at least one, none recovers); FlashCopyStart <= F*S;
     * upgrade: 2 + 2 x nodes per system with a step; PartnershipFault/Restore alternate and their
     * guards are complementary, so between two of them a system changes phase: <= 1 + 2 x stepped
     * systems of the partnership; RelationshipSynchronized <= IC (plus one per relationship an
     * operator step restarts, counted in IC); RelationshipStop / RelationshipStart <= operator steps;
     * in cycling mode (Global Mirror with change volumes) CycleStart and CycleComplete <= S each per
     * cycling group, and each CycleComplete applies B writes per relationship of the group (counted in A).
     */
    public static StepsBound stepsBound(Config c, Bounds bounds, int cap) {
        Topology t = Topology.of(c, bounds.blocksPerVolume());
        int wt = (int) c.hosts().stream().filter(Host::writes).count() * bounds.writesPerHost();
        int rels = c.remoteCopies().size();
        // a relationship restarted by an operator step synchronizes once more
        java.util.Set<String> restarted = new java.util.HashSet<>();
        c.upgrade().ifPresent(u -> u.operatorSteps().stream().filter(o -> !o.stops()).forEach(o -> restarted.add(o.target())));
        int ic = (int) c.remoteCopies().stream().filter(r -> r.state() == RelationshipState.INCONSISTENT_COPYING).count()
                + (int) c.remoteCopies().stream().filter(r -> restarted.contains(Derived.groupName(r))).count();
        int gm = (int) c.remoteCopies().stream().filter(r -> r.type() == RemoteCopyType.GLOBAL && !r.cycling()).count();
        int s = bounds.snapshotsPerCopy();
        int b = bounds.blocksPerVolume();
        int f = c.flashCopies().size();
        int cyclingRels = (int) c.remoteCopies().stream().filter(RemoteCopy::cycling).count();
        int cyclingGroups = (int) c.remoteCopies().stream().filter(RemoteCopy::cycling).map(Derived::groupKey)
                .distinct().count();
        int applications = wt * (1 + rels - cyclingRels) + ic * b + f * s * b + cyclingRels * s * b;
        int readable = 0;
        TreeSet<String> targets = new TreeSet<>();
        c.backendCopies().forEach(bc -> targets.add(bc.target()));
        for (Volume v : c.volumes()) {
            if (v.cache() == CacheMode.NONE || c.hostsOf(v.id()).isEmpty()) {
                continue;
            }
            Derived d = Derived.of(c, b);
            for (int k = 0; k < b; k++) {
                if (targets.contains(t.lunOf().get(v.id()).get(k))
                        || d.mirrorLunOf(v, k).filter(targets::contains).isPresent()) {
                    readable++;
                }
            }
        }
        int timeouts = c.workload().stress()
                ? (int) c.remoteCopies().stream().filter(r -> r.type() == RemoteCopyType.METRO)
                        .map(RemoteCopy::master).distinct().count()
                : 0;
        Map<String, Integer> per = new LinkedHashMap<>();
        per.put("HostWrite", wt + timeouts);
        per.put("Destage", applications);
        per.put("HostRead", readable == 0 ? 0 : readable + applications + 1);
        per.put("GlobalReplicate", wt * gm);
        per.put("BackendCopy", c.backendCopies().stream().mapToInt(bc -> s * (bc.suspendsSource() ? 3 : 1)).sum());
        // every PoolFault faults at least one managed pool MDisk on the target LUN of a backend copy
        // (and none recovers), so there are at most as many as such MDisks
        per.put("PoolFault", s == 0 ? 0 : (int) c.mdisks().stream().filter(m -> m.pool().isPresent()
                && m.mode() == io.copyproof.config.MDiskMode.MANAGED && targets.contains(m.lun())).count());
        per.put("FlashCopyStart", f * s);
        List<String> stepped = c.upgrade().map(u -> u.steps().stream().map(UpgradeStep::system).toList())
                .orElse(List.of());
        int upgrade = 0;
        for (String sys : stepped) {
            upgrade += 2 + 2 * c.system(sys).ioGroups().stream().mapToInt(g -> g.nodes().size()).sum();
        }
        per.put("Upgrade", upgrade);
        int partnership = 0;
        for (Partnership p : c.partnerships()) {
            partnership += 1 + 2 * (int) p.systems().stream().filter(stepped::contains).count();
        }
        per.put("Partnership", partnership);
        per.put("RelationshipSynchronized", ic);
        per.put("Operator", c.upgrade().map(u -> u.operatorSteps().size()).orElse(0));
        per.put("Cycle", 2 * s * cyclingGroups); // CycleStart and CycleComplete, snapshotsPerCopy cycles per group
        int diameter = per.values().stream().mapToInt(Integer::intValue).sum();
        int steps = Math.max(1, Math.min(diameter, cap));
        Map<String, Integer> perInvariant = new LinkedHashMap<>();
        for (RuleInfo inv : implemented()) {
            perInvariant.put(inv.id(), Math.min(diameter, InfluenceCone.bound(inv.id(), per, applicable(c, inv.id()),
                    c.volumes().stream().anyMatch(Volume::mirrored))));
        }
        return new StepsBound(diameter, cap, steps, per, perInvariant);
    }

    /**
     * False when the invariant's predicate is vacuously true in every state of the configuration:
     * AV-VOLUME-ONLINE without a mapped volume, RC-SYNC without a relationship that is not idling
     * (an idling one never becomes consistent_synchronized), RC-SECONDARY-CONSISTENT without relationships, UP-COMPATIBLE-LEVELS
     * without partnerships (the library's predicates quantify over exactly these atoms).
     */
    static boolean applicable(Config c, String invariantId) {
        return switch (invariantId) {
            case "AV-VOLUME-ONLINE" -> c.hosts().stream().anyMatch(h -> !h.volumes().isEmpty());
            case "RC-SYNC" -> c.remoteCopies().stream().anyMatch(r -> r.state() != RelationshipState.IDLING);
            case "RC-SECONDARY-CONSISTENT" -> !c.remoteCopies().isEmpty();
            case "UP-COMPATIBLE-LEVELS" -> !c.partnerships().isEmpty();
            default -> true;
        };
    }

    /** The topology functions the library refers to, with their types (see copyproof.als §1). */
    private static final Map<String, String> TOPOLOGY = topology();

    private static Map<String, String> topology() {
        Map<String, String> m = new LinkedHashMap<>();
        String[][] rows = {
            {"accepts", "Level -> Level"},
            {"level0", "System -> Level"}, {"hasStep", "System -> Bool"}, {"afterSys", "System -> System"},
            {"gsys", "IoGroup -> System"}, {"nsys", "Node -> System"}, {"ngroup", "Node -> IoGroup"},
            {"ctrl", "Lun -> Controller"}, {"positions", "Lun -> Idx"}, {"svcData", "Lun -> Bool"}, {"psys", "Pool -> System"},
            {"msys", "MDisk -> System"}, {"mlun", "MDisk -> Lun"}, {"mode", "MDisk -> MDiskMode"},
            {"mpool", "MDisk -> Pool"},
            {"vsys", "Volume -> System"}, {"vgroup", "Volume -> IoGroup"}, {"vpool", "Volume -> Pool"},
            {"vtype", "Volume -> VolType"}, {"vmdisk", "Volume -> MDisk"}, {"cache", "Volume -> CacheMode"},
            {"lunOf", "Volume -> Idx -> Lun"}, {"posOf", "Volume -> Idx -> Idx"},
            {"mirrorLunOf", "Volume -> Idx -> Lun"}, {"mirrorPosOf", "Volume -> Idx -> Idx"},
            {"mirrorPool", "Volume -> Pool"}, {"mirrorMDisk", "Volume -> MDisk"},
            {"maps", "Host -> Volume"}, {"readOnly", "Host -> Bool"}, {"writes", "Host -> Write"},
            {"by", "Write -> Host"}, {"next", "Write -> Write"},
            {"ctype", "BackendCopy -> CopyType"}, {"src", "BackendCopy -> Lun"}, {"tgt", "BackendCopy -> Lun"},
            {"suspends", "BackendCopy -> Bool"}, {"members", "BackendCopy -> BackendCopy"},
            {"fsrc", "FlashCopy -> Volume"}, {"ftgt", "FlashCopy -> Volume"},
            {"psystems", "Partnership -> System"},
            {"rtype", "Rel -> RcType"}, {"master", "Rel -> Volume"}, {"aux", "Rel -> Volume"},
            {"group", "Rel -> Group"}, {"initial", "Rel -> RcState"}, {"pship", "Rel -> Partnership"},
            {"fileBefore", "Rel -> Rel"}, {"rcycling", "Rel -> Bool"},
            {"opGroup", "OpStep -> Group"}, {"opStops", "OpStep -> Bool"}, {"opAfterSys", "OpStep -> System"},
            {"opAfterOps", "OpStep -> OpStep"}, {"sysAfterOps", "System -> OpStep"},
            {"paths", "Host -> Node"},
        };
        for (String[] r : rows) {
            m.put(r[0], r[1]);
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    /** Declarations {@code x0: A, x1: B} for a comprehension of the type {@code A -> B}. */
    private static String emptyDecls(String type) {
        String[] sigs = type.split(" -> ");
        StringJoiner d = new StringJoiner(", ");
        for (int i = 0; i < sigs.length; i++) {
            d.add("x" + i + ": " + sigs[i]);
        }
        return d.toString();
    }

    private static final class Builder {
        private final Config c;
        private final Bounds bounds;
        private final int cap;
        private final AlloyNames names = new AlloyNames();
        private final StringBuilder sigs = new StringBuilder();
        /** The settings of the configuration fact, one constraint a line. */
        private final StringBuilder settings = new StringBuilder();
        /** The tuples of each topology function, by function, in {@link #TOPOLOGY} order. */
        private final Map<String, List<String>> funs = new LinkedHashMap<>();
        private final Map<String, Integer> scopes = new LinkedHashMap<>();

        Builder(Config c, Bounds bounds, int cap) {
            this.c = c;
            this.bounds = bounds;
            this.cap = cap;
            TOPOLOGY.keySet().forEach(f -> funs.put(f, new ArrayList<>()));
        }

        AlloyModel build() {
            Topology t = Topology.of(c, bounds.blocksPerVolume());
            StepsBound sb = stepsBound(c, bounds, cap);
            List<String> idx = declareSigs(t);
            // ---- facts: settings as lines, the topology as typed tuples of its functions
            settings(idx, levels());
            systems();
            storage(t, idx);
            volumes(t, idx);
            hosts();
            copies();
            relationships();
            operators();
            StringBuilder out = new StringBuilder();
            header(out);
            configuration(out);
            List<AlloyModel.Check> checks = checks(out, sb);
            return new AlloyModel(out.toString(), names, sb, bounds.blocksPerVolume(), checks);
        }

        /** Every element's sig, in a fixed order; returns the index atoms (block numbers and LUN positions). */
        private List<String> declareSigs(Topology t) {
            int nIdx = t.indexCount();
            List<String> idx = new ArrayList<>();
            for (int i = 0; i < nIdx; i++) {
                idx.add(names.add("index", "I", Integer.toString(i), Integer.toString(i)));
            }
            sig("Idx", idx, "block numbers and LUN positions");

            List<CodeLevel> levels = levels();
            List<String> levelNames = new ArrayList<>();
            for (CodeLevel l : levels) {
                levelNames.add(names.add("level", "Lv_", l.toString(), l.toString()));
            }
            sig("Level", levelNames, "code levels, in numeric order");

            List<String> sys = new ArrayList<>();
            for (StorageSystem s : c.systems()) {
                sys.add(names.add("system", "Sys_", s.id(), s.id()));
            }
            sig("System", sys, "systems");
            List<String> groups = new ArrayList<>();
            List<String> nodes = new ArrayList<>();
            for (StorageSystem s : c.systems()) {
                for (IoGroup g : s.ioGroups()) {
                    groups.add(names.add("iogroup", "Iog_", s.id() + "/" + g.id(), s.id() + "_" + g.id()));
                    for (String n : g.nodes()) {
                        nodes.add(names.add("node", "Node_", s.id() + "/" + n, n));
                    }
                }
            }
            sig("IoGroup", groups, "I/O groups");
            sig("Node", nodes, "nodes");
            sig("Controller", c.controllers().stream().map(x -> names.add("controller", "Ctl_", x.id(), x.id())).toList(),
                    "backend controllers");
            sig("Lun", c.luns().stream().map(x -> names.add("lun", "Lun_", x.id(), x.id())).toList(), "LUNs");
            sig("Pool", c.pools().stream().map(x -> names.add("pool", "Pool_", x.id(), x.id())).toList(), "pools");
            sig("MDisk", c.mdisks().stream().map(x -> names.add("mdisk", "Md_", x.id(), x.id())).toList(), "MDisks");
            sig("Volume", c.volumes().stream().map(x -> names.add("volume", "Vol_", x.id(), x.id())).toList(),
                    "volumes");
            sig("Host", c.hosts().stream().map(x -> names.add("host", "Host_", x.id(), x.id())).toList(), "hosts");
            List<String> writes = new ArrayList<>();
            for (Host h : c.hosts()) {
                if (h.writes()) {
                    for (int j = 1; j <= bounds.writesPerHost(); j++) {
                        writes.add(names.add("write", "W_", h.id() + "/" + j, h.id() + "#" + j));
                    }
                }
            }
            sig("Write", writes, "write ids (h, j), j = 1 .. writesPerHost, of each writing host");
            sig("BackendCopy", c.backendCopies().stream()
                    .map(x -> names.add("copy", "Copy_", x.id(), x.id())).toList(), "backend copies");
            sig("FlashCopy", c.flashCopies().stream()
                    .map(x -> names.add("flashcopy", "Fc_", x.id(), x.id())).toList(), "FlashCopy maps");
            sig("Partnership", c.partnerships().stream()
                    .map(x -> names.add("partnership", "Ps_", x.id(), x.id())).toList(), "partnerships");
            List<String> groupAtoms = new ArrayList<>();
            for (Map.Entry<String, List<RemoteCopy>> g : Derived.of(c).consistencyGroups().entrySet()) {
                groupAtoms.add(names.add("group", "Grp_", g.getKey(), Derived.groupName(g.getValue().get(0))));
            }
            sig("Group", groupAtoms, "consistency groups (a relationship without one is its own group)");
            sig("Rel", c.remoteCopies().stream()
                    .map(x -> names.add("relationship", "Rel_", x.id(), x.id())).toList(), "remote-copy relationships");
            sig("OpStep", operatorSteps().stream().map(x -> names.add("opstep", "Op_", x.id(), x.id())).toList(),
                    "operator steps of the upgrade plan");

            return idx;
        }

        /** The comment header and the inlined library. */
        private void header(StringBuilder out) {
            out.append("-- Alloy 6 model of the copyproof configuration '").append(oneLine(c.name())).append("'\n");
            out.append("-- generated by copyproof from ").append(oneLine(fileName(c.file()))).append("; do not edit.\n");
            out.append("-- Bounds: writesPerHost ").append(bounds.writesPerHost()).append(", blocksPerVolume ")
                    .append(bounds.blocksPerVolume()).append(", snapshotsPerCopy ").append(bounds.snapshotsPerCopy())
                    .append(".\n");
            out.append("-- The copyproof library (copyproof.als) is inlined first, so this file runs as it is\n");
            out.append("-- in the Alloy Analyzer; the configuration follows it.\n\n");
            String lib = library().replaceFirst("(?m)^module copyproof/copyproof\\s*$",
                    "-- (library module copyproof/copyproof, inlined)");
            out.append(lib);
            if (!lib.endsWith("\n")) {
                out.append('\n');
            }
            out.append("\n");
        }

        /** The configuration: its sigs, the configuration fact and the topology functions. */
        private void configuration(StringBuilder out) {
            out.append("------------------------------------------------------------------------------------------------\n");
            out.append("-- The configuration\n");
            out.append("------------------------------------------------------------------------------------------------\n\n");
            out.append(sigs).append('\n');
            out.append("fact configuration {\n").append(settings).append("}\n\n");
            out.append("-- the topology, as the constant functions the library refers to\n");
            funs.forEach((f, tuples) -> {
                String type = TOPOLOGY.get(f);
                String body = tuples.isEmpty() ? "{ " + emptyDecls(type) + " | some none }"
                        : String.join(" + ", tuples);
                out.append("fun ").append(f).append(": ").append(type).append(" { ").append(body).append(" }\n");
            });
            out.append(reachable());
            out.append('\n');
        }

        /**
         * The function {@code reachable} the library refers to (host paths): the volumes each host maps
         * and reaches now. A host that lists its paths reaches a volume while a node it lists in the
         * volume's I/O group is up; a multipathing host every volume it maps (the volume's own online
         * predicate asks for a node of its I/O group). Emitted as {@code maps} when no host lists
         * paths, so that such a configuration translates as it did before host paths existed.
         */
        private String reachable() {
            List<String> listed = c.hosts().stream().filter(Host::restrictsPaths)
                    .map(h -> names.name("host", h.id())).toList();
            String body = listed.isEmpty() ? "maps"
                    : "maps - { h: " + String.join(" + ", listed) + ", v: Volume | no (ngroup.(v.vgroup) & h.paths & Up) }";
            return "fun reachable: Host -> Volume { " + body + " }\n";
        }

        /** The checks: the initial-state run, the all-invariants inductive check, per invariant its two checks. */
        private List<AlloyModel.Check> checks(StringBuilder out, StepsBound sb) {
            out.append("------------------------------------------------------------------------------------------------\n");
            out.append("-- The checks\n");
            out.append("--\n");
            out.append("-- steps: any run of this configuration has at most ").append(sb.diameterBound())
                    .append(" events (sum of the per-event maxima:\n");
            StringJoiner per = new StringJoiner(", ", "--   ", ")\n");
            sb.perEvent().forEach((k, v) -> per.add(k + " " + v));
            out.append(per);
            out.append("-- Each check only counts the events that can influence its invariant (their cone of influence:\n");
            out.append("-- deleting the other events from a counterexample leaves a counterexample), so a shortest\n");
            out.append("-- counterexample has at most the sum of their maxima, listed with the check. A check covers\n");
            out.append("-- min(that, cap ").append(sb.cap()).append(") events; Alloy's steps count states and state 0 is the\n");
            out.append("-- initial state, so N events need 1..N+1 steps. Where the cap is below the invariant's bound\n");
            out.append("-- (\"capped\"), no counterexample means none within the cap only.\n");
            out.append("--\n");
            out.append("-- Each bounded check is preceded by the invariant's inductive check (library §5), on 2 states:\n");
            out.append("-- no counterexample there proves the invariant for runs of any length, whatever the cap.\n");
            out.append("------------------------------------------------------------------------------------------------\n\n");
            StringJoiner scope = new StringJoiner(", ");
            scopes.forEach((sig, n) -> scope.add("exactly " + n + " " + sig));
            // the only integers are trigger counters 0 .. snapshotsPerCopy: the smallest bitwidth
            // that holds them (a smaller universe translates faster)
            int bitwidth = 2;
            while ((1 << (bitwidth - 1)) - 1 < bounds.snapshotsPerCopy()) {
                bitwidth++;
            }
            scope.add(bitwidth + " Int");
            List<AlloyModel.Check> checks = new ArrayList<>();
            out.append("-- Some initial state exists: the engine runs this first, so that no check holds vacuously.\n");
            out.append("run ").append(AlloyModel.INITIAL_STATE).append(" for ").append(scope).append(", 1..1 steps\n\n");
            out.append("-- Every invariant at once, by induction (copyproof.als §5): when this check finds no\n");
            out.append("-- counterexample, every invariant holds on runs of any length.\n");
            out.append("check ").append(AlloyModel.ALL_INDUCTIVE).append(" for ").append(scope).append(", 2..2 steps\n\n");
            for (RuleInfo inv : implemented()) {
                String a = assertionName(inv.id());
                checks.add(new AlloyModel.Check(inv.id(), a));
                out.append("-- ").append(inv.id()).append(": ").append(oneLine(inv.title())).append("; ")
                        .append(sb.invariantBound(inv.id()) == 0
                                ? "no event can change what it reads, the initial state decides it"
                                : "its events " + String.join(", ",
                                        InfluenceCone.categories(inv.id(), sb.perEvent(), applicable(c, inv.id()),
                                                c.volumes().stream().anyMatch(Volume::mirrored))))
                        .append(": a shortest counterexample has at most ").append(sb.invariantBound(inv.id()))
                        .append(" events").append(sb.complete(inv.id()) ? "" : " (capped)").append('\n');
                out.append("check ").append(AlloyModel.inductive(a)).append(" for ").append(scope).append(", 2..2 steps\n");
                out.append("check ").append(a).append(" for ").append(scope).append(", 1..")
                        .append(sb.alloyStates(inv.id())).append(" steps\n\n");
            }
            return checks;
        }

        private List<CodeLevel> levels() {
            TreeSet<CodeLevel> set = new TreeSet<>();
            c.systems().forEach(s -> set.add(s.codeLevel()));
            c.upgrade().ifPresent(u -> set.add(u.targetLevel()));
            for (ReleaseNote r : c.releaseNotes()) {
                set.add(r.level());
                r.minPartnerLevel().ifPresent(set::add);
            }
            return new ArrayList<>(set);
        }

        private String levelName(CodeLevel l) {
            for (Map.Entry<String, String> e : names.ids().entrySet()) {
                if (names.kind(e.getKey()).equals("level") && CodeLevel.of(e.getValue()).equals(l)) {
                    return e.getKey();
                }
            }
            throw new IllegalArgumentException("no level " + l);
        }

        private void sig(String parent, List<String> atoms, String what) {
            scopes.put(parent, atoms.size());
            if (atoms.isEmpty()) {
                sigs.append("-- no ").append(what).append('\n');
                return;
            }
            sigs.append("-- ").append(what).append('\n');
            sigs.append("one sig ").append(String.join(", ", atoms)).append(" extends ").append(parent)
                    .append(" {}\n");
        }

        /** A constraint of the configuration fact. */
        private void setting(String constraint) {
            settings.append("  ").append(constraint).append('\n');
        }

        /** {@code atom.function = values}: one tuple {@code atom -> value} of the function per value. */
        private void field(String atom, String function, List<String> values) {
            List<String> tuples = funs.get(function);
            if (tuples == null) {
                throw new IllegalStateException("no topology function " + function);
            }
            values.forEach(v -> tuples.add(atom + " -> " + v));
        }

        private void field(String atom, String function, String value) {
            field(atom, function, value == null ? List.of() : List.of(value));
        }

        private void settings(List<String> idx, List<CodeLevel> levels) {
            setting("Block = " + union(idx.subList(0, bounds.blocksPerVolume())));
            setting("Setting.snapshots = " + bounds.snapshotsPerCopy());
            setting("Setting.stress = " + bool(c.workload().stress()));
            setting("Setting.target = " + c.upgrade().map(u -> levelName(u.targetLevel())).orElse("none"));
            Derived derived = Derived.of(c, bounds.blocksPerVolume());
            for (CodeLevel l : levels) {
                // partner compatibility, as the one Java definition decides it
                field(levelName(l), "accepts", levels.stream().filter(x -> derived.accepts(l, x)).map(this::levelName).toList());
            }
        }

        private void systems() {
            Map<String, UpgradeStep> steps = new LinkedHashMap<>();
            c.upgrade().ifPresent(u -> u.steps().forEach(s -> steps.put(s.system(), s)));
            for (StorageSystem s : c.systems()) {
                String n = names.name("system", s.id());
                field(n, "level0", levelName(s.codeLevel()));
                field(n, "hasStep", bool(steps.containsKey(s.id())));
                UpgradeStep step = steps.get(s.id());
                java.util.Set<String> ops = operatorIds();
                field(n, "afterSys", step == null ? List.of()
                        : step.after().stream().filter(a -> !ops.contains(a)).map(a -> names.name("system", a)).toList());
                field(n, "sysAfterOps", step == null ? List.of()
                        : step.after().stream().filter(ops::contains).map(a -> names.name("opstep", a)).toList());
            }
            for (StorageSystem s : c.systems()) {
                for (IoGroup g : s.ioGroups()) {
                    String gn = names.name("iogroup", s.id() + "/" + g.id());
                    field(gn, "gsys", names.name("system", s.id()));
                    for (String node : g.nodes()) {
                        String nn = names.name("node", s.id() + "/" + node);
                        field(nn, "nsys", names.name("system", s.id()));
                        field(nn, "ngroup", gn);
                    }
                }
            }
        }

        private void storage(Topology t, List<String> idx) {
            Derived derived = Derived.of(c, bounds.blocksPerVolume());
            for (Lun l : c.luns()) {
                String n = names.name("lun", l.id());
                field(n, "ctrl", names.name("controller", l.controller()));
                field(n, "positions", idx.subList(0, t.size().get(l.id())));
                // whether the LUN holds system data, as the one Java definition decides it
                field(n, "svcData", bool(derived.holdsSystemData(l.id())));
            }
            for (Pool p : c.pools()) {
                field(names.name("pool", p.id()), "psys", names.name("system", p.system()));
            }
            for (MDisk m : c.mdisks()) {
                String n = names.name("mdisk", m.id());
                field(n, "msys", names.name("system", m.system()));
                field(n, "mlun", names.name("lun", m.lun()));
                field(n, "mode", switch (m.mode()) {
                    case UNMANAGED -> "Unmanaged";
                    case MANAGED -> "Managed";
                    case IMAGE -> "ImageMode";
                });
                field(n, "mpool", m.pool().map(p -> names.name("pool", p)).orElse(null));
            }
        }

        private void volumes(Topology t, List<String> idx) {
            for (Volume v : c.volumes()) {
                String n = names.name("volume", v.id());
                field(n, "vsys", names.name("system", v.system()));
                field(n, "vgroup", names.name("iogroup", v.system() + "/" + v.ioGroup()));
                field(n, "vpool", names.name("pool", v.pool()));
                field(n, "vtype", switch (v.type()) {
                    case STRIPED -> "Striped";
                    case SEQUENTIAL -> "Sequential";
                    case IMAGE -> "ImageType";
                });
                field(n, "vmdisk", v.mdisk().map(m -> names.name("mdisk", m)).orElse(null));
                field(n, "cache", switch (v.cache()) {
                    case READWRITE -> "ReadWrite";
                    case READONLY -> "ReadOnly";
                    case NONE -> "NoCache";
                });
                List<String> lo = new ArrayList<>();
                List<String> po = new ArrayList<>();
                for (int b = 0; b < bounds.blocksPerVolume(); b++) {
                    lo.add(idx.get(b) + " -> " + names.name("lun", t.lunOf().get(v.id()).get(b)));
                    po.add(idx.get(b) + " -> " + idx.get(t.posOf().get(v.id()).get(b)));
                }
                field(n, "lunOf", lo);
                field(n, "posOf", po);
                mirror(v, n, idx);
            }
        }

        /** Copy 1 of a mirrored volume (§7.2): its pool, its image MDisk, and where its blocks live (Derived's placement). */
        private void mirror(Volume v, String n, List<String> idx) {
            if (v.mirror().isEmpty()) {
                return;
            }
            io.copyproof.config.VolumeCopy copy = v.mirror().get();
            Derived derived = Derived.of(c, bounds.blocksPerVolume());
            field(n, "mirrorPool", names.name("pool", copy.pool()));
            field(n, "mirrorMDisk", copy.type() == io.copyproof.config.VolumeType.IMAGE
                    ? copy.mdisk().map(m -> names.name("mdisk", m)).orElse(null) : null);
            List<String> lo = new ArrayList<>();
            List<String> po = new ArrayList<>();
            for (int b = 0; b < bounds.blocksPerVolume(); b++) {
                lo.add(idx.get(b) + " -> " + names.name("lun", derived.mirrorLunOf(v, b).orElseThrow()));
                po.add(idx.get(b) + " -> " + idx.get(derived.mirrorPosOf(v.id(), b)));
            }
            field(n, "mirrorLunOf", lo);
            field(n, "mirrorPosOf", po);
        }

        /**
         * The nodes a host that lists its paths has paths to, in the I/O groups of its volumes
         * (Derived's definition); none for a multipathing host (it reaches a volume whenever the
         * volume's I/O group has a node up: see {@link #reachable}).
         */
        private List<String> paths(Host h) {
            if (!h.restrictsPaths()) {
                return List.of();
            }
            Derived derived = Derived.of(c, bounds.blocksPerVolume());
            java.util.Set<String> out = new java.util.LinkedHashSet<>();
            for (String vId : h.volumes()) {
                Volume v = c.volume(vId);
                derived.pathNodes(h, v).forEach(nd -> out.add(names.name("node", v.system() + "/" + nd)));
            }
            return List.copyOf(out);
        }

        private void hosts() {
            for (Host h : c.hosts()) {
                String n = names.name("host", h.id());
                field(n, "maps", h.volumes().stream().map(v -> names.name("volume", v)).toList());
                field(n, "readOnly", bool(h.readOnly()));
                field(n, "paths", paths(h));
                List<String> ws = new ArrayList<>();
                if (h.writes()) {
                    for (int j = 1; j <= bounds.writesPerHost(); j++) {
                        ws.add(names.name("write", h.id() + "/" + j));
                    }
                }
                field(n, "writes", ws);
                for (int j = 0; j < ws.size(); j++) {
                    field(ws.get(j), "by", n);
                    field(ws.get(j), "next", j + 1 < ws.size() ? ws.get(j + 1) : null);
                }
            }
        }

        private void copies() {
            for (BackendCopy bc : c.backendCopies()) {
                String n = names.name("copy", bc.id());
                field(n, "ctype", bc.type() == CopyType.POINT_IN_TIME ? "PointInTime" : "Replication");
                field(n, "src", names.name("lun", bc.source()));
                field(n, "tgt", names.name("lun", bc.target()));
                field(n, "suspends", bool(bc.suspendsSource()));
                // the copies taken with it when it is the first of its backend consistency group (or alone)
                Derived d = Derived.of(c, bounds.blocksPerVolume());
                List<BackendCopy> with = d.takenWith(bc);
                field(n, "members", with.get(0).equals(bc)
                        ? with.stream().map(m -> names.name("copy", m.id())).toList() : List.of());
            }
            for (FlashCopy fc : c.flashCopies()) {
                String n = names.name("flashcopy", fc.id());
                field(n, "fsrc", names.name("volume", fc.source()));
                field(n, "ftgt", names.name("volume", fc.target()));
            }
            for (Partnership p : c.partnerships()) {
                field(names.name("partnership", p.id()), "psystems",
                        p.systems().stream().map(s -> names.name("system", s)).toList());
            }
        }

        private void relationships() {
            List<String> before = new ArrayList<>();
            for (RemoteCopy r : c.remoteCopies()) {
                String n = names.name("relationship", r.id());
                Volume m = c.volume(r.master());
                Volume a = c.volume(r.aux());
                // an intrasystem relationship (master and aux on one system) has no partnership: always connected
                String p = c.partnershipBetween(m.system(), a.system())
                        .map(x -> names.name("partnership", x.id())).orElse(null);
                field(n, "rtype", r.type() == RemoteCopyType.METRO ? "Metro" : "Global");
                field(n, "master", names.name("volume", r.master()));
                field(n, "aux", names.name("volume", r.aux()));
                field(n, "group", names.name("group", Derived.groupKey(r)));
                field(n, "initial", rcState(r.state()));
                field(n, "pship", p);
                field(n, "fileBefore", List.copyOf(before));
                field(n, "rcycling", bool(r.cycling()));
                before.add(n);
            }
        }

        private List<io.copyproof.config.OperatorStep> operatorSteps() {
            return c.upgrade().map(u -> u.operatorSteps()).orElse(List.of());
        }

        private java.util.Set<String> operatorIds() {
            java.util.Set<String> ids = new java.util.HashSet<>();
            operatorSteps().forEach(o -> ids.add(o.id()));
            return ids;
        }

        /** The operator steps: the group each stops or starts, and what it waits for. */
        private void operators() {
            java.util.Set<String> ops = operatorIds();
            for (io.copyproof.config.OperatorStep o : operatorSteps()) {
                String n = names.name("opstep", o.id());
                RemoteCopy first = c.remoteCopies().stream().filter(r -> Derived.groupName(r).equals(o.target()))
                        .findFirst().orElseThrow(() -> new IllegalArgumentException("operator step " + o.id()
                                + " names no remote copy"));
                field(n, "opGroup", names.name("group", Derived.groupKey(first)));
                field(n, "opStops", bool(o.stops()));
                field(n, "opAfterSys", o.after().stream().filter(a -> !ops.contains(a)).map(a -> names.name("system", a)).toList());
                field(n, "opAfterOps", o.after().stream().filter(ops::contains).map(a -> names.name("opstep", a)).toList());
            }
        }

        private static String union(List<String> xs) {
            return xs.isEmpty() ? "none" : String.join(" + ", xs);
        }

        private static String bool(boolean b) {
            return b ? "True" : "False";
        }

        private static String rcState(RelationshipState s) {
            return switch (s) {
                case CONSISTENT_SYNCHRONIZED -> "ConsistentSynchronized";
                case CONSISTENT_STOPPED -> "ConsistentStopped";
                case INCONSISTENT_COPYING -> "InconsistentCopying";
                case INCONSISTENT_STOPPED -> "InconsistentStopped";
                case IDLING -> "Idling";
                case CONSISTENT_COPYING -> "ConsistentCopying";
            };
        }

        private static String oneLine(String s) {
            return s.replaceAll("[\\r\\n]+", " ");
        }

        private static String fileName(String file) {
            String f = file.replace('\\', '/');
            int slash = f.lastIndexOf('/');
            return slash < 0 ? f : f.substring(slash + 1);
        }
    }
}
