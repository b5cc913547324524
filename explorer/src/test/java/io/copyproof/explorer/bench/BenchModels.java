package io.copyproof.explorer.bench;

import io.copyproof.explorer.Invariant;
import io.copyproof.explorer.Model;
import io.copyproof.explorer.StateSink;
import io.copyproof.explorer.Successors;
import java.util.List;

/** Scalable models of the explorer's own, for benchmarks. */
public final class BenchModels {

    private BenchModels() {
    }

    /**
     * A grid of {@code dims} coordinates 0..k, one word each; every coordinate may step up or down:
     * {@code 2 * dims} successors in the interior, {@code (k+1)^dims} states, depth {@code dims * k}.
     */
    public static Model grid(int dims, int k) {
        return new Model() {
            @Override
            public int stateWords() {
                return dims;
            }

            @Override
            public void initialStates(StateSink out) {
                out.accept(new long[dims]);
            }

            @Override
            public void successors(long[] s, Successors out) {
                for (int i = 0; i < dims; i++) {
                    long v = s[i];
                    if (v < k) {
                        out.begin()[i] = v + 1;
                        out.emit(2 * i);
                    }
                    if (v > 0) {
                        out.begin()[i] = v - 1;
                        out.emit(2 * i + 1);
                    }
                }
            }

            @Override
            public List<Invariant> invariants() {
                return List.of(Invariant.of("in range", s -> s[0] <= k));
            }

            @Override
            public String toString() {
                return "grid(" + dims + "x" + k + ")";
            }
        };
    }

    /**
     * Dining philosophers, 2 bits each in one word: 0 thinking, 1 holds left fork, 2 eating. Grows
     * about 2.4x per philosopher.
     */
    public static Model philosophers(int n) {
        if (n < 2 || n > 32) {
            throw new IllegalArgumentException("2..32 philosophers");
        }
        return new Model() {
            @Override
            public int stateWords() {
                return 1;
            }

            @Override
            public void initialStates(StateSink out) {
                out.accept(new long[] {0});
            }

            int ph(long s, int i) {
                return (int) (s >>> (2 * i)) & 3;
            }

            boolean forkFree(long s, int f) {
                return ph(s, f) == 0 && ph(s, (f + n - 1) % n) != 2;
            }

            @Override
            public void successors(long[] state, Successors out) {
                long s = state[0];
                for (int i = 0; i < n; i++) {
                    int p = ph(s, i);
                    long clear = s & ~(3L << (2 * i));
                    if (p == 0 && forkFree(s, i)) {
                        out.begin()[0] = clear | (1L << (2 * i));
                        out.emit(3 * i);
                    } else if (p == 1 && forkFree(s, (i + 1) % n)) {
                        out.begin()[0] = clear | (2L << (2 * i));
                        out.emit(3 * i + 1);
                    } else if (p == 2) {
                        out.begin()[0] = clear;
                        out.emit(3 * i + 2);
                    }
                }
            }

            @Override
            public List<Invariant> invariants() {
                return List.of(Invariant.of("neighbours never eat together", st -> {
                    for (int i = 0; i < n; i++) {
                        if (ph(st[0], i) == 2 && ph(st[0], (i + 1) % n) == 2) {
                            return false;
                        }
                    }
                    return true;
                }));
            }

            @Override
            public String toString() {
                return "philosophers(" + n + ")";
            }
        };
    }

    /**
     * A ring of {@code n} processes with a local counter 0..m-1 each (packed in 8 bits per process in
     * {@code ceil(n/8)} words) and one token: the holder may increment its counter (mod m) or pass the
     * token on. {@code n * m^n} states, 2 successors each.
     */
    public static Model ring(int n, int m) {
        if (n < 1 || n > 24 || m < 1 || m > 255) {
            throw new IllegalArgumentException("1..24 processes, 1..255 values");
        }
        int words = (n + 7) / 8 + 1;
        return new Model() {
            @Override
            public int stateWords() {
                return words;
            }

            @Override
            public void initialStates(StateSink out) {
                out.accept(new long[words]);
            }

            @Override
            public void successors(long[] s, Successors out) {
                int holder = (int) s[words - 1];
                int w = holder / 8;
                int shift = 8 * (holder % 8);
                long v = (s[w] >>> shift) & 0xFF;
                long[] t = out.begin();
                t[w] = (s[w] & ~(0xFFL << shift)) | (((v + 1) % m) << shift);
                out.emit(0);
                t = out.begin();
                t[words - 1] = (holder + 1) % n;
                out.emit(1);
            }

            @Override
            public List<Invariant> invariants() {
                return List.of(Invariant.of("token in ring", s -> s[words - 1] < n));
            }

            @Override
            public String toString() {
                return "ring(" + n + "x" + m + ")";
            }
        };
    }

    /**
     * pit(V, B, W) with every variable local to its volume's process, the explorer's counterpart of
     * the Promela model {@code gen_pit_local.py V B W} (see docs/benchmarks.md): per volume a write
     * counter {@code written} up to {@code w}, a write-back cache entry and a LUN value per block, and a
     * snapshot flag. Volume v's actions: {@code Write(v, b)} (written++, cache[b] = written),
     * {@code Destage(v, b)} (a dirty block goes to the LUN) and {@code Snapshot(v)} (once). One word
     * per volume: written in bits 0-3, cache[b] in bits 4+8b, lun[b] in bits 8+8b, snap in bit 63.
     * Components: one per volume, always an ample candidate (nothing is shared); no action is sticky
     * (the state graph has no cycle), so the static cycle proviso applies.
     *
     * <p>{@code watched}: -1 for no invariant (as the Promela model, which has no assertion), else
     * the volume whose "every LUN block holds a value no newer than the counter" the one invariant
     * reads; that volume's Write and Destage actions are declared visible to it.
     */
    public static Model pitLocal(int volumes, int blocks, int w, int watched) {
        return pitLocal(volumes, blocks, w, watched, true);
    }

    /**
     * {@link #pitLocal(int, int, int, int)}, with {@code staticProviso} false: the model does not
     * declare its sticky actions, so the explorer uses the breadth-first cycle proviso.
     */
    public static Model pitLocal(int volumes, int blocks, int w, int watched, boolean staticProviso) {
        if (volumes < 1 || volumes > 16 || blocks < 1 || blocks > 6 || w < 1 || w > 15 || watched >= volumes) {
            throw new IllegalArgumentException("1..16 volumes, 1..6 blocks, 1..15 writes");
        }
        int per = 2 * blocks + 1;
        return new Model() {
            @Override
            public int stateWords() {
                return volumes;
            }

            @Override
            public void initialStates(StateSink out) {
                out.accept(new long[volumes]);
            }

            @Override
            public void successors(long[] s, Successors out) {
                for (int v = 0; v < volumes; v++) {
                    long x = s[v];
                    long written = x & 0xF;
                    for (int b = 0; b < blocks; b++) {
                        int cs = 4 + 8 * b;
                        if (written < w) {
                            long n = (x & ~0xFL & ~(0xFL << cs)) | (written + 1) | ((written + 1) << cs);
                            out.begin()[v] = n;
                            out.emit(v * per + 2 * b);
                        }
                        long cache = (x >>> cs) & 0xF;
                        if (cache != 0) {
                            int ls = cs + 4;
                            out.begin()[v] = (x & ~(0xFL << cs) & ~(0xFL << ls)) | (cache << ls);
                            out.emit(v * per + 2 * b + 1);
                        }
                    }
                    if (x >= 0) { // bit 63 clear: no snapshot yet
                        out.begin()[v] = x | Long.MIN_VALUE;
                        out.emit(v * per + 2 * blocks);
                    }
                }
            }

            @Override
            public List<Invariant> invariants() {
                if (watched < 0) {
                    return List.of();
                }
                return List.of(Invariant.of("LUN of volume " + watched + " behind its counter", s -> {
                    long x = s[watched];
                    for (int b = 0; b < blocks; b++) {
                        if (((x >>> (8 + 8 * b)) & 0xF) > (x & 0xF)) {
                            return false;
                        }
                    }
                    return true;
                }));
            }

            @Override
            public int components() {
                return volumes;
            }

            @Override
            public int componentOf(int action) {
                return action / per;
            }

            @Override
            public boolean ampleCandidate(long[] s, int component) {
                return true;
            }

            @Override
            public boolean visible(int invariant, int action) {
                return action / per == watched && action % per != per - 1;
            }

            @Override
            public boolean staticCycleProviso() {
                return staticProviso;
            }

            @Override
            public boolean sticky(int action) {
                // no cycles: 2 * written + (clean cache entries) + snap grows with every action
                // (Write: +2 and at most one entry dirtied; Destage: +1; Snapshot: +1)
                return false;
            }

            @Override
            public String actionName(int action) {
                int v = action / per;
                int k = action % per;
                return k == per - 1 ? "Snapshot(" + v + ")"
                        : (k % 2 == 0 ? "Write(" : "Destage(") + v + ", " + k / 2 + ")";
            }

            @Override
            public String toString() {
                return "pitLocal(" + volumes + "," + blocks + "," + w + ")";
            }
        };
    }
}
