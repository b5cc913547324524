package io.copyproof.explorer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Small models with known state spaces, for the explorer's tests. */
final class TestModels {

    private TestModels() {
    }

    /** {@code n} independent counters 0..k, one word each, each may be incremented: (k+1)^n states. */
    static Model counters(int n, int k, long badSum) {
        return new Model() {
            @Override
            public int stateWords() {
                return n;
            }

            @Override
            public void initialStates(StateSink out) {
                out.accept(new long[n]);
            }

            @Override
            public void successors(long[] s, Successors out) {
                for (int i = 0; i < n; i++) {
                    if (s[i] < k) {
                        out.begin()[i]++;
                        out.emit(i);
                    }
                }
            }

            @Override
            public List<Invariant> invariants() {
                return List.of(Invariant.of("sum below " + badSum, s -> Arrays.stream(s).sum() < badSum));
            }
        };
    }

    /**
     * Peterson's mutual exclusion for two processes (pc 0 idle, 1 flag set, 2 turn given, 3 critical),
     * packed in one word: pc0 | pc1 << 4 | flag0 << 8 | flag1 << 9 | turn << 10. With {@code broken},
     * a process enters when the turn is the other's (a classic slip), which breaks mutual exclusion.
     */
    static Model peterson(boolean broken) {
        return new Model() {
            @Override
            public int stateWords() {
                return 1;
            }

            @Override
            public void initialStates(StateSink out) {
                out.accept(new long[] {0});
            }

            int pc(long s, int i) {
                return (int) (s >>> (4 * i)) & 0xF;
            }

            long setPc(long s, int i, int pc) {
                return (s & ~(0xFL << (4 * i))) | ((long) pc << (4 * i));
            }

            boolean flag(long s, int i) {
                return ((s >>> (8 + i)) & 1) != 0;
            }

            long setFlag(long s, int i, boolean f) {
                return f ? s | (1L << (8 + i)) : s & ~(1L << (8 + i));
            }

            int turn(long s) {
                return (int) (s >>> 10) & 1;
            }

            @Override
            public void successors(long[] state, Successors out) {
                long s = state[0];
                for (int i = 0; i < 2; i++) {
                    int j = 1 - i;
                    switch (pc(s, i)) {
                        case 0 -> emit(out, setPc(setFlag(s, i, true), i, 1), i * 4);
                        case 1 -> emit(out, setPc((s & ~(1L << 10)) | ((long) j << 10), i, 2), i * 4 + 1);
                        case 2 -> {
                            if (!flag(s, j) || turn(s) == (broken ? j : i)) {
                                emit(out, setPc(s, i, 3), i * 4 + 2);
                            }
                        }
                        default -> emit(out, setPc(setFlag(s, i, false), i, 0), i * 4 + 3);
                    }
                }
            }

            private void emit(Successors out, long t, int action) {
                out.begin()[0] = t;
                out.emit(action);
            }

            @Override
            public List<Invariant> invariants() {
                return List.of(Invariant.of("mutex", st -> !(pc(st[0], 0) == 3 && pc(st[0], 1) == 3)));
            }

            @Override
            public String actionName(int action) {
                return "p" + (action / 4) + "." + new String[] {"flag", "turn", "enter", "exit"}[action % 4];
            }
        };
    }

    /**
     * Dining philosophers, 2 bits each in one word: 0 thinking, 1 holds left fork, 2 eating.
     * Fork i (philosopher i's left) is free when philosopher i is thinking and philosopher i-1 is not
     * eating.
     */
    static Model philosophers(int n) {
        return io.copyproof.explorer.bench.BenchModels.philosophers(n); // the model the benchmark measures
    }

    /**
     * {@code n} identical processes, one word each (pc 0..k+1), plus a shared counter word. A process
     * takes {@code k} local steps (independent of everything, invisible to the invariants), then
     * publishes once: counter++, pc = k+1. Component i owns process i's actions; its local steps form
     * an ample set whenever it has one. The processes are interchangeable: canonical form sorts the pcs.
     * Invariants: "counter below {@code limit}" (violated iff limit <= n) and "counter at most n".
     * Full space: (k+2)^n states.
     */
    static Model publishers(int n, int k, int limit) {
        return new Model() {
            @Override
            public int stateWords() {
                return n + 1;
            }

            @Override
            public void initialStates(StateSink out) {
                out.accept(new long[n + 1]);
            }

            @Override
            public void successors(long[] s, Successors out) {
                for (int i = 0; i < n; i++) {
                    if (s[i] < k) {
                        out.begin()[i]++;
                        out.emit(2 * i);
                    } else if (s[i] == k) {
                        long[] t = out.begin();
                        t[i]++;
                        t[n]++;
                        out.emit(2 * i + 1);
                    }
                }
            }

            @Override
            public List<Invariant> invariants() {
                return List.of(Invariant.of("counter below " + limit, s -> s[n] < limit),
                        Invariant.of("counter at most n", s -> s[n] <= n));
            }

            @Override
            public void canonicalize(long[] s) {
                Arrays.sort(s, 0, n);
            }

            @Override
            public int components() {
                return n;
            }

            @Override
            public int componentOf(int action) {
                return action / 2;
            }

            @Override
            public boolean ampleCandidate(long[] s, int component) {
                return s[component] < k;
            }

            @Override
            public boolean visible(int invariant, int action) {
                return action % 2 == 1; // both invariants read the counter, which only publish changes
            }

            @Override
            public String actionName(int action) {
                return (action % 2 == 0 ? "local" : "publish") + "(p" + action / 2 + ")";
            }
        };
    }

    /** A finite directed graph as a model: state = [node, node * 31 + 7] (two words), action = edge index. */
    record Graph(int nodes, int[][] edges, int[] initial, boolean[] bad, boolean[] bad2) implements Model {
        @Override
        public int stateWords() {
            return 2;
        }

        @Override
        public void initialStates(StateSink out) {
            for (int v : initial) {
                out.accept(new long[] {v, v * 31L + 7});
            }
        }

        @Override
        public void successors(long[] s, Successors out) {
            int[] e = edges[(int) s[0]];
            for (int i = 0; i < e.length; i++) {
                long[] t = out.begin();
                t[0] = e[i];
                t[1] = e[i] * 31L + 7;
                out.emit(i);
            }
        }

        @Override
        public List<Invariant> invariants() {
            return List.of(Invariant.of("not bad", s -> !bad[(int) s[0]]),
                    Invariant.of("not bad2", s -> !bad2[(int) s[0]]));
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder("Graph(n=" + nodes + ", init=" + Arrays.toString(initial) + ", edges=");
            for (int v = 0; v < nodes; v++) {
                sb.append(v).append("->").append(Arrays.toString(edges[v])).append(' ');
            }
            return sb.append(")").toString();
        }
    }

    /** All successors of a state as (action, state) pairs, through the plain model interface. */
    static List<Object[]> successors(Model m, long[] state) {
        List<Object[]> out = new ArrayList<>();
        long[] src = state.clone();
        long[] buf = new long[m.stateWords()];
        m.successors(src, new Successors() {
            @Override
            public long[] begin() {
                System.arraycopy(src, 0, buf, 0, buf.length);
                return buf;
            }

            @Override
            public void emit(int action) {
                out.add(new Object[] {action, buf.clone()});
            }
        });
        return out;
    }
}
