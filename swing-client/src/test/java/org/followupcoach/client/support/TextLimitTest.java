package org.followupcoach.client.support;

import static org.assertj.core.api.Assertions.assertThat;

import javax.swing.JLabel;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;

/** A text field stops at its bound and shows a counter as the text nears it. */
class TextLimitTest {

    @Test
    void typingOrPastingBeyondTheLimitKeepsWhatFitsAndTheCounterShowsNearIt() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            JTextField field = new JTextField();
            JLabel counter = TextLimit.install(field, "note", 20);
            field.setText("a".repeat(17));
            assertThat(counter.isVisible()).isFalse();

            field.setCaretPosition(field.getText().length());
            field.replaceSelection("bb");
            assertThat(counter.isVisible()).isTrue();
            assertThat(counter.getText()).isEqualTo("19 of 20 characters");

            field.replaceSelection("ccccc");
            assertThat(field.getText()).isEqualTo("a".repeat(17) + "bbc");
            assertThat(counter.getName()).isEqualTo("note.counter");
        });
    }

    @Test
    void aHugePasteIntoATextAreaIsCutToTheLimitWithoutSplittingACharacter() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            JTextArea area = new JTextArea();
            TextLimit.install(area, "area", 5);
            area.setText("abcd\uD83D\uDE00" + "x".repeat(1_000_000));
            assertThat(area.getText()).isEqualTo("abcd");
        });
    }
}
