package io.copyproof.explorer;

/**
 * A source of nanosecond time for the explorer's time limit and progress reports (like Caffeine's
 * {@code Ticker}); swap it for a fake one in tests to make time budgets deterministic.
 */
@FunctionalInterface
public interface Ticker {
    /** Nanoseconds since an arbitrary fixed origin. */
    long read();

    /** {@link System#nanoTime()}. */
    static Ticker system() {
        return System::nanoTime;
    }
}
