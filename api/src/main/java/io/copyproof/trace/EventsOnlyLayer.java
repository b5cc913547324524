package io.copyproof.trace;

import io.copyproof.config.Bounds;
import io.copyproof.config.Config;
import io.copyproof.config.SourceLocation;
import io.copyproof.result.Change;
import io.copyproof.result.StateValue;
import io.copyproof.result.TraceStep;
import io.copyproof.result.Violation;
import io.copyproof.rules.RuleInfo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The trace layer where the storage semantics are not at hand (an engine used as a library on its
 * own, or a configuration the explorer cannot compile): each step is its event and arguments, its
 * state the lanes the engine decoded, located at the element it acts on; the explanation is the
 * invariant's title and rationale.
 */
final class EventsOnlyLayer implements TraceLayer {
    static final EventsOnlyLayer INSTANCE = new EventsOnlyLayer();

    private EventsOnlyLayer() {
    }

    @Override
    public Violation violation(Config config, Bounds bounds, AbstractTrace trace, String engine) {
        List<StateValue> before = values(trace.initialLanes());
        List<TraceStep> steps = new ArrayList<>();
        for (AbstractStep s : trace.steps()) {
            List<StateValue> after = values(s.lanes());
            Map<String, Object> args = s.namedArgs();
            steps.add(new TraceStep(steps.size() + 1, s.event().wire(), args, s.label(), changes(before, after), after,
                    config.subjectOf(args).map(config::locate)));
            before = after;
        }
        RuleInfo info = trace.invariant().info();
        Optional<Object> subject = trace.steps().isEmpty() ? Optional.empty()
                : config.subjectOf(trace.steps().get(trace.steps().size() - 1).namedArgs());
        SourceLocation loc = subject.map(config::locate).orElse(SourceLocation.ofFile(config.file()));
        String explanation = info.title() + " is broken after " + steps.size() + " step" + (steps.size() == 1 ? "" : "s")
                + ". " + info.rationale();
        return new Violation(info.id(), info.title(), engine, values(trace.initialLanes()), steps, explanation, loc,
                subject.map(config::pathOf).orElse(""), Optional.empty());
    }

    private static List<StateValue> values(Map<String, String> lanes) {
        List<StateValue> out = new ArrayList<>();
        new TreeMap<>(lanes).forEach((k, v) -> {
            int cut = k.indexOf('\u0000');
            out.add(new StateValue(k.substring(0, cut), k.substring(cut + 1), v));
        });
        return out;
    }

    private static List<Change> changes(List<StateValue> before, List<StateValue> after) {
        List<Change> out = new ArrayList<>();
        for (StateValue a : after) {
            String was = before.stream().filter(b -> b.actor().equals(a.actor()) && b.variable().equals(a.variable()))
                    .map(StateValue::value).findFirst().orElse("");
            if (!was.equals(a.value())) {
                out.add(new Change(a.actor(), a.variable(), was, a.value()));
            }
        }
        return out;
    }
}
