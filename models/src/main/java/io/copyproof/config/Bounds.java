package io.copyproof.config;

/**
 * Exploration bounds: {@code bounds}. Defaults: 2 writes per host, 2 blocks per volume, 1 backend
 * copy trigger per copy. Every report states the bounds it proved under.
 */
public record Bounds(int writesPerHost, int blocksPerVolume, int snapshotsPerCopy) {
    public static final Bounds DEFAULT = new Bounds(2, 2, 1);
    /** Largest accepted value of each bound (the packed state reserves bits for them). */
    public static final int MAX_WRITES_PER_HOST = 7;
    public static final int MAX_BLOCKS_PER_VOLUME = 8;
    public static final int MAX_SNAPSHOTS_PER_COPY = 3;

    public Bounds withWritesPerHost(int v) {
        return new Bounds(v, blocksPerVolume, snapshotsPerCopy);
    }

    public Bounds withBlocksPerVolume(int v) {
        return new Bounds(writesPerHost, v, snapshotsPerCopy);
    }

    public Bounds withSnapshotsPerCopy(int v) {
        return new Bounds(writesPerHost, blocksPerVolume, v);
    }
}
