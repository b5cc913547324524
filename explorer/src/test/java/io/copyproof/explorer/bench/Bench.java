package io.copyproof.explorer.bench;

import io.copyproof.explorer.Explorer;
import io.copyproof.explorer.Model;
import io.copyproof.explorer.Result;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whole-search throughput benchmark of the explorer: for each model, a warm-up run, then timed runs
 * with each thread count, printing distinct states per second, bytes per stored state (visited set and
 * in-heap trace links) and the peak heap of the run (from the heap memory pools).
 *
 * <pre>
 * java -Xms12g -Xmx12g -XX:+UseParallelGC -cp verifier/target/classes io.copyproof.explorer.bench.Bench [model ...]
 * </pre>
 * Models: {@code grid:DIMS:K}, {@code philosophers:N}, {@code ring:N:M}, {@code pit:V:B:W[:WATCHED[:bfs]]}
 * ({@link BenchModels#pitLocal}; WATCHED -1 for no invariant; {@code bfs}: without the static proviso). Options: {@code --threads=1,2}, {@code --reps=N} (best of N),
 * {@code --exact}, {@code --por} (partial-order reduction). Default: {@code grid:3:215 grid:4:55 philosophers:18 ring:6:12}.
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) {
        List<String> models = new ArrayList<>();
        int[] threads = {1, 2};
        int reps = 2;
        boolean exact = false;
        boolean por = false;
        for (String a : args) {
            if (a.startsWith("--threads=")) {
                String[] p = a.substring(10).split(",");
                threads = new int[p.length];
                for (int i = 0; i < p.length; i++) {
                    threads[i] = Integer.parseInt(p[i]);
                }
            } else if (a.startsWith("--reps=")) {
                reps = Integer.parseInt(a.substring(7));
            } else if (a.equals("--exact")) {
                exact = true;
            } else if (a.equals("--por")) {
                por = true;
            } else {
                models.add(a);
            }
        }
        if (models.isEmpty()) {
            models = List.of("grid:3:215", "grid:4:55", "philosophers:18", "ring:6:12");
        }
        System.out.printf(Locale.ROOT, "java %s, %d cores, max heap %d MiB, load average %.1f%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf(Locale.ROOT, "%-20s %7s %12s %12s %6s %8s %10s %8s %11s %8s %10s%n", "model", "threads",
                "distinct", "transitions", "depth", "seconds", "states/s", "B/state", "peak heap", "cpu s",
                "st/cpu-s");
        for (String spec : models) {
            Model model = parse(spec);
            Model warm = parse(warmUp(spec));
            for (int t : threads) {
                Explorer.of(warm).threads(t).exact(exact).partialOrder(por).run();
            }
            for (int t : threads) {
                Result best = null;
                long bestPeak = 0;
                double bestCpu = 0;
                for (int r = 0; r < reps; r++) {
                    System.gc();
                    resetPeaks();
                    long cpu0 = cpuNanos();
                    Result res = Explorer.of(model).threads(t).exact(exact).partialOrder(por).run();
                    double cpu = (cpuNanos() - cpu0) / 1e9;
                    long peak = heapPeak();
                    if (best == null || res.stats().seconds() < best.stats().seconds()) {
                        best = res;
                        bestPeak = peak;
                        bestCpu = cpu;
                    }
                }
                var s = best.stats();
                System.out.printf(Locale.ROOT, "%-20s %7d %12d %12d %6d %8.2f %9.2fM %8.1f %7d MiB %8.2f %9.2fM  %s%n",
                        spec, t, s.distinctStates(), s.transitions(), s.maxDepth(), s.seconds(),
                        s.statesPerSecond() / 1e6, s.bytesPerState(), bestPeak >> 20, bestCpu,
                        s.distinctStates() / bestCpu / 1e6, best.status());
            }
        }
        System.out.printf(Locale.ROOT, "load average at the end %.1f%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static String warmUp(String spec) {
        String[] p = spec.split(":");
        return switch (p[0]) {
            case "grid" -> "grid:" + p[1] + ":" + Math.max(1, Integer.parseInt(p[2]) / 3);
            case "philosophers" -> "philosophers:" + Math.max(2, Integer.parseInt(p[1]) - 3);
            case "ring" -> "ring:" + p[1] + ":" + Math.max(1, Integer.parseInt(p[2]) / 2);
            case "pit" -> "pit:2:" + p[2] + ":" + p[3];
            default -> spec;
        };
    }

    static Model parse(String spec) {
        String[] p = spec.split(":");
        return switch (p[0]) {
            case "grid" -> BenchModels.grid(Integer.parseInt(p[1]), Integer.parseInt(p[2]));
            case "philosophers" -> BenchModels.philosophers(Integer.parseInt(p[1]));
            case "ring" -> BenchModels.ring(Integer.parseInt(p[1]), Integer.parseInt(p[2]));
            case "pit" -> BenchModels.pitLocal(Integer.parseInt(p[1]), Integer.parseInt(p[2]), Integer.parseInt(p[3]),
                    p.length > 4 ? Integer.parseInt(p[4]) : -1, p.length <= 5 || !p[5].equals("bfs"));
            default -> throw new IllegalArgumentException("unknown model " + spec);
        };
    }

    /** CPU time of the whole process: with a busy machine, states per CPU-second is the steadier figure. */
    private static long cpuNanos() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime();
        }
        return 0;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long heapPeak() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
