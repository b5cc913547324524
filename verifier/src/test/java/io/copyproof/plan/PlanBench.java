package io.copyproof.plan;

import io.copyproof.config.Config;
import io.copyproof.engine.VerifyOptions;
import io.copyproof.fixtures.Configs;
import io.copyproof.rules.StaticRules;
import io.copyproof.semantics.ExplorerEngine;
import io.copyproof.slicing.SliceMemo;
import io.copyproof.slicing.SlicingEngine;

/**
 * The plan benchmark of docs/benchmarks.md: {@code n} systems partnered in a chain (S0-S1, S1-S2,
 * ...), a Global Mirror relationship and a writing host per partnership, every system with an
 * upgrade step and no order. Variant {@code order}: all at 8.5.0.6, the plan is an order (2
 * rounds). Variant {@code stop}: all at 8.4.0.10 and 8.6.0.0 needs a partner at 8.5.0.0, so no
 * order is safe and the plan stops and restarts the relationships. Not a test; run it from the
 * command line: {@code java -cp <test classes and runtime class path> io.copyproof.plan.PlanBench 2 3 6}.
 */
public final class PlanBench {
    private PlanBench() {
    }

    public static void main(String[] args) {
        System.out.println("systems variant    seconds  status rounds candidates sliceChecks memoHits");
        for (String a : args) {
            int n = Integer.parseInt(a);
            for (String variant : new String[] {"order", "stop"}) {
                Config c = Configs.parse(chain(n, variant.equals("stop")));
                long t0 = System.nanoTime();
                PlanResult r = Planner.plan(c, new SlicingEngine(new ExplorerEngine()), StaticRules::check,
                        VerifyOptions.defaults(c.bounds()), new SliceMemo());
                double s = (System.nanoTime() - t0) / 1e9;
                System.out.printf("%7d %-8s %8.2f  %-6s %6s %10d %11d %8d%n", n, variant, s, r.status(),
                        r.best().isEmpty() ? "-" : Integer.toString(r.best().get(0).rounds()), r.candidates(),
                        r.sliceChecks(), r.sliceHits());
            }
        }
    }

    /** The chain configuration of {@code n} systems (YAML). */
    public static String chain(int n, boolean incompatible) {
        String level = incompatible ? "8.4.0.10" : "8.5.0.6";
        StringBuilder sb = new StringBuilder("systems:\n");
        for (int i = 0; i < n; i++) {
            sb.append("  - {id: S").append(i).append(", codeLevel: ").append(level).append(", ioGroups: [{id: io_grp0, nodes: [N")
                    .append(i).append("a, N").append(i).append("b]}]}\n");
        }
        sb.append("controllers:\n  - {id: ctl, model: X}\nluns:\n");
        for (int i = 0; i < n; i++) {
            sb.append("  - {id: lun").append(i).append(", controller: ctl}\n");
        }
        sb.append("pools:\n");
        for (int i = 0; i < n; i++) {
            sb.append("  - {id: pool").append(i).append(", system: S").append(i).append("}\n");
        }
        sb.append("mdisks:\n");
        for (int i = 0; i < n; i++) {
            sb.append("  - {id: md").append(i).append(", system: S").append(i).append(", lun: lun").append(i)
                    .append(", mode: managed, pool: pool").append(i).append("}\n");
        }
        sb.append("volumes:\n");
        for (int i = 0; i < n; i++) {
            sb.append("  - {id: m").append(i).append(", system: S").append(i).append(", ioGroup: io_grp0, pool: pool")
                    .append(i).append("}\n");
            sb.append("  - {id: a").append(i).append(", system: S").append(i).append(", ioGroup: io_grp0, pool: pool")
                    .append(i).append("}\n");
        }
        sb.append("hosts:\n");
        for (int i = 0; i + 1 < n; i++) {
            sb.append("  - {id: h").append(i).append(", volumes: [m").append(i).append("]}\n");
        }
        sb.append("partnerships:\n");
        for (int i = 0; i + 1 < n; i++) {
            sb.append("  - {id: p").append(i).append(", systems: [S").append(i).append(", S").append(i + 1).append("]}\n");
        }
        sb.append("remoteCopies:\n");
        for (int i = 0; i + 1 < n; i++) {
            sb.append("  - {id: rc").append(i).append(", type: global, master: m").append(i).append(", aux: a")
                    .append(i + 1).append("}\n");
        }
        sb.append("releaseNotes:\n  - {level: 8.6.0.0").append(incompatible ? ", minPartnerLevel: 8.5.0.0" : "")
                .append("}\nupgrade:\n  targetLevel: 8.6.0.0\n  steps:\n");
        for (int i = 0; i < n; i++) {
            sb.append("    - {system: S").append(i).append("}\n");
        }
        return sb.toString();
    }
}
