package io.copyproof.semantics;

import io.copyproof.config.Bounds;
import io.copyproof.config.Config;
import io.copyproof.config.SourceLocation;
import io.copyproof.explorer.Explorer;
import io.copyproof.explorer.ProgressListener;
import io.copyproof.explorer.Result;
import io.copyproof.explorer.Trace;
import io.copyproof.result.StateValue;
import io.copyproof.result.Stats;
import io.copyproof.result.TraceStep;
import io.copyproof.result.Violation;
import io.copyproof.rules.RuleCatalog;
import io.copyproof.engine.Engine;
import io.copyproof.engine.EngineResult;
import io.copyproof.engine.VerifyOptions;

import io.copyproof.vocabulary.Assumption;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code explorer} engine: compiles a configuration into a {@link StorageModel}, explores it
 * exhaustively within the bounds with the {@link Explorer} (threads, state and time budgets,
 * progress and reductions from {@link VerifyOptions}), and turns the shortest counterexample of each
 * violated invariant into a {@link Violation} a storage engineer can follow.
 */
public final class ExplorerEngine implements Engine {

    @Override
    public String name() {
        return "explorer";
    }

    @Override
    public EngineResult check(Config config, VerifyOptions options) {
        Bounds bounds = options.bounds();
        List<String> assumptions = assumptions(config, bounds);
        StorageModel model;
        try {
            model = new StorageModel(config, bounds);
        } catch (IllegalArgumentException e) {
            return new EngineResult(name(), List.of(), List.of(), Stats.NONE, assumptions,
                    Optional.of("the explorer cannot model this configuration: " + e.getMessage()));
        }
        Explorer explorer = Explorer.of(model)
                .threads(Math.max(1, options.threads()))
                .maxStates(Math.max(1, options.maxStates()))
                .timeLimit(options.timeLimit() == null ? Duration.ofDays(365) : options.timeLimit())
                .partialOrder(options.partialOrder())
                .symmetry(options.symmetry());
        if (options.memoryBudget() > 0) {
            explorer.memoryBudget(options.memoryBudget());
        }
        if (options.progress()) {
            explorer.progress(ProgressListener.printingTo(System.err), Duration.ofSeconds(5));
        }
        Result result = explorer.run();
        Map<String, Trace> traces = new java.util.LinkedHashMap<>(result.violations());
        if (options.partialOrder() && !traces.isEmpty()) {
            // Partial-order reduction keeps every violation but its traces are shortest only in the
            // reduced graph. Search again without it, no deeper than the longest trace found, for
            // the true shortest traces (symmetry keeps lengths, so it may stay on).
            int depth = traces.values().stream().mapToInt(Trace::length).max().orElse(0);
            Duration limit = options.timeLimit() == null ? Duration.ofDays(365) : options.timeLimit();
            Duration left = limit.minusMillis((long) (result.stats().seconds() * 1000));
            Result exact = left.isNegative() || left.isZero() ? null
                    : explorer.partialOrder(false).maxDepth(depth).timeLimit(left).run();
            Map<String, Trace> shorter = exact == null ? Map.of() : exact.violations();
            for (Map.Entry<String, Trace> e : shorter.entrySet()) {
                if (traces.containsKey(e.getKey()) && e.getValue().length() <= traces.get(e.getKey()).length()) {
                    traces.put(e.getKey(), e.getValue());
                }
            }
        }
        List<Violation> violations = new ArrayList<>();
        for (Map.Entry<String, Trace> e : traces.entrySet()) {
            violations.add(StorageTraceLayer.violation(model, e.getKey(), e.getValue(), name()));
        }
        io.copyproof.explorer.Stats s = result.stats();
        Stats stats = new Stats(s.distinctStates(), s.transitions(), s.maxDepth(), s.seconds(), s.bytesPerState(),
                s.collisionProbability(), s.peakHeapBytes());
        Optional<String> inconclusive = result.complete() ? Optional.empty() : Optional.of(reason(result));
        // "checked" is what the model implements, not what the catalog lists
        return new EngineResult(name(), model.checkedIds(), violations, stats, assumptions, inconclusive);
    }

    private static String reason(Result r) {
        return switch (r.stopReason()) {
            case STATE_LIMIT -> "the distinct-state budget ran out after " + r.stats().distinctStates() + " states";
            case TIME_LIMIT -> "the time budget ran out after " + String.format(java.util.Locale.ROOT, "%.1f",
                    r.stats().seconds()) + " s";
            case MEMORY_LIMIT -> "the memory budget ran out after " + r.stats().distinctStates() + " states";
            case DEPTH_LIMIT -> "the depth limit was reached";
            default -> "the search stopped early";
        };
    }

    /** The assumptions of a result within {@code bounds}: every [M] item and the bounds sentence. */
    public static List<String> assumptions(Bounds bounds) {
        List<String> out = new ArrayList<>();
        for (Assumption a : Assumption.values()) {
            out.add(a.text());
        }
        out.add(boundsSentence(bounds, true));
        return List.copyOf(out);
    }

    /** The assumptions that bear on {@code config}: {@link Assumption#statedFor}. */
    public static List<String> assumptions(Config config, Bounds bounds) {
        return Assumption.statedFor(config, bounds);
    }

    private static String boundsSentence(Bounds bounds, boolean plan) {
        return Assumption.boundsSentence(bounds, plan);
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** Translates explorer traces of one model into violations. */
    static final class TraceTranslator {
        private final StorageModel m;
        private final Topology t;
        private final Narrator narrator;

        TraceTranslator(StorageModel m) {
            this.m = m;
            this.t = m.t;
            this.narrator = new Narrator(m);
        }

        Violation violation(String id, Trace trace, String engine) {
            List<StateValue> initial = narrator.state(trace.state(0));
            List<TraceStep> steps = new ArrayList<>();
            List<StateValue> before = initial;
            for (int i = 0; i < trace.length(); i++) {
                int a = trace.action(i);
                long[] s = trace.state(i);
                long[] n = trace.state(i + 1);
                List<StateValue> after = narrator.state(n);
                Map<String, Object> args = narrator.args(a);
                steps.add(new TraceStep(i + 1, StorageModel.eventName(a), args, narrator.text(a, s, n),
                        Narrator.changes(before, after), after, t.config.subjectOf(args).map(t.config::locate)));
                before = after;
            }
            Explanations.Attribution at = new Explanations(m, narrator).explain(id, trace);
            SourceLocation loc = at.element() == null ? SourceLocation.ofFile(t.config.file())
                    : at.field() == null ? t.config.locate(at.element()) : t.config.locate(at.element(), at.field());
            String path = at.element() == null ? "" : t.config.pathOf(at.element())
                    + (at.field() == null ? "" : "/" + at.field());
            String explanation = at.complete() ? at.text() : at.text() + " " + RuleCatalog.get(id).rationale();
            return new Violation(id, RuleCatalog.get(id).title(), engine, initial, steps, explanation, loc, path,
                    at.blastRadius().filter(b -> !b.isEmpty()));
        }
    }
}
