package io.copyproof.explorer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A random network of processes for partial-order reduction tests: process {@code p} has local
 * states {@code 0..sizes[p]-1} (one word of the state each, initially 0) and local edges
 * {@code local[p][i] = {from, to}}; a synchronisation {@code sync[k] = {p, x, q, y, x2, y2}} moves
 * processes {@code p != q} from {@code (x, y)} to {@code (x2, y2)} together. Local graphs may have
 * cycles, so the cycle proviso matters. Each invariant {@code bad[i] = {p, x, q, y}} says "never p in
 * x and q in y".
 *
 * <p>Partial-order declarations, all derived from the structure and sound by construction:
 * components are processes; a local edge belongs to its process, a synchronisation to none. Process
 * {@code p} is an ample candidate in {@code s} when no local state it can reach alone from its current
 * one is the {@code p}-guard of a synchronisation: then no synchronisation can ever move it, only its
 * own edges change its word, and they commute with everything else. Visibility: an action is visible
 * to an invariant when it moves one of the invariant's two processes. Sticky (static proviso): every
 * synchronisation and every back edge of a depth-first search of each local graph from every node —
 * every cycle of the global graph either contains a synchronisation or projects, on a process that
 * moves, onto a closed walk of local edges, which contains a back edge.
 *
 * <p>Action encoding: local edge {@code i} of process {@code p}: {@code p * 64 + i}; synchronisation
 * {@code k}: {@code -1 - k}.
 */
record ProcessNetwork(int[] sizes, int[][][] local, int[][] sync, int[][] bad, boolean staticProviso)
        implements Model {

    @Override
    public int stateWords() {
        return sizes.length;
    }

    @Override
    public void initialStates(StateSink out) {
        out.accept(new long[sizes.length]);
    }

    @Override
    public void successors(long[] s, Successors out) {
        for (int p = 0; p < sizes.length; p++) {
            for (int i = 0; i < local[p].length; i++) {
                if (s[p] == local[p][i][0]) {
                    out.begin()[p] = local[p][i][1];
                    out.emit(p * 64 + i);
                }
            }
        }
        for (int k = 0; k < sync.length; k++) {
            int[] y = sync[k];
            if (s[y[0]] == y[1] && s[y[2]] == y[3]) {
                long[] t = out.begin();
                t[y[0]] = y[4];
                t[y[2]] = y[5];
                out.emit(-1 - k);
            }
        }
    }

    @Override
    public List<Invariant> invariants() {
        List<Invariant> out = new ArrayList<>();
        for (int i = 0; i < bad.length; i++) {
            int[] b = bad[i];
            out.add(Invariant.of("bad" + i, s -> !(s[b[0]] == b[1] && s[b[2]] == b[3])));
        }
        return out;
    }

    @Override
    public int components() {
        return sizes.length;
    }

    @Override
    public int componentOf(int action) {
        return action < 0 ? -1 : action / 64;
    }

    @Override
    public boolean ampleCandidate(long[] s, int p) {
        boolean[] reach = new boolean[sizes[p]];
        List<Integer> todo = new ArrayList<>(List.of((int) s[p]));
        reach[(int) s[p]] = true;
        while (!todo.isEmpty()) {
            int x = todo.remove(todo.size() - 1);
            for (int[] y : sync) {
                if ((y[0] == p && y[1] == x) || (y[2] == p && y[3] == x)) {
                    return false;
                }
            }
            for (int[] e : local[p]) {
                if (e[0] == x && !reach[e[1]]) {
                    reach[e[1]] = true;
                    todo.add(e[1]);
                }
            }
        }
        return true;
    }

    @Override
    public boolean visible(int invariant, int action) {
        int[] b = bad[invariant];
        if (action >= 0) {
            int p = action / 64;
            return p == b[0] || p == b[2];
        }
        int[] y = sync[-1 - action];
        return y[0] == b[0] || y[0] == b[2] || y[2] == b[0] || y[2] == b[2];
    }

    @Override
    public boolean staticCycleProviso() {
        return staticProviso;
    }

    @Override
    public boolean sticky(int action) {
        return action < 0 || backEdges()[action / 64][action % 64];
    }

    /** Per process, the local edges that are back edges of a depth-first search from some node. */
    boolean[][] backEdges() {
        boolean[][] back = new boolean[sizes.length][];
        for (int p = 0; p < sizes.length; p++) {
            back[p] = new boolean[local[p].length];
            int[] colour = new int[sizes[p]]; // 0 new, 1 on the stack, 2 done
            for (int root = 0; root < sizes[p]; root++) {
                if (colour[root] == 0) {
                    dfs(p, root, colour, back[p]);
                }
            }
        }
        return back;
    }

    private void dfs(int p, int x, int[] colour, boolean[] back) {
        colour[x] = 1;
        for (int i = 0; i < local[p].length; i++) {
            if (local[p][i][0] != x) {
                continue;
            }
            int y = local[p][i][1];
            if (colour[y] == 1) {
                back[i] = true;
            } else if (colour[y] == 0) {
                dfs(p, y, colour, back);
            }
        }
        colour[x] = 2;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("ProcessNetwork(sizes=").append(Arrays.toString(sizes))
                .append(", static=").append(staticProviso);
        for (int p = 0; p < sizes.length; p++) {
            sb.append(", p").append(p).append('=').append(Arrays.deepToString(local[p]));
        }
        return sb.append(", sync=").append(Arrays.deepToString(sync)).append(", bad=").append(Arrays.deepToString(bad))
                .append(')').toString();
    }
}
