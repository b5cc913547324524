package io.copyproof.alloy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The Alloy sig name of every element of one configuration, and back. Names are the element's kind
 * prefix and its id with every character outside {@code [A-Za-z0-9_]} replaced by {@code _}; a
 * clash gets a numeric suffix, in file order, so names are deterministic.
 */
public final class AlloyNames {
    private final Map<String, String> nameByKey = new LinkedHashMap<>();
    private final Map<String, String> idByName = new LinkedHashMap<>();
    private final Map<String, String> kindByName = new LinkedHashMap<>();
    private final Set<String> used = new LinkedHashSet<>();

    AlloyNames() {
    }

    /** Registers an element of {@code kind} (a lane kind such as {@code volume}) under its id. */
    String add(String kind, String prefix, String key, String id) {
        String full = kind + "\u0000" + key;
        String existing = nameByKey.get(full);
        if (existing != null) {
            return existing;
        }
        StringBuilder sb = new StringBuilder(prefix);
        for (char ch : id.toCharArray()) {
            sb.append((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_'
                    ? ch : '_');
        }
        String base = sb.toString();
        String name = base;
        for (int n = 2; used.contains(name); n++) {
            name = base + "_" + n;
        }
        used.add(name);
        nameByKey.put(full, name);
        idByName.put(name, id);
        kindByName.put(name, kind);
        return name;
    }

    /** The sig name of an element, by kind and key (the id, or {@code system/id} for I/O groups). */
    public String name(String kind, String key) {
        String n = nameByKey.get(kind + "\u0000" + key);
        if (n == null) {
            throw new IllegalArgumentException("no " + kind + " " + key);
        }
        return n;
    }

    /** The configuration id of a sig name or atom ({@code Vol_db$0} gives {@code db}). */
    public String id(String nameOrAtom) {
        String n = strip(nameOrAtom);
        String id = idByName.get(n);
        return id == null ? n : id;
    }

    /** The kind an element was registered under, or empty string for a library atom. */
    public String kind(String nameOrAtom) {
        return kindByName.getOrDefault(strip(nameOrAtom), "");
    }

    /** Every registered sig name to its configuration id, in registration order. */
    public Map<String, String> ids() {
        return Collections.unmodifiableMap(idByName);
    }

    static String strip(String atom) {
        int dollar = atom.indexOf('$');
        return dollar < 0 ? atom : atom.substring(0, dollar);
    }
}
