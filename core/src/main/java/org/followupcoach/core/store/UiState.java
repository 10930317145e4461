package org.followupcoach.core.store;

/** The user's choices about the app itself: theme, window, and where they left off. Null fields mean "default". */
public record UiState(String theme, WindowBounds window, String lastView, String lastSection) {

    /** Nothing chosen yet. */
    public static final UiState DEFAULT = new UiState(null, null, null, null);

    public UiState withTheme(String value) {
        return new UiState(value, window, lastView, lastSection);
    }

    public UiState withWindow(WindowBounds value) {
        return new UiState(theme, value, lastView, lastSection);
    }

    public UiState withLastView(String value) {
        return new UiState(theme, window, value, lastSection);
    }

    public UiState withLastSection(String value) {
        return new UiState(theme, window, lastView, value);
    }
}
