package io.copyproof.config;

import java.util.List;

/**
 * A host: {@code hosts[]}. It writes and reads its {@code volumes} through the system (only reads
 * them when {@code readOnly}), and may read backend {@code luns} directly (a target host).
 * {@code nodes} lists the nodes the host has paths to; empty means every node of the I/O groups
 * of its volumes (multipathing, the default).
 */
public record Host(String id, List<String> volumes, List<String> luns, boolean readOnly, List<String> nodes) {
    public Host {
        volumes = List.copyOf(volumes);
        luns = List.copyOf(luns);
        nodes = List.copyOf(nodes);
    }

    /** A host with paths to every node of its volumes' I/O groups (multipathing). */
    public Host(String id, List<String> volumes, List<String> luns, boolean readOnly) {
        this(id, volumes, luns, readOnly, List.of());
    }

    /** True when the host writes through the system: it maps volumes and is not read-only. */
    public boolean writes() {
        return !readOnly && !volumes.isEmpty();
    }

    /** True when the host lists the nodes it has paths to (not every node: no full multipathing). */
    public boolean restrictsPaths() {
        return !nodes.isEmpty();
    }
}
