package io.copyproof.imports;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ids of imported elements. Names are kept as the systems give them; a name that two systems
 * both use for a pool, MDisk, volume or FlashCopy mapping (ids are unique across a configuration)
 * becomes {@code <name>@<system>} on every system that uses it, with a warning.
 */
final class Names {
    private final Map<String, Set<String>> systemsByKindAndName = new HashMap<>();
    /** The row that names it, of each name that a second system also uses. */
    private final Map<String, Row> clash = new java.util.TreeMap<>();

    /** Records the names each system uses (column {@code name} of the rows), before any id is asked for. */
    void use(String kind, String system, List<Row> rows) {
        for (Row r : rows) {
            String key = kind + "\u0000" + r.get("name");
            Set<String> users = systemsByKindAndName.computeIfAbsent(key, k -> new HashSet<>());
            if (users.add(system) && users.size() == 2) {
                clash.put(key, r);
            }
        }
    }

    String id(String kind, String system, String name) {
        Set<String> users = systemsByKindAndName.get(kind + "\u0000" + name);
        return users != null && users.size() > 1 ? name + "@" + system : name;
    }

    /** Names used by several systems: {@code kind name} to the row where the second system names it. */
    Map<String, Row> shared() {
        Map<String, Row> out = new java.util.LinkedHashMap<>();
        clash.forEach((k, r) -> out.put(k.replace('\u0000', ' '), r));
        return out;
    }
}
