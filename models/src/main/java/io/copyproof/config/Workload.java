package io.copyproof.config;

/** Workload assumptions: {@code workload}. With {@code stress}, host I/O may time out. */
public record Workload(boolean stress) {
    public static final Workload DEFAULT = new Workload(false);
}
