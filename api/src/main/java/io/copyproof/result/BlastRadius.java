package io.copyproof.result;

import java.util.List;

/** What lost access when a pool or I/O group went offline: the pools, I/O groups, volumes and hosts. */
public record BlastRadius(List<String> pools, List<String> ioGroups, List<String> volumes, List<String> hosts) {
    public BlastRadius {
        pools = List.copyOf(pools);
        ioGroups = List.copyOf(ioGroups);
        volumes = List.copyOf(volumes);
        hosts = List.copyOf(hosts);
    }

    public boolean isEmpty() {
        return pools.isEmpty() && ioGroups.isEmpty() && volumes.isEmpty() && hosts.isEmpty();
    }
}
