package io.copyproof.repair;

import io.copyproof.config.Config;
import io.copyproof.config.ConfigLoader;
import io.copyproof.config.LoadResult;
import io.copyproof.engine.VerifyOptions;
import io.copyproof.result.TraceStep;
import io.copyproof.result.Verdict;
import io.copyproof.result.VerificationResult;
import io.copyproof.result.Violation;
import io.copyproof.rules.Finding;
import io.copyproof.rules.Severity;
import io.copyproof.slicing.Slice;
import io.copyproof.slicing.Slicer;
import io.copyproof.verifier.Verification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The smallest set of catalog repairs that makes {@code verify} pass. The violations and
 * error-level findings are grouped by the slices their elements lie in ({@link Slicer}); for each
 * group the candidates are the catalog repairs of the elements of those slices (the group's cone
 * of influence), tried by size (1, then 2, ... up to {@code maxChanges}) and, within one size,
 * cheapest first. Each candidate is applied to the file's text, loaded and validated again, and
 * checked in-process by the engines on the slices of the repaired configuration that hold the
 * group's elements; the first that verifies is the group's repair. The repairs of all groups are
 * then applied together and the whole repaired configuration is verified once, on the same path
 * as {@code verify} (rules and engines): only that proves the repair.
 */
public final class RepairSearch {
    /** The largest repair tried by default. */
    public static final int DEFAULT_MAX_CHANGES = 2;
    /** The largest repair that may be asked for (the search is exponential in it). */
    public static final int MOST_CHANGES = 3;

    private final Verification verification;
    private final String engine;
    private final VerifyOptions options;
    private final int maxChanges;

    public RepairSearch(Verification verification, String engine, VerifyOptions options, int maxChanges) {
        if (maxChanges < 1 || maxChanges > MOST_CHANGES) {
            throw new IllegalArgumentException("the number of changes must be from 1 to " + MOST_CHANGES);
        }
        this.verification = verification;
        this.engine = engine;
        this.options = options;
        this.maxChanges = maxChanges;
    }

    /** A violation or error finding to remove: its id and the elements it names. */
    record Target(String id, Set<String> elements) {
    }

    /** One candidate set of repairs, applied: its edits and the configuration they give. */
    record Applied(List<Repair> repairs, List<RepairEdits.Edit> edits, String text, Config config) {
    }

    /** Repairs the file {@code fileName} whose text is {@code text}. */
    public FixResult fix(String fileName, String text) {
        LoadResult loaded = ConfigLoader.parse(fileName, text);
        VerificationResult original = verification.verify(loaded, engine, options);
        if (loaded instanceof LoadResult.Invalid) {
            return done(FixResult.Status.INVALID, original, text);
        }
        Config config = ((LoadResult.Loaded) loaded).config();
        return fix(config, text, original);
    }

    /** Repairs {@code config} (loaded from {@code text}), whose verification is {@code original}. */
    public FixResult fix(Config config, String text, VerificationResult original) {
        if (original.verdict() == Verdict.VERIFIED) {
            return done(FixResult.Status.NOTHING_TO_FIX, original, text);
        }
        if (original.verdict() != Verdict.VIOLATED) {
            return new FixResult(original.verdict() == Verdict.INVALID ? FixResult.Status.INVALID
                    : FixResult.Status.INCONCLUSIVE, original, List.of(), text, Optional.empty(), List.of(),
                    original.inconclusiveReason(), maxChanges, 0);
        }
        if (!original.disagreements().isEmpty()) {
            return new FixResult(FixResult.Status.INCONCLUSIVE, original, List.of(), text, Optional.empty(),
                    List.of(), Optional.of("the engines disagree on this configuration; no repair is proposed "
                    + "until they agree"), maxChanges, 0);
        }
        ConfigText source = new ConfigText(text, config.sources(), isJson(config.file()));
        Search search = new Search(config, source);
        List<Target> targets = targets(config, original);
        List<FixResult.AppliedRepair> chosen = new ArrayList<>();
        List<Repair> all = new ArrayList<>();
        List<FixResult.Unrepaired> unrepaired = new ArrayList<>();
        List<String> inconclusive = new ArrayList<>();
        for (List<Target> group : search.groups(targets)) {
            GroupOutcome g = search.repairGroup(group);
            List<String> ids = group.stream().map(Target::id).distinct().toList();
            if (g.found().isPresent()) {
                Applied a = g.found().get();
                for (Repair r : a.repairs()) {
                    all.add(r);
                    chosen.add(new FixResult.AppliedRepair(r, changesOf(r, a.edits(), config, source), ids));
                }
            } else if (g.inconclusive().isPresent()) {
                inconclusive.add(String.join(", ", ids) + ": " + g.inconclusive().get());
            } else {
                unrepaired.add(new FixResult.Unrepaired(ids, g.tried()));
            }
        }
        Optional<Applied> whole = search.apply(all);
        String repairedText = whole.map(Applied::text).orElse(text);
        if (!unrepaired.isEmpty() || !inconclusive.isEmpty() || whole.isEmpty()) {
            FixResult.Status s = !unrepaired.isEmpty() || whole.isEmpty() ? FixResult.Status.NO_REPAIR
                    : FixResult.Status.INCONCLUSIVE;
            Optional<String> why = inconclusive.isEmpty() ? Optional.empty()
                    : Optional.of("a check ran out of budget before a repair was proved (" + String.join("; ",
                    inconclusive) + ")");
            return new FixResult(s, original, chosen, repairedText, Optional.empty(), unrepaired, why, maxChanges,
                    search.checked);
        }
        VerificationResult proof = verification.verify(whole.get().config(), engine, options);
        search.checked++;
        return switch (proof.verdict()) {
            case VERIFIED -> new FixResult(FixResult.Status.REPAIRED, original, chosen, repairedText,
                    Optional.of(proof), List.of(), Optional.empty(), maxChanges, search.checked);
            // the slices' repairs do not hold together on the whole configuration: none is reported as a
            // repair (nothing "restores" what the whole check still finds); they are named as tried
            case VIOLATED -> new FixResult(FixResult.Status.NO_REPAIR, original, List.of(), text,
                    Optional.of(proof), List.of(new FixResult.Unrepaired(remaining(proof), triedTogether(chosen))),
                    Optional.empty(), maxChanges, search.checked);
            default -> new FixResult(FixResult.Status.INCONCLUSIVE, original, chosen, repairedText,
                    Optional.of(proof), List.of(), proof.inconclusiveReason(), maxChanges, search.checked);
        };
    }

    /**
     * The verdict of {@code verify} on {@code config} (loaded from {@code text}) with {@code repairs}
     * applied together; empty when they clash or the result does not load. For tests that compare
     * the search with the catalog as a whole.
     */
    Optional<VerificationResult> verifyWith(Config config, String text, List<Repair> repairs) {
        Search s = new Search(config, new ConfigText(text, config.sources(), isJson(config.file())));
        return s.apply(repairs).map(a -> verification.verify(a.config(), engine, options));
    }

    private FixResult done(FixResult.Status status, VerificationResult original, String text) {
        return new FixResult(status, original, List.of(), text, Optional.empty(), List.of(), Optional.empty(),
                maxChanges, 0);
    }

    static boolean isJson(String file) {
        return file.toLowerCase(java.util.Locale.ROOT).endsWith(".json");
    }

    /**
     * The violations and error findings of a result, each with the element ids it names, and for a
     * partnership it names the relationships that run over it (whose synchronization it carries).
     */
    static List<Target> targets(Config config, VerificationResult r) {
        List<Target> out = new ArrayList<>();
        List<Target> plain = targets(r);
        for (int i = 0; i < plain.size(); i++) {
            Target t = plain.get(i);
            Set<String> els = new LinkedHashSet<>(t.elements());
            if (i < r.violations().size()) {
                // the element the violation is located at (a host that lost its path names no step argument)
                locatedId(config, r.violations().get(i).path()).ifPresent(els::add);
            }
            for (io.copyproof.config.Partnership p : config.partnerships()) {
                if (!t.elements().contains(p.id())) {
                    continue;
                }
                for (io.copyproof.config.RemoteCopy rc : config.remoteCopies()) {
                    if (p.involves(config.volume(rc.master()).system()) && p.involves(config.volume(rc.aux()).system())) {
                        els.add(rc.id());
                    }
                }
            }
            out.add(new Target(t.id(), els));
        }
        return out;
    }

    /** The id of the element a pointer such as {@code /hosts/1/nodes} lies in; empty when none. */
    static Optional<String> locatedId(Config config, String path) {
        if (path == null) {
            return Optional.empty();
        }
        String[] p = path.split("/");
        if (p.length < 3 || !p[2].matches("[0-9]{1,6}")) {
            return Optional.empty();
        }
        int i = Integer.parseInt(p[2]);
        List<String> ids = switch (p[1]) {
            case "hosts" -> config.hosts().stream().map(h -> h.id()).toList();
            case "volumes" -> config.volumes().stream().map(v -> v.id()).toList();
            case "backendCopies" -> config.backendCopies().stream().map(b -> b.id()).toList();
            case "remoteCopies" -> config.remoteCopies().stream().map(x -> x.id()).toList();
            case "mdisks" -> config.mdisks().stream().map(m -> m.id()).toList();
            default -> List.of();
        };
        return i < ids.size() ? Optional.of(ids.get(i)) : Optional.empty();
    }

    /** The violations and error findings of a result, each with the element ids it names. */
    static List<Target> targets(VerificationResult r) {
        List<Target> out = new ArrayList<>();
        for (Violation v : r.violations()) {
            Set<String> els = new LinkedHashSet<>();
            for (TraceStep s : v.trace()) {
                s.args().values().forEach(a -> {
                    if (a instanceof String str) {
                        els.add(str);
                    }
                });
            }
            out.add(new Target(v.id(), els));
        }
        for (Finding f : r.findings()) {
            if (f.severity() == Severity.ERROR) {
                out.add(new Target(f.id(), new LinkedHashSet<>(f.elements())));
            }
        }
        return out;
    }

    /** The ids still violated or in error in a result. */
    static List<String> remaining(VerificationResult r) {
        Set<String> ids = new LinkedHashSet<>();
        r.violations().forEach(v -> ids.add(v.id()));
        r.findings().stream().filter(f -> f.severity() == Severity.ERROR).forEach(f -> ids.add(f.id()));
        r.disagreements().forEach(d -> ids.add(d.id()));
        return List.copyOf(ids);
    }

    private static List<FieldChange> changesOf(Repair r, List<RepairEdits.Edit> edits, Config config,
                                               ConfigText source) {
        return RepairEdits.of(r, config, source).map(es -> es.stream().map(RepairEdits.Edit::change).toList())
                .orElse(List.of());
    }

    /** What the search of one group reached. */
    record GroupOutcome(Optional<Applied> found, Optional<String> inconclusive, List<String> tried) {
    }

    /** The search over one configuration (counts its checks). */
    private final class Search {
        private final Config whole;
        private final ConfigText source;
        private final List<Slice> slices;
        int checked;

        Search(Config whole, ConfigText source) {
            this.whole = whole;
            this.source = source;
            this.slices = Slicer.slices(whole);
        }

        /** Targets whose slices overlap, together; a target in no slice is a group with every element. */
        List<List<Target>> groups(List<Target> targets) {
            return Cones.groups(targets, slices);
        }

        GroupOutcome repairGroup(List<Target> group) {
            Set<String> cone = Cones.cone(group, slices, whole);
            List<Repair> candidates = new ArrayList<>();
            for (Repair r : Candidates.of(whole, cone)) {
                if (apply(List.of(r)).isPresent()) {
                    candidates.add(r);
                }
            }
            List<String> tried = candidates.stream().map(Repair::describe).toList();
            Optional<String> inconclusive = Optional.empty();
            for (int size = 1; size <= Math.min(maxChanges, candidates.size()); size++) {
                for (List<Repair> set : Combinations.byCost(candidates, size)) {
                    Optional<Applied> a = apply(set);
                    if (a.isEmpty()) {
                        continue;
                    }
                    VerificationResult r = check(group, a.get());
                    if (r.verdict() == Verdict.VERIFIED) {
                        return new GroupOutcome(a, Optional.empty(), tried);
                    }
                    if (r.verdict() == Verdict.INCONCLUSIVE && inconclusive.isEmpty()) {
                        inconclusive = r.inconclusiveReason().or(() -> Optional.of("a check was inconclusive"));
                    }
                }
            }
            return new GroupOutcome(Optional.empty(), inconclusive, tried);
        }

        /** The verification of the slices of {@code a} that hold the group's or the repair's elements. */
        VerificationResult check(List<Target> group, Applied a) {
            Set<String> touched = new LinkedHashSet<>();
            group.forEach(t -> touched.addAll(t.elements()));
            a.repairs().forEach(r -> touched.addAll(r.elements()));
            List<Slice> affected = Cones.matching(Slicer.slices(a.config()), touched);
            if (affected.isEmpty()) {
                checked++;
                return verification.verify(a.config(), engine, options);
            }
            VerificationResult last = null;
            for (Slice s : affected) {
                checked++;
                last = verification.verify(s.config(), engine, options);
                if (last.verdict() != Verdict.VERIFIED) {
                    return last;
                }
            }
            return last;
        }

        /** The repairs applied together to the text and loaded again; empty when they clash or do not load. */
        Optional<Applied> apply(List<Repair> repairs) {
            List<RepairEdits.Edit> edits = new ArrayList<>();
            Map<String, Repair> byPath = new LinkedHashMap<>();
            for (Repair r : repairs) {
                Optional<List<RepairEdits.Edit>> e;
                try {
                    e = RepairEdits.of(r, whole, source);
                } catch (RuntimeException ex) {
                    return Optional.empty();
                }
                if (e.isEmpty()) {
                    return Optional.empty();
                }
                for (RepairEdits.Edit edit : e.get()) {
                    if (byPath.putIfAbsent(edit.change().path(), r) != null) {
                        return Optional.empty(); // two repairs of one field
                    }
                    edits.add(edit);
                }
            }
            String text = source.apply(edits.stream().map(RepairEdits.Edit::splice).toList());
            LoadResult loaded = ConfigLoader.parse(whole.file(), text);
            if (!(loaded instanceof LoadResult.Loaded l)) {
                return Optional.empty();
            }
            return Optional.of(new Applied(List.copyOf(repairs), edits, text, l.config()));
        }
    }

    /** What was tried when each finding's repair verified on its slices but not all of them on the whole. */
    private static List<String> triedTogether(List<FixResult.AppliedRepair> chosen) {
        List<String> out = new ArrayList<>();
        for (FixResult.AppliedRepair a : chosen) {
            out.add(a.repair().describe() + " (verified on its slices, not on the whole configuration)");
        }
        return out.isEmpty() ? List.of("the repairs of each finding, together") : out;
    }
}
