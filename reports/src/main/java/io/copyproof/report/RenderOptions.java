package io.copyproof.report;

/**
 * How to render: {@code color} for ANSI colour (only on a terminal, never with NO_COLOR),
 * {@code fullState} to show every variable at each step instead of only what changed,
 * {@code normalize} to replace timings and absolute paths with fixed text (golden-file tests).
 */
public record RenderOptions(boolean color, boolean fullState, boolean normalize) {
    public static final RenderOptions PLAIN = new RenderOptions(false, false, false);
}
