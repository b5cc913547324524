package io.copyproof.explorer;

/**
 * Partial-order reduction: chooses, for one state of the level being expanded, the component whose
 * enabled actions alone are explored (an ample set), or none. One planner per worker thread; it is
 * the {@link Successors} sink of its own successor generation and allocates nothing per state.
 *
 * <p>A component {@code c} qualifies in state {@code s} at depth {@code d} when
 * <ul>
 *   <li>the model declares it an ample candidate ({@link Model#ampleCandidate}: independence);</li>
 *   <li>it has at least one enabled action (C0);</li>
 *   <li>none of its enabled actions is visible ({@link Model#visible}) to an invariant that is still
 *   open, i.e. not yet violated (C2, per invariant);</li>
 *   <li>the cycle proviso (C3). Static form, when the model declares it
 *   ({@link Model#staticCycleProviso()}) and symmetry reduction is off: none of its enabled actions
 *   is sticky ({@link Model#sticky}), where every cycle of the state graph contains a sticky
 *   action. Otherwise the breadth-first form:
 *   at least one of its successors is not stored yet. Planning runs over the whole level before any
 *   state of depth {@code d + 1} is stored, so "not stored" means exactly "of breadth-first depth
 *   {@code d + 1} in the reduced graph", whatever the thread count.</li>
 * </ul>
 * The qualifying component of lowest index is chosen: the same preference in every state, as SPIN's
 * (a process keeps running alone until it blocks or is disqualified). Soundness: docs/explorer.md,
 * "Partial-order reduction".
 */
final class AmplePlanner implements Successors {

    /** The choice meaning "expand every enabled action". */
    static final int FULL = -1;

    private final Model model;
    private final int words;
    private final int components;
    private final VisitedSet visited;
    private final boolean symmetry;
    private final boolean staticProviso;
    private final boolean[] open;
    private final int invariants;
    private final long[] current;
    private final long[] scratch;
    private final boolean[] candidate;
    private final int[] enabled;
    private final boolean[] fresh;

    /**
     * @param open the invariants still open; read only, changed by the coordinator between levels
     */
    AmplePlanner(Model model, int components, VisitedSet visited, boolean symmetry, boolean[] open) {
        this.model = model;
        this.words = model.stateWords();
        this.components = components;
        this.visited = visited;
        this.symmetry = symmetry;
        // a cycle of the symmetry quotient need not be a cycle of the model: the static form would
        // need sticky actions closed under the symmetry, which the model does not promise
        this.staticProviso = model.staticCycleProviso() && !symmetry;
        this.open = open;
        this.invariants = open.length;
        this.current = new long[words];
        this.scratch = new long[words];
        this.candidate = new boolean[components];
        this.enabled = new int[components];
        this.fresh = new boolean[components];
    }

    /** The component to expand alone in {@code state} (not modified), or {@link #FULL}. */
    int choose(long[] state) {
        boolean any = false;
        for (int c = 0; c < components; c++) {
            candidate[c] = model.ampleCandidate(state, c);
            enabled[c] = 0;
            fresh[c] = false;
            any |= candidate[c];
        }
        if (!any) {
            return FULL;
        }
        System.arraycopy(state, 0, current, 0, words);
        model.successors(current, this);
        for (int c = 0; c < components; c++) {
            if (candidate[c] && enabled[c] > 0 && (staticProviso || fresh[c])) {
                return c;
            }
        }
        return FULL;
    }

    @Override
    public long[] begin() {
        System.arraycopy(current, 0, scratch, 0, words);
        return scratch;
    }

    @Override
    public void emit(int action) {
        int c = model.componentOf(action);
        if (c < 0 || c >= components || !candidate[c]) {
            return;
        }
        if (visibleToOpen(action) || (staticProviso && model.sticky(action))) {
            candidate[c] = false;
            return;
        }
        enabled[c]++;
        if (!staticProviso && !fresh[c]) {
            if (symmetry) {
                model.canonicalize(scratch);
            }
            if (!visited.contains(scratch, VisitedSet.hash(scratch, words))) {
                fresh[c] = true;
            }
        }
    }

    private boolean visibleToOpen(int action) {
        for (int i = 0; i < invariants; i++) {
            if (open[i] && model.visible(i, action)) {
                return true;
            }
        }
        return false;
    }
}
