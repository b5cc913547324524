package io.copyproof.rules;

/**
 * The description of one rule or invariant: stable id, one-line title, kind, rationale (why it
 * matters, from the source material) and the source it comes from.
 */
public record RuleInfo(String id, String title, RuleKind kind, Severity defaultSeverity, String rationale,
                       String source) {
}
