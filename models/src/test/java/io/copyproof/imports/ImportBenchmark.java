package io.copyproof.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Benchmark (not a test): imports a generated export of two partnered systems, the first with N
 * volumes (default 5,000) and the second with one DR volume per tenth of them, and prints the
 * wall time and CPU time of the importing thread (less sensitive to other load on the machine; it
 * leaves out garbage collection and compilation threads) of {@link Importer#run}: reading, parsing,
 * building, rendering the YAML and loading it back. See docs/benchmarks.md for the command and figures.
 *
 * <p>The export: {@code lssystem}, {@code lsiogrp} (4 groups, 2 with nodes), {@code lsnode},
 * {@code lscontroller}, one pool per 500 volumes with 10 MDisks each, {@code lsvdisk} and the full
 * {@code lsvdisk-detail} (one volume block and one copy block per volume, the columns of 8.5),
 * one host per 10 volumes with its mappings, a FlashCopy mapping per 50 volumes, and a Metro Mirror
 * relationship per tenth volume listed by both systems.
 */
public final class ImportBenchmark {
    private ImportBenchmark() {
    }

    /**
     * {@code [VOLUMES [RUNS]]} measures in process; {@code --write DIR [VOLUMES]} only writes the
     * export under DIR (siteA, siteB) for timing {@code ./copyproof import} end to end.
     */
    public static void main(String[] args) throws IOException {
        if (args.length > 1 && args[0].equals("--write")) {
            int n = args.length > 2 ? Integer.parseInt(args[2]) : 5000;
            System.out.println(ScaledExport.write(Files.createDirectories(Path.of(args[1])), n));
            return;
        }
        int volumes = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Path root = Files.createTempDirectory("copyproof-import-bench");
        try {
            List<Path> dirs = ScaledExport.write(root, volumes);
            long bytes = 0;
            for (Path d : dirs) {
                try (Stream<Path> files = Files.list(d)) {
                    for (Path f : files.toList()) {
                        bytes += Files.size(f);
                    }
                }
            }
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long c0 = System.nanoTime();
            long cpu0 = threads.getCurrentThreadCpuTime();
            ImportResult first = Importer.run(dirs, Optional.empty(), "bench.yaml");
            double cold = (System.nanoTime() - c0) / 1e6;
            double coldCpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e6;
            if (first instanceof ImportResult.Failed f) {
                throw new IllegalStateException("the generated export does not import: " + f.errors().get(0));
            }
            int elements = ((ImportResult.Imported) first).config().volumes().size();
            double[] ms = new double[runs];
            double[] cpu = new double[runs];
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime();
                long u0 = threads.getCurrentThreadCpuTime();
                Importer.run(dirs, Optional.empty(), "bench.yaml");
                ms[i] = (System.nanoTime() - t0) / 1e6;
                cpu[i] = (threads.getCurrentThreadCpuTime() - u0) / 1e6;
            }
            Arrays.sort(ms);
            Arrays.sort(cpu);
            System.out.printf("import of %d volumes (%d imported, %.1f MiB of exports): first run %.0f ms wall, "
                            + "%.0f ms CPU; warm median %.0f ms wall, %.0f ms CPU; best %.0f ms wall, %.0f ms CPU "
                            + "(%d runs)%n", volumes, elements, bytes / 1048576.0, cold, coldCpu, ms[runs / 2],
                    cpu[runs / 2], ms[0], cpu[0], runs);
        } finally {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** The benchmark's export (also used by {@code ImportScaleTest}). */
    static final class ScaledExport {
        private ScaledExport() {
        }

        static List<Path> write(Path root, int volumes) throws IOException {
            Path a = Files.createDirectories(root.resolve("siteA"));
            Path b = Files.createDirectories(root.resolve("siteB"));
            int dr = Math.max(1, volumes / 10);
            system(a, "SVC_A", "8.5.0.6", volumes, "", true);
            system(b, "SVC_B", "8.4.0.7", dr, "_dr", false);
            String rels = relationships(volumes);
            Files.writeString(a.resolve("lsrcrelationship.txt"), rels);
            Files.writeString(b.resolve("lsrcrelationship.txt"), rels);
            Files.writeString(a.resolve("lspartnership.txt"), partnership("SVC_A", "SVC_B"));
            Files.writeString(b.resolve("lspartnership.txt"), partnership("SVC_B", "SVC_A"));
            return List.of(a, b);
        }

        private static String partnership(String self, String other) {
            return "id!name!location!partnership!type!cluster_ip!event_log_sequence!link_bandwidth_mbits!background_copy_rate\n"
                    + "1!" + self + "!local!!!!!!\n2!" + other + "!remote!fully_configured!fc!!!4000!50\n";
        }

        private static String relationships(int volumes) {
            StringBuilder t = new StringBuilder("id!name!master_cluster_id!master_cluster_name!master_vdisk_id!"
                    + "master_vdisk_name!aux_cluster_id!aux_cluster_name!aux_vdisk_id!aux_vdisk_name!primary!"
                    + "consistency_group_id!consistency_group_name!state!bg_copy_priority!progress!copy_type!"
                    + "cycling_mode!freeze_time\n");
            for (int i = 0; i < volumes; i += 10) {
                int k = i / 10;
                t.append(k).append("!rc").append(k).append("!1!SVC_A!").append(i).append("!vol").append(i)
                        .append("!2!SVC_B!").append(k).append("!vol").append(k).append("_dr!master!")
                        .append(k % 20).append("!cg").append(k % 20).append("!consistent_synchronized!50!!metro!none!\n");
            }
            return t.toString();
        }

        private static void system(Path dir, String name, String level, int volumes, String suffix, boolean hosts)
                throws IOException {
            Files.writeString(dir.resolve("lssystem.txt"), "id!0000020421600000\nname!" + name + "\nlocation!local\n"
                    + "code_level!" + level + " (build 157.12.2206211215000)\nlayer!replication\ntopology!standard\n");
            Files.writeString(dir.resolve("lsiogrp.txt"), "id!name!node_count!vdisk_count!host_count!site_id!site_name\n"
                    + "0!io_grp0!2!0!0!!\n1!io_grp1!2!0!0!!\n2!io_grp2!0!0!0!!\n3!io_grp3!0!0!0!!\n");
            StringBuilder nodes = new StringBuilder("id!name!WWNN!status!IO_group_id!IO_group_name!config_node!iscsi_name\n");
            for (int n = 1; n <= 4; n++) {
                nodes.append(n).append('!').append(name).append("_node").append(n).append("!5005!online!")
                        .append((n - 1) / 2).append("!io_grp").append((n - 1) / 2).append("!no!iqn.1986-03.com.ibm:2145.")
                        .append(name).append(".node").append(n).append('\n');
            }
            Files.writeString(dir.resolve("lsnode.txt"), nodes);
            Files.writeString(dir.resolve("lscontroller.txt"), "id!controller_name!ctrl_s/n!vendor_id!product_id_low!"
                    + "product_id_high!site_id!site_name\n0!" + name + "_ds8k!75AB!IBM     !2107900 !!!\n");
            int pools = Math.max(1, (volumes + 499) / 500);
            StringBuilder grp = new StringBuilder("id!name!status!mdisk_count!vdisk_count!capacity!extent_size\n");
            StringBuilder md = new StringBuilder("id!name!status!mode!mdisk_grp_id!mdisk_grp_name!capacity!ctrl_LUN_#!"
                    + "controller_name!UID!tier!encrypt!site_id!site_name!distributed!dedupe!over_provisioned!supports_unmap\n");
            for (int p = 0; p < pools; p++) {
                grp.append(p).append("!pool").append(p).append(suffix).append("!online!10!500!40TB!1024\n");
                for (int m = 0; m < 10; m++) {
                    int id = p * 10 + m;
                    md.append(id).append("!md").append(id).append(suffix).append("!online!managed!").append(p)
                            .append("!pool").append(p).append(suffix).append("!4TB!").append(String.format("%016x", id))
                            .append('!').append(name).append("_ds8k!6005").append(id).append("!tier_enterprise!no!!!no!no!no!yes\n");
                }
            }
            Files.writeString(dir.resolve("lsmdiskgrp.txt"), grp);
            Files.writeString(dir.resolve("lsmdisk.txt"), md);
            volumes(dir, volumes, suffix);
            if (hosts) {
                hosts(dir, volumes, suffix);
            }
        }

        private static void volumes(Path dir, int volumes, String suffix) throws IOException {
            StringBuilder c = new StringBuilder("id!name!IO_group_id!IO_group_name!status!mdisk_grp_id!mdisk_grp_name!"
                    + "capacity!type!FC_id!FC_name!RC_id!RC_name!vdisk_UID!fc_map_count!copy_count!fast_write_state!"
                    + "se_copy_count!RC_change!compressed_copy_count!parent_mdisk_grp_id!parent_mdisk_grp_name!formatting!"
                    + "encrypt!volume_id!volume_name!function!protocol\n");
            StringBuilder d = new StringBuilder(volumes * 1200);
            for (int i = 0; i < volumes; i++) {
                String v = "vol" + i + suffix;
                int p = i / 500;
                int g = i % 2;
                c.append(i).append('!').append(v).append('!').append(g).append("!io_grp").append(g).append("!online!")
                        .append(p).append("!pool").append(p).append(suffix).append("!100.00GB!striped!!!!!6005076")
                        .append(i).append("!0!1!empty!0!no!0!").append(p).append("!pool").append(p).append(suffix)
                        .append("!no!no!").append(i).append('!').append(v).append("!!scsi\n");
                d.append("id!").append(i).append("\nname!").append(v).append("\nIO_group_id!").append(g)
                        .append("\nIO_group_name!io_grp").append(g).append("\nstatus!online\nmdisk_grp_id!").append(p)
                        .append("\nmdisk_grp_name!pool").append(p).append(suffix).append("\ncapacity!100.00GB\ntype!striped\n")
                        .append("formatted!no\nformatting!no\nmdisk_id!\nmdisk_name!\nFC_id!\nFC_name!\nRC_id!\nRC_name!\n")
                        .append("vdisk_UID!6005076").append(i).append("\npreferred_node_id!1\nfast_write_state!empty\n")
                        .append("cache!").append(i % 7 == 0 ? "none" : "readwrite").append("\nudid!\nfc_map_count!0\n")
                        .append("sync_rate!50\ncopy_count!1\nse_copy_count!0\nfilesystem!\nmirror_write_priority!latency\n")
                        .append("RC_change!no\ncompressed_copy_count!0\naccess_IO_group_count!1\nlast_access_time!\n")
                        .append("owner_type!none\nencrypt!no\nvolume_id!").append(i).append("\nvolume_name!").append(v)
                        .append("\nfunction!\nprotocol!scsi\n\ncopy_id!0\nstatus!online\nsync!yes\nauto_delete!no\n")
                        .append("primary!yes\nmdisk_grp_id!").append(p).append("\nmdisk_grp_name!pool").append(p)
                        .append(suffix).append("\ntype!striped\nmdisk_id!\nmdisk_name!\nfast_write_state!empty\n")
                        .append("used_capacity!100.00GB\nreal_capacity!100.00GB\nfree_capacity!0.00MB\n")
                        .append("overallocation!100\nautoexpand!\nwarning!\ngrainsize!\nse_copy!no\neasy_tier!on\n")
                        .append("easy_tier_status!balanced\ntier!tier_enterprise\ntier_capacity!100.00GB\n")
                        .append("compressed_copy!no\nuncompressed_used_capacity!100.00GB\nencrypt!no\n\n");
            }
            Files.writeString(dir.resolve("lsvdisk.txt"), c);
            Files.writeString(dir.resolve("lsvdisk-detail.txt"), d);
        }

        private static void hosts(Path dir, int volumes, String suffix) throws IOException {
            StringBuilder h = new StringBuilder("id!name!port_count!iogrp_count!status!site_id!site_name!"
                    + "host_cluster_id!host_cluster_name!protocol!owner_id!owner_name\n");
            StringBuilder m = new StringBuilder("id!name!SCSI_id!vdisk_id!vdisk_name!vdisk_UID!IO_group_id!"
                    + "IO_group_name!mapping_type!host_cluster_id!host_cluster_name!protocol\n");
            StringBuilder fc = new StringBuilder("id!name!source_vdisk_id!source_vdisk_name!target_vdisk_id!"
                    + "target_vdisk_name!group_id!group_name!status!progress!copy_rate!clean_progress!incremental!"
                    + "partner_FC_id!partner_FC_name!restoring!start_time!rc_controlled\n");
            for (int i = 0; i < volumes; i += 10) {
                int k = i / 10;
                h.append(k).append("!host").append(k).append("!2!4!online!!!!!scsi!!\n");
                for (int j = i; j < Math.min(volumes, i + 10); j++) {
                    if (j % 50 == 49) {
                        continue; // FlashCopy targets are not mapped
                    }
                    m.append(k).append("!host").append(k).append('!').append(j - i).append('!').append(j).append("!vol")
                            .append(j).append(suffix).append("!6005076").append(j).append("!0!io_grp").append(j % 2)
                            .append("!private!!!scsi\n");
                }
            }
            for (int i = 0; i + 49 < volumes; i += 50) {
                fc.append(i / 50).append("!fcmap").append(i / 50).append('!').append(i).append("!vol").append(i)
                        .append('!').append(i + 49).append("!vol").append(i + 49).append("!!!idle_or_copied!0!50!100!off!!!no!!no\n");
            }
            Files.writeString(dir.resolve("lshost.txt"), h);
            Files.writeString(dir.resolve("lshostvdiskmap.txt"), m);
            Files.writeString(dir.resolve("lsfcmap.txt"), fc);
        }
    }
}
