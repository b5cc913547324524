package io.copyproof.imports;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What joins systems: partnerships and Metro/Global Mirror relationships. Both systems of a pair
 * list them; each is imported once (the first listing, in the order the directories were given),
 * and one that names a system not given is left out with a warning.
 */
final class Links {
    private final Doc doc;
    private final Issues issues;
    private final Builder builder;
    private final List<String> systems;
    private final Map<String, Item> partnerships = new HashMap<>();
    private final Map<String, Item> relationships = new HashMap<>();
    private final Set<String> warned = new HashSet<>();

    Links(Doc doc, Issues issues, Builder builder, List<String> systems) {
        this.doc = doc;
        this.issues = issues;
        this.builder = builder;
        this.systems = systems;
    }

    void partnerships(String sys, SystemExport e) {
        List<Row> rows = e.rows("lspartnership");
        if (!builder.need(rows, e.file("lspartnership"), "name", "location")) {
            return;
        }
        for (Row r : rows) {
            if (r.get("location").equals("local")) {
                continue; // the system itself
            }
            String other = r.get("name");
            if (!systems.contains(other)) {
                issues.warn(r.at("name"), "system '" + sys + "' is partnered with '" + other + "', whose export was "
                        + "not given; the partnership is left out (import that system's directory too)");
                continue;
            }
            boolean first = systems.indexOf(sys) < systems.indexOf(other);
            String a = first ? sys : other;
            String b = first ? other : sys;
            Item p = partnerships.get(a + "\u0000" + b);
            if (p != null) {
                p.addOrigin(r.origin());
                continue;
            }
            String state = r.get("partnership");
            if (!state.isEmpty() && !state.equals("fully_configured")) {
                issues.warn(r.at("partnership"), "the partnership of '" + sys + "' with '" + other + "' is '" + state
                        + "'; the configuration format has no partnership state, so it is imported as configured");
            }
            p = new Item(r).put("id", a + "-" + b).put("systems", List.of(a, b), r, "name");
            partnerships.put(a + "\u0000" + b, p);
            doc.list("partnerships").add(p);
        }
    }

    void relationships(String sys, SystemExport e) {
        List<Row> rows = e.rows("lsrcrelationship");
        if (!builder.need(rows, e.file("lsrcrelationship"), "name", "master_cluster_name", "master_vdisk_name",
                "aux_cluster_name", "aux_vdisk_name", "state")) {
            return;
        }
        for (Row r : rows) {
            relationship(r, e);
        }
    }

    private void relationship(Row r, SystemExport e) {
        String name = r.get("name");
        String ms = r.get("master_cluster_name");
        String as = r.get("aux_cluster_name");
        String key = ms + "\u0000" + name;
        Item known = relationships.get(key);
        if (known != null) {
            known.addOrigin(r.origin());
            return;
        }
        for (String s : List.of(ms, as)) {
            if (!systems.contains(s)) {
                if (warned.add(key)) {
                    issues.warn(r.at(s.equals(ms) ? "master_cluster_name" : "aux_cluster_name"), "relationship '" + name
                            + "' joins system '" + s + "', whose export was not given; it is left out");
                }
                return;
            }
        }
        if (ms.equals(as)) {
            issues.warn(r.at("aux_cluster_name"), "relationship '" + name + "' is within system '" + ms
                    + "' (intra-system or HyperSwap); the configuration format has remote copies between two "
                    + "systems only, so it is left out");
            return;
        }
        String type = type(r, name);
        String state = state(r, name);
        Item master = volume(r, ms, "master_vdisk_name", name, e);
        Item aux = volume(r, as, "aux_vdisk_name", name, e);
        if (type == null || state == null || master == null || aux == null) {
            return;
        }
        String masterCol = "master_vdisk_name";
        String auxCol = "aux_vdisk_name";
        if (r.get("primary").equals("aux")) {
            issues.warn(r.at("primary"), "relationship '" + name + "' runs from its aux volume to its master "
                    + "(primary is aux, after a switch); it is imported with master '" + aux.id() + "' and aux '"
                    + master.id() + "', the direction in which data is copied now");
            Item t = master;
            master = aux;
            aux = t;
            masterCol = "aux_vdisk_name";
            auxCol = "master_vdisk_name";
        }
        Item rc = new Item(r).put("id", name, r, "name").put("type", type, r, "copy_type")
                .put("master", master.id(), r, masterCol).put("aux", aux.id(), r, auxCol);
        String group = r.get("consistency_group_name");
        if (!group.isEmpty()) {
            rc.put("consistencyGroup", group, r, "consistency_group_name");
        }
        rc.put("state", state, r, "state");
        if (type.equals("global") && r.get("cycling_mode").equals("multi")) {
            rc.put("cyclingMode", "multi", r, "cycling_mode");
        }
        relationships.put(key, rc);
        doc.list("remoteCopies").add(rc);
    }

    private Item volume(Row r, String sys, String column, String name, SystemExport e) {
        Item v = builder.volumes.getOrDefault(sys, Map.of()).get(r.get(column));
        if (v == null) {
            issues.error(r.at(column), "relationship '" + name + "' names volume '" + r.get(column)
                    + "' on system '" + sys + "', which that system's lsvdisk does not list");
        }
        return v;
    }

    private String type(Row r, String name) {
        String copyType = r.get("copy_type");
        switch (copyType) {
            case "metro":
                return "metro";
            case "global":
                return "global"; // cycling_mode multi (Global Mirror with change volumes) becomes cyclingMode
            case "":
                issues.warn(r.at(), "relationship '" + name + "' has no copy_type column (an older export); it is "
                        + "imported as metro; set its type in the overlay if it is global");
                return "metro";
            case "activeactive":
                issues.warn(r.at("copy_type"), "relationship '" + name + "' is active-active (HyperSwap), which the "
                        + "configuration format cannot express; it is left out");
                return null;
            default:
                issues.error(r.at("copy_type"), "relationship '" + name + "' has copy_type '" + copyType
                        + "'; expected metro, global or activeactive");
                return null;
        }
    }

    private String state(Row r, String name) {
        String state = r.get("state");
        String mapped = switch (state) {
            case "consistent_synchronized", "consistent_stopped", "inconsistent_copying", "inconsistent_stopped",
                    "idling" -> state;
            case "consistent_copying" -> "consistent_copying"; // a running Global Mirror with change volumes
            case "idling_disconnected" -> "idling";
            case "consistent_disconnected" -> "consistent_stopped";
            case "inconsistent_disconnected" -> "inconsistent_stopped";
            default -> null;
        };
        if (mapped == null) {
            issues.error(r.at("state"), "relationship '" + name + "' has state '" + state + "', which is not a "
                    + "relationship state");
        } else if (!mapped.equals(state)) {
            issues.warn(r.at("state"), "relationship '" + name + "' is '" + state + "', which the configuration "
                    + "format does not have; it is imported as '" + mapped + "'");
        }
        return mapped;
    }

    /** Consistency groups: relationships name them; a group listed with none, or a name not listed, is said. */
    void groups(String sys, SystemExport e) {
        if (!e.present("lsrcconsistgrp")) {
            return;
        }
        List<Row> rows = e.rows("lsrcconsistgrp");
        if (!builder.need(rows, e.file("lsrcconsistgrp"), "name")) {
            return;
        }
        Set<String> listed = new HashSet<>();
        for (Row g : rows) {
            listed.add(g.get("name"));
            if (g.get("relationship_count").equals("0")) {
                issues.warn(g.at("relationship_count"), "consistency group '" + g.get("name") + "' has no "
                        + "relationships; the configuration format knows groups through their relationships only, "
                        + "so it is not imported");
            }
        }
        for (Row r : e.rows("lsrcrelationship")) {
            String group = r.get("consistency_group_name");
            if (!group.isEmpty() && !listed.contains(group)) {
                issues.warn(r.at("consistency_group_name"), "relationship '" + r.get("name") + "' names consistency "
                        + "group '" + group + "', which " + e.file("lsrcconsistgrp") + " does not list");
            }
        }
    }
}
