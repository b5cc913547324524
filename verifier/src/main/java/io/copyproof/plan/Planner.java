package io.copyproof.plan;

import io.copyproof.config.CodeLevel;
import io.copyproof.config.Config;
import io.copyproof.config.Derived;
import io.copyproof.config.OperatorStep;
import io.copyproof.config.Partnership;
import io.copyproof.config.PlanStep;
import io.copyproof.config.RelationshipState;
import io.copyproof.config.RemoteCopy;
import io.copyproof.config.Upgrade;
import io.copyproof.config.UpgradeStep;
import io.copyproof.engine.Engine;
import io.copyproof.engine.VerifyOptions;
import io.copyproof.result.VerificationResult;
import io.copyproof.result.Violation;
import io.copyproof.rules.Finding;
import io.copyproof.rules.Severity;
import io.copyproof.slicing.SliceMemo;
import io.copyproof.verifier.Verification;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The search of {@code copyproof plan}: the safe upgrade plan with the fewest rounds, then the
 * fewest added steps, then the fewest stopped relationships. The space: orders of the plan's
 * upgrade steps (partners never in one round unless every relationship between them is stopped),
 * added steps to the target level for partners the release notes would leave incompatible, and,
 * only when no order alone verifies, operator steps that stop running consistency groups before the
 * upgrades of their systems and restart them after. Operator steps already in the input are kept in
 * every candidate, with their ids and targets, each where the input's {@code after} order puts it
 * relative to every other step ({@link KeptSteps}); only the order between two upgrade steps is the
 * search's to choose. Candidates
 * are generated from the topological orders of the partnership graph (each acyclic orientation once), sorted by cost and checked cost
 * level by cost level: first by the static rules (no exploration), then slice by slice by the engine
 * in-process, through a {@link SliceMemo} that every candidate shares. A candidate that passes both
 * is proved by one whole verification of the configuration with it ({@link PlanProof}) before it is
 * reported: only that makes it a plan found.
 */
public final class Planner {
    /** Systems beyond this many make the search of orders too large to be exhaustive. */
    static final int MAX_SYSTEMS = 8;

    private final Config base;
    private final Derived derived;
    private final Engine engine;
    private final Function<Config, List<Finding>> rules;
    private final VerifyOptions options;
    private final SliceMemo memo;
    private final CodeLevel target;
    private final PlanProof proof;
    /** The input's operator steps: every candidate keeps them, with their {@code after} constraints. */
    private final KeptSteps kept;
    private int candidates;
    private int wholeChecks;
    private final Map<String, Integer> failures = new TreeMap<>();
    private Optional<String> inconclusive = Optional.empty();

    private Planner(Config base, Engine engine, Function<Config, List<Finding>> rules, VerifyOptions options,
                    SliceMemo memo, PlanProof proof) {
        this.base = base;
        this.derived = Derived.of(base);
        this.engine = engine;
        this.rules = rules;
        this.options = options;
        this.memo = memo;
        this.target = base.upgrade().orElseThrow().targetLevel();
        this.kept = KeptSteps.of(base.upgrade().orElseThrow());
        this.proof = proof != null ? proof : wholeConfig(new Verification(java.util.Map.of(engine.name(), engine), rules),
                engine.name());
    }

    /**
     * Plans the upgrade of {@code config} (which has an {@code upgrade} section) with {@code engine}
     * (unsliced: the memo slices) and the static {@code rules}, within {@code options}' bounds; each
     * plan reported found is proved by verifying the configuration with it whole (rules and {@code engine}).
     */
    public static PlanResult plan(Config config, Engine engine, Function<Config, List<Finding>> rules,
                                  VerifyOptions options, SliceMemo memo) {
        return new Planner(config, engine, rules, options, memo, null).run();
    }

    /**
     * As {@link #plan(Config, Engine, Function, VerifyOptions, SliceMemo)}, with {@code proof} as the
     * final check of each plan reported found (the command's: the exact text {@code --output} writes).
     */
    public static PlanResult plan(Config config, Engine engine, Function<Config, List<Finding>> rules,
                                  VerifyOptions options, SliceMemo memo, PlanProof proof) {
        return new Planner(config, engine, rules, options, memo, java.util.Objects.requireNonNull(proof, "proof"))
                .run();
    }

    /** The default final check: the configuration object with the plan, on the verify path. */
    private PlanProof wholeConfig(Verification verification, String engineName) {
        return (level, plan) -> verification.verify(withPlan(plan.steps().stream().map(PlanResult.Step::step).toList()),
                engineName, options);
    }

    private PlanResult run() {
        Optional<String> baseline = baselineProblem();
        if (baseline.isPresent()) {
            return result(PlanResult.Status.NONE, List.of(), baseline);
        }
        List<String> stepped = base.upgrade().orElseThrow().steps().stream().map(UpgradeStep::system).toList();
        List<String> addable = addable(stepped);
        if (stepped.size() + addable.size() > MAX_SYSTEMS) {
            return result(PlanResult.Status.INCONCLUSIVE, List.of(), Optional.of("the plan names "
                    + (stepped.size() + addable.size()) + " systems; the search of every order is exhaustive up to "
                    + MAX_SYSTEMS));
        }
        List<Candidate> orders = candidates(stepped, addable, false);
        List<Candidate> best = firstVerifiedLevel(orders);
        if (!best.isEmpty()) {
            return result(PlanResult.Status.FOUND, best, Optional.empty());
        }
        if (inconclusive.isPresent()) {
            return result(PlanResult.Status.INCONCLUSIVE, List.of(), inconclusive);
        }
        String noOrder = "no order of the upgrade steps verifies" + (addable.isEmpty() ? ""
                : " (with or without added steps for " + String.join(", ", addable) + ")") + ": " + failureSummary();
        failures.clear();
        List<Candidate> stops = candidates(stepped, addable, true);
        if (stops.isEmpty()) {
            String others = kept.steps().isEmpty() ? "" : " that the input's operator steps do not already stop or start";
            return result(PlanResult.Status.NONE, List.of(), Optional.of(noOrder + "; and no relationship is running "
                    + "between the systems" + others + ", so stopping relationships cannot help. Only a change outside "
                    + "this space would: another target level, or release notes that allow the levels together"));
        }
        best = firstVerifiedLevel(stops);
        if (!best.isEmpty()) {
            return result(PlanResult.Status.FOUND, best, Optional.of(noOrder
                    + "; stopping relationships around the upgrades and restarting them after does"));
        }
        if (inconclusive.isPresent()) {
            return result(PlanResult.Status.INCONCLUSIVE, List.of(), inconclusive);
        }
        return result(PlanResult.Status.NONE, List.of(), Optional.of(noOrder + "; nor does stopping and restarting "
                + "the running relationships around the upgrades: " + failureSummary() + ". Only a change outside this "
                + "space would: another target level, or release notes that allow the levels together"));
    }

    private PlanResult result(PlanResult.Status status, List<Candidate> best, Optional<String> why) {
        List<PlanResult.Plan> plans = best.stream().map(Candidate::toPlan).toList();
        return new PlanResult(status, target, plans, options.bounds(), why, candidates, memo.misses() + memo.hits(),
                memo.hits(), wholeChecks);
    }

    // ---- the baseline --------------------------------------------------------------------------

    /** What fails with no upgrade step at all: no plan can repair that, so the search would say nothing true. */
    private Optional<String> baselineProblem() {
        Config none = withPlan(List.of());
        List<String> errors = rules.apply(none).stream().filter(f -> f.severity() == Severity.ERROR)
                .map(Finding::id).distinct().toList();
        SliceMemo.Verdict v = memo.check(none, engine, options);
        List<String> all = new ArrayList<>(errors);
        v.violated().stream().filter(id -> !all.contains(id)).forEach(all::add);
        if (!all.isEmpty()) {
            return Optional.of("the configuration fails without any upgrade step (" + String.join(", ", all)
                    + "); plan searches upgrade plans only, so no plan can make it verify: run verify to see why");
        }
        return v.inconclusiveReason().map(r -> "the configuration without any upgrade step is inconclusive: " + r);
    }

    // ---- the space -----------------------------------------------------------------------------

    /** Partners outside the plan that the target level's release notes would leave below their minimum partner level. */
    private List<String> addable(List<String> stepped) {
        Optional<CodeLevel> min = derived.minPartnerLevel(target);
        List<String> out = new ArrayList<>();
        if (min.isEmpty()) {
            return out;
        }
        for (Partnership p : base.partnerships()) {
            for (String s : p.systems()) {
                String partner = p.other(s);
                if (stepped.contains(s) && !stepped.contains(partner) && !out.contains(partner)
                        && base.system(partner).codeLevel().isBelow(min.get())
                        && base.system(partner).codeLevel().isBelow(target)) {
                    out.add(partner);
                }
            }
        }
        return out;
    }

    /** Every distinct plan of the space, cheapest first: (rounds, added steps, stopped relationships). */
    private List<Candidate> candidates(List<String> stepped, List<String> addable, boolean stops) {
        Map<String, Candidate> distinct = new LinkedHashMap<>();
        for (int mask = 0; mask < 1 << addable.size(); mask++) {
            List<String> systems = new ArrayList<>(stepped);
            List<String> added = new ArrayList<>();
            for (int i = 0; i < addable.size(); i++) {
                if ((mask & 1 << i) != 0) {
                    systems.add(addable.get(i));
                    added.add(addable.get(i));
                }
            }
            List<String> groups = stops ? runningGroups(systems) : List.of();
            int groupSets = stops ? 1 << groups.size() : 1;
            for (int g = stops ? 1 : 0; g < groupSets; g++) {
                List<String> stopped = new ArrayList<>();
                for (int i = 0; i < groups.size(); i++) {
                    if ((g & 1 << i) != 0) {
                        stopped.add(groups.get(i));
                    }
                }
                boolean keptStops = kept.steps().stream().anyMatch(OperatorStep::stops);
                for (boolean around : keptStops ? List.of(false, true) : List.of(false)) {
                    Orders.forEach(systems, order -> Candidate.build(base, derived, target, systems, order, added,
                            stopped, kept, around).ifPresent(c -> distinct.putIfAbsent(c.key(), c)));
                }
            }
        }
        List<Candidate> out = new ArrayList<>(distinct.values());
        out.sort(Comparator.comparingInt(Candidate::rounds).thenComparingInt(c -> c.added().size())
                .thenComparingInt(Candidate::stoppedCount));
        return out;
    }

    /**
     * Consistency groups with a running relationship between two systems of {@code systems}, except
     * those the input's operator steps already stop or start (a group is stopped once).
     */
    private List<String> runningGroups(List<String> systems) {
        Set<String> out = new LinkedHashSet<>();
        for (RemoteCopy r : base.remoteCopies()) {
            String ms = base.volume(r.master()).system();
            String as = base.volume(r.aux()).system();
            boolean running = r.state() == RelationshipState.CONSISTENT_SYNCHRONIZED
                    || r.state() == RelationshipState.INCONSISTENT_COPYING;
            boolean keptAlready = kept.steps().stream().anyMatch(o -> o.target().equals(Derived.groupName(r)));
            if (running && !keptAlready && !ms.equals(as) && (systems.contains(ms) || systems.contains(as))) {
                out.add(Derived.groupName(r));
            }
        }
        return new ArrayList<>(out);
    }

    // ---- checking ------------------------------------------------------------------------------

    /** The verified candidates of the cheapest cost level that has any. */
    private List<Candidate> firstVerifiedLevel(List<Candidate> sorted) {
        int i = 0;
        while (i < sorted.size()) {
            Candidate head = sorted.get(i);
            List<Candidate> verified = new ArrayList<>();
            boolean unknown = false;
            for (; i < sorted.size() && sorted.get(i).sameCost(head); i++) {
                Candidate c = sorted.get(i);
                switch (check(c)) {
                    case VERIFIED -> verified.add(c);
                    case INCONCLUSIVE -> unknown = true;
                    case FAILED -> { }
                }
            }
            if (!verified.isEmpty()) {
                return verified;
            }
            if (unknown) {
                return List.of();   // a cheaper plan may exist: inconclusive is set
            }
        }
        return List.of();
    }

    private enum Outcome { VERIFIED, FAILED, INCONCLUSIVE }

    /** Static rules first (no exploration), then the engine slice by slice through the memo. */
    private Outcome check(Candidate c) {
        candidates++;
        Config cand = withPlan(c.plan());
        List<String> errors = rules.apply(cand).stream().filter(f -> f.severity() == Severity.ERROR)
                .map(Finding::id).distinct().toList();
        if (!errors.isEmpty()) {
            errors.forEach(id -> failures.merge(id, 1, Integer::sum));
            return Outcome.FAILED;
        }
        SliceMemo.Verdict v = memo.check(cand, engine, options);
        if (!v.violated().isEmpty()) {
            v.violated().forEach(id -> failures.merge(id, 1, Integer::sum));
            return Outcome.FAILED;
        }
        if (v.inconclusiveReason().isPresent()) {
            inconclusive = Optional.of("a plan with " + c.rounds() + " round" + (c.rounds() == 1 ? "" : "s")
                    + " could not be decided: " + v.inconclusiveReason().get());
            return Outcome.INCONCLUSIVE;
        }
        return prove(c);
    }

    /** The final check: the whole configuration with the plan verified once; only {@code verified} proves it. */
    private Outcome prove(Candidate c) {
        wholeChecks++;
        VerificationResult whole = proof.prove(target.toString(), c.toPlan());
        switch (whole.verdict()) {
            case VERIFIED -> {
                return Outcome.VERIFIED;
            }
            case VIOLATED -> {
                List<String> ids = new ArrayList<>(whole.violations().stream().map(Violation::id).toList());
                whole.findings().stream().filter(f -> f.severity() == Severity.ERROR).map(Finding::id)
                        .filter(id -> !ids.contains(id)).forEach(ids::add);
                if (ids.isEmpty()) {
                    ids.add("an engine disagreement");
                }
                ids.forEach(id -> failures.merge(id + " in the final whole verify", 1, Integer::sum));
                return Outcome.FAILED;
            }
            default -> {
                String why = whole.inconclusiveReason().orElseGet(() -> whole.errors().isEmpty() ? "no verdict"
                        : "the configuration with the plan does not load: " + whole.errors().get(0).message());
                inconclusive = Optional.of("a plan with " + c.rounds() + " round" + (c.rounds() == 1 ? "" : "s")
                        + " verified slice by slice, but the final verify of the whole configuration with it gave "
                        + "no verdict: " + why);
                return Outcome.INCONCLUSIVE;
            }
        }
    }

    private String failureSummary() {
        List<String> parts = new ArrayList<>();
        failures.forEach((id, n) -> parts.add(id + " (" + n + " plan" + (n == 1 ? "" : "s") + ")"));
        return parts.isEmpty() ? "nothing to try" : "each fails " + String.join(", ", parts);
    }

    /** The configuration with this plan as its upgrade steps (the target level kept). */
    Config withPlan(List<PlanStep> steps) {
        Config c = base;
        return new Config(c.name(), c.systems(), c.controllers(), c.luns(), c.pools(), c.mdisks(), c.volumes(),
                c.hosts(), c.backendCopies(), c.partnerships(), c.remoteCopies(), c.flashCopies(),
                Optional.of(new Upgrade(target, steps)), c.releaseNotes(), c.workload(), c.bounds(), c.sources());
    }
}
