package io.copyproof.result;

/**
 * One variable of a model state as a person reads it. {@code actor} names the lane it belongs to,
 * as {@code kind:id} with kind the wire name of an {@link io.copyproof.vocabulary.ElementKind}
 * ({@code host}, {@code node}, {@code cache}, {@code volume}, {@code pool}, {@code mdisk},
 * {@code lun}, {@code copy}, {@code flashCopy}, {@code relationship}, {@code partnership},
 * {@code system}); {@code variable} names the variable within it, a
 * {@link io.copyproof.vocabulary.Lane}'s display name (e.g. {@code block 0}, {@code state});
 * {@code value} is its rendered value.
 */
public record StateValue(String actor, String variable, String value) {
}
