package org.followupcoach.client.support;

import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.util.function.Consumer;
import javax.swing.JComponent;
import javax.swing.SwingUtilities;

/**
 * Tells a view when it becomes narrower (or wider again) than a width counted in characters of its font, so it can
 * stack what normally sits side by side. Counting in characters makes 200 % text in a small window "narrow" while the
 * same window at 100 % is not.
 */
public final class NarrowWatch {

    private final JComponent view;
    private final int characters;
    private final Consumer<Boolean> onChange;
    private boolean narrow;

    private NarrowWatch(JComponent view, int characters, Consumer<Boolean> onChange) {
        this.view = view;
        this.characters = characters;
        this.onChange = onChange;
    }

    /** Calls {@code onChange} with true when {@code view} gets narrower than {@code characters}, false when wider. */
    public static void install(JComponent view, int characters, Consumer<Boolean> onChange) {
        NarrowWatch watch = new NarrowWatch(view, characters, onChange);
        view.addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                watch.check();
            }
        });
        // A new text size arrives as a new font, before the next layout: look again once it is applied.
        view.addPropertyChangeListener("font", e -> SwingUtilities.invokeLater(watch::check));
        // A view already laid out (the main window's content when the app appears) gets no resize to start with.
        SwingUtilities.invokeLater(watch::check);
    }

    private void check() {
        if (view.getWidth() <= 0) {
            return;
        }
        boolean now = view.getWidth() < characters * view.getFont().getSize();
        if (now != narrow) {
            narrow = now;
            onChange.accept(now);
        }
    }
}
