package io.copyproof.generators.random;

import io.copyproof.config.Config;
import io.copyproof.config.Controller;
import io.copyproof.config.FlashCopy;
import io.copyproof.config.Host;
import io.copyproof.config.IoGroup;
import io.copyproof.config.MDisk;
import io.copyproof.config.Partnership;
import io.copyproof.config.Pool;
import io.copyproof.config.RemoteCopy;
import io.copyproof.config.StorageSystem;
import io.copyproof.config.Volume;
import io.copyproof.config.VolumeCopy;
import io.copyproof.config.VolumeType;
import io.copyproof.generators.ConfigYaml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Renders a configuration as what its systems would print (import-format.md): one directory per
 * system with the CLI text or REST JSON of each command, and an overlay with what no command
 * shows. The form of each file is chosen by {@code random}: CLI text with {@code !} (or {@code :}
 * or {@code ,} where no value holds them) or REST JSON, the column set of code level 7.8 or 8.5,
 * and the columns in a random order, so that an importer must find columns by name. A LUN
 * {@code l} of controller {@code c} is exported as {@code ctrl_LUN_# = l}, so it imports as
 * {@code c:l}; see {@link #lunId(Config, String)}.
 */
public final class ExportWriter {
    private final Config c;
    private final Random random;

    private ExportWriter(Config c, Random random) {
        this.c = c;
        this.random = random;
    }

    /** The id a LUN of the configuration has after import: {@code <controller>:<lun>}. */
    public static String lunId(Config c, String lun) {
        return c.lun(lun).controller() + ":" + lun;
    }

    /** Writes one directory per system under {@code root} (named after the system) and returns them in order. */
    public static List<Path> write(Config c, Path root, Random random) throws IOException {
        ExportWriter w = new ExportWriter(c, random);
        List<Path> dirs = new ArrayList<>();
        for (StorageSystem s : c.systems()) {
            Path dir = Files.createDirectories(root.resolve(s.id()));
            w.system(s, dir);
            dirs.add(dir);
        }
        return dirs;
    }

    private void system(StorageSystem s, Path dir) throws IOException {
        boolean old = random.nextBoolean(); // the 7.8 column sets, else 8.5
        Map<String, String> sys = new LinkedHashMap<>();
        sys.put("id", "00000204216" + c.systems().indexOf(s));
        sys.put("name", s.id());
        sys.put("location", "local");
        sys.put("code_level", s.codeLevel() + " (build 150.1.2201010000000)");
        sys.put("console_IP", "10.0.0." + c.systems().indexOf(s) + ":443");
        detailed(dir, "lssystem", List.of(List.of(sys)));

        List<Map<String, String>> groups = new ArrayList<>();
        List<Map<String, String>> nodes = new ArrayList<>();
        for (IoGroup g : s.ioGroups()) {
            groups.add(row("id", String.valueOf(groups.size()), "name", g.id(), "node_count", "2", "vdisk_count", "0"));
            for (String n : g.nodes()) {
                nodes.add(row("id", String.valueOf(nodes.size() + 1), "name", n, "IO_group_name", g.id(),
                        "status", "online", "iscsi_name", "iqn.1986-03.com.ibm:2145." + s.id() + "." + n));
            }
        }
        groups.add(row("id", "4", "name", "recovery_io_grp", "node_count", "0", "vdisk_count", "0"));
        concise(dir, "lsiogrp", groups, old ? List.of() : List.of("site_id", "site_name"));
        concise(dir, random.nextBoolean() ? "lsnode" : "lsnodecanister", nodes, List.of("hardware"));

        List<Map<String, String>> controllers = new ArrayList<>();
        for (Controller k : c.controllers()) {
            controllers.add(row("id", String.valueOf(controllers.size()), "controller_name", k.id(),
                    "ctrl_s/n", "SN" + controllers.size(), "vendor_id", "", "product_id_low", k.model()));
        }
        concise(dir, "lscontroller", controllers, old ? List.of() : List.of("site_id", "site_name"));

        List<Map<String, String>> pools = new ArrayList<>();
        for (Pool p : c.pools()) {
            if (p.system().equals(s.id())) {
                pools.add(row("id", String.valueOf(pools.size()), "name", p.id(), "status", "online"));
            }
        }
        concise(dir, "lsmdiskgrp", pools, old ? List.of("easy_tier") : List.of("easy_tier", "data_reduction"));

        List<Map<String, String>> mdisks = new ArrayList<>();
        for (MDisk m : c.mdisks()) {
            if (m.system().equals(s.id())) {
                mdisks.add(row("id", String.valueOf(mdisks.size()), "name", m.id(), "status", "online",
                        "mode", m.mode().wire(), "mdisk_grp_name", m.pool().orElse(""),
                        "ctrl_LUN_#", m.lun(), "controller_name", c.lun(m.lun()).controller(), "UID", "6005" + mdisks.size()));
            }
        }
        concise(dir, "lsmdisk", mdisks, old ? List.of("tier") : List.of("tier", "dedupe", "supports_unmap"));
        volumes(s, dir, old);
        hosts(s, dir);
        links(s, dir);
    }

    private void volumes(StorageSystem s, Path dir, boolean old) throws IOException {
        List<Map<String, String>> concise = new ArrayList<>();
        List<List<Map<String, String>>> details = new ArrayList<>();
        for (Volume v : c.volumes()) {
            if (!v.system().equals(s.id())) {
                continue;
            }
            String type = v.type() == VolumeType.SEQUENTIAL ? "seq" : v.type().wire();
            String mdisk = v.mdisk().orElse("");
            concise.add(row("id", String.valueOf(concise.size()), "name", v.id(), "IO_group_name", v.ioGroup(),
                    "status", "online", "mdisk_grp_name", v.mirrored() ? "many" : v.pool(), "capacity", "1.00GB",
                    "type", v.mirrored() ? "many" : type));
            Map<String, String> vol = row("id", String.valueOf(details.size()), "name", v.id(), "IO_group_name",
                    v.ioGroup(), "mdisk_grp_name", v.mirrored() ? "many" : v.pool(), "type", v.mirrored() ? "many" : type,
                    "mdisk_name", v.mirrored() ? "many" : mdisk, "cache", v.cache().wire(),
                    "copy_count", v.mirrored() ? "2" : "1");
            Map<String, String> copy = row("copy_id", "0", "status", "online", "primary", "yes", "mdisk_grp_name",
                    v.pool(), "type", type, "mdisk_name", mdisk);
            if (v.mirrored()) {
                VolumeCopy m = v.copies().get(1);
                String mType = m.type() == VolumeType.SEQUENTIAL ? "seq" : m.type().wire();
                details.add(List.of(vol, copy, row("copy_id", "1", "status", "online", "primary", "no",
                        "mdisk_grp_name", m.pool(), "type", mType, "mdisk_name", m.mdisk().orElse(""))));
            } else {
                details.add(List.of(vol, copy));
            }
        }
        concise(dir, "lsvdisk", concise, old ? List.of("RC_change") : List.of("RC_change", "protocol"));
        detailed(dir, "lsvdisk-detail", details);
    }

    private void hosts(StorageSystem s, Path dir) throws IOException {
        List<Map<String, String>> hosts = new ArrayList<>();
        List<Map<String, String>> maps = new ArrayList<>();
        for (Host h : c.hosts()) {
            List<String> mine = h.volumes().stream().filter(v -> c.volume(v).system().equals(s.id())).toList();
            if (mine.isEmpty()) {
                continue;
            }
            hosts.add(row("id", String.valueOf(hosts.size()), "name", h.id(), "port_count", "2", "status", "online"));
            for (String v : mine) {
                maps.add(row("id", String.valueOf(hosts.size() - 1), "name", h.id(), "SCSI_id",
                        String.valueOf(maps.size()), "vdisk_name", v, "IO_group_name", c.volume(v).ioGroup()));
            }
        }
        concise(dir, "lshost", hosts, List.of("protocol"));
        concise(dir, "lshostvdiskmap", maps, List.of("mapping_type"));
        List<Map<String, String>> fc = new ArrayList<>();
        for (FlashCopy f : c.flashCopies()) {
            if (c.volume(f.source()).system().equals(s.id())) {
                fc.add(row("id", String.valueOf(fc.size()), "name", f.id(), "source_vdisk_name", f.source(),
                        "target_vdisk_name", f.target(), "group_name", "", "status", "idle_or_copied"));
            }
        }
        if (!fc.isEmpty() || random.nextBoolean()) {
            concise(dir, "lsfcmap", fc, List.of("copy_rate"));
        }
    }

    private void links(StorageSystem s, Path dir) throws IOException {
        List<Map<String, String>> partners = new ArrayList<>();
        partners.add(row("id", "0", "name", s.id(), "location", "local", "partnership", ""));
        for (Partnership p : c.partnerships()) {
            if (p.involves(s.id())) {
                partners.add(row("id", String.valueOf(partners.size()), "name", p.other(s.id()), "location", "remote",
                        "partnership", "fully_configured"));
            }
        }
        concise(dir, "lspartnership", partners, List.of("type"));
        List<Map<String, String>> rels = new ArrayList<>();
        Set<String> groups = new LinkedHashSet<>();
        for (RemoteCopy r : c.remoteCopies()) {
            String ms = c.volume(r.master()).system();
            String as = c.volume(r.aux()).system();
            if (!ms.equals(s.id()) && !as.equals(s.id())) {
                continue;
            }
            r.consistencyGroup().ifPresent(groups::add);
            rels.add(row("id", String.valueOf(rels.size()), "name", r.id(), "master_cluster_name", ms,
                    "master_vdisk_name", r.master(), "aux_cluster_name", as, "aux_vdisk_name", r.aux(),
                    "primary", "master", "consistency_group_name", r.consistencyGroup().orElse(""),
                    "state", r.state().wire(), "copy_type", r.type().wire(), "cycling_mode", r.cyclingMode().wire()));
        }
        concise(dir, "lsrcrelationship", rels, List.of("freeze_time"));
        List<Map<String, String>> cgs = new ArrayList<>();
        for (String g : groups) {
            cgs.add(row("id", String.valueOf(cgs.size()), "name", g, "relationship_count", "1", "state", "consistent"));
        }
        concise(dir, "lsrcconsistgrp", cgs, List.of());
    }

    // ---- files ---------------------------------------------------------------------------

    private static Map<String, String> row(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    /** A concise view: the columns of the rows plus {@code extra} unknown ones, in a random order. */
    private void concise(Path dir, String command, List<Map<String, String>> rows, List<String> extra)
            throws IOException {
        List<String> columns = new ArrayList<>(rows.isEmpty() ? List.of("id", "name") : rows.get(0).keySet());
        columns.addAll(extra);
        Collections.shuffle(columns, random);
        if (random.nextInt(4) == 0) {
            List<Map<String, String>> objects = new ArrayList<>();
            for (Map<String, String> r : rows) {
                Map<String, String> o = new LinkedHashMap<>();
                columns.forEach(k -> o.put(k, r.getOrDefault(k, "")));
                objects.add(o);
            }
            write(dir.resolve(command + ".json"), json(objects));
            return;
        }
        char delim = delimiter(rows);
        StringBuilder t = new StringBuilder(String.join(String.valueOf(delim), columns)).append('\n');
        for (Map<String, String> r : rows) {
            List<String> values = new ArrayList<>();
            columns.forEach(k -> values.add(r.getOrDefault(k, "")));
            t.append(String.join(String.valueOf(delim), values)).append('\n');
        }
        write(dir.resolve(command + ".txt"), t.toString());
    }

    /** {@code !}, or {@code :} or {@code ,} when no value contains it. */
    private char delimiter(List<Map<String, String>> rows) {
        char d = "!!:,".charAt(random.nextInt(4));
        for (Map<String, String> r : rows) {
            for (String v : r.values()) {
                if (v.indexOf(d) >= 0) {
                    return '!';
                }
            }
        }
        return d;
    }

    /** A detailed view: each object's {@code key!value} lines (a blank line between outputs), or REST JSON. */
    private void detailed(Path dir, String command, List<List<Map<String, String>>> outputs) throws IOException {
        if (random.nextBoolean()) {
            StringBuilder j = new StringBuilder();
            for (List<Map<String, String>> o : outputs) {
                j.append(o.size() == 1 && command.equals("lssystem") ? json(o.get(0)) : json(o)).append('\n');
            }
            write(dir.resolve(command + ".json"), j.toString());
            return;
        }
        StringBuilder t = new StringBuilder();
        for (List<Map<String, String>> o : outputs) {
            for (Map<String, String> block : o) {
                block.forEach((k, v) -> t.append(k).append('!').append(v).append('\n'));
                t.append('\n');
            }
        }
        write(dir.resolve(command + ".txt"), t.toString());
    }

    private static String json(Object o) {
        if (o instanceof Map<?, ?> m) {
            List<String> fields = new ArrayList<>();
            m.forEach((k, v) -> fields.add(quote(String.valueOf(k)) + ": " + quote(String.valueOf(v))));
            return "{" + String.join(", ", fields) + "}";
        }
        List<String> items = new ArrayList<>();
        ((List<?>) o).forEach(i -> items.add(json(i)));
        return "[\n  " + String.join(",\n  ", items) + "\n]";
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /**
     * The overlay for what no command shows: the name, controllers' models and native copies,
     * LUNs no MDisk presents, hosts' direct LUN reads and read-only flags (and hosts mapping no
     * volume), backend copies, the upgrade plan, release notes, workload and bounds. LUN ids are
     * the imported ones.
     */
    public static String overlay(Config c) {
        Config r = renamedLuns(c);
        StringBuilder y = new StringBuilder();
        String full = ConfigYaml.toYaml(r);
        y.append(full.lines().findFirst().orElseThrow()).append('\n');
        boolean keep = false;
        for (String line : full.lines().toList()) {
            boolean top = !line.startsWith(" ") && !line.startsWith("-");
            if (top) {
                String key = line.substring(0, line.indexOf(':'));
                keep = List.of("controllers", "backendCopies", "upgrade", "releaseNotes", "workload", "bounds")
                        .contains(key);
            }
            if (keep) {
                y.append(line).append('\n');
            }
        }
        List<String> hidden = r.luns().stream().filter(l -> r.mdisksOnLun(l.id()).isEmpty())
                .map(l -> "  - {id: \"" + l.id() + "\", controller: " + l.controller() + "}").toList();
        if (!hidden.isEmpty()) {
            y.append("luns:\n");
            hidden.forEach(l -> y.append(l).append('\n'));
        }
        if (!r.hosts().isEmpty()) {
            y.append("hosts:\n");
            for (Host h : r.hosts()) {
                y.append("  - {id: ").append(h.id()).append(", readOnly: ").append(h.readOnly());
                if (!h.luns().isEmpty()) {
                    y.append(", luns: [\"").append(String.join("\", \"", h.luns())).append("\"]");
                }
                y.append("}\n");
            }
        }
        return y.toString();
    }

    /** The configuration with each LUN id as import gives it ({@code <controller>:<lun>}). */
    public static Config renamedLuns(Config c) {
        java.util.function.UnaryOperator<String> id = l -> lunId(c, l);
        return new Config(c.name(), c.systems(), c.controllers(),
                c.luns().stream().map(l -> new io.copyproof.config.Lun(id.apply(l.id()), l.controller())).toList(),
                c.pools(),
                c.mdisks().stream().map(m -> new MDisk(m.id(), m.system(), id.apply(m.lun()), m.mode(), m.pool())).toList(),
                c.volumes(),
                c.hosts().stream().map(h -> new Host(h.id(), h.volumes(), h.luns().stream().map(id).toList(),
                        h.readOnly())).toList(),
                c.backendCopies().stream().map(b -> new io.copyproof.config.BackendCopy(b.id(), b.type(),
                        id.apply(b.source()), id.apply(b.target()), b.suspendsSource(), b.group())).toList(),
                c.partnerships(), c.remoteCopies(), c.flashCopies(), c.upgrade(), c.releaseNotes(), c.workload(),
                c.bounds(), c.sources());
    }
}
