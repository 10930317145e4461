package org.followupcoach.client.view;

import javax.swing.JTextArea;
import javax.swing.text.DefaultCaret;

/** Look shared by the checklist and readiness screens: card and muted-text styles, and text that stays put. */
final class ChecklistStyle {

    /** Cards sit on the panel background as softly rounded, slightly lighter areas. */
    static final String CARD = "arc: 16; background: $Coach.card.background";

    /** Secondary text: counts, notes, weights. */
    static final String MUTED = "foreground: $Coach.muted";

    private ChecklistStyle() {
    }

    /**
     * Keeps a read-only text area from scrolling its scroll pane when its text is replaced: the default caret
     * follows the new text and drags the view along. A caret of our own also survives a theme switch.
     */
    static JTextArea steady(JTextArea area) {
        DefaultCaret caret = new DefaultCaret();
        caret.setUpdatePolicy(DefaultCaret.NEVER_UPDATE);
        area.setCaret(caret);
        return area;
    }
}
