package io.copyproof.diff;

import io.copyproof.config.Config;
import io.copyproof.config.LoadResult;
import io.copyproof.result.TraceStep;
import io.copyproof.result.VerificationResult;
import io.copyproof.result.Violation;
import io.copyproof.rules.Finding;
import io.copyproof.rules.Severity;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Compares the verifications of a configuration before and after a change. A violation is
 * matched by its invariant id and the id of the element it is attributed to (the element at its
 * path in that file's configuration; the elements its trace names when it has no path); a finding
 * by its rule id and the ids of the elements it concerns. Lines play no part: an edit that moves
 * an element does not make its violation new. Only error-level findings are compared.
 */
public final class Diff {
    private Diff() {
    }

    /**
     * @param beforeLoaded the loaded BEFORE file (its configuration gives element ids); may be invalid
     * @param before       its verification
     */
    public static DiffResult compare(LoadResult beforeLoaded, VerificationResult before, LoadResult afterLoaded,
                                     VerificationResult after) {
        List<DiffEntry> was = entries(config(beforeLoaded), before);
        List<DiffEntry> now = entries(config(afterLoaded), after);
        Map<String, Deque<DiffEntry>> remaining = new LinkedHashMap<>();
        for (DiffEntry e : was) {
            remaining.computeIfAbsent(e.key(), k -> new ArrayDeque<>()).add(e);
        }
        List<DiffEntry> out = new ArrayList<>();
        boolean anyNew = false;
        for (DiffEntry e : now) {
            Deque<DiffEntry> same = remaining.get(e.key());
            if (same != null && !same.isEmpty()) {
                same.poll();
                out.add(e.with(DiffEntry.Status.KEPT));
            } else {
                out.add(e.with(DiffEntry.Status.NEW));
                anyNew = true;
            }
        }
        remaining.values().forEach(q -> q.forEach(e -> out.add(e.with(DiffEntry.Status.REMOVED))));
        out.sort(java.util.Comparator.comparing(DiffEntry::status));
        int exit = DiffResult.exitCode(before, after, anyNew);
        Optional<String> reason = Optional.empty();
        if (exit == 3) {
            reason = Optional.of("AFTER is inconclusive (" + after.inconclusiveReason().orElse("not every invariant "
                    + "was explored") + "); a new violation may be hidden");
        } else if (before.inconclusiveReason().isPresent() && exit != 2) {
            reason = Optional.of("BEFORE is inconclusive (" + before.inconclusiveReason().get() + "); what is listed "
                    + "as new may have been there already, unfound");
        }
        return new DiffResult(before, after, out, exit, reason);
    }

    private static Config config(LoadResult r) {
        return r instanceof LoadResult.Loaded l ? l.config() : null;
    }

    static List<DiffEntry> entries(Config config, VerificationResult r) {
        List<DiffEntry> out = new ArrayList<>();
        for (Violation v : r.violations()) {
            List<String> elements = elementAt(config, v.path()).map(List::of).orElseGet(() -> traceElements(v.trace()));
            out.add(new DiffEntry(DiffEntry.Status.KEPT, DiffEntry.Kind.VIOLATION, v.id(),
                    v.id() + " " + String.join(",", elements), elements, v.title(), v.explanation(), v.location(),
                    v.path(), v.trace()));
        }
        for (Finding f : r.findings()) {
            if (f.severity() != Severity.ERROR) {
                continue;
            }
            List<String> elements = new ArrayList<>(new TreeSet<>(f.elements()));
            if (elements.isEmpty()) {
                elementAt(config, f.path()).ifPresent(elements::add);
            }
            out.add(new DiffEntry(DiffEntry.Status.KEPT, DiffEntry.Kind.FINDING, f.id(),
                    f.id() + " " + String.join(",", elements), elements, f.id(), f.message(), f.location(), f.path(),
                    List.of()));
        }
        return out;
    }

    /** The elements a trace names (its string arguments), sorted: the identity of a violation with no path. */
    private static List<String> traceElements(List<TraceStep> trace) {
        TreeSet<String> ids = new TreeSet<>();
        for (TraceStep s : trace) {
            s.args().values().forEach(a -> {
                if (a instanceof String str) {
                    ids.add(str);
                }
            });
        }
        return new ArrayList<>(ids);
    }

    /**
     * The id of the element at a JSON pointer of the configuration ({@code /volumes/3/cache} gives
     * {@code volumes:db_vol}); empty when the pointer names no element.
     */
    static Optional<String> elementAt(Config c, String path) {
        if (c == null || path == null || path.isEmpty()) {
            return Optional.empty();
        }
        String[] p = path.substring(1).split("/");
        if (p.length < 2) {
            return Optional.of(p[0]);
        }
        if (p[0].equals("upgrade") && p.length >= 3 && p[1].equals("steps")) {
            return c.upgrade().map(u -> "upgrade:" + idAt(u.steps(), parse(p[2]), s -> s.system()));
        }
        int i;
        try {
            i = Integer.parseInt(p[1]);
        } catch (NumberFormatException e) {
            return Optional.of(p[0] + ":" + p[1]);
        }
        String id = switch (p[0]) {
            case "systems" -> idAt(c.systems(), i, s -> s.id()
                    + (p.length >= 4 && p[2].equals("ioGroups") ? "/" + idAt(s.ioGroups(), parse(p[3]), g -> g.id()) : ""));
            case "controllers" -> idAt(c.controllers(), i, x -> x.id());
            case "luns" -> idAt(c.luns(), i, x -> x.id());
            case "pools" -> idAt(c.pools(), i, x -> x.id());
            case "mdisks" -> idAt(c.mdisks(), i, x -> x.id());
            case "volumes" -> idAt(c.volumes(), i, x -> x.id());
            case "hosts" -> idAt(c.hosts(), i, x -> x.id());
            case "backendCopies" -> idAt(c.backendCopies(), i, x -> x.id());
            case "partnerships" -> idAt(c.partnerships(), i, x -> String.join("+", x.systems()));
            case "remoteCopies" -> idAt(c.remoteCopies(), i, x -> x.id());
            case "flashCopies" -> idAt(c.flashCopies(), i, x -> x.id());
            case "releaseNotes" -> idAt(c.releaseNotes(), i, x -> x.level().toString());
            default -> null;
        };
        return Optional.of(p[0] + ":" + (id == null ? p[1] : id));
    }

    private static int parse(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static <T> String idAt(List<T> list, int i, java.util.function.Function<T, String> id) {
        return i >= 0 && i < list.size() ? id.apply(list.get(i)) : String.valueOf(i);
    }
}
