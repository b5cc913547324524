package io.copyproof.explorer;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * One worker thread of a {@link Search}: claims chunks of the level being expanded, expands each
 * state through the model (the worker itself is the {@link Successors} sink, so a successor is
 * canonicalised, hashed, batched and inserted into the shared {@link VisitedSet} without allocation),
 * appends new states to its own buffer for the next level and checks them against the invariants
 * still open. In the planning phase of partial-order reduction it asks its {@link AmplePlanner}
 * instead; in the probing phase (the depth bound) it only looks for an unseen successor. The level
 * it works on, the phase and the budgets belong to the {@link Search} (the coordinator), which
 * publishes them at the barrier between rounds.
 */
final class Worker implements Successors {
    private final Search search;
    private final Model model;
    private final int words;
    private final StatePredicate[] predicates;
    private final boolean[] open;
    private final VisitedSet visited;
    private final boolean symmetry;
    private final boolean por;
    final int id;
    private final long[] current;
    private final long[] scratch;
    /** Per invariant, the index in {@link #next} of the first new state breaking it this level, or -1. */
    final long[] found;
    private final long[] candidateState;
    // the batch of successors awaiting insertion: states, hashes, links
    private final long[] batchStates;
    private final long[] batchHashes = new long[Search.BATCH];
    private final long[] batchLinks = new long[Search.BATCH];
    private int batched;
    final ArrayDeque<long[]> statePool = new ArrayDeque<>();
    final ArrayDeque<long[]> linkPool = new ArrayDeque<>();
    /** The states this worker stored for the next level, with their trace links. */
    StateBuffer next;
    long pos;
    long end;
    private int segment;
    private long parentIndex;
    private int ordinal;
    private int choice = -1;
    long transitions;
    long inserted;
    long roundInserted;
    private int claims;
    private final AmplePlanner planner;

    Worker(Search search, int id) {
        this.search = search;
        this.model = search.model;
        this.words = search.words;
        this.predicates = search.predicates;
        this.open = search.open;
        this.visited = search.visited;
        this.symmetry = search.symmetry;
        this.por = search.por;
        this.id = id;
        this.current = new long[words];
        this.scratch = new long[words];
        this.found = new long[predicates.length];
        this.candidateState = new long[words];
        this.batchStates = new long[Search.BATCH * words];
        this.next = new StateBuffer(words, statePool, linkPool);
        this.planner = por ? new AmplePlanner(model, search.components, visited, symmetry, open) : null;
        Arrays.fill(found, -1);
    }

    void workRound() {
        try {
            while (!search.stop && !search.roundFull) {
                if (pos >= end) {
                    if (!claim()) {
                        return;
                    }
                }
                expand(pos);
                pos++;
            }
        } finally {
            flushBatch();
        }
    }

    /**
     * Inserts the batched successors: first touches every home slot (independent loads whose cache
     * misses overlap), then inserts one by one; new states go to the next level and are checked.
     */
    void flushBatch() {
        int n = batched;
        if (n == 0) {
            return;
        }
        batched = 0;
        visited.touch(batchHashes, n);
        final long[] st = batchStates;
        for (int k = 0; k < n; k++) {
            int off = k * words;
            if (visited.insert(st, off, batchHashes[k])) {
                next.add(st, off, batchLinks[k]);
                inserted++;
                if (++roundInserted >= search.roundBudget) {
                    search.roundFull = true;
                }
                if (predicates.length > 0) {
                    check(st, off);
                }
            }
        }
    }

    private void check(long[] st, int off) {
        System.arraycopy(st, off, candidateState, 0, words);
        for (int i = 0; i < predicates.length; i++) {
            if (open[i] && found[i] < 0 && !predicates[i].test(candidateState)) {
                found[i] = next.size() - 1;
            }
        }
    }

    private boolean claim() {
        int c = search.nextChunk.getAndIncrement();
        if (c >= search.chunks) {
            pos = end = 0;
            return false;
        }
        segment = search.chunkSegment[c];
        pos = search.chunkStart[c];
        end = search.chunkEnd[c];
        long now = search.ticker.read();
        if (now - search.startNanos > search.timeLimitNanos) {
            search.requestStop(StopReason.TIME_LIMIT);
        }
        search.maybeReport(now);
        if ((++claims & 15) == 0) {
            if (id == 0) {
                search.sampleHeap();
            }
            if (search.estimateBytes() > search.memoryBudget) {
                search.requestStop(StopReason.MEMORY_LIMIT);
            }
        }
        return true;
    }

    private void expand(long local) {
        search.frontier[segment].get(local, current);
        parentIndex = search.segmentBase[segment] + local;
        ordinal = 0;
        switch (search.phase) {
            case EXPAND -> {
                choice = por ? search.porChoice[(int) parentIndex] : -1;
                model.successors(current, this);
            }
            case PROBE -> model.successors(current, this);
            case PLAN -> search.porChoice[(int) parentIndex] = planner.choose(current);
        }
    }

    @Override
    public long[] begin() {
        final long[] c = current;
        final long[] t = scratch;
        for (int i = 0; i < t.length; i++) {
            t[i] = c[i];
        }
        return t;
    }

    @Override
    public void emit(int action) {
        final int ord = ordinal++;
        final long[] s = scratch;
        switch (search.phase) {
            case EXPAND -> {
                if (choice >= 0 && model.componentOf(action) != choice) {
                    return;
                }
                transitions++;
                if (ord > StateBuffer.ORDINAL_MASK) {
                    throw new IllegalStateException("more than 2^20 successors of one state");
                }
                if (symmetry) {
                    model.canonicalize(s);
                }
                int b = batched;
                batchHashes[b] = VisitedSet.copyAndHash(s, batchStates, b * words, words);
                batchLinks[b] = (parentIndex << StateBuffer.ORDINAL_BITS) | ord;
                if ((batched = b + 1) == Search.BATCH) {
                    flushBatch();
                }
            }
            case PROBE -> {
                if (symmetry) {
                    model.canonicalize(s);
                }
                if (!visited.contains(s, VisitedSet.hash(s, words))) {
                    search.requestStop(StopReason.DEPTH_LIMIT);
                }
            }
        }
    }

}
