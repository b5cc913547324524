package io.copyproof.config;

import java.util.List;
import java.util.Optional;

/**
 * A volume (VDisk): {@code volumes[]}. {@code mdisk} is present for {@code image} and
 * {@code sequential} volumes. {@code type} defaults to {@code striped}, {@code cache} to
 * {@code readwrite} (the product defaults). {@code copies} is empty for a volume with one copy, or
 * the two copies of a mirrored volume (volume mirroring): copy 0 agrees with the volume's own
 * {@code pool}, {@code type} and {@code mdisk}; copy 1 is the mirror in another pool.
 */
public record Volume(String id, String system, String ioGroup, String pool, VolumeType type,
                     Optional<String> mdisk, CacheMode cache, List<VolumeCopy> copies) {
    public Volume {
        copies = List.copyOf(copies);
    }

    /** A volume with one copy. */
    public Volume(String id, String system, String ioGroup, String pool, VolumeType type,
                  Optional<String> mdisk, CacheMode cache) {
        this(id, system, ioGroup, pool, type, mdisk, cache, List.of());
    }

    /** True for a mirrored volume: it has two copies. */
    public boolean mirrored() {
        return !copies.isEmpty();
    }

    /** The mirror (copy 1) of a mirrored volume. */
    public Optional<VolumeCopy> mirror() {
        return copies.size() > 1 ? Optional.of(copies.get(1)) : Optional.empty();
    }
}
