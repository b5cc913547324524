package io.copyproof.slicing;

import io.copyproof.config.Config;
import io.copyproof.engine.Engine;
import io.copyproof.engine.EngineResult;
import io.copyproof.engine.VerifyOptions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A memo of slice verdicts across calls: a search that checks many candidate configurations (the
 * {@code plan} command's upgrade plans) checks each slice once per canonical form
 * ({@link Slice#key()}: the same slice up to renaming), engine and bounds ({@link Slicer#verdictSlices}),
 * and every later
 * candidate with that slice reuses the verdict. Only verdicts are kept (the invariants violated,
 * or why the slice is inconclusive), not traces: a caller that reports a trace checks its final
 * configuration with the engine itself. Thread-safe.
 */
public final class SliceMemo {

    /** The verdict of one configuration: the invariants violated, and why it is inconclusive if it is. */
    public record Verdict(List<String> violated, Optional<String> inconclusiveReason) {
        public Verdict {
            violated = List.copyOf(violated);
        }

        /** No violation and a verdict: the configuration verifies within the bounds. */
        public boolean verified() {
            return violated.isEmpty() && inconclusiveReason.isEmpty();
        }
    }

    private final Map<String, Verdict> verdicts = new ConcurrentHashMap<>();
    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicInteger misses = new AtomicInteger();

    /**
     * The verdict of {@code config} with {@code engine} (an unsliced engine) within {@code options},
     * slice by slice: violated when some slice is, inconclusive when some slice is and none is
     * violated, verified otherwise.
     */
    public Verdict check(Config config, Engine engine, VerifyOptions options) {
        List<String> violated = new ArrayList<>();
        Optional<String> inconclusive = Optional.empty();
        for (Slice s : Slicer.verdictSlices(config)) {
            String key = engine.name() + "\u0000" + options.bounds() + "\u0000" + s.key();
            Verdict v = verdicts.get(key);
            if (v == null) {
                misses.incrementAndGet();
                EngineResult r = engine.check(s.config(), options);
                v = new Verdict(r.violations().stream().map(io.copyproof.result.Violation::id).toList(),
                        r.inconclusiveReason());
                if (v.inconclusiveReason().isEmpty()) {
                    verdicts.put(key, v);   // a budget cut is not a verdict: try again next time
                }
            } else {
                hits.incrementAndGet();
            }
            v.violated().stream().filter(id -> !violated.contains(id)).forEach(violated::add);
            if (inconclusive.isEmpty()) {
                inconclusive = v.inconclusiveReason();
            }
            if (!violated.isEmpty()) {
                break;   // one violated slice decides the candidate
            }
        }
        return new Verdict(violated, violated.isEmpty() ? inconclusive : Optional.empty());
    }

    /** Slice checks answered from the memo so far. */
    public int hits() {
        return hits.get();
    }

    /** Slice checks that ran the engine so far. */
    public int misses() {
        return misses.get();
    }
}
