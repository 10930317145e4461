package org.followupcoach.client.view;

import com.formdev.flatlaf.FlatClientProperties;
import javax.swing.AbstractButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JTextArea;
import javax.swing.text.DefaultCaret;
import org.followupcoach.client.view.support.Ui;

/** The looks the planner screens share: soft cards, muted text, card headings and the one filled button. */
final class InterviewStyle {

    private InterviewStyle() {
    }

    /**
     * A rounded card on the subtle card background. Styles resolve {@code $keys} on every theme switch, so the card
     * follows light and dark without an {@code updateUI} override.
     */
    static <T extends JComponent> T card(T panel) {
        panel.putClientProperty(FlatClientProperties.STYLE, "arc: 16; background: $Coach.card.background");
        return panel;
    }

    /** Secondary text in the theme's muted colour. */
    static <T extends JComponent> T muted(T component) {
        component.putClientProperty(FlatClientProperties.STYLE, "foreground: $Coach.muted");
        return component;
    }

    /**
     * Read-only wrapping text, like {@link Ui#paragraph}, whose caret never moves. A paragraph's caret follows every
     * text change and, once on screen, scrolls the page to itself: a page of paragraphs would open scrolled to the
     * last one. So the policy is set before any text goes in.
     */
    static JTextArea paragraph(String text, String styleClass) {
        JTextArea area = styleClass == null ? Ui.paragraph("") : Ui.paragraph("", styleClass);
        ((DefaultCaret) area.getCaret()).setUpdatePolicy(DefaultCaret.NEVER_UPDATE);
        area.setText(text);
        area.getAccessibleContext().setAccessibleName(text);
        return area;
    }

    /** An empty {@link #paragraph(String, String)} for text set later. */
    static JTextArea emptyParagraph(String styleClass) {
        return paragraph("", styleClass);
    }

    /** A small upper-level heading inside a card. */
    static JLabel heading(String text) {
        return Ui.styled(text, "h3");
    }

    /** The main action of a screen, filled with the accent so the next step is obvious. */
    static <T extends AbstractButton> T primary(T button) {
        button.putClientProperty(FlatClientProperties.STYLE, "background: $Coach.interviewsView.primary.background;"
                + "foreground: $Coach.interviewsView.primary.foreground;"
                + "hoverBackground: $Coach.interviewsView.primary.hoverBackground;"
                + "pressedBackground: $Coach.interviewsView.primary.hoverBackground;"
                + "focusedBackground: $Coach.interviewsView.primary.hoverBackground;"
                + "focusedForeground: $Coach.interviewsView.primary.foreground;"
                + "borderColor: $Coach.interviewsView.primary.background");
        return button;
    }
}
