package io.copyproof.trace;

import io.copyproof.vocabulary.ElementKind;
import io.copyproof.vocabulary.Event;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One step of a counterexample as an engine decodes it, in the shared vocabulary: the event, the
 * ids of its arguments in the order of {@link Event#args()} (an {@code Integer} for a block), and
 * the lanes the engine read in the state after the step ({@link AbstractTrace#key}).
 */
public record AbstractStep(Event event, List<Object> args, Map<String, String> lanes) {
    public AbstractStep {
        if (args.size() != event.args().size()) {
            throw new IllegalArgumentException(event.wire() + " takes " + event.args().size() + " arguments, not "
                    + args.size());
        }
        args = List.copyOf(args);
        lanes = Map.copyOf(lanes);
    }

    /** The arguments by {@link ElementKind#wire()} name, in order. */
    public Map<String, Object> namedArgs() {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            out.put(event.args().get(i).wire(), args.get(i));
        }
        return out;
    }

    /** {@code HostWrite(db_host, db_vol, 0)}. */
    public String label() {
        return event.wire() + "(" + String.join(", ", args.stream().map(String::valueOf).toList()) + ")";
    }
}
