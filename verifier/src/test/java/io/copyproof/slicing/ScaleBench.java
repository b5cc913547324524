package io.copyproof.slicing;

import io.copyproof.alloy.AlloyEngine;
import io.copyproof.config.Config;
import io.copyproof.config.ConfigLoader;
import io.copyproof.config.LoadResult;
import io.copyproof.semantics.ExplorerEngine;
import io.copyproof.engine.Engine;
import io.copyproof.engine.EngineResult;
import io.copyproof.engine.VerifyOptions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The scale benchmark of docs/benchmarks.md: generated two-site configurations
 * ({@link TwoSiteConfigs}) of the given volume counts, checked slice by slice by the explorer and
 * the Alloy engine one after the other in one run, each line with wall time, peak heap, slices and
 * the verdict. Not a test; run it from the command line:
 * {@code java -Xmx2g -cp <test classes and runtime class path> io.copyproof.slicing.ScaleBench
 * [explorer,alloy] [hazard] 16 200 1000 5000}. With {@code -Dslices=true} it prints each explored
 * slice's size and time first (to find the expensive ones).
 */
public final class ScaleBench {
    private ScaleBench() {
    }

    public static void main(String[] args) throws java.io.IOException {
        if (args.length == 2 && args[0].equals("whole-vs-sliced")) {
            wholeVsSliced(java.nio.file.Path.of(args[1]));
            return;
        }
        List<String> engines = List.of("explorer", "alloy");
        boolean hazard = false;
        List<Integer> sizes = new ArrayList<>();
        for (String a : args) {
            if (a.equals("hazard")) {
                hazard = true;
            } else if (a.matches("[a-z,]+")) {
                engines = List.of(a.split(","));
            } else {
                sizes.add(Integer.parseInt(a));
            }
        }
        System.out.println("| volumes | hosts | snapshots | mirrors | engine | slices (explored) | wall s | peak heap MiB | states | verdict |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        for (int n : sizes) {
            TwoSiteConfigs.Shape shape = shape(n, hazard);
            Config config = load(TwoSiteConfigs.yaml(shape), "two-site-" + n + ".yaml");
            for (String e : engines) {
                if (Boolean.getBoolean("slices")) {
                    perSlice(config, engine(e));
                }
                System.gc();
                long start = System.nanoTime();
                EngineResult r = new SlicingEngine(engine(e)).check(config, VerifyOptions.defaults(config.bounds()));
                double s = (System.nanoTime() - start) / 1e9;
                String verdict = r.inconclusiveReason().map(x -> "inconclusive: " + x).orElse(r.violations().isEmpty()
                        ? "holds" : "violated " + r.violations().stream().map(v -> v.id() + "/" + v.trace().size()).toList());
                System.out.printf(Locale.ROOT, "| %d | %d | %d | %d | %s | %d (%d) | %.1f | %.0f | %,d | %s |%n", n,
                        shape.hosts(), shape.snapshots(), shape.mirrors(), e, r.slices().map(x -> x.total()).orElse(1),
                        r.slices().map(x -> x.explored()).orElse(1), s, r.stats().peakHeapBytes() / 1048576.0,
                        r.stats().distinctStates(), verdict);
            }
        }
    }

    /** The benchmark shape for {@code n} volumes: a tenth as many hosts, the copies and mirrors. */
    static TwoSiteConfigs.Shape shape(int n, boolean hazard) {
        int hosts = Math.max(4, n / 10);
        int snapshots = n >= 1000 ? 16 : 2;
        int mirrors = n >= 1000 ? 50 : n >= 200 ? 20 : 4;
        return new TwoSiteConfigs.Shape(n, hosts, snapshots, mirrors, hazard);
    }

    static Config load(String yaml, String name) {
        LoadResult r = ConfigLoader.parse(name, yaml);
        if (r instanceof LoadResult.Loaded l) {
            return l.config();
        }
        throw new IllegalStateException("the generated configuration does not load: " + r);
    }

    private static Engine engine(String name) {
        return name.equals("alloy") ? new AlloyEngine() : new ExplorerEngine();
    }

    /**
     * A file checked by the explorer whole and sliced, alternately, five times each after one
     * warm-up of each: the median wall times (the "before and after" of slicing).
     */
    private static void wholeVsSliced(java.nio.file.Path file) throws java.io.IOException {
        Config config = load(java.nio.file.Files.readString(file), file.toString());
        VerifyOptions o = VerifyOptions.defaults(config.bounds());
        List<Double> whole = new ArrayList<>();
        List<Double> sliced = new ArrayList<>();
        long states = 0;
        long slicedStates = 0;
        for (int i = 0; i < 6; i++) {
            long t0 = System.nanoTime();
            states = new ExplorerEngine().check(config, o).stats().distinctStates();
            long t1 = System.nanoTime();
            slicedStates = new SlicingEngine(new ExplorerEngine()).check(config, o).stats().distinctStates();
            long t2 = System.nanoTime();
            if (i > 0) {
                whole.add((t1 - t0) / 1e9);
                sliced.add((t2 - t1) / 1e9);
            }
        }
        whole.sort(null);
        sliced.sort(null);
        System.out.printf(Locale.ROOT, "%s: whole %.2f s (%,d states), sliced %.2f s (%,d states), medians of 5%n",
                file.getFileName(), whole.get(2), states, sliced.get(2), slicedStates);
    }

    private static void perSlice(Config config, Engine engine) {
        List<Slice> slices = Slicer.slices(config);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Slice sl : slices) {
            if (!seen.add(sl.key())) {
                continue;
            }
            long start = System.nanoTime();
            EngineResult r = engine.check(sl.config(), VerifyOptions.defaults(config.bounds()));
            System.out.printf(Locale.ROOT, "  slice %s: %d elements, %,d states, %.2f s%s%n", sl.label(), sl.size(),
                    r.stats().distinctStates(), (System.nanoTime() - start) / 1e9,
                    r.inconclusiveReason().map(x -> " INCONCLUSIVE " + x).orElse(""));
        }
    }
}
