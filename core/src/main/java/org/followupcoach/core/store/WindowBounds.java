package org.followupcoach.core.store;

/** Where the main window was and how large, so it reopens the same way. */
public record WindowBounds(int x, int y, int width, int height, boolean maximized) {
}
