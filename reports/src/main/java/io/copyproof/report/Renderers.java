package io.copyproof.report;

import java.util.List;

/**
 * The registry of renderers by {@code --format} name. Every renderer is stateless and safe to
 * share; {@link #forName(String)} returns a fresh instance anyway.
 *
 * <p>Formats: {@code text} (the default), {@code json}, {@code markdown}, {@code html},
 * {@code junit}, {@code sarif} and {@code itf}. {@code itf} writes one Informal Trace Format
 * document per violation; as a {@link Renderer} it writes them all as JSON Lines, and
 * {@link #itf()} gives the per-violation files for {@code --output DIR}.
 */
public final class Renderers {
    private static final List<String> NAMES = List.of("text", "json", "markdown", "html", "junit", "sarif", "itf");

    private Renderers() {
    }

    /** Every {@code --format} name, the default ({@code text}) first. */
    public static List<String> names() {
        return NAMES;
    }

    /** The default format's name: {@code text}. */
    public static String defaultName() {
        return NAMES.get(0);
    }

    /** The Informal Trace Format renderer, with its one-file-per-violation API for {@code --output DIR}. */
    public static ItfTraces itf() {
        return new ItfRenderer();
    }

    /**
     * The renderer for a {@code --format} name (case-insensitive).
     *
     * @throws IllegalArgumentException for an unknown name; the message lists the allowed names
     */
    public static Renderer forName(String name) {
        String key = name == null ? "" : name.trim().toLowerCase(java.util.Locale.ROOT);
        return switch (key) {
            case "text" -> new TextRenderer();
            case "json" -> new JsonRenderer();
            case "junit" -> new JUnitRenderer();
            case "sarif" -> new SarifRenderer();
            case "markdown" -> new MarkdownRenderer();
            case "itf" -> new ItfRenderer();
            case "html" -> new HtmlRenderer();
            default -> throw new IllegalArgumentException(
                    "unknown format '" + name + "'; expected one of: " + String.join(", ", NAMES));
        };
    }
}
