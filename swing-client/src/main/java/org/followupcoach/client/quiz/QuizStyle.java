package org.followupcoach.client.quiz;

import javax.swing.Icon;
import javax.swing.JLabel;
import org.followupcoach.client.support.Icons;
import org.followupcoach.client.support.Messages;
import org.followupcoach.client.support.Ui;
/** How the quiz shows right and wrong: a tick or cross always next to words. */
final class QuizStyle {

    private QuizStyle() {
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
