package io.copyproof.plan;

import io.copyproof.config.ConfigError;
import io.copyproof.config.ConfigLoader;
import io.copyproof.config.LoadResult;
import io.copyproof.config.SourceLocation;
import io.copyproof.engine.VerifyOptions;
import io.copyproof.result.VerificationResult;
import io.copyproof.verifier.Verification;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The proof of a plan on the exact text {@code plan --output} writes: the file's text with the plan
 * as its {@code upgrade} section ({@link UpgradeSection#replace}), loaded and validated again as a
 * file of that name, and verified. The text of each plan proved is kept, so that {@code --output}
 * writes the very bytes that were verified.
 */
public final class TextProof implements PlanProof {
    private final String fileName;
    private final String text;
    private final boolean json;
    private final Verification verification;
    private final String engine;
    private final VerifyOptions options;
    private final Map<PlanResult.Plan, String> texts = new HashMap<>();

    /**
     * @param fileName the name locations use (the loaded configuration's file)
     * @param text     the file's text
     * @param json     whether the text is JSON (else YAML)
     */
    public TextProof(String fileName, String text, boolean json, Verification verification, String engine,
                     VerifyOptions options) {
        this.fileName = fileName;
        this.text = text;
        this.json = json;
        this.verification = verification;
        this.engine = engine;
        this.options = options;
    }

    @Override
    public VerificationResult prove(String target, PlanResult.Plan plan) {
        String updated;
        try {
            updated = UpgradeSection.replace(text, json, target, plan);
        } catch (IOException e) {
            return VerificationResult.invalid(fileName, List.of(new ConfigError("the plan cannot be written into "
                    + "the file: " + e.getMessage(), SourceLocation.ofFile(fileName), "/upgrade")));
        }
        texts.put(plan, updated);
        LoadResult loaded = ConfigLoader.parse(fileName, updated);
        return verification.verify(loaded, engine, options);
    }

    /** The text that was verified for {@code plan}; empty when {@link #prove} has not seen it. */
    public Optional<String> textOf(PlanResult.Plan plan) {
        return Optional.ofNullable(texts.get(plan));
    }
}
