package io.copyproof.semantics;

import io.copyproof.config.Bounds;
import io.copyproof.config.Config;
import io.copyproof.config.ConfigLoader;
import io.copyproof.config.LoadResult;
import io.copyproof.explorer.Explorer;
import io.copyproof.explorer.ProgressListener;
import io.copyproof.explorer.Result;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Benchmark of the storage model on one configuration (not a unit test):
 * {@code SemanticsBench FILE [threads] [por:on|off] [sym:on|off] [W B K]}. Prints distinct states,
 * transitions, depth, seconds and the verdict per invariant.
 */
public final class SemanticsBench {
    private SemanticsBench() {
    }

    public static void main(String[] args) {
        LoadResult lr = ConfigLoader.load(Path.of(args[0]));
        if (!(lr instanceof LoadResult.Loaded loaded)) {
            System.err.println(lr);
            return;
        }
        Config c = loaded.config();
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        boolean por = args.length <= 2 || args[2].endsWith("on");
        boolean sym = args.length <= 3 || args[3].endsWith("on");
        Bounds b = args.length > 6 ? new Bounds(Integer.parseInt(args[4]), Integer.parseInt(args[5]),
                Integer.parseInt(args[6])) : c.bounds();
        StorageModel m = new StorageModel(c, b);
        Result r = Explorer.of(m).threads(threads).partialOrder(por).symmetry(sym)
                .progress(ProgressListener.printingTo(System.err), Duration.ofSeconds(10)).run();
        System.out.printf(java.util.Locale.ROOT,
                "%s bounds=%d/%d/%d threads=%d por=%s sym=%s stateBits=%d: %s %s, %d distinct states, %d transitions,"
                        + " depth %d, %.2f s, %.0f states/s, violated=%s%n",
                args[0], b.writesPerHost(), b.blocksPerVolume(), b.snapshotsPerCopy(), threads, por, sym,
                m.stateBits(), r.status(), r.stopReason(), r.stats().distinctStates(), r.stats().transitions(),
                r.stats().maxDepth(), r.stats().seconds(), r.stats().statesPerSecond(), r.violations().keySet());
    }
}
