package io.copyproof.report;

import io.copyproof.result.VerificationResult;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Renders the results of one run (one result per input file) in one format. Renderers know
 * nothing about the engines; they read {@link VerificationResult}s only.
 */
public interface Renderer {

    /** The {@code --format} name: {@code text}, {@code json}, {@code markdown}, {@code html}, ... */
    String name();

    /** The file extension for {@code --output DIR}, without the dot: {@code txt}, {@code json}, ... */
    String extension();

    void render(List<VerificationResult> results, RenderOptions options, Writer out) throws IOException;
}
