package org.followupcoach.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.KeyboardFocusManager;
import java.awt.event.KeyEvent;
import javax.swing.JCheckBox;
import org.assertj.swing.edt.GuiActionRunner;
import org.followupcoach.client.quiz.QuizModel;
import org.junit.jupiter.api.Test;

/** A user without a mouse completes the checklist and a whole quiz with the keyboard alone. */
class KeyboardOnlyTest extends AppTestBase {

    private Component focused() {
        return GuiActionRunner.execute(() -> KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner());
    }

    /** The news given to screen readers on the focused component, through its accessible description. */
    private String announced() {
        return GuiActionRunner.execute(() -> focused().getAccessibleContext().getAccessibleDescription());
    }

    @Test
    void theChecklistCanBeCompletedWithTabAndSpace() {
        ctrl(KeyEvent.VK_2);
        var checklist = models().checklist();
        int total = GuiActionRunner.execute(() -> checklist.overall().total());
        // Tab moves through every control of the screen; Space ticks each checkbox met on the way.
        for (int presses = 0; presses < total * 8 && GuiActionRunner.execute(() -> checklist.overall().done()) < total;
                presses++) {
            Component c = focused();
            if (c instanceof JCheckBox box && box.getName() != null && box.getName().startsWith("checklist.item.")
                    && !GuiActionRunner.execute(box::isSelected)) {
                robot.pressAndReleaseKeys(KeyEvent.VK_SPACE);
                robot.waitForIdle();
                // What a screen reader is told about the box it is on: the tick took, and how far along the list is.
                int done = GuiActionRunner.execute(() -> checklist.overall().done());
                assertThat(announced()).isEqualTo("Done. " + done + " of " + total + " steps done.");
            }
            robot.pressAndReleaseKeys(KeyEvent.VK_TAB);
            robot.waitForIdle();
        }
        assertThat(GuiActionRunner.execute(() -> checklist.overall().done())).isEqualTo(total);
        window.progressBar("checklist.overall").requireText(total + " of " + total + " done");
    }

    @Test
    void aWholeQuizCanBeTakenWithNumberKeysAndEnter() {
        ctrl(KeyEvent.VK_3);
        QuizModel quiz = models().quiz();
        window.button("quiz.startPractice").focus();
        robot.pressAndReleaseKeys(KeyEvent.VK_SPACE);
        await("the first question", () -> quiz.state() == QuizModel.State.QUESTION);
        int count = GuiActionRunner.execute(quiz::questionCount);
        for (int i = 0; i < count; i++) {
            robot.pressAndReleaseKeys(KeyEvent.VK_1);
            robot.pressAndReleaseKeys(KeyEvent.VK_ENTER);
            await("feedback", () -> quiz.state() == QuizModel.State.FEEDBACK);
            robot.waitForIdle();
            boolean correct = GuiActionRunner.execute(() -> quiz.lastAnswer().orElseThrow().correct());
            assertThat(announced()).as("the verdict, said where the focus is").startsWith(correct ? "Correct" : "Not quite");
            robot.pressAndReleaseKeys(KeyEvent.VK_ENTER);
            await("the next screen", () -> quiz.state() != QuizModel.State.FEEDBACK);
        }
        await("the results", () -> quiz.state() == QuizModel.State.RESULTS);
        assertThat(GuiActionRunner.execute(() -> quiz.lastAttempt().orElseThrow().answers())).hasSize(count);
        window.label("quiz.score").requireVisible();
        robot.waitForIdle();
        // The score, then the readiness score it leads to.
        assertThat(announced()).isEqualTo(window.label("quiz.score").text() + ". "
                + window.label("quiz.newScore").text());
    }
}
