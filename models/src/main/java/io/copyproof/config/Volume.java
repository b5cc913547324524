package io.copyproof.config;

import java.util.Optional;

/**
 * A volume (VDisk): {@code volumes[]}. {@code mdisk} is present for {@code image} and
 * {@code sequential} volumes. {@code type} defaults to {@code striped}, {@code cache} to
 * {@code readwrite} (the product defaults).
 */
public record Volume(String id, String system, String ioGroup, String pool, VolumeType type,
                     Optional<String> mdisk, CacheMode cache) {
}
