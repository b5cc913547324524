package io.copyproof.config;

/**
 * The native copy services a controller offers: {@code controllers[].nativeCopy}. All default to
 * {@code false}; {@code supportedUnderVirtualization} must be stated {@code true} for a controller
 * whose native copies may be used on LUNs that a system virtualizes.
 */
public record NativeCopy(boolean pointInTime, boolean replication, boolean supportedUnderVirtualization) {
    public static final NativeCopy NONE = new NativeCopy(false, false, false);
}
