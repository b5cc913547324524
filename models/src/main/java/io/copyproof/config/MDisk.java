package io.copyproof.config;

import java.util.Optional;

/**
 * A LUN as one system sees it: {@code mdisks[]}. {@code pool} is required for {@code managed} and
 * {@code image} MDisks and absent for {@code unmanaged} ones.
 */
public record MDisk(String id, String system, String lun, MDiskMode mode, Optional<String> pool) {
}
