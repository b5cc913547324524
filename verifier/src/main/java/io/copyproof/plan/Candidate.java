package io.copyproof.plan;

import io.copyproof.config.CodeLevel;
import io.copyproof.config.Config;
import io.copyproof.config.Derived;
import io.copyproof.config.OperatorStep;
import io.copyproof.config.Partnership;
import io.copyproof.config.PlanStep;
import io.copyproof.config.RemoteCopy;
import io.copyproof.config.UpgradeStep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * One candidate plan: an order of the systems orients every partnership that must not upgrade
 * concurrently (the later partner waits for the earlier); stopped groups get a stop step that the
 * upgrades of their systems wait for and a start step that waits for those upgrades. Its rounds
 * are the longest chain of {@code after} edges.
 */
record Candidate(List<PlanStep> plan, Map<String, Integer> roundOf, Map<String, List<String>> reasons, int rounds,
                 List<String> added, List<String> stopped, List<String> stoppedRelationships, String key) {

    int stoppedCount() {
        return stoppedRelationships.size();
    }

    boolean sameCost(Candidate o) {
        return rounds == o.rounds && added.size() == o.added.size() && stoppedCount() == o.stoppedCount();
    }

    /**
     * The candidate of one order, or empty when the input's operator steps and the order together
     * make a cycle. {@code kept} are the input's operator steps with the constraints kept from the
     * input ({@link KeptSteps}). With {@code keptAround}, the groups the kept steps stop count as
     * stopped around the upgrades (their partners may share a round; the checks decide whether the
     * kept steps really are around them).
     */
    static Optional<Candidate> build(Config c, Derived d, CodeLevel target, List<String> systems, List<String> order,
                                     List<String> added, List<String> stopped, KeptSteps kept, boolean keptAround) {
        Graph g = new Graph();
        List<String> concurrent = new ArrayList<>(stopped);
        g.keep(c, kept, keptAround ? concurrent : new ArrayList<>());
        g.stops(c, stopped);
        for (String s : order) {
            g.after.put(s, new ArrayList<>());
            g.why.put(s, new ArrayList<>());
            if (added.contains(s)) {
                g.why.get(s).add("added: " + s + " runs " + c.system(s).codeLevel() + ", below the partner level "
                        + d.minPartnerLevel(target).map(Object::toString).orElse("?") + " that the release notes of "
                        + target + " require");
            }
        }
        for (String s : order) {
            for (String a : kept.of(s)) {
                g.add(s, a, "after " + a + ": kept from the input");
            }
        }
        g.orient(c, d, target, systems, order, concurrent);
        g.restarts(c, systems, order, stopped);
        Map<String, Integer> round = rounds(g.after);
        if (round.containsValue(CYCLE)) {
            return Optional.empty();
        }
        List<PlanStep> plan = new ArrayList<>();
        List<String> names = new ArrayList<>(g.after.keySet());
        names.sort(Comparator.comparingInt(round::get));
        for (String n : names) {
            plan.add(step(n, g.after.get(n), systems, stopped, kept));
        }
        int rounds = round.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        TreeSet<String> edges = new TreeSet<>();
        g.after.forEach((n, as) -> as.forEach(a -> edges.add(n + "<" + a)));
        String key = g.after.keySet().stream().sorted().toList() + "|" + edges;
        return Optional.of(new Candidate(plan, round, g.why, rounds, List.copyOf(added), List.copyOf(stopped),
                List.copyOf(g.stoppedRels), key));
    }

    /** The {@code after} edges of a candidate being built, each step's reasons and the relationships it stops. */
    private static final class Graph {
        final Map<String, List<String>> after = new LinkedHashMap<>();
        final Map<String, List<String>> why = new LinkedHashMap<>();
        final List<String> stoppedRels = new ArrayList<>();

        void add(String step, String waitsFor, String reason) {
            after.get(step).add(waitsFor);
            why.get(step).add(reason);
        }

        /** The input's operator steps with their kept constraints; the groups they stop join {@code concurrent}. */
        void keep(Config c, KeptSteps kept, List<String> concurrent) {
            for (OperatorStep o : kept.steps()) {
                after.put(o.id(), new ArrayList<>(kept.of(o.id())));
                why.put(o.id(), new ArrayList<>(List.of("kept from the input" + (kept.of(o.id()).isEmpty() ? ""
                        : " (after " + String.join(", ", kept.of(o.id())) + ")"))));
                if (o.stops()) {
                    stoppedRels.addAll(relsOf(c, o.target()));
                    concurrent.add(o.target());
                }
            }
        }

        /** The search's stop steps, one per stopped group. */
        void stops(Config c, List<String> stopped) {
            for (String g : stopped) {
                String id = OperatorStep.defaultId(OperatorStep.Action.STOP, g);
                after.put(id, new ArrayList<>());
                List<String> rels = relsOf(c, g);
                stoppedRels.addAll(rels);
                String which = rels.equals(List.of(g)) ? g : g + " (" + String.join(", ", rels) + ")";
                why.put(id, new ArrayList<>(List.of("stops " + which
                        + " before its systems upgrade: no order of the upgrades alone verifies with it running")));
            }
        }

        /** Partners not fully stopped: the later in {@code order} waits for the earlier (unless already ordered). */
        void orient(Config c, Derived d, CodeLevel target, List<String> systems, List<String> order,
                    List<String> concurrent) {
            for (Partnership p : c.partnerships()) {
                String a = p.systems().get(0);
                String b = p.systems().get(1);
                if (!systems.contains(a) || !systems.contains(b) || fullyStopped(c, a, b, concurrent)) {
                    continue;
                }
                boolean aFirst = order.indexOf(a) < order.indexOf(b);
                String first = aFirst ? a : b;
                String later = aFirst ? b : a;
                if (waitsFor(after, later, first)) {
                    continue;   // the kept steps order them already
                }
                add(later, first, "after " + first + ": partnership " + p.id() + " (partners never upgrade together)"
                        + levelReason(c, d, target, first, later));
            }
        }

        /** The upgrades of a stopped group's systems wait for its stop; its start waits for them. */
        void restarts(Config c, List<String> systems, List<String> order, List<String> stopped) {
            for (String g : stopped) {
                String stopId = OperatorStep.defaultId(OperatorStep.Action.STOP, g);
                String startId = OperatorStep.defaultId(OperatorStep.Action.START, g);
                List<String> touched = systemsOf(c, g).stream().filter(systems::contains).toList();
                for (String s : touched) {
                    add(s, stopId, "after " + stopId + ": " + g + " is stopped before " + s + " upgrades");
                }
                after.put(startId, new ArrayList<>(order.stream().filter(touched::contains).toList()));
                why.put(startId, new ArrayList<>(List.of("restarts " + g + " once " + String.join(" and ",
                        after.get(startId)) + " have committed; it resynchronizes")));
            }
        }
    }

    private static PlanStep step(String name, List<String> after, List<String> systems, List<String> stopped,
                                 KeptSteps kept) {
        if (systems.contains(name)) {
            return new UpgradeStep(name, after);
        }
        for (OperatorStep o : kept.steps()) {
            if (name.equals(o.id())) {
                return new OperatorStep(o.id(), o.action(), o.target(), after);
            }
        }
        for (String g : stopped) {
            if (name.equals(OperatorStep.defaultId(OperatorStep.Action.STOP, g))) {
                return new OperatorStep(name, OperatorStep.Action.STOP, g, after);
            }
        }
        String g = name.substring(OperatorStep.defaultId(OperatorStep.Action.START, "").length());
        return new OperatorStep(name, OperatorStep.Action.START, g, after);
    }

    /** Whether {@code x} waits for {@code y}, directly or through other steps. */
    private static boolean waitsFor(Map<String, List<String>> after, String x, String y) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<String> todo = new ArrayList<>(after.getOrDefault(x, List.of()));
        while (!todo.isEmpty()) {
            String z = todo.remove(todo.size() - 1);
            if (z.equals(y)) {
                return true;
            }
            if (seen.add(z)) {
                todo.addAll(after.getOrDefault(z, List.of()));
            }
        }
        return false;
    }

    /** The round of a step on a cycle of {@code after} edges (a candidate that is dropped). */
    private static final int CYCLE = -1;

    /** round(x) = 1 + the largest round of the steps x waits for; {@link #CYCLE} on a cycle. */
    private static Map<String, Integer> rounds(Map<String, List<String>> after) {
        Map<String, Integer> round = new HashMap<>();
        for (String n : after.keySet()) {
            roundOf(n, after, round);
        }
        return round;
    }

    private static int roundOf(String n, Map<String, List<String>> after, Map<String, Integer> memo) {
        Integer r = memo.get(n);
        if (r != null) {
            return r == 0 ? CYCLE : r;   // 0: still being computed, so n waits for itself
        }
        memo.put(n, 0);
        int max = 0;
        for (String a : after.getOrDefault(n, List.of())) {
            int ra = roundOf(a, after, memo);
            if (ra == CYCLE) {
                memo.put(n, CYCLE);
                return CYCLE;
            }
            max = Math.max(max, ra);
        }
        memo.put(n, max + 1);
        return max + 1;
    }

    /** Why the order of two partners is forced by the release notes, if it is. */
    private static String levelReason(Config c, Derived d, CodeLevel target, String first, String later) {
        CodeLevel lf = c.system(first).codeLevel();
        if (!d.compatible(target, lf)) {
            Optional<CodeLevel> min = d.minPartnerLevel(target);
            return "; release notes of " + target + ": " + later + " at " + target + " needs its partner at "
                    + min.map(Object::toString).orElse("a higher level") + " or later, and " + first + " runs " + lf
                    + ", so " + first + " goes first";
        }
        return "";
    }

    private static boolean fullyStopped(Config c, String a, String b, List<String> stopped) {
        List<RemoteCopy> between = c.remoteCopies().stream().filter(r -> {
            String ms = c.volume(r.master()).system();
            String as = c.volume(r.aux()).system();
            return ms.equals(a) && as.equals(b) || ms.equals(b) && as.equals(a);
        }).toList();
        return !between.isEmpty() && between.stream().allMatch(r -> stopped.contains(Derived.groupName(r)));
    }

    private static List<String> relsOf(Config c, String group) {
        return c.remoteCopies().stream().filter(r -> Derived.groupName(r).equals(group)).map(RemoteCopy::id).toList();
    }

    private static List<String> systemsOf(Config c, String group) {
        List<String> out = new ArrayList<>();
        for (RemoteCopy r : c.remoteCopies()) {
            if (Derived.groupName(r).equals(group)) {
                for (String s : List.of(c.volume(r.master()).system(), c.volume(r.aux()).system())) {
                    if (!out.contains(s)) {
                        out.add(s);
                    }
                }
            }
        }
        return out;
    }

    PlanResult.Plan toPlan() {
        List<PlanResult.Step> steps = new ArrayList<>();
        for (PlanStep p : plan) {
            String name = p instanceof UpgradeStep u ? u.system() : ((OperatorStep) p).id();
            steps.add(new PlanResult.Step(p, roundOf.get(name), reasons.getOrDefault(name, List.of())));
        }
        return new PlanResult.Plan(steps, rounds, added, stoppedRelationships);
    }
}
