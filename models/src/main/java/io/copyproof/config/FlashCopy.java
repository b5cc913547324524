package io.copyproof.config;

/** An internal FlashCopy mapping, source volume to target volume: {@code flashCopies[]}. */
public record FlashCopy(String id, String source, String target) {
}
