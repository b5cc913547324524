package io.copyproof.plan;

import io.copyproof.config.OperatorStep;
import io.copyproof.config.PlanStep;
import io.copyproof.config.Upgrade;
import io.copyproof.config.UpgradeStep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The operator steps of the input plan and the order constraints that {@code plan} keeps: each
 * operator step stays where the input puts it relative to every other step. That is the input's
 * {@code after} order (directly or through other steps) restricted to the pairs with an operator
 * step on either side, less the pairs that follow from the others. Only the order between two
 * upgrade steps is left to the search. {@code after} maps every step name (system id or operator
 * step id) to the steps it must wait for, in the input's order.
 */
record KeptSteps(List<OperatorStep> steps, Map<String, List<String>> after) {

    static KeptSteps of(Upgrade upgrade) {
        List<String> names = new ArrayList<>();
        Map<String, List<String>> direct = new LinkedHashMap<>();
        for (PlanStep p : upgrade.plan()) {
            String n = name(p);
            names.add(n);
            direct.put(n, p.after());
        }
        List<String> ops = upgrade.operatorSteps().stream().map(OperatorStep::id).toList();
        Map<String, Set<String>> kept = new LinkedHashMap<>();
        for (String x : names) {
            Set<String> ys = new LinkedHashSet<>();
            for (String y : reach(x, direct, names)) {
                if (ops.contains(x) || ops.contains(y)) {
                    ys.add(y);
                }
            }
            kept.put(x, ys);
        }
        Map<String, List<String>> reduced = new LinkedHashMap<>();
        for (String x : names) {
            List<String> ys = new ArrayList<>();
            for (String y : kept.get(x)) {
                boolean implied = kept.get(x).stream().anyMatch(z -> kept.getOrDefault(z, Set.of()).contains(y));
                if (!implied) {
                    ys.add(y);
                }
            }
            reduced.put(x, List.copyOf(ys));
        }
        return new KeptSteps(upgrade.operatorSteps(), reduced);
    }

    /** The constraints of a step: the steps it waits for (none for a step the input does not have). */
    List<String> of(String name) {
        return after.getOrDefault(name, List.of());
    }

    static String name(PlanStep p) {
        return p instanceof UpgradeStep u ? u.system() : ((OperatorStep) p).id();
    }

    /** Every step {@code x} waits for, directly or through others, in the input's order (the input has no cycle). */
    private static List<String> reach(String x, Map<String, List<String>> direct, List<String> order) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> todo = new ArrayList<>(direct.getOrDefault(x, List.of()));
        while (!todo.isEmpty()) {
            String y = todo.remove(todo.size() - 1);
            if (seen.add(y)) {
                todo.addAll(direct.getOrDefault(y, List.of()));
            }
        }
        return order.stream().filter(seen::contains).toList();
    }
}
