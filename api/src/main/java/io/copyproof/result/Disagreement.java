package io.copyproof.result;

import java.util.Map;

/** Two engines gave different verdicts for one invariant: verdict ({@code holds}/{@code violated}) by engine. */
public record Disagreement(String id, Map<String, String> verdictByEngine) {
    public Disagreement {
        verdictByEngine = Map.copyOf(verdictByEngine);
    }
}
