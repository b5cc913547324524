package io.copyproof.result;

/** A variable that a trace step changed: {@link StateValue#actor()} lane, variable, before and after. */
public record Change(String actor, String variable, String before, String after) {
}
