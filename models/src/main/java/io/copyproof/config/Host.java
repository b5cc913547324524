package io.copyproof.config;

import java.util.List;

/**
 * A host: {@code hosts[]}. It writes and reads its {@code volumes} through the system (only reads
 * them when {@code readOnly}), and may read backend {@code luns} directly (a target host).
 */
public record Host(String id, List<String> volumes, List<String> luns, boolean readOnly) {
    public Host {
        volumes = List.copyOf(volumes);
        luns = List.copyOf(luns);
    }

    /** True when the host writes through the system: it maps volumes and is not read-only. */
    public boolean writes() {
        return !readOnly && !volumes.isEmpty();
    }
}
