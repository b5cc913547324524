package io.copyproof.report;

/**
 * How to render: {@code color} for ANSI colour (only on a terminal, never with NO_COLOR),
 * {@code fullState} to show every variable at each step instead of only what changed,
 * {@code normalize} to replace timings and absolute paths with fixed text (golden-file tests).
 */
public record RenderOptions(boolean color, boolean fullState, boolean normalize) {
    public static final RenderOptions PLAIN = new RenderOptions(false, false, false);

    /**
     * Whether to colour output: only on a terminal, never when {@code NO_COLOR} is set to a
     * non-empty value (no-color.org), and not for {@code TERM=dumb}.
     *
     * @param terminal whether standard output is a terminal ({@code System.console() != null})
     * @param env      the environment ({@code System.getenv()})
     */
    public static boolean colorAllowed(boolean terminal, java.util.Map<String, String> env) {
        String noColor = env.get("NO_COLOR");
        return terminal && (noColor == null || noColor.isEmpty()) && !"dumb".equals(env.get("TERM"));
    }
}
