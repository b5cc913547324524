package io.copyproof.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the elements of one system's export into the document: the system with its I/O groups,
 * controllers and LUNs, pools, MDisks, volumes, hosts and FlashCopy mappings. Remote copies and
 * partnerships, which join systems, are built by {@link Links} once every system is known.
 */
final class Builder {
    private final Doc doc;
    private final Issues issues;
    private final Names names;
    /** Per system: volume name to element, pool names, MDisk name to row (for image/sequential volumes). */
    final Map<String, Map<String, Item>> volumes = new HashMap<>();
    private final Map<String, Map<String, Row>> pools = new HashMap<>();
    private final Map<String, Map<String, Row>> mdisks = new HashMap<>();
    private final Map<String, Item> controllers = new HashMap<>();
    private final Map<String, Item> luns = new HashMap<>();
    private final Map<String, Item> hosts = new LinkedHashMap<>();

    Builder(Doc doc, Issues issues, Names names) {
        this.doc = doc;
        this.issues = issues;
        this.names = names;
    }

    /** Columns a file must have, checked on its first row; false (reported) when one is missing. */
    boolean need(List<Row> rows, String file, String... columns) {
        if (rows.isEmpty()) {
            return true;
        }
        Row first = rows.get(0);
        boolean ok = true;
        for (String c : columns) {
            if (!first.has(c)) {
                issues.error(first.at(), file + " has no column '" + c + "'; export it with the command's "
                        + "default columns (the importer reads " + String.join(", ", columns) + ")");
                ok = false;
            }
        }
        return ok;
    }

    void system(String sys, Row sysRow, SystemExport e) {
        Item s = new Item(sysRow).put("id", sys, sysRow, "name");
        String level = sysRow.get("code_level");
        int space = level.indexOf(' ');
        s.put("codeLevel", space < 0 ? level : level.substring(0, space), sysRow, "code_level");
        List<Row> nodes = e.rows("lsnode");
        need(nodes, e.file("lsnode"), "name", "IO_group_name");
        List<Object> groups = new ArrayList<>();
        List<Row> iogrps = e.rows("lsiogrp");
        if (need(iogrps, e.file("lsiogrp"), "name", "node_count")) {
            for (Row g : iogrps) {
                if (g.get("node_count").equals("0")) {
                    continue; // an I/O group without nodes is unused: skipped (import-format.md)
                }
                List<String> members = new ArrayList<>();
                for (Row n : nodes) {
                    if (n.get("IO_group_name").equals(g.get("name"))) {
                        members.add(n.get("name"));
                    }
                }
                Item group = new Item(g).put("id", g.get("name"), g, "name").put("nodes", members, g, "node_count");
                groups.add(group);
            }
        }
        s.put("ioGroups", groups);
        doc.list("systems").add(s);
    }

    void controllers(SystemExport e) {
        List<Row> rows = e.rows("lscontroller");
        if (!need(rows, e.file("lscontroller"), "controller_name")) {
            return;
        }
        for (Row r : rows) {
            String name = r.get("controller_name");
            Item c = controllers.get(name);
            if (c != null) {
                c.addOrigin(r.origin()); // the same backend seen by another system
                continue;
            }
            String model = (r.get("vendor_id") + " " + r.get("product_id_low")).trim();
            c = new Item(r).put("id", name, r, "controller_name").put("model", model.isEmpty() ? name : model, r,
                    "product_id_low");
            controllers.put(name, c);
            doc.list("controllers").add(c);
        }
    }

    void pools(String sys, SystemExport e) {
        List<Row> rows = e.rows("lsmdiskgrp");
        Map<String, Row> mine = pools.computeIfAbsent(sys, k -> new HashMap<>());
        if (!need(rows, e.file("lsmdiskgrp"), "name")) {
            return;
        }
        for (Row r : rows) {
            mine.put(r.get("name"), r);
            doc.list("pools").add(new Item(r).put("id", names.id("pool", sys, r.get("name")), r, "name")
                    .put("system", sys));
        }
    }

    void mdisks(String sys, SystemExport e) {
        List<Row> rows = e.rows("lsmdisk");
        Map<String, Row> mine = mdisks.computeIfAbsent(sys, k -> new HashMap<>());
        if (!need(rows, e.file("lsmdisk"), "name", "mode", "mdisk_grp_name", "controller_name", "ctrl_LUN_#")) {
            return;
        }
        for (Row r : rows) {
            String name = r.get("name");
            String mode = r.get("mode");
            mine.put(name, r);
            if (mode.equals("array")) {
                array(sys, r);
                continue;
            }
            if (!List.of("managed", "unmanaged", "image").contains(mode)) {
                issues.error(r.at("mode"), "MDisk '" + name + "' has mode '" + mode
                        + "'; expected managed, unmanaged, image or array");
                continue;
            }
            String lun = lun(r);
            Item m = new Item(r).put("id", names.id("mdisk", sys, name), r, "name").put("system", sys)
                    .put("lun", lun, r, "ctrl_LUN_#").put("mode", mode, r, "mode");
            String pool = r.get("mdisk_grp_name");
            if (!mode.equals("unmanaged") && !pool.isEmpty()) {
                if (!pools.getOrDefault(sys, Map.of()).containsKey(pool)) {
                    issues.error(r.at("mdisk_grp_name"), "MDisk '" + name + "' names pool '" + pool + "', which "
                            + e.file("lsmdiskgrp") + " does not list");
                }
                m.put("pool", names.id("pool", sys, pool), r, "mdisk_grp_name");
            }
            doc.list("mdisks").add(m);
        }
    }

    /**
     * An array MDisk (internal RAID) has no backend LUN; it is imported as a managed MDisk on a LUN
     * of a controller that stands for the system's own drives ({@code <system>_internal}, offering
     * no native copies), so that its pool keeps its storage. Said in a warning.
     */
    private void array(String sys, Row r) {
        String name = r.get("name");
        String controller = sys + "_internal";
        String lun = controller + ":" + name;
        if (!controllers.containsKey(controller)) {
            Item c = new Item(r).put("id", controller).put("model", "internal drives of " + sys);
            controllers.put(controller, c);
            doc.list("controllers").add(c);
        }
        Item l = new Item(r).put("id", lun, r, "name").put("controller", controller);
        luns.put(lun, l);
        doc.list("luns").add(l);
        doc.list("mdisks").add(new Item(r).put("id", names.id("mdisk", sys, name), r, "name").put("system", sys)
                .put("lun", lun, r, "name").put("mode", "managed", r, "mode")
                .put("pool", names.id("pool", sys, r.get("mdisk_grp_name")), r, "mdisk_grp_name"));
        issues.warn(r.at("mode"), "MDisk '" + name + "' of system '" + sys + "' is an array (internal RAID), not a "
                + "backend LUN; it is imported as managed MDisk on LUN '" + lun + "' of controller '" + controller
                + "', which stands for the system's own drives and offers no native copies");
    }

    /** The LUN behind an MDisk, {@code <controller_name>:<ctrl_LUN_#>}, added once. */
    private String lun(Row r) {
        String controller = r.get("controller_name");
        String id = controller + ":" + r.get("ctrl_LUN_#");
        Item lun = luns.get(id);
        if (lun == null) {
            lun = new Item(r).put("id", id, r, "ctrl_LUN_#").put("controller", controller, r, "controller_name");
            luns.put(id, lun);
            doc.list("luns").add(lun);
        } else {
            lun.addOrigin(r.origin());
        }
        if (!controllers.containsKey(controller)) {
            Item c = new Item(r).put("id", controller, r, "controller_name").put("model", controller);
            controllers.put(controller, c);
            doc.list("controllers").add(c);
            issues.warn(r.at("controller_name"), "controller '" + controller + "' is not in lscontroller; "
                    + "imported with its name as model");
        }
        return id;
    }

    Map<String, Row> mdisksOf(String sys) {
        return mdisks.getOrDefault(sys, Map.of());
    }

    Map<String, Row> poolsOf(String sys) {
        return pools.getOrDefault(sys, Map.of());
    }

    /** Adds a volume's element; the caller fills in type, MDisk and cache from the detailed view. */
    Item volume(String sys, Row r) {
        Item v = new Item(r).put("id", names.id("volume", sys, r.get("name")), r, "name").put("system", sys)
                .put("ioGroup", r.get("IO_group_name"), r, "IO_group_name");
        volumes.computeIfAbsent(sys, k -> new HashMap<>()).put(r.get("name"), v);
        doc.list("volumes").add(v);
        return v;
    }

    void hosts(String sys, SystemExport e) {
        List<Row> rows = e.rows("lshost");
        if (!need(rows, e.file("lshost"), "name")) {
            return;
        }
        for (Row r : rows) {
            host(r.get("name"), r, "name");
        }
        List<Row> maps = e.rows("lshostvdiskmap");
        if (!need(maps, e.file("lshostvdiskmap"), "name", "vdisk_name")) {
            return;
        }
        Map<String, Item> vols = volumes.getOrDefault(sys, Map.of());
        for (Row m : maps) {
            String hostName = m.get("name");
            Item h = hosts.get(hostName);
            if (h == null) {
                if (e.present("lshost")) {
                    issues.error(m.at("name"), "the mapping names host '" + hostName + "', which "
                            + e.file("lshost") + " does not list");
                    continue;
                }
                h = host(hostName, m, "name");
            }
            Item v = vols.get(m.get("vdisk_name"));
            if (v == null) {
                issues.error(m.at("vdisk_name"), "host '" + hostName + "' maps volume '" + m.get("vdisk_name")
                        + "', which " + e.file("lsvdisk") + " does not list");
                continue;
            }
            @SuppressWarnings("unchecked")
            List<String> hv = (List<String>) h.fields.get("volumes");
            if (!hv.contains(v.id())) {
                hv.add(v.id());
                h.addOrigin(m.origin());
            }
        }
    }

    private Item host(String name, Row r, String column) {
        Item h = hosts.get(name);
        if (h == null) {
            h = new Item(r).put("id", name, r, column).put("volumes", new ArrayList<String>());
            hosts.put(name, h);
            doc.list("hosts").add(h);
        } else {
            h.addOrigin(r.origin()); // the same host defined on another system
        }
        return h;
    }

    void flashCopies(String sys, SystemExport e) {
        List<Row> rows = e.rows("lsfcmap");
        if (!need(rows, e.file("lsfcmap"), "name", "source_vdisk_name", "target_vdisk_name")) {
            return;
        }
        Map<String, Item> vols = volumes.getOrDefault(sys, Map.of());
        for (Row r : rows) {
            Item src = vols.get(r.get("source_vdisk_name"));
            Item tgt = vols.get(r.get("target_vdisk_name"));
            boolean ok = true;
            for (String col : List.of("source_vdisk_name", "target_vdisk_name")) {
                if (vols.get(r.get(col)) == null) {
                    issues.error(r.at(col), "FlashCopy mapping '" + r.get("name") + "' names volume '" + r.get(col)
                            + "', which " + e.file("lsvdisk") + " does not list");
                    ok = false;
                }
            }
            if (!ok) {
                continue;
            }
            if (!r.get("group_name").isEmpty()) {
                issues.warn(r.at("group_name"), "FlashCopy mapping '" + r.get("name") + "' is in FlashCopy consistency "
                        + "group '" + r.get("group_name") + "'; the configuration format has no FlashCopy groups, so "
                        + "it is imported as a mapping of its own");
            }
            doc.list("flashCopies").add(new Item(r).put("id", names.id("flashCopy", sys, r.get("name")), r, "name")
                    .put("source", src.id(), r, "source_vdisk_name").put("target", tgt.id(), r, "target_vdisk_name"));
        }
    }
}
