package org.followupcoach.client.shell;

import java.awt.Rectangle;
import java.util.List;
import org.followupcoach.core.store.WindowBounds;

/**
 * Where the main window opens: where it was last, if that spot is still on one of the screens now attached (moved and
 * shrunk onto the screen that shows most of it, so a laptop off its docking station never hides the window), else a
 * comfortable size in the middle of the main screen.
 */
public final class WindowPlacement {

    /** The size the window opens at the first time, or when its last place is gone. */
    static final int DEFAULT_WIDTH = 1180;
    static final int DEFAULT_HEIGHT = 800;

    /** Smaller than this, a saved size is treated as a mistake rather than a wish. */
    private static final int MIN_WIDTH = 400;
    private static final int MIN_HEIGHT = 300;

    private WindowPlacement() {
    }

    /**
     * The bounds to open at, given the saved bounds (or null) and the usable area of every screen, the main one
     * first.
     */
    public static Rectangle place(WindowBounds saved, List<Rectangle> screens) {
        Rectangle main = screens.get(0);
        if (saved != null && saved.width() >= MIN_WIDTH && saved.height() >= MIN_HEIGHT) {
            Rectangle wanted = new Rectangle(saved.x(), saved.y(), saved.width(), saved.height());
            Rectangle best = null;
            long bestArea = 0;
            for (Rectangle screen : screens) {
                Rectangle overlap = screen.intersection(wanted);
                long area = overlap.isEmpty() ? 0 : (long) overlap.width * overlap.height;
                if (area > bestArea) {
                    best = screen;
                    bestArea = area;
                }
            }
            if (best != null) {
                return fitInto(wanted, best);
            }
        }
        int width = Math.min(DEFAULT_WIDTH, main.width);
        int height = Math.min(DEFAULT_HEIGHT, main.height);
        return new Rectangle(main.x + (main.width - width) / 2, main.y + (main.height - height) / 2, width, height);
    }

    /** How far a second copy of the app opens from the first: about a title bar down and right, as desktops cascade. */
    static final int CASCADE = 32;

    /**
     * The bounds for a second copy of the app, given where the first one is ({@code first}): {@link #CASCADE} down
     * and right of it, so both title bars can be seen; shrunk where the screen has no room for the move.
     */
    public static Rectangle cascade(Rectangle first, List<Rectangle> screens) {
        Rectangle screen = screens.get(0);
        for (Rectangle candidate : screens) {
            if (candidate.contains(first.getLocation())) {
                screen = candidate;
                break;
            }
        }
        int width = Math.min(first.width, screen.width - CASCADE);
        int height = Math.min(first.height, screen.height - CASCADE);
        Rectangle moved = new Rectangle(first.x + CASCADE, first.y + CASCADE, width, height);
        if (moved.x + width > screen.x + screen.width || moved.y + height > screen.y + screen.height) {
            // No room below and right: up and left instead, still one step away from the first copy.
            moved.setLocation(Math.max(screen.x, first.x - CASCADE), Math.max(screen.y, first.y - CASCADE));
            if (moved.x == first.x && moved.y == first.y) {
                moved.setLocation(screen.x + screen.width - width, screen.y + screen.height - height);
            }
        }
        return fitInto(moved, screen);
    }

    /** {@code wanted} no larger than {@code screen} and moved the least needed to lie wholly on it. */
    private static Rectangle fitInto(Rectangle wanted, Rectangle screen) {
        int width = Math.min(wanted.width, screen.width);
        int height = Math.min(wanted.height, screen.height);
        int x = Math.max(screen.x, Math.min(wanted.x, screen.x + screen.width - width));
        int y = Math.max(screen.y, Math.min(wanted.y, screen.y + screen.height - height));
        return new Rectangle(x, y, width, height);
    }
}
