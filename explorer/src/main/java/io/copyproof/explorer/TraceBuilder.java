package io.copyproof.explorer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Rebuilds traces from the compact parent links of a search: follows the links of a stored state back
 * to an initial state, then replays the model forward choosing the recorded successor ordinal at each
 * step. With symmetry reduction the stored chain is canonical; the trace is then a concrete path of
 * the model that visits the same symmetry classes. No states are stored for traces.
 */
final class TraceBuilder {

    private final Model model;
    private final int words;
    private final boolean symmetry;
    private final List<long[]> initials;
    private final TraceLinks links;

    TraceBuilder(Model model, boolean symmetry, List<long[]> initials, TraceLinks links) {
        this.model = model;
        this.words = model.stateWords();
        this.symmetry = symmetry;
        this.initials = initials;
        this.links = links;
    }

    /**
     * The trace, named for {@code invariant}, to the state stored at {@code index} of level
     * {@code level}: the recorded successor ordinals replayed from the initial state.
     */
    Trace rebuild(String invariant, int level, long index) {
        int[] ordinals = new int[level];
        for (int l = level; l >= 1; l--) {
            long link = links.get(l, index);
            ordinals[l - 1] = (int) (link & StateBuffer.ORDINAL_MASK);
            index = link >>> StateBuffer.ORDINAL_BITS;
        }
        int initial = (int) (links.get(0, index) & StateBuffer.ORDINAL_MASK);
        List<long[]> states = new ArrayList<>(level + 1);
        int[] actions = new int[level];
        if (!symmetry) {
            long[] s = initials.get(initial).clone();
            states.add(s);
            for (int k = 0; k < level; k++) {
                Step step = successorsOf(s).get(ordinals[k]);
                actions[k] = step.action;
                s = step.state;
                states.add(s);
            }
            return new Trace(invariant, actions, states);
        }
        // symmetry: first the chain of stored (canonical) states the search walked, then a concrete
        // path through the model that visits the same symmetry classes, step by step
        List<long[]> chain = new ArrayList<>(level + 1);
        long[] c = canonical(initials.get(initial));
        chain.add(c);
        for (int k = 0; k < level; k++) {
            c = canonical(successorsOf(c).get(ordinals[k]).state);
            chain.add(c);
        }
        long[] concrete = initials.get(initial).clone();
        states.add(concrete);
        for (int k = 0; k < level; k++) {
            Step chosen = null;
            for (Step st : successorsOf(concrete)) {
                if (Arrays.equals(canonical(st.state), chain.get(k + 1))) {
                    chosen = st;
                    break;
                }
            }
            if (chosen == null) {
                throw new IllegalStateException("trace replay failed at step " + (k + 1)
                        + ": the model is not deterministic or canonicalize is not a symmetry");
            }
            actions[k] = chosen.action;
            concrete = chosen.state;
            states.add(concrete);
        }
        return new Trace(invariant, actions, states);
    }

    private long[] canonical(long[] s) {
        long[] c = s.clone();
        if (symmetry) {
            model.canonicalize(c);
        }
        return c;
    }

    private record Step(int action, long[] state) { }

    private List<Step> successorsOf(long[] state) {
        List<Step> out = new ArrayList<>();
        long[] src = state.clone();
        long[] buf = new long[words];
        model.successors(src, new Successors() {
            @Override
            public long[] begin() {
                System.arraycopy(src, 0, buf, 0, words);
                return buf;
            }

            @Override
            public void emit(int action) {
                out.add(new Step(action, buf.clone()));
            }
        });
        return out;
    }
}
