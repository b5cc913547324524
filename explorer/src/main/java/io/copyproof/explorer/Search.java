package io.copyproof.explorer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One run of the explorer: level-synchronised parallel breadth-first search.
 *
 * <p>Structure. The queue of a level is the list of {@link StateBuffer}s the workers filled while
 * expanding the previous level ("segments", in worker order, which fixes every state's index in the
 * level). Workers claim chunks of the level from an atomic counter, expand each state through the
 * model (the worker itself is the {@link Successors} sink, so a successor is canonicalised, hashed,
 * inserted into the shared {@link VisitedSet} and, if new, checked against the invariants and
 * appended to the worker's next buffer without any allocation), and meet at a {@link CyclicBarrier}
 * whose action (the "coordinator") runs alone: it grows the visited set when a worker asked for it,
 * and at the end of a level commits the trace links, resolves the violations found, and sets up the
 * next level. Because a level is complete before the next starts, the first time a state is stored
 * is at its breadth-first depth, whatever the number of threads: the set of states stored per level,
 * hence the distinct-state count and every trace length, do not depend on it (only which of several
 * parents of equal depth is recorded can differ).
 *
 * <p>Roles, one file each: this class is the coordinator (levels, phases, budgets, the barrier action,
 * the result); {@link Worker} is a worker thread; {@link VisitedSet} the shared fingerprint (or exact)
 * set; {@link StateBuffer} the per-worker queue segments; {@link TraceLinks} the per-level parent
 * links and {@link TraceBuilder} the trace rebuild; {@link AmplePlanner} the partial-order planner,
 * which runs in a planning pass over the level before it is expanded. Symmetry reduction stores and
 * expands canonical states only.
 */
final class Search {

    enum Phase { PLAN, EXPAND, PROBE }

    /** Successors inserted together (see {@link Worker#flushBatch()}). */
    static final int BATCH = 64;
    /** Minimum free slots per worker before a round starts (the visited set grows first). */
    private static final int MIN_SHARE = 1024;

    private record Pending(int invariant, int level, long index) { }

    final Model model;
    final int words;
    private final List<Invariant> invariants;
    final StatePredicate[] predicates;
    private final int threads;
    private final long maxStates;
    private final int maxDepth;
    final long timeLimitNanos;
    final long memoryBudget;
    private final boolean exact;
    final boolean por;
    final int components;
    final boolean symmetry;
    private final ProgressListener progress;
    private final long progressInterval;
    final Ticker ticker;

    final VisitedSet visited;
    private final TraceLinks links;
    private final AtomicLong size = new AtomicLong();
    final AtomicInteger nextChunk = new AtomicInteger();
    private final AtomicLong nextProgressAt = new AtomicLong();
    private final Worker[] workers;
    private final List<long[]> initials = new ArrayList<>();
    private final List<Pending> pending = new ArrayList<>();

    volatile boolean stop;
    /** Set by a worker that used up its share of the round's insert budget: everyone ends the round. */
    volatile boolean roundFull;
    /**
     * New states each worker may store in this round before the coordinator must look: the free
     * slots below the growth threshold and the rest of the state budget, shared among the workers.
     * Per-worker shares avoid a shared atomic counter (a full fence) on the hot path.
     */
    long roundBudget;
    private long seeded;
    private StopReason stopReason;
    private volatile Throwable error;
    private volatile long peakHeap;
    long startNanos;
    private long lastProgressNanos;
    private long lastProgressStates;

    // level state: written by the coordinator only, published to workers by the barrier
    private int depth;
    private int maxDepthReached;
    Phase phase;
    StateBuffer[] frontier;
    long[] segmentBase;
    private long frontierSize;
    int[] chunkSegment;
    long[] chunkStart;
    long[] chunkEnd;
    int chunks;
    int[] porChoice;
    final boolean[] open;
    private boolean finished;

    Search(Model model, Explorer cfg) {
        this.model = model;
        this.words = model.stateWords();
        this.invariants = List.copyOf(model.invariants());
        this.predicates = new StatePredicate[invariants.size()];
        for (int i = 0; i < predicates.length; i++) {
            predicates[i] = invariants.get(i).holds();
        }
        this.open = new boolean[predicates.length];
        Arrays.fill(open, true);
        this.threads = cfg.threads;
        this.maxStates = cfg.maxStates;
        this.maxDepth = cfg.maxDepth;
        this.timeLimitNanos = cfg.timeLimitNanos;
        this.memoryBudget = cfg.memoryBudget > 0 ? cfg.memoryBudget : (long) (Runtime.getRuntime().maxMemory() * 0.8);
        this.exact = cfg.exact;
        this.components = cfg.partialOrder ? Math.max(0, model.components()) : 0;
        this.por = components > 0;
        this.symmetry = cfg.symmetry;
        this.progress = cfg.progress;
        this.progressInterval = Math.max(1, cfg.progressIntervalNanos);
        this.ticker = cfg.ticker;
        this.visited = new VisitedSet(words, exact, VisitedSet.MIN_CAPACITY, threads > 1);
        this.links = new TraceLinks(cfg.spillTraceLinks != null ? cfg.spillTraceLinks : !exact);
        this.workers = new Worker[threads];
        for (int i = 0; i < threads; i++) {
            workers[i] = new Worker(this, i);
        }
    }

    Result run() {
        try {
            startNanos = ticker.read();
            lastProgressNanos = startNanos;
            nextProgressAt.set(startNanos + progressInterval);
            sampleHeap();
            seed();
            if (!finished) {
                CyclicBarrier barrier = new CyclicBarrier(threads, this::onRoundEnd);
                List<Thread> helpers = new ArrayList<>();
                for (int i = 1; i < threads; i++) {
                    Worker w = workers[i];
                    Thread t = new Thread(() -> workerLoop(w, barrier), "explorer-worker-" + i);
                    t.setDaemon(true);
                    helpers.add(t);
                    t.start();
                }
                workerLoop(workers[0], barrier);
                for (Thread t : helpers) {
                    joinUninterruptibly(t);
                }
            }
            Throwable e = error;
            if (e != null) {
                if (e instanceof RuntimeException re) {
                    throw re;
                }
                if (e instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException("explorer failed", e);
            }
            return result();
        } finally {
            links.close();
        }
    }

    private static void joinUninterruptibly(Thread t) {
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    // ---------------------------------------------------------------- level 0

    private void seed() {
        model.initialStates(s -> {
            if (s.length != words) {
                throw new IllegalArgumentException("initial state has " + s.length + " words, model says " + words);
            }
            initials.add(s.clone());
        });
        if (initials.isEmpty()) {
            throw new IllegalArgumentException("the model has no initial state");
        }
        if (initials.size() > StateBuffer.ORDINAL_MASK) {
            throw new IllegalArgumentException("too many initial states: " + initials.size());
        }
        StateBuffer level0 = new StateBuffer(words);
        long[] c = new long[words];
        for (int idx = 0; idx < initials.size(); idx++) {
            System.arraycopy(initials.get(idx), 0, c, 0, words);
            if (symmetry) {
                model.canonicalize(c);
            }
            if (visited.insert(c, VisitedSet.hash(c, words))) {
                level0.add(c, 0, (long) idx);
                for (int i = 0; i < predicates.length; i++) {
                    if (open[i] && !predicates[i].test(c)) {
                        open[i] = false;
                        pending.add(new Pending(i, 0, level0.size() - 1));
                    }
                }
            }
        }
        seeded = level0.size();
        size.set(seeded);
        while (size.get() + (long) threads * MIN_SHARE > visited.growThreshold()) {
            visited.resize(visited.nextCapacity());
        }
        setRoundBudget();
        links.addLevel(List.of(level0.takeLinks()), new long[] {level0.size()});
        frontier = new StateBuffer[] {level0};
        depth = 0;
        maxDepthReached = 0;
        if (predicates.length > 0 && pending.size() == predicates.length) {
            stopReason = StopReason.ALL_VIOLATED;
            finished = true;
            return;
        }
        if (size.get() > maxStates) {
            stopReason = StopReason.STATE_LIMIT;
            finished = true;
            return;
        }
        startLevel();
    }

    /** Sets up the phase and chunks for expanding {@link #frontier} at {@link #depth}. */
    private void startLevel() {
        segmentBase = new long[frontier.length];
        long total = 0;
        for (int s = 0; s < frontier.length; s++) {
            segmentBase[s] = total;
            total += frontier[s].size();
        }
        frontierSize = total;
        if (depth >= maxDepth) {
            phase = Phase.PROBE;
        } else if (por) {
            phase = Phase.PLAN;
            if (total > Integer.MAX_VALUE - 16) {
                throw new IllegalStateException("a level of more than 2^31 states with partial-order reduction");
            }
            porChoice = new int[(int) total];
        } else {
            phase = Phase.EXPAND;
        }
        long chunk = Math.max(16, Math.min(4096, total / (threads * 16L)));
        int n = 0;
        for (StateBuffer seg : frontier) {
            n += (int) ((seg.size() + chunk - 1) / chunk);
        }
        chunkSegment = new int[n];
        chunkStart = new long[n];
        chunkEnd = new long[n];
        int k = 0;
        for (int s = 0; s < frontier.length; s++) {
            for (long a = 0; a < frontier[s].size(); a += chunk) {
                chunkSegment[k] = s;
                chunkStart[k] = a;
                chunkEnd[k] = Math.min(frontier[s].size(), a + chunk);
                k++;
            }
        }
        chunks = n;
        nextChunk.set(0);
    }

    // ---------------------------------------------------------------- workers and coordinator

    private void workerLoop(Worker w, CyclicBarrier barrier) {
        while (true) {
            if (!finished) {
                try {
                    w.workRound();
                } catch (OutOfMemoryError oom) {
                    // the budget estimate missed something (other heap users): stop cleanly anyway
                    requestStop(StopReason.MEMORY_LIMIT);
                } catch (Throwable t) {
                    fail(t);
                }
            }
            try {
                barrier.await();
            } catch (InterruptedException | BrokenBarrierException e) {
                fail(e);
                return;
            }
            if (finished) {
                return;
            }
        }
    }

    private synchronized void fail(Throwable t) {
        if (error == null) {
            error = t;
        }
        stop = true;
    }

    synchronized void requestStop(StopReason reason) {
        if (!stop) {
            stopReason = reason;
            stop = true;
        }
    }

    /** The barrier action: runs alone while every worker waits. */
    private void onRoundEnd() {
        try {
            long total = seeded;
            for (Worker w : workers) {
                total += w.inserted;
                w.roundInserted = 0;
            }
            size.set(total);
            sampleHeap();
            if (total > maxStates) {
                requestStop(StopReason.STATE_LIMIT);
            }
            if (stop || error != null) {
                finish();
                return;
            }
            if (ticker.read() - startNanos > timeLimitNanos) {
                requestStop(StopReason.TIME_LIMIT);
                finish();
                return;
            }
            while (size.get() + (long) threads * MIN_SHARE > visited.growThreshold()) {
                int next = visited.nextCapacity();
                if (next < 0 || estimateBytes() + visited.bytesFor(next) > memoryBudget) {
                    requestStop(StopReason.MEMORY_LIMIT);
                    finish();
                    return;
                }
                visited.resize(next);
                sampleHeap();
            }
            setRoundBudget();
            if (roundFull) {
                roundFull = false;
                return; // the same phase goes on
            }
            if (nextChunk.get() < chunks) {
                return;
            }
            for (Worker w : workers) {
                if (w.pos < w.end) {
                    return;
                }
            }
            phaseComplete();
        } catch (OutOfMemoryError oom) {
            requestStop(StopReason.MEMORY_LIMIT);
            finished = true;
        } catch (Throwable t) {
            fail(t);
            finished = true;
        }
    }

    private void setRoundBudget() {
        long free = Math.min(visited.growThreshold() - size.get(), maxStates == Long.MAX_VALUE ? Long.MAX_VALUE
                : maxStates + 1 - size.get());
        roundBudget = Math.max(1, free / threads);
    }

    private void phaseComplete() {
        switch (phase) {
            case PLAN -> {
                phase = Phase.EXPAND;
                nextChunk.set(0);
            }
            case PROBE -> {
                stopReason = StopReason.EXHAUSTED;
                finished = true;
            }
            case EXPAND -> {
                commitLevel();
                porChoice = null;
                if (predicates.length > 0 && pending.size() == predicates.length) {
                    stopReason = StopReason.ALL_VIOLATED;
                    finished = true;
                } else if (frontierSize == 0) {
                    stopReason = StopReason.EXHAUSTED;
                    finished = true;
                } else if (estimateBytes() > memoryBudget) {
                    stopReason = StopReason.MEMORY_LIMIT;
                    finished = true;
                } else {
                    startLevel();
                }
            }
        }
    }

    /** Makes the workers' next buffers the new level: trace links, violations, queue. */
    private void commitLevel() {
        StateBuffer[] next = new StateBuffer[threads];
        long[] sizes = new long[threads];
        List<List<long[]>> linkSegments = new ArrayList<>(threads);
        long total = 0;
        for (int w = 0; w < threads; w++) {
            next[w] = workers[w].next;
            sizes[w] = next[w].size();
            linkSegments.add(next[w].takeLinks());
            total += sizes[w];
        }
        links.addLevel(linkSegments, sizes);
        // recycle the expanded level's state blocks (and, when links went to the file, the link
        // blocks) into the workers' pools: the level after next reuses them without allocating
        if (frontier != null) {
            int w = 0;
            for (StateBuffer seg : frontier) {
                for (long[] block : seg.takeStates()) {
                    workers[w++ % threads].statePool.push(block);
                }
            }
        }
        if (links.spills()) {
            int w = 0;
            for (List<long[]> seg : linkSegments) {
                for (long[] block : seg) {
                    workers[w++ % threads].linkPool.push(block);
                }
            }
        }
        for (int i = 0; i < predicates.length; i++) {
            if (!open[i]) {
                continue;
            }
            long base = 0;
            for (int w = 0; w < threads; w++) {
                long local = workers[w].found[i];
                if (local >= 0) {
                    pending.add(new Pending(i, depth + 1, base + local));
                    open[i] = false;
                    break;
                }
                base += sizes[w];
            }
        }
        for (Worker w : workers) {
            Arrays.fill(w.found, -1);
            w.next = new StateBuffer(words, w.statePool, w.linkPool);
        }
        frontier = next;
        frontierSize = total;
        depth++;
        if (total > 0) {
            maxDepthReached = depth;
        }
    }

    /** After a stop: keep what the interrupted level found (its traces are still shortest). */
    private void finish() {
        if (phase == Phase.EXPAND) {
            commitLevel();
        }
        frontier = null;
        porChoice = null;
        finished = true;
    }

    long estimateBytes() {
        long b = visited.bytes() + links.heapBytes();
        StateBuffer[] f = frontier;
        if (f != null) {
            for (StateBuffer s : f) {
                b += s.bytes();
            }
        }
        for (Worker w : workers) {
            b += w.next.bytes() + 8L * StateBuffer.BLOCK * (w.statePool.size() * (long) words + w.linkPool.size());
        }
        int[] pc = porChoice;
        if (pc != null) {
            b += 4L * pc.length;
        }
        return b;
    }

    void sampleHeap() {
        Runtime rt = Runtime.getRuntime();
        long used = rt.totalMemory() - rt.freeMemory();
        if (used > peakHeap) {
            peakHeap = used;
        }
    }

    void maybeReport(long now) {
        long due = nextProgressAt.get();
        if (progress == null || now < due || !nextProgressAt.compareAndSet(due, now + progressInterval)) {
            return;
        }
        long distinct = seeded;
        for (Worker w : workers) {
            distinct += w.inserted; // racy read of another worker's counter: fine for a progress line
        }
        double dt = (now - lastProgressNanos) / 1e9;
        double rate = dt > 0 ? (distinct - lastProgressStates) / dt : 0;
        lastProgressNanos = now;
        lastProgressStates = distinct;
        int c = nextChunk.get();
        long claimed = 0;
        if (c < chunks) {
            claimed = segmentBase[chunkSegment[c]] + chunkStart[c];
        } else {
            claimed = frontierSize;
        }
        long queued = Math.max(0, frontierSize - claimed);
        for (Worker w : workers) {
            queued += w.next.size();
        }
        Runtime rt = Runtime.getRuntime();
        long heap = rt.totalMemory() - rt.freeMemory();
        progress.onProgress(new Progress(distinct, queued, depth, rate, heap, (now - startNanos) / 1e9));
    }

    // ---------------------------------------------------------------- result and traces

    private Result result() {
        long distinct = size.get();
        long generated = initials.size();
        for (Worker w : workers) {
            generated += w.transitions;
        }
        double seconds = (ticker.read() - startNanos) / 1e9;
        double bytesPerState = distinct == 0 ? 0 : (double) (visited.bytes() + links.heapBytes()) / distinct;
        double collision = exact ? 0 : Math.max(0, (double) distinct * (double) (generated - distinct)) / 0x1p64;
        sampleHeap();
        long transitions = generated - initials.size();
        Stats stats = new Stats(distinct, transitions, maxDepthReached, seconds, bytesPerState, collision, peakHeap,
                threads, exact);

        TraceBuilder traceBuilder = new TraceBuilder(model, symmetry, initials, links);
        Map<String, Trace> traces = new LinkedHashMap<>();
        pending.sort((a, b) -> Integer.compare(a.invariant, b.invariant));
        for (Pending p : pending) {
            String name = invariants.get(p.invariant).name();
            traces.put(name, traceBuilder.rebuild(name, p.level, p.index));
        }
        StopReason reason = stopReason == null ? StopReason.EXHAUSTED : stopReason;
        List<String> holds = new ArrayList<>();
        List<String> unresolved = new ArrayList<>();
        for (Invariant inv : invariants) {
            if (!traces.containsKey(inv.name())) {
                (reason.complete() ? holds : unresolved).add(inv.name());
            }
        }
        Status status = !traces.isEmpty() ? Status.VIOLATED
                : reason.complete() ? Status.VERIFIED : Status.INCONCLUSIVE;
        return new Result(status, traces, holds, unresolved, reason, stats);
    }
}
