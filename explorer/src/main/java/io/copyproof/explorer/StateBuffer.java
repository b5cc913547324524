package io.copyproof.explorer;

import java.util.ArrayList;
import java.util.List;

/**
 * An append-only sequence of packed states, each with its trace link, in fixed-size primitive blocks
 * (no per-state objects; growing never copies). One per worker per breadth-first level: the states a
 * worker discovered, which become part of the next level's queue.
 *
 * <p>A link packs the index of the parent in the previous level ({@code link >>> ORDINAL_BITS}) and
 * the ordinal of the successor among all successors the model emitted for the parent
 * ({@code link & ORDINAL_MASK}); traces are rebuilt by replaying ordinals from an initial state.
 */
final class StateBuffer {

    static final int BLOCK_SHIFT = 12;
    static final int BLOCK = 1 << BLOCK_SHIFT;
    static final int ORDINAL_BITS = 20;
    static final long ORDINAL_MASK = (1L << ORDINAL_BITS) - 1;

    private final int words;
    private final List<long[]> stateBlocks = new ArrayList<>();
    private List<long[]> linkBlocks = new ArrayList<>();
    private long size;
    private long[] tailStates;
    private long[] tailLinks;

    private final java.util.ArrayDeque<long[]> statePool;
    private final java.util.ArrayDeque<long[]> linkPool;

    StateBuffer(int words) {
        this(words, new java.util.ArrayDeque<>(), new java.util.ArrayDeque<>());
    }

    /** A buffer that takes its blocks from the given pools of recycled blocks first (no zeroing needed). */
    StateBuffer(int words, java.util.ArrayDeque<long[]> statePool, java.util.ArrayDeque<long[]> linkPool) {
        this.words = words;
        this.statePool = statePool;
        this.linkPool = linkPool;
    }

    /** Hands over the state blocks for reuse and forgets them here. */
    List<long[]> takeStates() {
        List<long[]> l = new ArrayList<>(stateBlocks);
        stateBlocks.clear();
        return l;
    }

    long size() {
        return size;
    }

    /** Appends the state at {@code s[from .. from+words)} with its packed link. */
    void add(long[] s, int from, long link) {
        int off = (int) (size & (BLOCK - 1));
        if (off == 0) {
            long[] st = statePool.poll();
            long[] ln = linkPool.poll();
            tailStates = st != null ? st : new long[BLOCK * words];
            tailLinks = ln != null ? ln : new long[BLOCK];
            stateBlocks.add(tailStates);
            linkBlocks.add(tailLinks);
        }
        System.arraycopy(s, from, tailStates, off * words, words);
        tailLinks[off] = link;
        size++;
    }

    void get(long index, long[] into) {
        System.arraycopy(stateBlocks.get((int) (index >>> BLOCK_SHIFT)), (int) (index & (BLOCK - 1)) * words,
                into, 0, words);
    }

    long link(long index) {
        return linkBlocks.get((int) (index >>> BLOCK_SHIFT))[(int) (index & (BLOCK - 1))];
    }

    /** Hands over the link blocks (for the trace store) and forgets them here. */
    List<long[]> takeLinks() {
        List<long[]> l = linkBlocks;
        linkBlocks = new ArrayList<>();
        return l;
    }

    /** Bytes held (states and links). */
    long bytes() {
        return (long) stateBlocks.size() * BLOCK * words * 8 + (long) linkBlocks.size() * BLOCK * 8;
    }
}
