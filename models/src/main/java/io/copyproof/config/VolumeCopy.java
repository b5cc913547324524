package io.copyproof.config;

import java.util.Optional;

/**
 * One copy of a mirrored volume ({@code volumes[].copies[]}, what {@code lsvdiskcopy} lists): where
 * its blocks live, as a volume's own {@code pool}, {@code type} and {@code mdisk} say it. Copy 0 is
 * the primary copy (the volume's own placement), copy 1 the mirror.
 */
public record VolumeCopy(String pool, VolumeType type, Optional<String> mdisk) {
}
