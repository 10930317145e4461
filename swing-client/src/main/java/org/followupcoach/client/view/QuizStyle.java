package org.followupcoach.client.view;

import com.formdev.flatlaf.FlatClientProperties;
import javax.swing.AbstractButton;
import javax.swing.Icon;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;
import org.followupcoach.client.view.support.Icons;
import org.followupcoach.client.view.support.Messages;
import org.followupcoach.client.view.support.Ui;

/** The looks the quiz panels share: soft cards, muted text, verdict icons and the one primary button per screen. */
final class QuizStyle {

    private QuizStyle() {
    }

    /**
     * A rounded card on the subtle card background. Styles resolve {@code $keys} on every theme switch, so the card
     * follows light and dark without an {@code updateUI} override.
     */
    static <T extends JComponent> T card(T panel) {
        panel.putClientProperty(FlatClientProperties.STYLE, "arc: 16; background: $Coach.card.background");
        return panel;
    }

    /** A new card panel laid out by {@code layout}. */
    static JPanel card(MigLayout layout) {
        return card(new JPanel(layout));
    }

    /** Secondary text in the theme's muted colour. */
    static <T extends JComponent> T muted(T component) {
        component.putClientProperty(FlatClientProperties.STYLE, "foreground: $Coach.muted");
        return component;
    }

    /** The button that moves the quiz on, filled with the accent so the next step is obvious. */
    static <T extends AbstractButton> T primary(T button) {
        button.putClientProperty(FlatClientProperties.STYLE, "background: $Coach.quizView.primary.background;"
                + "foreground: $Coach.quizView.primary.foreground;"
                + "hoverBackground: $Coach.quizView.primary.hoverBackground;"
                + "pressedBackground: $Coach.quizView.primary.hoverBackground;"
                + "focusedBackground: $Coach.quizView.primary.hoverBackground;"
                + "focusedForeground: $Coach.quizView.primary.foreground;"
                + "borderColor: $Coach.quizView.primary.background;"
                + "disabledBackground: $Coach.quizView.primary.disabledBackground");
        return button;
    }

    /** A tick or a cross in the correct/wrong colour; always shown next to words, never alone. */
    static Icon verdictIcon(boolean correct) {
        return correct ? Icons.tick("Coach.correct") : Icons.cross("Coach.wrong");
    }

    /** A label with a verdict icon and a message key's text. */
    static JLabel verdict(boolean correct, String key, String styleClass) {
        JLabel label = Ui.styled(Messages.get(key), styleClass);
        label.setIcon(verdictIcon(correct));
        label.setIconTextGap(label.getFont().getSize() / 3);
        return label;
    }
}
