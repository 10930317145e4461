package org.followupcoach.client.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import javax.swing.AbstractButton;
import javax.swing.text.JTextComponent;
import org.assertj.swing.edt.GuiActionRunner;
import org.followupcoach.client.AppTestBase;
import org.followupcoach.client.session.AppView;
import org.followupcoach.client.support.Messages;
import org.followupcoach.core.load.ContentLoader;
import org.followupcoach.core.model.AnswerOption;
import org.followupcoach.core.model.ContentPack;
import org.followupcoach.core.model.Question;
import org.followupcoach.core.quiz.TopicScore;
import org.junit.jupiter.api.Test;

class QuizViewTest extends AppTestBase {

    private static final ContentPack PACK = ContentLoader.loadBundled().pack().orElseThrow();
    private static final int TOTAL = PACK.quiz().questions().size();

    /** How a test wants one question answered. */
    private enum How { RIGHT, WRONG }

    /** How sure a test says it is; NONE leaves both buttons up. */
    private enum Sure { SURE, NOT_SURE, NONE }

    // ---- what the user sees ---------------------------------------------------------------------------------------

    private void openQuiz() {
        window.toggleButton("nav.quiz").click();
        window.button("quiz.startPractice").requireVisible();
    }

    private String prompt() {
        return window.textBox("quiz.prompt").text();
    }

    /** The question on screen, found in the content by its prompt. */
    private Question questionOnScreen() {
        String prompt = prompt();
        return PACK.quiz().questions().stream().filter(q -> q.prompt().equals(prompt)).findFirst()
                .orElseThrow(() -> new AssertionError("no question in the content reads: " + prompt));
    }

    /** The options of the question on screen, in screen order, found in the content by their text. */
    private List<AnswerOption> optionsOnScreen(Question question) {
        List<AnswerOption> options = new ArrayList<>();
        for (int i = 0; i < question.options().size(); i++) {
            String text = window.textBox("quiz.option." + i + ".text").text();
            options.add(question.options().stream().filter(o -> o.text().equals(text)).findFirst().orElseThrow());
        }
        return options;
    }

    /** Screen positions of the options to click for a right or a wrong answer. */
    private List<Integer> positionsFor(How how) {
        List<AnswerOption> options = optionsOnScreen(questionOnScreen());
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            if (how == How.RIGHT ? options.get(i).correct() : !options.get(i).correct()) {
                positions.add(i);
                if (how == How.WRONG) {
                    break;
                }
            }
        }
        return positions;
    }

    private void click(String name) {
        AbstractButton button = robot.finder().findByName(frame, name, AbstractButton.class, true);
        robot.click(button);
    }

    /** Chooses options with the mouse, says how sure, and submits with the button. */
    private void answer(How how, Sure sure) {
        positionsFor(how).forEach(i -> click("quiz.option." + i));
        if (sure != Sure.NONE) {
            window.toggleButton(sure == Sure.SURE ? "quiz.sure" : "quiz.notSure").click();
        }
        window.button("quiz.submit").requireEnabled().click();
    }

    private void answer(How how, Sure sure, boolean mouse) {
        if (mouse) {
            answer(how, sure);
        } else {
            answerByKeys(how, sure, false);
        }
    }

    /** The same by keyboard: digits (or letters, to cover both) pick, S or N say how sure, Enter submits. */
    private void answerByKeys(How how, Sure sure, boolean letters) {
        positionsFor(how).forEach(i -> robot.pressAndReleaseKey((letters ? KeyEvent.VK_A : KeyEvent.VK_1) + i));
        if (sure != Sure.NONE) {
            robot.pressAndReleaseKey(sure == Sure.SURE ? KeyEvent.VK_S : KeyEvent.VK_N);
        }
        robot.pressAndReleaseKey(KeyEvent.VK_ENTER);
    }

    private int questionNumber() {
        String text = window.label("quiz.progress").text();
        for (int n = 1; n <= TOTAL; n++) {
            if (text.equals(Messages.format("QuizQuestionPanel.progress.text", n, TOTAL))) {
                return n;
            }
        }
        throw new AssertionError("unexpected progress text: " + text);
    }

    private String scoreText(int correct, int total) {
        return Messages.format("QuizResultsPanel.score.text", correct, total, new TopicScore(correct, total).percent());
    }

    /** Prompts of the answers shown in a results section such as {@code quiz.sureButWrong}. */
    private Set<String> promptsIn(String section) {
        return new HashSet<>(GuiActionRunner.execute(() -> robot.finder().findAll(frame,
                c -> c.getName() != null && c.getName().matches(section.replace(".", "\\.") + "\\.\\d+\\.prompt")
                        && c.isShowing()).stream().map(c -> ((JTextComponent) c).getText()).toList()));
    }

    // ---- tests ----------------------------------------------------------------------------------------------------

    @Test
    void practiceShowsAVerdictAfterEveryAnswerAndTheScoreCountsTheRightOnes() {
        openQuiz();
        window.button("quiz.startPractice").click();
        int right = 0;
        int asked = 0;
        while (!showing("quiz.score")) {
            How how = asked % 3 == 1 ? How.WRONG : How.RIGHT;
            answer(how, Sure.NONE);
            asked++;

            window.label("quiz.verdict").requireText(Messages.get(how == How.RIGHT
                    ? "QuizFeedbackPanel.correct.text" : "QuizFeedbackPanel.wrong.text"));
            right += how == How.RIGHT ? 1 : 0;
            window.button("quiz.next").click();
        }

        assertThat(asked).isEqualTo(TOTAL);
        window.label("quiz.score").requireText(scoreText(right, TOTAL));
    }

    @Test
    void aReadinessCheckShowsNoVerdictUntilTheResults() {
        openQuiz();
        window.button("quiz.startCheck").click();
        int right = 0;
        int asked = 0;
        while (!showing("quiz.score")) {
            assertThat(questionNumber()).isEqualTo(asked + 1);
            How how = asked % 2 == 0 ? How.WRONG : How.RIGHT;
            answerByKeys(how, Sure.SURE, asked % 3 == 0);
            asked++;
            right += how == How.RIGHT ? 1 : 0;

            assertThat(showing("quiz.verdict")).as("a verdict after question %d", asked).isFalse();
            assertThat(showing("quiz.next")).isFalse();
        }

        assertThat(asked).isEqualTo(TOTAL);
        window.label("quiz.score").requireText(scoreText(right, TOTAL));
        assertThat(promptsIn("quiz.review")).hasSize(TOTAL);
    }

    @Test
    void aQuestionCanBeAnsweredWithKeyOneAndEnterAlone() {
        robot.pressKey(KeyEvent.VK_CONTROL);
        robot.pressAndReleaseKey(KeyEvent.VK_3);
        robot.releaseKey(KeyEvent.VK_CONTROL);
        awaitFocus("quiz.startPractice");
        robot.pressAndReleaseKey(KeyEvent.VK_SPACE);
        window.label("quiz.progress").requireText(Messages.format("QuizQuestionPanel.progress.text", 1, TOTAL));
        AnswerOption first = optionsOnScreen(questionOnScreen()).get(0);

        robot.pressAndReleaseKey(KeyEvent.VK_1);
        robot.pressAndReleaseKey(KeyEvent.VK_ENTER);

        window.label("quiz.verdict").requireText(Messages.get(first.correct()
                ? "QuizFeedbackPanel.correct.text" : "QuizFeedbackPanel.wrong.text"));
        window.radioButton("quiz.option.0").requireSelected();
        awaitFocus("quiz.next");
        robot.pressAndReleaseKey(KeyEvent.VK_ENTER);
        window.label("quiz.progress").requireText(Messages.format("QuizQuestionPanel.progress.text", 2, TOTAL));
        awaitFocus("quiz.option.0");
        robot.pressAndReleaseKey(KeyEvent.VK_S);
        window.toggleButton("quiz.sure").requireSelected();
        robot.pressAndReleaseKey(KeyEvent.VK_N);
        window.toggleButton("quiz.notSure").requireSelected();
        window.toggleButton("quiz.sure").requireNotSelected();
    }

    @Test
    void retryMissedAsksExactlyTheQuestionsThatWereMissed() {
        openQuiz();
        window.button("quiz.startCheck").click();
        Set<String> missed = new HashSet<>();
        IntPredicate wrong = n -> n % 5 == 2;
        int asked = 0;
        while (!showing("quiz.score")) {
            How how = wrong.test(asked++) ? How.WRONG : How.RIGHT;
            if (how == How.WRONG) {
                missed.add(prompt());
            }
            answerByKeys(how, Sure.NONE, asked % 2 == 0);
        }
        assertThat(missed).isNotEmpty();

        window.button("quiz.retryMissed").requireEnabled().click();

        window.label("quiz.progress").requireText(Messages.format("QuizQuestionPanel.progress.text", 1,
                missed.size()));
        List<String> retried = new ArrayList<>();
        while (!showing("quiz.score")) {
            retried.add(prompt());
            answerByKeys(How.RIGHT, Sure.NONE, false);
        }
        assertThat(retried).hasSameSizeAs(missed).containsExactlyInAnyOrderElementsOf(missed);
        window.label("quiz.score").requireText(scoreText(missed.size(), missed.size()));
        window.button("quiz.retryMissed").requireDisabled();
        window.button("quiz.restart").click();
        window.button("quiz.startPractice").requireVisible();
    }

    @Test
    void sureButWrongAnswersGetTheirOwnSectionOnTheResults() {
        openQuiz();
        window.button("quiz.startPractice").click();
        Set<String> sureButWrong = new HashSet<>();
        Set<String> unsureButRight = new HashSet<>();
        int asked = 0;
        while (!showing("quiz.score")) {
            int kind = asked++ % 4;
            String prompt = prompt();
            // By keyboard to keep this long run quick; the first question uses the mouse for the sure buttons.
            boolean mouse = asked == 1;
            switch (kind) {
                case 0 -> {
                    answer(How.WRONG, Sure.SURE, mouse);
                    sureButWrong.add(prompt);
                }
                case 1 -> {
                    answer(How.RIGHT, Sure.NOT_SURE, mouse);
                    unsureButRight.add(prompt);
                }
                case 2 -> answer(How.WRONG, Sure.NOT_SURE, mouse);
                default -> answer(How.RIGHT, Sure.SURE, mouse);
            }
            robot.pressAndReleaseKey(KeyEvent.VK_ENTER);
        }

        assertThat(showing("quiz.sureButWrong")).isTrue();
        assertThat(promptsIn("quiz.sureButWrong")).isEqualTo(sureButWrong);
        assertThat(promptsIn("quiz.unsureButRight")).isEqualTo(unsureButRight);
        assertThat(promptsIn("quiz.review")).hasSize(TOTAL);
    }

    @Test
    void readAboutThisOpensTheGuideAndTheQuizWaitsWhereItWas() {
        openQuiz();
        window.button("quiz.startPractice").click();
        answer(How.WRONG, Sure.SURE);
        String prompt = prompt();

        window.button("quiz.readUp").click();

        window.toggleButton("nav.guide").requireSelected();
        assertThat(models().navigation().view()).isEqualTo(AppView.GUIDE);
        window.toggleButton("nav.quiz").click();
        awaitShowing("quiz.verdict");
        assertThat(prompt()).isEqualTo(prompt);
        window.button("quiz.next").requireEnabled();
    }
}
