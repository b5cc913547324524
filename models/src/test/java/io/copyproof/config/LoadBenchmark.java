package io.copyproof.config;

import io.copyproof.fixtures.Configs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Benchmark (not a test): loads a generated configuration with N volumes (default 5,000; with as
 * many hosts, one pool and one MDisk per 50 volumes, and a remote copy for every tenth volume)
 * repeatedly from a temporary file and prints the median and best wall time of
 * {@link ConfigLoader#load}, and the CPU time of the loading thread (less sensitive to other load
 * on the machine; it leaves out garbage collection and compilation threads). See docs/benchmarks.md for the command.
 */
public final class LoadBenchmark {
    private LoadBenchmark() {
    }

    /** The benchmark's configuration: {@link Configs#scaled(int)}. */
    static String generate(int volumes) {
        return Configs.scaled(volumes);
    }

    public static void main(String[] args) throws IOException {
        int volumes = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Path file = Files.createTempFile("copyproof-bench", ".yaml");
        try {
            Files.writeString(file, generate(volumes));
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long c0 = System.nanoTime();
            long coldCpu0 = threads.getCurrentThreadCpuTime();
            LoadResult first = ConfigLoader.load(file);
            double cold = (System.nanoTime() - c0) / 1e6;
            double coldCpu = (threads.getCurrentThreadCpuTime() - coldCpu0) / 1e6;
            if (first instanceof LoadResult.Invalid invalid) {
                throw new IllegalStateException("generated configuration is invalid: " + invalid.errors().get(0));
            }
            for (int i = 0; i < 5; i++) {
                ConfigLoader.load(file); // warm-up
            }
            double[] ms = new double[runs];
            double[] cpu = new double[runs];
            for (int i = 0; i < runs; i++) {
                long cpu0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                ConfigLoader.load(file);
                ms[i] = (System.nanoTime() - t0) / 1e6;
                cpu[i] = (threads.getCurrentThreadCpuTime() - cpu0) / 1e6;
            }
            Arrays.sort(ms);
            Arrays.sort(cpu);
            long bytes = Files.size(file);
            System.out.printf("volumes=%d file=%d bytes first (cold JVM): wall=%.1f ms CPU=%.1f ms; warm wall: median=%.1f ms "
                    + "best=%.1f ms; warm CPU of the loading thread: median=%.1f ms best=%.1f ms (runs=%d)%n", volumes,
                    bytes, cold, coldCpu, ms[runs / 2], ms[0], cpu[runs / 2], cpu[0], runs);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
