package io.copyproof.plan;

import io.copyproof.config.Config;
import io.copyproof.config.OperatorStep;
import io.copyproof.config.PlanStep;
import io.copyproof.config.Upgrade;
import io.copyproof.config.UpgradeStep;
import io.copyproof.engine.VerifyOptions;
import io.copyproof.fixtures.Configs;
import io.copyproof.result.Verdict;
import io.copyproof.rules.StaticRules;
import io.copyproof.semantics.ExplorerEngine;
import io.copyproof.slicing.SliceMemo;
import io.copyproof.slicing.SlicingEngine;
import io.copyproof.verifier.Verification;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * For random small upgrade configurations (2 or 3 systems, random levels, partnerships,
 * relationships and release notes): every plan {@code plan} returns verifies by the ordinary
 * {@code verify} path (static rules and the slicing explorer, no memo), and no plan with fewer
 * rounds made only of the systems' upgrade steps verifies, enumerated here independently as every
 * assignment of rounds to steps (partners in different rounds, the later waiting for the earlier)
 * with every subset of the partners the planner may add. When {@code plan} finds nothing, no such
 * plan of any number of rounds verifies. With operator steps in the input (a stop of the running
 * relationship that some upgrades wait for, perhaps a restart), every returned plan keeps them, with
 * their ids and targets, and keeps every order between them and the other steps that the input
 * implies.
 */
class PlannerProperties {
    private static final Verification VERIFY = new Verification(
            Map.of("explorer", new SlicingEngine(new ExplorerEngine())), StaticRules::check);
    private static final String[] LEVELS = {"8.3.1.9", "8.4.0.10", "8.5.0.6"};

    @Provide
    Arbitrary<String> configs() {
        Arbitrary<Integer> n = Arbitraries.integers().between(2, 3);
        return n.flatMap(systems -> Combinators.combine(
                Arbitraries.integers().between(0, 2).list().ofSize(systems),     // level per system
                Arbitraries.integers().between(0, 3).list().ofSize(systems - 1), // link i-(i+1): 0 none, 1 partnership, 2 +metro, 3 +global
                Arbitraries.integers().between(0, 2),                            // release note: 0 plain, 1 min 8.5, 2 stop global
                Arbitraries.integers().between(1, (1 << systems) - 1),           // systems with a step
                Arbitraries.integers().between(0, 1)                             // relationship state: running or stopped
        ).as((levels, links, note, stepped, state) -> yaml(systems, levels, links, note, stepped, state)));
    }

    static String yaml(int n, List<Integer> levels, List<Integer> links, int note, int stepped, int state) {
        StringBuilder sb = new StringBuilder("systems:\n");
        for (int i = 0; i < n; i++) {
            sb.append("  - {id: S").append(i).append(", codeLevel: ").append(LEVELS[levels.get(i)])
                    .append(", ioGroups: [{id: io_grp0, nodes: [N").append(i).append("a, N").append(i).append("b]}]}\n");
        }
        sb.append("controllers:\n  - {id: ctl, model: X}\nluns:\n");
        for (int i = 0; i < n; i++) {
            sb.append("  - {id: lun").append(i).append(", controller: ctl}\n");
        }
        sb.append("pools:\n");
        for (int i = 0; i < n; i++) {
            sb.append("  - {id: pool").append(i).append(", system: S").append(i).append("}\n");
        }
        sb.append("mdisks:\n");
        for (int i = 0; i < n; i++) {
            sb.append("  - {id: md").append(i).append(", system: S").append(i).append(", lun: lun").append(i)
                    .append(", mode: managed, pool: pool").append(i).append("}\n");
        }
        sb.append("volumes:\n");
        for (int i = 0; i < n; i++) {
            sb.append("  - {id: v").append(i).append(", system: S").append(i).append(", ioGroup: io_grp0, pool: pool")
                    .append(i).append("}\n");
        }
        StringBuilder parts = new StringBuilder();
        StringBuilder rels = new StringBuilder();
        for (int i = 0; i + 1 < n; i++) {
            if (links.get(i) >= 1) {
                parts.append("  - {id: p").append(i).append(", systems: [S").append(i).append(", S").append(i + 1).append("]}\n");
            }
            if (links.get(i) >= 2) {
                rels.append("  - {id: rc").append(i).append(", type: ").append(links.get(i) == 2 ? "metro" : "global")
                        .append(", master: v").append(i).append(", aux: v").append(i + 1).append(", state: ")
                        .append(state == 0 ? "consistent_synchronized" : "consistent_stopped").append("}\n");
            }
        }
        if (parts.length() > 0) {
            sb.append("partnerships:\n").append(parts);
        }
        if (rels.length() > 0) {
            sb.append("remoteCopies:\n").append(rels);
        }
        sb.append("releaseNotes:\n  - ").append(switch (note) {
            case 1 -> "{level: 8.6.0.0, minPartnerLevel: 8.5.0.0}";
            case 2 -> "{level: 8.6.0.0, stopBeforeUpgrade: [global]}";
            default -> "{level: 8.6.0.0}";
        }).append('\n');
        sb.append("bounds: {writesPerHost: 1, blocksPerVolume: 1}\nupgrade:\n  targetLevel: 8.6.0.0\n  steps:\n");
        for (int i = 0; i < n; i++) {
            if ((stepped & 1 << i) != 0) {
                sb.append("    - {system: S").append(i).append("}\n");
            }
        }
        return sb.toString();
    }

    private static boolean verifies(Config c) {
        VerifyOptions o = VerifyOptions.defaults(c.bounds()).withThreads(1);
        Verdict v = VERIFY.verify(c, "explorer", o).verdict();
        assertNotEquals(Verdict.INCONCLUSIVE, v);
        return v == Verdict.VERIFIED;
    }

    private static Config with(Config c, List<PlanStep> steps) {
        return new Config(c.name(), c.systems(), c.controllers(), c.luns(), c.pools(), c.mdisks(), c.volumes(),
                c.hosts(), c.backendCopies(), c.partnerships(), c.remoteCopies(), c.flashCopies(),
                Optional.of(new Upgrade(c.upgrade().orElseThrow().targetLevel(), steps)), c.releaseNotes(),
                c.workload(), c.bounds(), c.sources());
    }

    @Property(tries = 40)
    void everyReturnedPlanVerifiesAndNoPlanWithFewerRoundsDoes(@ForAll("configs") String yaml) {
        Config c = Configs.parse(yaml);
        PlanResult r = Planner.plan(c, new SlicingEngine(new ExplorerEngine()), StaticRules::check,
                VerifyOptions.defaults(c.bounds()).withThreads(1), new SliceMemo());
        assertNotEquals(PlanResult.Status.INCONCLUSIVE, r.status(), () -> r.why().orElse(""));
        int below = r.status() == PlanResult.Status.FOUND ? r.best().get(0).rounds() : Integer.MAX_VALUE;
        for (PlanResult.Plan p : r.best()) {
            assertTrue(verifies(with(c, p.steps().stream().map(PlanResult.Step::step).toList())), yaml);
            assertEquals(below, p.rounds());
        }
        if (r.why().map(w -> w.startsWith("the configuration fails without")).orElse(false)) {
            return;   // the search space is not entered: the configuration fails on its own
        }
        for (List<UpgradeStep> plan : orderPlans(c, Math.min(below - 1, c.systems().size()))) {
            assertTrue(!verifies(with(c, List.copyOf(plan))), () -> "a cheaper plan verifies: " + plan + "\n" + yaml);
        }
    }

    @Provide
    Arbitrary<String> configsWithOperatorSteps() {
        Arbitrary<Integer> n = Arbitraries.integers().between(2, 3);
        return n.flatMap(systems -> Combinators.combine(
                Arbitraries.integers().between(0, 2).list().ofSize(systems),     // level per system
                Arbitraries.integers().between(2, 3),                            // S0-S1: metro or global, running
                Arbitraries.integers().between(0, 2),                            // release note
                Arbitraries.integers().between(0, 15),                           // S0/S1 wait for the stop; restart; waits for S0/S1
                Arbitraries.integers().between(0, 1)                             // S2 partnered (3 systems)
        ).as((levels, link, note, ops, third) -> {
            List<Integer> links = systems == 2 ? List.of(link) : List.of(link, third);
            String yaml = yaml(systems, levels, links, note, (1 << systems) - 1, 0);
            yaml = yaml.replace("  steps:\n", "  steps:\n    - {id: halt, stop: rc0}\n");
            for (int i = 0; i < 2; i++) {
                if ((ops & 1 << i) != 0) {
                    yaml = yaml.replace("    - {system: S" + i + "}\n", "    - {system: S" + i + ", after: [halt]}\n");
                }
            }
            if ((ops & 4) != 0) {
                yaml += "    - {id: resume, start: rc0, after: [halt" + ((ops & 8) != 0 ? ", S0, S1" : "") + "]}\n";
            }
            return yaml;
        }));
    }

    @Property(tries = 20)
    void everyReturnedPlanKeepsTheInputsOperatorStepsAndTheirOrder(@ForAll("configsWithOperatorSteps") String yaml) {
        Config c = Configs.parse(yaml);
        PlanResult r = Planner.plan(c, new SlicingEngine(new ExplorerEngine()), StaticRules::check,
                VerifyOptions.defaults(c.bounds()).withThreads(1), new SliceMemo());
        assertNotEquals(PlanResult.Status.INCONCLUSIVE, r.status(), () -> r.why().orElse(""));
        net.jqwik.api.statistics.Statistics.collect(r.status());
        List<PlanStep> input = List.copyOf(c.upgrade().orElseThrow().plan());
        Map<String, Set<String>> wanted = waitsFor(input);
        Set<String> ops = new HashSet<>(c.upgrade().orElseThrow().operatorSteps().stream().map(OperatorStep::id).toList());
        for (PlanResult.Plan p : r.best()) {
            List<PlanStep> steps = p.steps().stream().map(PlanResult.Step::step).toList();
            assertTrue(verifies(with(c, steps)), yaml);
            for (OperatorStep o : c.upgrade().orElseThrow().operatorSteps()) {
                assertTrue(steps.stream().anyMatch(st -> st instanceof OperatorStep k && k.id().equals(o.id())
                        && k.action() == o.action() && k.target().equals(o.target())), () -> o.id() + " lost\n" + yaml);
            }
            Map<String, Set<String>> got = waitsFor(steps);
            wanted.forEach((x, ys) -> ys.stream().filter(y -> ops.contains(x) || ops.contains(y)).forEach(y ->
                    assertTrue(got.getOrDefault(x, Set.of()).contains(y), () -> x + " no longer waits for " + y + ": "
                            + steps + "\n" + yaml)));
        }
    }

    /** For each step, every step it waits for, directly or through others. */
    private static Map<String, Set<String>> waitsFor(List<PlanStep> plan) {
        Map<String, List<String>> direct = new HashMap<>();
        for (PlanStep p : plan) {
            direct.put(p instanceof UpgradeStep u ? u.system() : ((OperatorStep) p).id(), p.after());
        }
        Map<String, Set<String>> out = new HashMap<>();
        for (String x : direct.keySet()) {
            Set<String> seen = new HashSet<>();
            List<String> todo = new ArrayList<>(direct.get(x));
            while (!todo.isEmpty()) {
                String y = todo.remove(todo.size() - 1);
                if (seen.add(y)) {
                    todo.addAll(direct.getOrDefault(y, List.of()));
                }
            }
            out.put(x, seen);
        }
        return out;
    }

    /** Every plan of upgrade steps with at most {@code maxRounds} rounds over the stepped systems plus any subset of the other partners. */
    private static List<List<UpgradeStep>> orderPlans(Config c, int maxRounds) {
        List<String> stepped = c.upgrade().orElseThrow().steps().stream().map(UpgradeStep::system).toList();
        List<String> others = c.systems().stream().map(s -> s.id()).filter(s -> !stepped.contains(s)).toList();
        List<List<UpgradeStep>> out = new ArrayList<>();
        if (maxRounds < 1) {
            return out;
        }
        for (int mask = 0; mask < 1 << others.size(); mask++) {
            List<String> sys = new ArrayList<>(stepped);
            for (int i = 0; i < others.size(); i++) {
                if ((mask & 1 << i) != 0) {
                    sys.add(others.get(i));
                }
            }
            int[] round = new int[sys.size()];
            assign(c, sys, round, 0, maxRounds, out);
        }
        return out;
    }

    private static void assign(Config c, List<String> sys, int[] round, int k, int maxRounds, List<List<UpgradeStep>> out) {
        if (k == sys.size()) {
            List<UpgradeStep> steps = new ArrayList<>();
            for (int i = 0; i < sys.size(); i++) {
                List<String> after = new ArrayList<>();
                for (int j = 0; j < sys.size(); j++) {
                    if (round[j] < round[i] && c.partnershipBetween(sys.get(i), sys.get(j)).isPresent()) {
                        after.add(sys.get(j));
                    }
                }
                steps.add(new UpgradeStep(sys.get(i), after));
            }
            out.add(steps);
            return;
        }
        for (int r = 1; r <= maxRounds; r++) {
            boolean clash = false;
            for (int j = 0; j < k; j++) {
                clash |= round[j] == r && c.partnershipBetween(sys.get(k), sys.get(j)).isPresent();
            }
            if (!clash) {
                round[k] = r;
                assign(c, sys, round, k + 1, maxRounds, out);
            }
        }
    }
}
