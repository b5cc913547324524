package io.copyproof.slicing;

import io.copyproof.config.Config;
import io.copyproof.engine.Engine;
import io.copyproof.engine.EngineResult;
import io.copyproof.engine.VerifyOptions;
import io.copyproof.result.Slices;
import io.copyproof.result.Stats;
import io.copyproof.trace.TraceMismatch;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * An engine that checks a configuration slice by slice ({@link Slicer}) with another engine and
 * merges the results as if the whole had been checked: the invariants violated in any slice, each
 * with the shortest trace over the slices, located in the original file. Slices identical up to
 * renaming are checked once. Independent slices run in parallel on {@link VerifyOptions#threads()}
 * workers (each slice's engine then runs single-threaded unless there are fewer slices than
 * workers); the time limit is shared by all slices, the state budget applies to each, and the
 * memory budget (the options', else {@link #SHARE_OF_HEAP} of the JVM's heap) is split among
 * the slices that run at once. A slice
 * without a verdict makes the whole inconclusive for what was not violated, and the result names
 * it. A configuration that is one slice is checked whole, by the engine itself. With
 * {@link #sharing(SliceResults)}, slices (and one-slice configurations) that verified in an earlier
 * configuration checked through the same {@link SliceResults} are answered from it.
 */
public final class SlicingEngine implements Engine {
    /** The share of the JVM's heap the explorer's tables of all slices running at once may take. */
    static final double SHARE_OF_HEAP = 0.6;
    private final Engine inner;
    private final PrintStream progressOut;
    /** Verified slices shared with the checks of other configurations; null: none. */
    private final SliceResults shared;

    /** Slices for {@code inner}, printing progress (when asked) on standard error. */
    public SlicingEngine(Engine inner) {
        this(inner, System.err);
    }

    /** Slices for {@code inner}, printing progress (when asked) on {@code progressOut}. */
    public SlicingEngine(Engine inner, PrintStream progressOut) {
        this(inner, progressOut, null);
    }

    private SlicingEngine(Engine inner, PrintStream progressOut, SliceResults shared) {
        this.inner = inner;
        this.progressOut = progressOut;
        this.shared = shared;
    }

    /**
     * This engine, reusing the verified slices of every configuration checked through {@code results}
     * (and adding its own): a slice the same up to renaming as one that verified is not explored again.
     */
    public SlicingEngine sharing(SliceResults results) {
        return new SlicingEngine(inner, progressOut, java.util.Objects.requireNonNull(results, "results"));
    }

    @Override
    public String name() {
        return inner.name();
    }

    @Override
    public Optional<String> configurationProblem() {
        return inner.configurationProblem();
    }

    @Override
    public EngineResult check(Config config, VerifyOptions options) {
        List<Slice> slices = Slicer.slices(config);
        if (slices.size() <= 1) {
            int size = slices.isEmpty() ? 0 : slices.get(0).size();
            return whole(config, options).withSlices(Slices.whole(size));
        }
        Map<String, List<Integer>> classes = new LinkedHashMap<>();
        for (int i = 0; i < slices.size(); i++) {
            classes.computeIfAbsent(slices.get(i).key(), k -> new ArrayList<>()).add(i);
        }
        List<Integer> explored = classes.values().stream().map(l -> l.get(0)).toList();
        HeapPeak heap = HeapPeak.start();
        long start = System.nanoTime();
        EngineResult[] results = run(slices, explored, classes, options);
        double seconds = (System.nanoTime() - start) / 1e9;
        return SliceMerge.merge(inner.name(), slices, explored, results, seconds, heap.peak());
    }

    /** A configuration that is one slice, checked by the engine itself (or answered by the shared results). */
    private EngineResult whole(Config config, VerifyOptions options) {
        if (shared == null) {
            return inner.check(config, options);
        }
        String key = SliceResults.key(inner.name(), options, CanonicalForm.of(config));
        Optional<EngineResult> known = shared.lookup(key);
        if (known.isPresent()) {
            return known.get();
        }
        EngineResult r = inner.check(config, options);
        shared.explored(key, r);
        return r;
    }

    /** Runs the representative of each class; the result of slice i is at i (members share it). */
    private EngineResult[] run(List<Slice> slices, List<Integer> explored, Map<String, List<Integer>> classes,
                               VerifyOptions options) {
        int threads = Math.max(1, options.threads());
        int parallel = Math.max(1, Math.min(threads, explored.size()));
        long start = System.nanoTime();
        long deadline = options.timeLimit() == null ? Long.MAX_VALUE : start + options.timeLimit().toNanos();
        SliceProgress progress = options.progress()
                ? new SliceProgress(progressOut, inner.name(), slices.size(), explored.size(), start) : null;
        // the engine's own progress lines (the explorer's states, Alloy's checks) only when slices run one at a time
        boolean innerProgress = options.progress() && parallel == 1;
        // the slices running at once share the memory the explorer may use: each gets its part
        long memory = options.memoryBudget() > 0 ? options.memoryBudget()
                : (long) (Runtime.getRuntime().maxMemory() * SHARE_OF_HEAP);
        VerifyOptions base = options.withThreads(Math.max(1, threads / parallel))
                .withTimeLimit(options.timeLimit(), innerProgress).withMemoryBudget(Math.max(1, memory / parallel));
        ExecutorService pool = Executors.newFixedThreadPool(parallel, r -> {
            Thread t = new Thread(r, "copyproof-slice");
            t.setDaemon(true);
            return t;
        });
        EngineResult[] results = new EngineResult[slices.size()];
        try {
            List<Future<EngineResult>> futures = new ArrayList<>();
            boolean[] reused = new boolean[explored.size()];
            for (int k = 0; k < explored.size(); k++) {
                Slice slice = slices.get(explored.get(k));
                Optional<EngineResult> known = shared == null ? Optional.empty()
                        : shared.lookup(SliceResults.key(inner.name(), options, slice.key()));
                reused[k] = known.isPresent();
                futures.add(reused[k] ? CompletableFuture.completedFuture(known.get())
                        : pool.submit(() -> checkOne(slice, base, deadline, progress)));
            }
            for (int k = 0; k < explored.size(); k++) {
                int i = explored.get(k);
                EngineResult r = await(futures.get(k), slices.get(i));
                if (shared != null && !reused[k]) {
                    shared.explored(SliceResults.key(inner.name(), options, slices.get(i).key()), r);
                }
                for (int member : classes.get(slices.get(i).key())) {
                    results[member] = r;
                }
            }
        } finally {
            pool.shutdownNow();
        }
        if (progress != null) {
            progress.finish();
        }
        return results;
    }

    private EngineResult checkOne(Slice slice, VerifyOptions base, long deadline, SliceProgress progress) {
        long left = deadline == Long.MAX_VALUE ? Long.MAX_VALUE : deadline - System.nanoTime();
        EngineResult r;
        if (left <= 0) {
            r = failed(slice, "the time budget ran out before this slice was checked");
        } else {
            VerifyOptions o = left == Long.MAX_VALUE ? base : base.withTimeLimit(Duration.ofNanos(left), base.progress());
            try {
                r = inner.check(slice.config(), o);
            } catch (TraceMismatch e) {
                // the engines' two statements of the semantics disagree: a verdict of its own, not a failed slice
                throw e;
            } catch (RuntimeException | StackOverflowError e) {
                r = failed(slice, "the " + inner.name() + " engine failed: " + describe(e));
            } catch (OutOfMemoryError e) {
                r = failed(slice, "the " + inner.name() + " engine ran out of memory (raise the heap with -Xmx)");
            }
        }
        if (progress != null) {
            progress.sliceDone(r.stats().distinctStates());
        }
        return r;
    }

    private EngineResult await(Future<EngineResult> f, Slice slice) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(slice, "interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TraceMismatch mismatch) {
                throw mismatch;
            }
            return failed(slice, "the " + inner.name() + " engine failed: " + describe(e.getCause()));
        }
    }

    private EngineResult failed(Slice slice, String reason) {
        return new EngineResult(inner.name(), List.of(), List.of(), Stats.NONE, List.of(), Optional.of(reason));
    }

    /** What went wrong, in words: never a Java class name. */
    private static String describe(Throwable e) {
        if (e instanceof StackOverflowError) {
            return "the slice is nested too deeply for it";
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? "an unexpected problem (please report it)" : m.lines().findFirst().orElse(m);
    }
}
