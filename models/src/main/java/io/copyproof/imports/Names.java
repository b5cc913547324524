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

    /** Records the names each system uses, before any id is asked for. */
    void use(String kind, String system, List<String> names) {
        for (String n : names) {
            systemsByKindAndName.computeIfAbsent(kind + "\u0000" + n, k -> new HashSet<>()).add(system);
        }
    }

    String id(String kind, String system, String name) {
        Set<String> users = systemsByKindAndName.get(kind + "\u0000" + name);
        return users != null && users.size() > 1 ? name + "@" + system : name;
    }

    /** Names used by several systems, as {@code kind name}, for the warnings. */
    Map<String, Set<String>> shared() {
        Map<String, Set<String>> out = new java.util.TreeMap<>();
        systemsByKindAndName.forEach((k, v) -> {
            if (v.size() > 1) {
                out.put(k.replace('\u0000', ' '), new java.util.TreeSet<>(v));
            }
        });
        return out;
    }
}
