package io.copyproof.config;

import java.util.List;

/** A partnership between two systems: {@code partnerships[]}. */
public record Partnership(String id, List<String> systems) {
    public Partnership {
        systems = List.copyOf(systems);
    }

    public boolean involves(String systemId) {
        return systems.contains(systemId);
    }

    /** The other system of the partnership. */
    public String other(String systemId) {
        return systems.get(0).equals(systemId) ? systems.get(1) : systems.get(0);
    }
}
