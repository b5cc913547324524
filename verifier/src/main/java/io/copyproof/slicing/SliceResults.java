package io.copyproof.slicing;

import io.copyproof.engine.EngineResult;
import io.copyproof.engine.VerifyOptions;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Slice results shared by the checks of several configurations ({@code diff}'s BEFORE and AFTER):
 * a slice that verified is not explored again in a later configuration that has the same slice up
 * to renaming ({@link Slice#key()}), engine and bounds; its result is reused. Only results with a
 * verdict and no violation are kept: they hold no trace and no place in a file, so they are the
 * same for either file. A violated slice is explored again, so that its trace is located in the
 * file being checked; a slice without a verdict is tried again. Thread-safe.
 */
public final class SliceResults {
    private final Map<String, EngineResult> verified = new ConcurrentHashMap<>();
    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicInteger runs = new AtomicInteger();

    static String key(String engine, VerifyOptions options, String sliceKey) {
        return engine + "\u0000" + options.bounds() + "\u0000" + sliceKey;
    }

    /** The verified result kept for that key, counted as a hit. */
    Optional<EngineResult> lookup(String key) {
        EngineResult r = verified.get(key);
        if (r != null) {
            hits.incrementAndGet();
        }
        return Optional.ofNullable(r);
    }

    /** Records one exploration of a slice, and keeps its result when it verified. */
    void explored(String key, EngineResult r) {
        runs.incrementAndGet();
        if (r.violations().isEmpty() && r.inconclusiveReason().isEmpty()) {
            verified.putIfAbsent(key, r);
        }
    }

    /** Slices answered from earlier configurations. */
    public int hits() {
        return hits.get();
    }

    /** Slices explored by the engine. */
    public int runs() {
        return runs.get();
    }
}
