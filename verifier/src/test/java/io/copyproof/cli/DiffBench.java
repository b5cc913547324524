package io.copyproof.cli;

import io.copyproof.config.ConfigLoader;
import io.copyproof.config.LoadResult;
import io.copyproof.config.Config;
import io.copyproof.engine.Engine;
import io.copyproof.engine.EngineResult;
import io.copyproof.engine.VerifyOptions;
import io.copyproof.rules.StaticRules;
import io.copyproof.semantics.ExplorerEngine;
import io.copyproof.slicing.SliceResults;
import io.copyproof.slicing.SlicingEngine;
import io.copyproof.slicing.TwoSiteConfigs;
import io.copyproof.verifier.Verification;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The diff benchmark of docs/benchmarks.md: BEFORE a two-site configuration of {@code n} volumes,
 * AFTER the same with one image-mode volume's cache turned on; the two verifications of
 * {@code diff} with and without the shared slice results, in engine calls and seconds (best of 3).
 * Not a test; run it from the command line:
 * {@code java -cp <test classes and runtime class path> io.copyproof.cli.DiffBench 60 200}.
 */
public final class DiffBench {
    private DiffBench() {
    }

    public static void main(String[] args) {
        System.out.println("volumes slices  unshared-calls unshared-s  shared-calls shared-s  memo-hits");
        for (String a : args) {
            int n = Integer.parseInt(a);
            String safe = TwoSiteConfigs.yaml(new TwoSiteConfigs.Shape(n, n / 4, n / 8, n / 8, false));
            Config before = load("before.yaml", safe);
            Config after = load("after.yaml", safe.replace("mdisk: md_db1, cache: none", "mdisk: md_db1, cache: readwrite"));
            long[] unshared = run(before, after, false);
            long[] shared = run(before, after, true);
            int slices = io.copyproof.slicing.Slicer.slices(before).size();
            System.out.printf("%7d %6d %15d %10.2f %13d %8.2f %10d%n", n, slices, unshared[0], unshared[1] / 1e9,
                    shared[0], shared[1] / 1e9, shared[2]);
        }
    }

    private static Config load(String name, String text) {
        return ((LoadResult.Loaded) ConfigLoader.parse(name, text)).config();
    }

    /** {calls, best nanoseconds, memo hits} of the two verifications. */
    private static long[] run(Config before, Config after, boolean share) {
        long best = Long.MAX_VALUE;
        long calls = 0;
        long hits = 0;
        for (int i = 0; i < 3; i++) {
            AtomicInteger count = new AtomicInteger();
            Engine counting = new Engine() {
                private final Engine inner = new ExplorerEngine();

                @Override
                public String name() {
                    return inner.name();
                }

                @Override
                public EngineResult check(Config c, VerifyOptions o) {
                    count.incrementAndGet();
                    return inner.check(c, o);
                }
            };
            SliceResults results = new SliceResults();
            Map<String, Engine> engines = Map.of("explorer", new SlicingEngine(counting));
            Verification v = new Verification(share ? DiffCommand.sharing(engines, results) : engines,
                    StaticRules::check);
            long t0 = System.nanoTime();
            v.verify(before, "explorer", VerifyOptions.defaults(before.bounds()));
            v.verify(after, "explorer", VerifyOptions.defaults(after.bounds()));
            best = Math.min(best, System.nanoTime() - t0);
            calls = count.get();
            hits = results.hits();
        }
        return new long[] {calls, best, hits};
    }
}
