package io.copyproof.config;

import java.util.List;

/** A clustered system (an SVC cluster or a Storwize system): {@code systems[]}. */
public record StorageSystem(String id, CodeLevel codeLevel, List<IoGroup> ioGroups) {
    public StorageSystem {
        ioGroups = List.copyOf(ioGroups);
    }
}
