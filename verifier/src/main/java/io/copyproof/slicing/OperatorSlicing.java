package io.copyproof.slicing;

import io.copyproof.config.OperatorStep;
import io.copyproof.config.PlanStep;
import io.copyproof.config.Upgrade;
import io.copyproof.config.UpgradeStep;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The plan a slice keeps when the plan has operator steps: the operator steps of the slice's
 * consistency groups, the upgrade steps of its systems, and (as context) every step these wait
 * for, transitively. An operator step of a group outside the slice acts on nothing in it: it is
 * dropped and whoever waited for it waits for its own predecessors instead. For verdicts this is
 * exact: a stop is enabled as soon as its predecessors have finished and changes nothing the slice
 * reads, so the whole can always run it at that moment (a run of the slice is a run of the whole
 * with the stop inserted; the lengths differ by those stops, which is why only
 * {@link Slicer#verdictSlices} cuts such plans). A start also waits for its group's partnerships,
 * outside the slice; a plan in which some step waits for a start is not cut at all
 * ({@link #waitsForAStart}).
 */
final class OperatorSlicing {
    private OperatorSlicing() {
    }

    /** The slice's plan; adds the systems it keeps steps of to {@code sysIds}. */
    static List<PlanStep> plan(Upgrade u, Set<String> sysIds, Set<String> groups) {
        Map<String, PlanStep> byName = new LinkedHashMap<>();
        for (PlanStep p : u.plan()) {
            byName.putIfAbsent(name(p), p);
        }
        Set<String> keptOps = new HashSet<>();
        for (OperatorStep o : u.operatorSteps()) {
            if (groups.contains(o.target())) {
                keptOps.add(o.id());
            }
        }
        Deque<String> todo = new ArrayDeque<>();
        sysIds.stream().filter(byName::containsKey).forEach(todo::add);
        todo.addAll(keptOps);
        Set<String> seen = new HashSet<>(todo);
        while (!todo.isEmpty()) {
            for (String a : byName.get(todo.pop()).after()) {
                if (byName.get(a) instanceof UpgradeStep) {
                    sysIds.add(a);
                }
                if (seen.add(a)) {
                    todo.push(a);
                }
            }
        }
        List<PlanStep> out = new ArrayList<>();
        for (PlanStep p : u.plan()) {
            boolean kept = p instanceof UpgradeStep us ? sysIds.contains(us.system()) : keptOps.contains(name(p));
            if (!kept) {
                continue;
            }
            Set<String> after = new LinkedHashSet<>();
            p.after().forEach(a -> expand(a, byName, keptOps, after));
            out.add(p instanceof UpgradeStep us ? new UpgradeStep(us.system(), List.copyOf(after))
                    : new OperatorStep(((OperatorStep) p).id(), ((OperatorStep) p).action(), ((OperatorStep) p).target(),
                    List.copyOf(after)));
        }
        return out;
    }

    private static void expand(String a, Map<String, PlanStep> byName, Set<String> keptOps, Set<String> out) {
        if (byName.get(a) instanceof OperatorStep && !keptOps.contains(a)) {
            byName.get(a).after().forEach(b -> expand(b, byName, keptOps, out));
        } else {
            out.add(a);
        }
    }

    /** Whether some step of the plan waits for an operator start step. */
    static boolean waitsForAStart(Upgrade u) {
        Set<String> starts = new HashSet<>();
        u.operatorSteps().stream().filter(o -> !o.stops()).forEach(o -> starts.add(o.id()));
        return u.plan().stream().anyMatch(p -> p.after().stream().anyMatch(starts::contains));
    }

    static String name(PlanStep p) {
        return p instanceof UpgradeStep us ? us.system() : ((OperatorStep) p).id();
    }

    /** Slice plan index -> whole plan index, by step name. */
    static int[] positions(Upgrade whole, List<PlanStep> kept) {
        List<String> names = whole.plan().stream().map(OperatorSlicing::name).toList();
        return kept.stream().mapToInt(p -> names.indexOf(name(p))).toArray();
    }
}
