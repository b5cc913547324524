package io.copyproof.report;

import io.copyproof.result.BlastRadius;
import io.copyproof.result.Change;
import io.copyproof.result.StateValue;
import io.copyproof.result.Stats;
import io.copyproof.result.TraceStep;
import io.copyproof.result.Verdict;
import io.copyproof.result.VerificationResult;
import io.copyproof.result.Violation;
import io.copyproof.config.SourceLocation;
import io.copyproof.rules.Finding;
import io.copyproof.rules.RuleCatalog;
import io.copyproof.rules.RuleInfo;
import io.copyproof.rules.Severity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Formatting shared by the renderers: headlines, normalisation, change lines, lanes. */
final class Fmt {
    /** The order of lane kinds in timelines and state listings: who acts, then what is acted on. */
    static final List<String> LANE_KINDS = List.of("host", "system", "node", "cache", "volume", "pool", "mdisk",
            "controller", "lun", "copy", "relationship", "partnership");

    /** Shown for an absent value ("no value yet"). */
    static final String NONE = "—";

    private Fmt() {
    }

    /** The path as given, or only its file name when normalising an absolute path. */
    static String path(String file, RenderOptions options) {
        if (file == null) {
            return "";
        }
        if (!options.normalize()) {
            return file;
        }
        String f = file.replace('\\', '/');
        boolean absolute = f.startsWith("/") || f.matches("^[A-Za-z]:/.*");
        return absolute ? "<dir>/" + f.substring(f.lastIndexOf('/') + 1) : f;
    }

    static SourceLocation location(SourceLocation l, RenderOptions options) {
        return new SourceLocation(path(l.file(), options), l.line(), l.column());
    }

    /** {@code file:line:column}, or just the file for a whole-file location. */
    static String where(SourceLocation l, RenderOptions options) {
        return location(l, options).toString();
    }

    static double seconds(Stats s, RenderOptions options) {
        return options.normalize() ? 0.0 : s.seconds();
    }

    static String secondsText(Stats s, RenderOptions options) {
        return options.normalize() ? "<t> s" : String.format(Locale.ROOT, "%.2f s", s.seconds());
    }

    static String heapText(Stats s, RenderOptions options) {
        return options.normalize() ? "<heap>" : bytes(s.peakHeapBytes());
    }

    static String bytes(long b) {
        if (b < 1024) {
            return b + " B";
        }
        if (b < 1024L * 1024) {
            return String.format(Locale.ROOT, "%.1f KiB", b / 1024.0);
        }
        if (b < 1024L * 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MiB", b / (1024.0 * 1024));
        }
        return String.format(Locale.ROOT, "%.2f GiB", b / (1024.0 * 1024 * 1024));
    }

    /** {@code 0} exactly, else three significant digits ({@code 2.70e-09}). */
    static String probability(double p) {
        return p == 0.0 ? "0" : String.format(Locale.ROOT, "%.3g", p);
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    static String plural(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    static long errorFindings(VerificationResult r) {
        return r.findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
    }

    /**
     * Whether the search stopped before the bounded space was exhausted (a budget ran out, or an
     * engine could not finish): then only what was found is claimed, and the rest is undecided.
     */
    static boolean stoppedEarly(VerificationResult r) {
        return r.verdict() != Verdict.INVALID && r.inconclusiveReason().isPresent();
    }

    /** The invariants a search that stopped early neither found violated nor proved: empty otherwise. */
    static List<String> undecided(VerificationResult r) {
        if (!stoppedEarly(r)) {
            return List.of();
        }
        Set<String> decided = new LinkedHashSet<>();
        r.violations().forEach(v -> decided.add(v.id()));
        r.disagreements().forEach(d -> decided.add(d.id()));
        return r.checked().stream().filter(id -> !decided.contains(id)).distinct().toList();
    }

    /** {@code the search stopped early (reason): 8 invariants undecided}, or empty when it did not stop early. */
    static String cutText(VerificationResult r) {
        if (!stoppedEarly(r)) {
            return "";
        }
        return "the search stopped early (" + r.inconclusiveReason().get() + "): "
                + plural(undecided(r).size(), "invariant", "invariants") + " undecided";
    }

    /** {@code 9 invariants (1 violated, 8 undecided)} when the search stopped early, else {@code 9 invariants}. */
    static String checkedText(VerificationResult r) {
        String n = plural(r.checked().size(), "invariant", "invariants");
        if (!stoppedEarly(r)) {
            return n;
        }
        int undecided = undecided(r).size();
        return n + " (" + (r.checked().size() - undecided) + " decided, " + undecided + " undecided: the search "
                + "stopped early)";
    }

    /** The one-line verdict: {@code VIOLATED — 2 invariants broken, 1 error finding}. */
    static String headline(VerificationResult r) {
        String head = r.verdict().wire().toUpperCase(Locale.ROOT);
        List<String> parts = new ArrayList<>();
        switch (r.verdict()) {
            case VIOLATED -> {
                if (!r.violations().isEmpty()) {
                    parts.add(plural(r.violations().size(), "invariant broken", "invariants broken"));
                }
                long errors = errorFindings(r);
                if (errors > 0) {
                    parts.add(plural(errors, "error finding", "error findings"));
                }
                if (!r.disagreements().isEmpty()) {
                    parts.add(plural(r.disagreements().size(), "engine disagreement", "engine disagreements"));
                }
                if (stoppedEarly(r)) {
                    parts.add(cutText(r));
                }
            }
            case VERIFIED -> parts.add("no counterexample within the bounds, "
                    + plural(r.checked().size(), "invariant", "invariants") + " and "
                    + plural(r.rulesRun().size(), "rule", "rules") + " checked");
            case INCONCLUSIVE -> parts.add(r.inconclusiveReason().orElse("a budget ran out")
                    + "; no proof within the bounds");
            case INVALID -> parts.add(plural(r.errors().size(), "error", "errors") + " in the input");
        }
        return parts.isEmpty() ? head : head + " — " + String.join(", ", parts);
    }

    static String boundsText(VerificationResult r) {
        return "writesPerHost=" + r.bounds().writesPerHost() + ", blocksPerVolume=" + r.bounds().blocksPerVolume()
                + ", snapshotsPerCopy=" + r.bounds().snapshotsPerCopy();
    }

    /** The args of an event as {@code host=db_host, volume=db_vol, block=0}. */
    static String args(TraceStep s) {
        return s.args().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
    }

    /** {@code kind:id} → {@code kind id}: how a lane reads in prose. */
    static String lane(String actor) {
        int i = actor.indexOf(':');
        return i < 0 ? actor : actor.substring(0, i) + " " + actor.substring(i + 1);
    }

    static String laneKind(String actor) {
        int i = actor.indexOf(':');
        return i < 0 ? actor : actor.substring(0, i);
    }

    static String laneId(String actor) {
        int i = actor.indexOf(':');
        return i < 0 ? actor : actor.substring(i + 1);
    }

    static String value(String v) {
        return v == null || v.isEmpty() ? NONE : v;
    }

    /** {@code cache SVC_A/io_grp0: db_vol.b0  — → v1 (dirty)}. */
    static String change(Change c) {
        return lane(c.actor()) + ": " + c.variable() + "  " + value(c.before()) + " → " + value(c.after());
    }

    static String stateValue(StateValue v) {
        return lane(v.actor()) + ": " + v.variable() + " = " + value(v.value());
    }

    /** The lanes of a violation, in {@link #LANE_KINDS} order, then by first appearance. */
    static List<String> lanes(Violation v) {
        Set<String> seen = new LinkedHashSet<>();
        v.initialState().forEach(s -> seen.add(s.actor()));
        for (TraceStep s : v.trace()) {
            s.changes().forEach(c -> seen.add(c.actor()));
            s.state().forEach(x -> seen.add(x.actor()));
        }
        List<String> order = new ArrayList<>(seen);
        List<String> sorted = new ArrayList<>(order);
        sorted.sort(Comparator.comparingInt((String a) -> kindRank(laneKind(a))).thenComparingInt(order::indexOf));
        return sorted;
    }

    static int kindRank(String kind) {
        int i = LANE_KINDS.indexOf(kind);
        return i < 0 ? LANE_KINDS.size() : i;
    }

    /** The changes of a step grouped by lane, in lane order. */
    static Map<String, List<Change>> changesByLane(TraceStep s) {
        Map<String, List<Change>> m = new LinkedHashMap<>();
        for (Change c : s.changes()) {
            m.computeIfAbsent(c.actor(), k -> new ArrayList<>()).add(c);
        }
        return m;
    }

    /** The union of the blast radii of a result's violations, sorted. */
    static BlastRadius blastRadius(VerificationResult r) {
        Set<String> pools = new TreeSet<>();
        Set<String> ioGroups = new TreeSet<>();
        Set<String> volumes = new TreeSet<>();
        Set<String> hosts = new TreeSet<>();
        for (Violation v : r.violations()) {
            v.blastRadius().ifPresent(b -> {
                pools.addAll(b.pools());
                ioGroups.addAll(b.ioGroups());
                volumes.addAll(b.volumes());
                hosts.addAll(b.hosts());
            });
        }
        return new BlastRadius(List.copyOf(pools), List.copyOf(ioGroups), List.copyOf(volumes), List.copyOf(hosts));
    }

    /** Non-empty parts of a blast radius as {@code pools: a, b; volumes: c}. */
    static List<String> blastParts(BlastRadius b) {
        List<String> parts = new ArrayList<>();
        if (!b.pools().isEmpty()) {
            parts.add("pools: " + String.join(", ", b.pools()));
        }
        if (!b.ioGroups().isEmpty()) {
            parts.add("I/O groups: " + String.join(", ", b.ioGroups()));
        }
        if (!b.volumes().isEmpty()) {
            parts.add("volumes: " + String.join(", ", b.volumes()));
        }
        if (!b.hosts().isEmpty()) {
            parts.add("hosts: " + String.join(", ", b.hosts()));
        }
        return parts;
    }

    /** The catalog title of an id, or the id itself for an id the catalog does not know. */
    static String title(String id) {
        return RuleCatalog.find(id).map(RuleInfo::title).orElse(id);
    }

    /** Findings sorted by file, line, column, then id (stable output). */
    static List<Finding> sortedFindings(VerificationResult r) {
        List<Finding> f = new ArrayList<>(r.findings());
        f.sort(Comparator.comparing((Finding x) -> x.location().file()).thenComparingInt(x -> x.location().line())
                .thenComparingInt(x -> x.location().column()).thenComparing(Finding::id));
        return f;
    }

    /**
     * The results with every optional part that a producer left null replaced by its empty form
     * (no name, no location: the file as a whole, no blast radius, ...), so renderers never meet
     * a null.
     */
    static List<VerificationResult> sanitize(List<VerificationResult> results) {
        return results.stream().map(Fmt::sanitize).toList();
    }

    static VerificationResult sanitize(VerificationResult r) {
        String file = r.file() == null ? "" : r.file();
        String engine = orEmpty(r.engine(), "none");
        List<Violation> violations = r.violations().stream().map(v -> new Violation(v.id(),
                v.title() == null ? title(v.id()) : v.title(), orEmpty(v.engine(), engine), v.initialState(),
                v.trace().stream().map(Fmt::sanitize).toList(), orEmpty(v.explanation(), ""),
                v.location() == null ? SourceLocation.ofFile(file) : v.location(), orEmpty(v.path(), ""),
                v.blastRadius() == null ? java.util.Optional.empty() : v.blastRadius(), v.foundBy())).toList();
        List<Finding> findings = r.findings().stream().map(f -> new Finding(f.id(),
                f.severity() == null ? Severity.ERROR : f.severity(), orEmpty(f.message(), ""),
                f.location() == null ? SourceLocation.ofFile(file) : f.location(), orEmpty(f.path(), ""),
                f.elements())).toList();
        List<io.copyproof.config.ConfigError> errors = r.errors().stream().map(e -> new io.copyproof.config.ConfigError(
                orEmpty(e.message(), ""), e.location() == null ? SourceLocation.ofFile(file) : e.location(),
                orEmpty(e.path(), ""))).toList();
        return new VerificationResult(file, orEmpty(r.configName(), ""),
                r.verdict() == null ? Verdict.INVALID : r.verdict(), engine,
                r.bounds() == null ? io.copyproof.config.Bounds.DEFAULT : r.bounds(),
                r.stats() == null ? Stats.NONE : r.stats(), r.checked(), r.rulesRun(), violations, findings, errors,
                r.assumptions(), r.disagreements(),
                r.inconclusiveReason() == null ? java.util.Optional.empty() : r.inconclusiveReason(),
                r.statsByEngine(), r.slices()).withSuggestions(r.suggestions());
    }

    private static TraceStep sanitize(TraceStep s) {
        return new TraceStep(s.step(), orEmpty(s.event(), "?"), s.args(), orEmpty(s.text(), ""), s.changes(),
                s.state(), s.location());
    }

    private static String orEmpty(String s, String otherwise) {
        return s == null ? otherwise : s;
    }

    /** The config name, or the file when the config has no name. */
    static String displayName(VerificationResult r, RenderOptions options) {
        return r.configName() == null || r.configName().isBlank() ? path(r.file(), options) : r.configName();
    }

    /**
     * Which engines found a violation and the lengths of their counterexamples: {@code explorer}
     * for one engine, {@code both engines: 2 steps} when every engine that ran found it with the
     * same length, else {@code explorer: 2 steps, alloy: 3 steps}.
     */
    static String foundBy(io.copyproof.result.Violation v) {
        java.util.Map<String, Integer> f = v.foundBy();
        if (f.size() <= 1) {
            return v.engine();
        }
        java.util.Set<Integer> lengths = new java.util.HashSet<>(f.values());
        if (lengths.size() == 1) {
            int n = lengths.iterator().next();
            return (f.size() == 2 ? "both engines" : "all " + f.size() + " engines") + ": " + plural(n, "step", "steps");
        }
        java.util.StringJoiner j = new java.util.StringJoiner(", ");
        f.forEach((e, n) -> j.add(e + ": " + plural(n, "step", "steps")));
        return j.toString();
    }

    /** The lines of a verified repair: what to do and what proved it, then each change with before and after. */
    static List<String> suggestionLines(io.copyproof.result.Suggestion s, RenderOptions o) {
        List<String> out = new java.util.ArrayList<>();
        out.add("Verified repair: " + s.description() + " (proved: " + s.proof() + ")");
        for (io.copyproof.result.Suggestion.Edit e : s.edits()) {
            out.add("  " + where(e.location(), o) + "  " + e.path() + ": " + e.before() + " → " + e.after());
        }
        return out;
    }

    /** The suggestions of the error findings of a result, each once, in the order of the findings. */
    static List<io.copyproof.result.Suggestion> findingSuggestions(VerificationResult r) {
        java.util.Set<io.copyproof.result.Suggestion> out = new java.util.LinkedHashSet<>();
        for (Finding f : sortedFindings(r)) {
            if (f.severity() == Severity.ERROR) {
                out.addAll(r.suggestionsFor(f.id()));
            }
        }
        return List.copyOf(out);
    }
}
