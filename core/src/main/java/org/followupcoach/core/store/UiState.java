package org.followupcoach.core.store;

/**
 * The user's choices about the app itself: theme, text size, window, and where they left off. Null fields mean
 * "default"; {@code scalePercent} 0 means 100 %.
 */
public record UiState(String theme, WindowBounds window, String lastView, String lastSection, int scalePercent,
                      boolean welcomed) {

    /** Nothing chosen yet. */
    public static final UiState DEFAULT = new UiState(null, null, null, null, 0, false);
    /** The smallest text size the app offers, in percent. */
    public static final int MIN_SCALE = 75;
    /** The largest text size the app offers, in percent. */
    public static final int MAX_SCALE = 200;

    public UiState withTheme(String value) {
        return new UiState(value, window, lastView, lastSection, scalePercent, welcomed);
    }

    public UiState withWindow(WindowBounds value) {
        return new UiState(theme, value, lastView, lastSection, scalePercent, welcomed);
    }

    public UiState withLastView(String value) {
        return new UiState(theme, window, value, lastSection, scalePercent, welcomed);
    }

    public UiState withLastSection(String value) {
        return new UiState(theme, window, lastView, value, scalePercent, welcomed);
    }

    public UiState withScalePercent(int value) {
        return new UiState(theme, window, lastView, lastSection, value, welcomed);
    }

    public UiState withWelcomed(boolean value) {
        return new UiState(theme, window, lastView, lastSection, scalePercent, value);
    }

    /** The text size in percent, 100 when never changed. */
    public int scale() {
        return scalePercent == 0 ? 100 : scalePercent;
    }
}
