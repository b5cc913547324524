package io.copyproof.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The example of README.md ("The explorer API"), compiled and run as written there. */
class ExampleModelTest {

    /** Two counters x and y, each 0..3; a step increments one of them. */
    static final class TwoCounters implements Model {
        static final int INC_X = 0;
        static final int INC_Y = 1;

        @Override
        public int stateWords() {
            return 2; // word 0 = x, word 1 = y
        }

        @Override
        public void initialStates(StateSink out) {
            out.accept(new long[] {0, 0});
        }

        @Override
        public void successors(long[] s, Successors out) {
            if (s[0] < 3) {
                out.begin()[0]++; // begin() hands out a copy of s to change into the successor
                out.emit(INC_X);
            }
            if (s[1] < 3) {
                out.begin()[1]++;
                out.emit(INC_Y);
            }
        }

        @Override
        public List<Invariant> invariants() {
            return List.of(
                    Invariant.of("sum below 5", s -> s[0] + s[1] < 5),
                    Invariant.of("x at most 3", s -> s[0] <= 3));
        }

        @Override
        public String actionName(int action) {
            return action == INC_X ? "incX" : "incY";
        }

        @Override
        public String describe(long[] s) {
            return "x=" + s[0] + " y=" + s[1];
        }
    }

    @Test
    void example() {
        Model model = new TwoCounters();
        Result r = Explorer.of(model)
                .threads(2)
                .maxStates(1_000_000)
                .timeLimit(Duration.ofMinutes(1))
                .run();
        // r.status() == VIOLATED; "x at most 3" holds; "sum below 5" breaks after 5 steps
        Trace t = r.trace("sum below 5");
        System.out.print(t.format(model));
        assertEquals(Status.VIOLATED, r.status());
        assertEquals(List.of("x at most 3"), r.holds());
        assertEquals(5, t.length());
        assertEquals(16, Explorer.of(model).run().stats().distinctStates());
    }
}
