package io.copyproof.config;

import java.util.List;

/** An I/O group: exactly two nodes that mirror each other's write cache. {@code systems[].ioGroups[]}. */
public record IoGroup(String id, List<String> nodes) {
    public IoGroup {
        nodes = List.copyOf(nodes);
    }
}
