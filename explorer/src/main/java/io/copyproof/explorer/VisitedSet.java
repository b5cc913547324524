package io.copyproof.explorer;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The visited set: open addressing with linear probing over primitive {@code long[]} arrays, safe for
 * concurrent {@link #insert} from many threads (CAS through a {@link VarHandle}); no allocation per
 * state. Two modes:
 * <ul>
 *   <li>fingerprint: a slot holds the state's 64-bit hash; equal fingerprints are taken as equal
 *   states (8 bytes per slot);</li>
 *   <li>exact: a slot holds the hash and, in a parallel array, the full state words; states are
 *   compared word by word.</li>
 * </ul>
 * Hash value 0 marks an empty slot and {@link #BUSY} a slot being filled (exact mode); real hashes are
 * remapped away from both. The table is grown by {@link #resize} while no thread inserts (the search
 * pauses all workers at a barrier for it). Capacity is any integer (index by multiply-shift), so it
 * grows by 1.5x in fingerprint mode to keep the bytes per state low.
 */
final class VisitedSet {

    static final long BUSY = 0x8000_0000_0000_0000L;
    private static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(long[].class);
    static final int MIN_CAPACITY = 1 << 16;
    static final double MAX_LOAD = 0.8;

    private final int words;
    private final boolean exact;
    private long[] hashes;
    private long[] states; // exact mode only: capacity * words
    private int capacity;

    private final boolean concurrent;

    /** With {@code concurrent} false (one thread) an empty slot is claimed by a plain store, not a CAS. */
    VisitedSet(int words, boolean exact, int capacity, boolean concurrent) {
        this.words = words;
        this.concurrent = concurrent;
        this.exact = exact;
        allocate(Math.max(MIN_CAPACITY, capacity));
    }

    private void allocate(int cap) {
        capacity = cap;
        hashes = new long[cap];
        states = exact ? new long[Math.multiplyExact(cap, words)] : null;
    }

    /** The 64-bit hash (fingerprint) of the first {@code words} words of {@code s}; never 0 or BUSY. */
    static long hash(long[] s, int words) {
        long h = 0x9E3779B97F4A7C15L ^ words;
        for (int i = 0; i < words; i++) {
            h = mix(h, s[i]);
        }
        return finish(h);
    }

    /** Copies {@code s[0..words)} to {@code to[off..]} and returns its {@link #hash}, in one pass. */
    static long copyAndHash(long[] s, long[] to, int off, int words) {
        long h = 0x9E3779B97F4A7C15L ^ words;
        for (int i = 0; i < words; i++) {
            long v = s[i];
            to[off + i] = v;
            h = mix(h, v);
        }
        return finish(h);
    }

    private static long mix(long h, long v) {
        long k = v * 0x87C37B91114253D5L;
        k = Long.rotateLeft(k, 31) * 0x4CF5AD432745937FL;
        h ^= k;
        return Long.rotateLeft(h, 27) * 5 + 0x52DCE729;
    }

    private static long finish(long h) {
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        if (h == 0 || h == BUSY) {
            h = 0x5BD1E995L;
        }
        return h;
    }

    private static int index(long h, int cap) {
        return (int) (((h >>> 32) * cap) >>> 32);
    }

    int capacity() {
        return capacity;
    }

    /** Slots above which the table should grow. */
    long growThreshold() {
        return (long) (capacity * MAX_LOAD);
    }

    long bytes() {
        return bytesFor(capacity);
    }

    long bytesFor(long cap) {
        return cap * 8L * (exact ? 1 + words : 1);
    }

    int nextCapacity() {
        long next = exact ? (long) capacity * 2 : (long) capacity * 3 / 2;
        long max = exact ? (Integer.MAX_VALUE - 16) / (words + 1) : Integer.MAX_VALUE - 16;
        if (capacity >= max) {
            return -1;
        }
        return (int) Math.min(next, max);
    }

    /** Adds {@code s} (hash {@code h}); true if it was not present. Thread-safe against other inserts. */
    boolean insert(long[] s, long h) {
        return insert(s, 0, h);
    }

    /**
     * Reads the home slot of each of the first {@code n} hashes and returns a meaningless sum. Called
     * on a batch of successors before inserting them: the loads are independent, so the processor
     * overlaps their cache misses (Java has no prefetch instruction), and the inserts that follow find
     * their slots in cache.
     */
    long touch(long[] hs, int n) {
        final long[] t = hashes;
        final int cap = capacity;
        long sum = 0;
        for (int k = 0; k < n; k++) {
            sum += t[index(hs[k], cap)];
        }
        return sum;
    }

    /** Adds the state at {@code s[off .. off+words)} (hash {@code h}); true if it was not present. */
    boolean insert(long[] s, int off, long h) {
        final long[] t = hashes;
        final int cap = capacity;
        int i = index(h, cap);
        int wraps = 0;
        if (!exact) {
            while (true) {
                long v = t[i]; // plain read: a stale 0 only makes the CAS fail and re-read
                if (v == h) {
                    return false;
                }
                if (v == 0) {
                    if (!concurrent) {
                        t[i] = h;
                        return true;
                    }
                    if (SLOT.compareAndSet(t, i, 0L, h)) {
                        return true;
                    }
                    continue;
                }
                if (++i == cap) {
                    i = 0;
                    full(++wraps);
                }
            }
        }
        while (true) {
            long v = (long) SLOT.getAcquire(t, i);
            if (v == 0) {
                if (SLOT.compareAndSet(t, i, 0L, BUSY)) {
                    System.arraycopy(s, off, states, i * words, words);
                    SLOT.setRelease(t, i, h);
                    return true;
                }
                continue;
            }
            if (v == BUSY) {
                Thread.onSpinWait();
                continue;
            }
            if (v == h && sameState(s, off, i)) {
                return false;
            }
            if (++i == cap) {
                i = 0;
                full(++wraps);
            }
        }
    }

    /** True if {@code s} (hash {@code h}) is present. Safe while other threads insert. */
    boolean contains(long[] s, long h) {
        final long[] t = hashes;
        final int cap = capacity;
        int i = index(h, cap);
        int wraps = 0;
        while (true) {
            long v = (long) SLOT.getAcquire(t, i);
            if (v == 0) {
                return false;
            }
            if (v == BUSY) {
                Thread.onSpinWait();
                continue;
            }
            if (v == h && (!exact || sameState(s, 0, i))) {
                return true;
            }
            if (++i == cap) {
                i = 0;
                full(++wraps);
            }
        }
    }

    /** Guards against probing a full table forever (a bug in the growth protocol, never expected). */
    private static void full(int wraps) {
        if (wraps > 1) {
            throw new IllegalStateException("visited set full");
        }
    }

    private boolean sameState(long[] s, int off, int slot) {
        int base = slot * words;
        for (int w = 0; w < words; w++) {
            if (states[base + w] != s[off + w]) {
                return false;
            }
        }
        return true;
    }

    /** Rehashes into {@code newCapacity} slots. Only while no other thread touches the set. */
    void resize(int newCapacity) {
        long[] oldHashes = hashes;
        long[] oldStates = states;
        int oldCap = capacity;
        allocate(newCapacity);
        for (int j = 0; j < oldCap; j++) {
            long h = oldHashes[j];
            if (h == 0) {
                continue;
            }
            int i = index(h, capacity);
            while (hashes[i] != 0) {
                if (++i == capacity) {
                    i = 0;
                }
            }
            hashes[i] = h;
            if (exact) {
                System.arraycopy(oldStates, j * words, states, i * words, words);
            }
        }
    }
}
