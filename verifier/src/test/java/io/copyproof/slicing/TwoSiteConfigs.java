package io.copyproof.slicing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Generates two-site configurations of any size for the scale benchmarks (docs/benchmarks.md):
 * two systems with two I/O groups each and a partnership; at site A, volumes striped over two
 * managed pools (two MDisks each) plus image-mode database volumes (cache off) whose LUNs a backend
 * controller snapshots; at site B, one managed pool with the Metro Mirror secondaries (not mapped:
 * standby). Hosts each write their share of the site-A volumes (contiguous, sizes differing by at
 * most one); snapshot sources and Metro Mirror masters are spread evenly over the hosts; a report
 * host reads the snapshot targets directly. The upgrade plan takes both systems to 8.6.0.0, SVC_B
 * after SVC_A, or both at once.
 *
 * <p>The hazardous twin ({@code hazardous}) differs in two places: the first snapshot source has
 * its cache on ({@code readwrite}), and the two systems upgrade concurrently.
 *
 * <p>Run from the command line to write a file:
 * {@code java -cp <test classes> io.copyproof.slicing.TwoSiteConfigs VOLUMES HOSTS SNAPSHOTS MIRRORS
 * safe|hazard OUT.yaml}.
 */
public final class TwoSiteConfigs {

    /**
     * The size of a configuration: {@code volumes} in all (site-A volumes and the {@code mirrors}
     * secondaries at site B), writing {@code hosts}, {@code snapshots} backend snapshots of
     * image-mode volumes, {@code mirrors} Metro Mirror relationships; {@code hazardous} for the twin.
     */
    public record Shape(int volumes, int hosts, int snapshots, int mirrors, boolean hazardous) {
        public Shape {
            int siteA = volumes - mirrors;
            if (hosts < 1 || siteA < hosts || snapshots + mirrors > siteA || snapshots < 0 || mirrors < 0) {
                throw new IllegalArgumentException("cannot lay out " + volumes + " volumes over " + hosts
                        + " hosts with " + snapshots + " snapshots and " + mirrors + " mirrors");
            }
        }

        /** The same shape, hazardous or not. */
        public Shape twin(boolean hazard) {
            return new Shape(volumes, hosts, snapshots, mirrors, hazard);
        }
    }

    private TwoSiteConfigs() {
    }

    public static void main(String[] args) throws IOException {
        Shape s = new Shape(Integer.parseInt(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]),
                Integer.parseInt(args[3]), "hazard".equals(args[4]));
        Files.writeString(Path.of(args[5]), yaml(s), StandardCharsets.UTF_8);
    }

    /** The configuration file (YAML) of a shape. */
    public static String yaml(Shape s) {
        StringBuilder y = new StringBuilder(64 * s.volumes() + 4096);
        int siteA = s.volumes() - s.mirrors();
        y.append("# generated two-site configuration: ").append(s.volumes()).append(" volumes, ").append(s.hosts())
                .append(" hosts, ").append(s.snapshots()).append(" backend snapshots, ").append(s.mirrors())
                .append(" Metro Mirrors").append(s.hazardous() ? " (hazardous twin)" : "").append('\n');
        y.append("name: two-site ").append(s.volumes()).append(" volumes").append(s.hazardous() ? " hazard" : "")
                .append('\n');
        y.append("systems:\n");
        for (String sys : new String[] {"A", "B"}) {
            y.append("  - id: SVC_").append(sys).append("\n    codeLevel: 8.5.0.6\n    ioGroups:\n");
            y.append("      - {id: io_grp0, nodes: [").append(sys).append("_node1, ").append(sys).append("_node2]}\n");
            y.append("      - {id: io_grp1, nodes: [").append(sys).append("_node3, ").append(sys).append("_node4]}\n");
        }
        y.append("controllers:\n");
        for (String c : new String[] {"a", "b"}) {
            y.append("  - id: ds8k_").append(c).append("\n    model: DS8886\n")
                    .append("    nativeCopy: {pointInTime: true, replication: false, supportedUnderVirtualization: true}\n");
        }
        y.append("luns:\n");
        for (String l : new String[] {"a1_1", "a1_2", "a2_1", "a2_2"}) {
            y.append("  - {id: lun_").append(l).append(", controller: ds8k_a}\n");
        }
        for (int i = 0; i < s.snapshots(); i++) {
            y.append("  - {id: lun_db").append(i).append(", controller: ds8k_a}\n");
            y.append("  - {id: lun_db").append(i).append("_snap, controller: ds8k_a}\n");
        }
        y.append("  - {id: lun_b1_1, controller: ds8k_b}\n  - {id: lun_b1_2, controller: ds8k_b}\n");
        y.append("pools:\n  - {id: pool_a1, system: SVC_A}\n  - {id: pool_a2, system: SVC_A}\n")
                .append("  - {id: pool_a_img, system: SVC_A}\n  - {id: pool_b1, system: SVC_B}\n");
        y.append("mdisks:\n");
        for (String l : new String[] {"a1_1", "a1_2", "a2_1", "a2_2"}) {
            y.append("  - {id: md_").append(l).append(", system: SVC_A, lun: lun_").append(l)
                    .append(", mode: managed, pool: pool_").append(l, 0, 2).append("}\n");
        }
        for (int i = 0; i < s.snapshots(); i++) {
            y.append("  - {id: md_db").append(i).append(", system: SVC_A, lun: lun_db").append(i)
                    .append(", mode: image, pool: pool_a_img}\n");
        }
        y.append("  - {id: md_b1_1, system: SVC_B, lun: lun_b1_1, mode: managed, pool: pool_b1}\n")
                .append("  - {id: md_b1_2, system: SVC_B, lun: lun_b1_2, mode: managed, pool: pool_b1}\n");
        Layout layout = new Layout(s);
        volumes(y, s, layout);
        hosts(y, s, layout);
        copies(y, s, layout, siteA);
        y.append("upgrade:\n  targetLevel: 8.6.0.0\n  steps:\n    - {system: SVC_A}\n")
                .append(s.hazardous() ? "    - {system: SVC_B}\n" : "    - {system: SVC_B, after: [SVC_A]}\n");
        y.append("releaseNotes:\n  - level: 8.6.0.0\n    minPartnerLevel: 8.4.0.0\n");
        y.append("workload:\n  stress: false\n");
        return y.toString();
    }

    /** Which site-A volume is what: host chunks, snapshot sources first in a chunk, then masters. */
    private static final class Layout {
        final int[] chunkStart;
        final int[] snapshotOf;  // site-A volume -> snapshot index, or -1
        final int[] masterOf;    // site-A volume -> mirror index, or -1

        Layout(Shape s) {
            int siteA = s.volumes() - s.mirrors();
            chunkStart = new int[s.hosts() + 1];
            for (int k = 0; k <= s.hosts(); k++) {
                chunkStart[k] = (int) ((long) k * siteA / s.hosts());
            }
            snapshotOf = new int[siteA];
            masterOf = new int[siteA];
            java.util.Arrays.fill(snapshotOf, -1);
            java.util.Arrays.fill(masterOf, -1);
            int snap = 0;
            int mirror = 0;
            for (int k = 0; k < s.hosts(); k++) {
                int snaps = share(k, s.snapshots(), s.hosts());
                int masters = share((k + s.hosts() / 2) % s.hosts(), s.mirrors(), s.hosts());
                int at = chunkStart[k];
                int end = chunkStart[k + 1];
                for (int i = 0; i < snaps && at < end; i++) {
                    snapshotOf[at++] = snap++;
                }
                for (int i = 0; i < masters && at < end; i++) {
                    masterOf[at++] = mirror++;
                }
            }
            for (int v = 0; v < siteA && (snap < s.snapshots() || mirror < s.mirrors()); v++) {
                if (snapshotOf[v] < 0 && masterOf[v] < 0) {
                    if (snap < s.snapshots()) {
                        snapshotOf[v] = snap++;
                    } else {
                        masterOf[v] = mirror++;
                    }
                }
            }
        }

        /** How many of {@code n} items host {@code k} of {@code hosts} gets, spread evenly. */
        private static int share(int k, int n, int hosts) {
            return (int) ((long) (k + 1) * n / hosts - (long) k * n / hosts);
        }
    }

    private static void volumes(StringBuilder y, Shape s, Layout layout) {
        y.append("volumes:\n");
        int siteA = s.volumes() - s.mirrors();
        for (int v = 0; v < siteA; v++) {
            String io = "io_grp" + (v % 2);
            int snap = layout.snapshotOf[v];
            if (snap >= 0) {
                String cache = s.hazardous() && snap == 0 ? "readwrite" : "none";
                y.append("  - {id: db").append(snap).append(", system: SVC_A, ioGroup: ").append(io)
                        .append(", pool: pool_a_img, type: image, mdisk: md_db").append(snap).append(", cache: ")
                        .append(cache).append("}\n");
            } else {
                y.append("  - {id: vol").append(v).append(", system: SVC_A, ioGroup: ").append(io)
                        .append(", pool: pool_a").append(1 + v % 2).append(", type: striped, cache: readwrite}\n");
            }
        }
        for (int m = 0; m < s.mirrors(); m++) {
            y.append("  - {id: dr").append(m).append(", system: SVC_B, ioGroup: io_grp").append(m % 2)
                    .append(", pool: pool_b1, type: striped, cache: readwrite}\n");
        }
    }

    private static String volumeId(Layout layout, int v) {
        return layout.snapshotOf[v] >= 0 ? "db" + layout.snapshotOf[v] : "vol" + v;
    }

    private static void hosts(StringBuilder y, Shape s, Layout layout) {
        y.append("hosts:\n");
        for (int k = 0; k < s.hosts(); k++) {
            y.append("  - {id: host").append(k).append(", volumes: [");
            for (int v = layout.chunkStart[k]; v < layout.chunkStart[k + 1]; v++) {
                y.append(v > layout.chunkStart[k] ? ", " : "").append(volumeId(layout, v));
            }
            y.append("]}\n");
        }
        if (s.snapshots() > 0) {
            y.append("  - {id: report_host, luns: [");
            for (int i = 0; i < s.snapshots(); i++) {
                y.append(i > 0 ? ", " : "").append("lun_db").append(i).append("_snap");
            }
            y.append("]}\n");
        }
    }

    private static void copies(StringBuilder y, Shape s, Layout layout, int siteA) {
        if (s.snapshots() > 0) {
            y.append("backendCopies:\n");
            for (int i = 0; i < s.snapshots(); i++) {
                y.append("  - {id: snap_db").append(i).append(", type: pointInTime, source: lun_db").append(i)
                        .append(", target: lun_db").append(i).append("_snap, suspendsSource: false}\n");
            }
        }
        y.append("partnerships:\n  - {id: p_ab, systems: [SVC_A, SVC_B]}\n");
        if (s.mirrors() > 0) {
            y.append("remoteCopies:\n");
            for (int v = 0; v < siteA; v++) {
                int m = layout.masterOf[v];
                if (m >= 0) {
                    y.append("  - {id: rc").append(m).append(", type: metro, master: vol").append(v)
                            .append(", aux: dr").append(m).append(", state: consistent_synchronized}\n");
                }
            }
        }
    }
}
