package io.copyproof.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Benchmark (not a test): loads a generated configuration with N volumes (default 5,000; with as
 * many hosts, one pool and one MDisk per 50 volumes, and a remote copy for every tenth volume)
 * repeatedly from a temporary file and prints the median and best wall time of
 * {@link ConfigLoader#load}. See docs/benchmarks.md for the command.
 */
public final class LoadBenchmark {
    private LoadBenchmark() {
    }

    /** A valid configuration with {@code volumes} volumes on two partnered systems. */
    static String generate(int volumes) {
        StringBuilder sb = new StringBuilder(volumes * 200);
        sb.append("name: bench-").append(volumes).append('\n');
        sb.append("systems:\n");
        for (String s : new String[] {"SVC_A", "SVC_B"}) {
            sb.append("  - id: ").append(s).append("\n    codeLevel: 8.5.0.6\n    ioGroups:\n");
            for (int g = 0; g < 4; g++) {
                sb.append("      - {id: io_grp").append(g).append(", nodes: [").append(s).append("_n").append(2 * g)
                        .append(", ").append(s).append("_n").append(2 * g + 1).append("]}\n");
            }
        }
        int pools = Math.max(1, volumes / 50);
        sb.append("controllers:\n  - {id: ctl, model: DS8886}\nluns:\n");
        for (int p = 0; p < pools; p++) {
            sb.append("  - {id: lun").append(p).append(", controller: ctl}\n");
        }
        sb.append("pools:\n");
        for (int p = 0; p < pools; p++) {
            sb.append("  - {id: pool").append(p).append(", system: ").append(p % 2 == 0 ? "SVC_A" : "SVC_B")
                    .append("}\n");
        }
        sb.append("mdisks:\n");
        for (int p = 0; p < pools; p++) {
            sb.append("  - {id: md").append(p).append(", system: ").append(p % 2 == 0 ? "SVC_A" : "SVC_B")
                    .append(", lun: lun").append(p).append(", mode: managed, pool: pool").append(p).append("}\n");
        }
        sb.append("volumes:\n");
        for (int v = 0; v < volumes; v++) {
            int p = v % pools;
            sb.append("  - id: vol").append(v).append("\n    system: ").append(p % 2 == 0 ? "SVC_A" : "SVC_B")
                    .append("\n    ioGroup: io_grp").append(v % 4).append("\n    pool: pool").append(p)
                    .append("\n    cache: ").append(v % 3 == 0 ? "none" : "readwrite").append('\n');
        }
        sb.append("hosts:\n");
        for (int v = 0; v < volumes; v++) {
            sb.append("  - {id: host").append(v).append(", volumes: [vol").append(v).append("]}\n");
        }
        if (pools > 1) {
            sb.append("partnerships:\n  - {id: p_ab, systems: [SVC_A, SVC_B]}\nremoteCopies:\n");
            for (int v = 0; v + 1 < volumes; v += 10) {
                // vol v and vol v+1 sit in neighbouring pools, which alternate between the systems
                sb.append("  - {id: rc").append(v).append(", type: global, master: vol").append(v)
                        .append(", aux: vol").append(v + 1).append("}\n");
            }
        }
        sb.append("bounds: {writesPerHost: 2, blocksPerVolume: 2, snapshotsPerCopy: 1}\n");
        return sb.toString();
    }

    public static void main(String[] args) throws IOException {
        int volumes = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Path file = Files.createTempFile("copyproof-bench", ".yaml");
        try {
            Files.writeString(file, generate(volumes));
            long c0 = System.nanoTime();
            LoadResult first = ConfigLoader.load(file);
            double cold = (System.nanoTime() - c0) / 1e6;
            if (first instanceof LoadResult.Invalid invalid) {
                throw new IllegalStateException("generated configuration is invalid: " + invalid.errors().get(0));
            }
            for (int i = 0; i < 5; i++) {
                ConfigLoader.load(file); // warm-up
            }
            double[] ms = new double[runs];
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime();
                ConfigLoader.load(file);
                ms[i] = (System.nanoTime() - t0) / 1e6;
            }
            Arrays.sort(ms);
            long bytes = Files.size(file);
            System.out.printf("volumes=%d file=%d bytes first (cold JVM)=%.1f ms median=%.1f ms best=%.1f ms (runs=%d)%n", volumes,
                    bytes, cold, ms[runs / 2], ms[0], runs);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
