package io.copyproof.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Volumes of one system: the concise view gives name, I/O group, pool and type; the detailed
 * view ({@code lsvdisk-detail}) gives the cache mode, the MDisk of image and sequential volumes,
 * and the copies of mirrored ones.
 */
final class Volumes {
    private final Builder builder;
    private final Issues issues;
    private final Names names;

    /** A volume's block of the detailed view and the copy blocks after it. */
    private record Detail(Row volume, List<Row> copies) {
    }

    Volumes(Builder builder, Issues issues, Names names) {
        this.builder = builder;
        this.issues = issues;
        this.names = names;
    }

    void build(String sys, SystemExport e) {
        List<Row> rows = e.rows("lsvdisk");
        if (!builder.need(rows, e.file("lsvdisk"), "name", "IO_group_name", "mdisk_grp_name", "type")) {
            return;
        }
        Map<String, Detail> details = details(e);
        if (!e.present("lsvdisk-detail") && !rows.isEmpty()) {
            issues.warn(rows.get(0).at(), "no lsvdisk-detail file: every volume's cache mode is taken as readwrite "
                    + "(the product default); export 'lsvdisk -delim ! <id>' for each volume to import the real ones");
        }
        for (Row r : rows) {
            volume(sys, r, details.get(r.get("name")), e);
        }
    }

    private Map<String, Detail> details(SystemExport e) {
        Map<String, Detail> out = new HashMap<>();
        Detail current = null;
        for (Row b : e.rows("lsvdisk-detail")) {
            if (b.has("copy_id") && !b.has("name")) {
                if (current == null) {
                    issues.error(b.at(), "a copy block (copy_id " + b.get("copy_id") + ") comes before any volume "
                            + "block; each volume's 'lsvdisk <id>' output starts with 'id'");
                } else {
                    current.copies.add(b);
                }
                continue;
            }
            current = new Detail(b, new ArrayList<>());
            out.putIfAbsent(b.get("name"), current);
        }
        return out;
    }

    private void volume(String sys, Row r, Detail d, SystemExport e) {
        String name = r.get("name");
        Item v = builder.volume(sys, r);
        if (d != null) {
            v.addOrigin(d.volume.origin());
        } else if (e.present("lsvdisk-detail")) {
            issues.warn(r.at(), "volume '" + name + "' has no block in " + e.file("lsvdisk-detail")
                    + "; its cache mode is taken as readwrite");
        }
        String type = r.get("type");
        Row copy = d == null ? null : primaryCopy(d);
        String pool = r.get("mdisk_grp_name");
        Row poolRow = r;
        String poolCol = "mdisk_grp_name";
        if (type.equals("many") || (d != null && d.copies.size() > 1)) {
            if (copy == null) {
                issues.error(r.at("type"), "volume '" + name + "' is mirrored ('many'); its copies are in the "
                        + "detailed view, which " + (e.present("lsvdisk-detail") ? "has no copies for it"
                        : "was not exported (lsvdisk-detail.txt)"));
                return;
            }
            type = copy.get("type");
            pool = copy.get("mdisk_grp_name");
            poolRow = copy;
        }
        if (!builder.poolsOf(sys).containsKey(pool)) {
            issues.error(poolRow.at(poolCol), "volume '" + name + "' names pool '" + pool + "', which "
                    + e.file("lsmdiskgrp") + " does not list");
        }
        v.put("pool", names.id("pool", sys, pool), poolRow, poolCol);
        String wire = switch (type) {
            case "striped" -> "striped";
            case "seq", "sequential" -> "sequential";
            case "image" -> "image";
            default -> null;
        };
        if (wire == null) {
            issues.error(poolRow.at("type"), "volume '" + name + "' has type '" + type
                    + "'; expected striped, seq, image or many");
            return;
        }
        v.put("type", wire, poolRow, "type");
        if (!wire.equals("striped")) {
            mdisk(sys, name, v, wire, d, copy, pool, e);
        }
        if (copy != null && d.copies.size() > 1) {
            mirrored(sys, name, v, d, copy, e);
        }
        cache(name, v, d);
    }

    /** The copy whose {@code primary} is yes, else the first; null when there are none. */
    private static Row primaryCopy(Detail d) {
        for (Row c : d.copies) {
            if (c.get("primary").equals("yes")) {
                return c;
            }
        }
        return d.copies.isEmpty() ? null : d.copies.get(0);
    }

    /**
     * A mirrored volume's {@code copies}: copy 0 is the primary (the volume's own pool, type and MDisk,
     * set from it above), copy 1 the other copy block. A volume has at most two copies.
     */
    private void mirrored(String sys, String name, Item v, Detail d, Row primary, SystemExport e) {
        if (d.copies.size() > 2) {
            issues.error(d.copies.get(2).at(), "volume '" + name + "' has " + d.copies.size() + " copy blocks; a "
                    + "volume has at most two copies");
            return;
        }
        Row other = d.copies.get(0) == primary ? d.copies.get(1) : d.copies.get(0);
        Map<String, Object> first = new java.util.LinkedHashMap<>();
        for (String f : List.of("pool", "type", "mdisk")) {
            if (v.fields.containsKey(f)) {
                first.put(f, v.fields.get(f));
            }
        }
        Map<String, Object> mirror = copyOf(sys, name, other, e);
        if (mirror != null) {
            v.put("copies", List.of(first, mirror), other, "copy_id");
        }
    }

    /** One copy block as a {@code copies} entry (pool, type, and the MDisk of an image or seq copy); null when bad. */
    private Map<String, Object> copyOf(String sys, String name, Row c, SystemExport e) {
        String pool = c.get("mdisk_grp_name");
        if (!builder.poolsOf(sys).containsKey(pool)) {
            issues.error(c.at("mdisk_grp_name"), "copy " + c.get("copy_id") + " of volume '" + name + "' names pool '"
                    + pool + "', which " + e.file("lsmdiskgrp") + " does not list");
            return null;
        }
        String wire = switch (c.get("type")) {
            case "striped" -> "striped";
            case "seq", "sequential" -> "sequential";
            case "image" -> "image";
            default -> null;
        };
        if (wire == null) {
            issues.error(c.at("type"), "copy " + c.get("copy_id") + " of volume '" + name + "' has type '"
                    + c.get("type") + "'; expected striped, seq or image");
            return null;
        }
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        out.put("pool", names.id("pool", sys, pool));
        out.put("type", wire);
        if (!wire.equals("striped")) {
            String mdisk = c.get("mdisk_name");
            if (mdisk.isEmpty() || !builder.mdisksOf(sys).containsKey(mdisk)) {
                issues.error(c.at("mdisk_name"), "copy " + c.get("copy_id") + " of " + wire + " volume '" + name
                        + "' names MDisk '" + mdisk + "', which " + e.file("lsmdisk") + " does not list");
                return null;
            }
            out.put("mdisk", names.id("mdisk", sys, mdisk));
        }
        return out;
    }

    private void mdisk(String sys, String name, Item v, String type, Detail d, Row copy, String pool, SystemExport e) {
        Row from = copy != null && !copy.get("mdisk_name").isEmpty() ? copy : d == null ? null : d.volume;
        String mdisk = from == null ? "" : from.get("mdisk_name");
        if (mdisk.isEmpty()) {
            mdisk = guessImageMdisk(sys, name, pool, type, v);
            if (mdisk == null) {
                issues.error(v.at, type + " volume '" + name + "' needs its MDisk, which only the detailed view "
                        + "(mdisk_name) shows; export 'lsvdisk -delim ! <id>' into lsvdisk-detail.txt");
                return;
            }
            v.put("mdisk", names.id("mdisk", sys, mdisk));
            return;
        }
        Row m = builder.mdisksOf(sys).get(mdisk);
        if (m == null) {
            issues.error(from.at("mdisk_name"), "volume '" + name + "' names MDisk '" + mdisk + "', which "
                    + e.file("lsmdisk") + " does not list");
            return;
        }
        v.put("mdisk", names.id("mdisk", sys, mdisk), from, "mdisk_name");
    }

    /** Without a detailed view: the one image MDisk of the volume's pool, with a warning; else null. */
    private String guessImageMdisk(String sys, String name, String pool, String type, Item v) {
        if (!type.equals("image")) {
            return null;
        }
        List<String> image = new ArrayList<>();
        builder.mdisksOf(sys).forEach((n, row) -> {
            if (row.get("mode").equals("image") && row.get("mdisk_grp_name").equals(pool)) {
                image.add(n);
            }
        });
        if (image.size() != 1) {
            return null;
        }
        issues.warn(v.at, "image volume '" + name + "' has no detailed view; its MDisk is taken to be '"
                + image.get(0) + "', the only image MDisk of pool '" + pool + "'");
        return image.get(0);
    }

    private void cache(String name, Item v, Detail d) {
        String cache = d == null ? "readwrite" : d.volume.get("cache");
        if (cache.isEmpty()) {
            cache = "readwrite";
        }
        if (!List.of("readwrite", "readonly", "none").contains(cache)) {
            issues.error(d.volume.at("cache"), "volume '" + name + "' has cache '" + cache
                    + "'; expected readwrite, readonly or none");
            return;
        }
        if (d != null) {
            v.put("cache", cache, d.volume, "cache");
        } else {
            v.put("cache", cache);
        }
    }
}
