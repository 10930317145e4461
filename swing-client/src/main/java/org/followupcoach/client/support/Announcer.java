package org.followupcoach.client.support;

import java.awt.Component;
import java.awt.KeyboardFocusManager;
import java.awt.event.FocusAdapter;
import java.awt.event.FocusEvent;
import javax.accessibility.AccessibleContext;
import javax.swing.JComponent;

/**
 * Tells screen readers about a change that matters (an answer right or wrong, a score, progress not saved) through
 * the accessibility API. Swing has no live regions, so the news becomes the accessible description of the component
 * the reader is on: setting it fires {@link AccessibleContext#ACCESSIBLE_DESCRIPTION_PROPERTY}, which the Java Access
 * Bridge passes on and screen readers speak for the focused component. The usual description comes back when the focus
 * moves on, so the news is not read again later as if it were new.
 */
public final class Announcer {

    private static final String USUAL = "followupcoach.usualDescription";

    private Announcer() {
    }

    /** Announces {@code message} on {@code target}, normally the component that has (or is about to get) focus. */
    public static void say(JComponent target, String message) {
        AccessibleContext context = target.getAccessibleContext();
        if (target.getClientProperty(USUAL) == null) {
            String usual = context.getAccessibleDescription();
            target.putClientProperty(USUAL, usual == null ? "" : usual);
            target.addFocusListener(new FocusAdapter() {
                @Override
                public void focusLost(FocusEvent e) {
                    Object kept = target.getClientProperty(USUAL);
                    target.putClientProperty(USUAL, null);
                    target.removeFocusListener(this);
                    context.setAccessibleDescription(kept == null || "".equals(kept) ? null : kept.toString());
                }
            });
        }
        // Cleared first, so the same news twice in a row (two wrong answers) is still a change that gets announced.
        context.setAccessibleDescription(null);
        context.setAccessibleDescription(message);
    }

    /** Announces {@code message} on whatever has the keyboard focus, or on {@code fallback} when nothing has. */
    public static void sayToFocused(JComponent fallback, String message) {
        Component focused = KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
        say(focused instanceof JComponent component ? component : fallback, message);
    }
}
