package org.followupcoach.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.event.KeyEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import javax.swing.UIManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.followupcoach.client.shell.ThemeSupport;
import org.followupcoach.client.quiz.QuizModel;
import org.followupcoach.client.support.ClippedText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A 1024×768 window, at normal text size and zoomed to 200 % by someone with low vision: every view can still be read
 * in full, and used.
 */
class LargeTextTest extends AppTestBase {

    private static final String PROGRESS = """
            {"schemaVersion": 1, "sectionsRead": ["key-takeaways"], "checkedItems": ["resume-in-front"],
             "ui": {"theme": "LIGHT", "scalePercent": 100, "welcomed": true,
                    "window": {"x": 0, "y": 0, "width": 1024, "height": 768, "maximized": false}},
             "profile": {"name": "Sam Rivera", "phone": "+1 555 010 0123"},
             "interviews": [{"id": "iv-1", "company": "Northwind Analytics", "role": "Junior Data Analyst",
               "interviewerName": "Ms. Patel", "interviewerTitle": "Head of Data", "phone": "+1 555 010 0199",
               "interviewAt": "2026-11-20T10:00", "interviewerZone": "America/New_York",
               "keyQualifications": "SQL, dashboards", "wishISaid": "My churn analysis project", "archived": false,
               "attempts": [{"at": "2026-11-23T14:00:00Z", "outcome": "VOICEMAIL",
                             "note": "Went to voicemail, the line said she is out until Wednesday afternoon"}]}]}
            """;

    @BeforeEach
    void startWithAnInterviewInASmallWindow() throws Exception {
        closeApp();
        Files.writeString(dataDir.resolve("progress.json"), PROGRESS, StandardCharsets.UTF_8);
        launch(options());
        awaitLoaded();
    }

    @AfterEach
    void normalTextForTheNextTest() {
        GuiActionRunner.execute(() -> ThemeSupport.scale(100));
    }

    private void zoomTo200() {
        for (int i = 0; i < ThemeSupport.SCALES.length; i++) {
            ctrl(KeyEvent.VK_EQUALS);
        }
        assertThat(GuiActionRunner.execute(() -> models().session().progress().ui().scale())).isEqualTo(200);
    }

    private List<String> clipped() {
        return clippedIn(frame);
    }

    private List<String> clippedIn(javax.swing.RootPaneContainer window) {
        robot.waitForIdle();
        return GuiActionRunner.execute(() -> {
            window.getRootPane().validate();
            return ClippedText.find(window.getRootPane());
        });
    }

    @Test
    void atNormalTextSizeNoViewCutsOffText() {
        int[] keys = {KeyEvent.VK_1, KeyEvent.VK_2, KeyEvent.VK_3, KeyEvent.VK_4, KeyEvent.VK_5, KeyEvent.VK_6};
        for (int key : keys) {
            ctrl(key);
            String view = GuiActionRunner.execute(() -> models().navigation().view().name());
            assertThat(clipped()).as("text cut off on %s at 100 %%", view).isEmpty();
        }
    }

    @Test
    void atTwiceTheTextSizeNoViewCutsOffText() {
        float normal = GuiActionRunner.execute(() -> UIManager.getFont("Label.font").getSize2D());
        zoomTo200();
        assertThat(GuiActionRunner.execute(() -> UIManager.getFont("Label.font").getSize2D()))
                .isEqualTo(normal * 2, org.assertj.core.data.Offset.offset(1f));
        int[] keys = {KeyEvent.VK_1, KeyEvent.VK_2, KeyEvent.VK_3, KeyEvent.VK_4, KeyEvent.VK_5, KeyEvent.VK_6};
        for (int key : keys) {
            ctrl(key);
            String view = GuiActionRunner.execute(() -> models().navigation().view().name());
            assertThat(clipped()).as("text cut off on %s at 200 %%", view).isEmpty();
        }
        // The last view was Interviews, one pane at a time: a click opens the interview, a button goes back.
        window.list("interviews.list").clickItem(0);
        window.textBox("interviews.attempts").requireVisible();
        assertThat(showing("interviews.list")).as("the list beside an open interview").isFalse();
        assertThat(clipped()).as("text cut off on an interview at 200 %").isEmpty();
        window.button("interviews.back").click();
        window.list("interviews.list").requireVisible().requireFocused();
        robot.pressAndReleaseKeys(KeyEvent.VK_ENTER);
        window.textBox("interviews.attempts").requireVisible();

        ctrl(KeyEvent.VK_3);
        window.button("quiz.startPractice").click();
        QuizModel quiz = models().quiz();
        await("a question", () -> quiz.state() == QuizModel.State.QUESTION);
        assertThat(clipped()).as("text cut off on a quiz question at 200 %").isEmpty();
        robot.pressAndReleaseKeys(KeyEvent.VK_1);
        robot.pressAndReleaseKeys(KeyEvent.VK_ENTER);
        await("feedback", () -> quiz.state() == QuizModel.State.FEEDBACK);
        assertThat(clipped()).as("text cut off on quiz feedback at 200 %").isEmpty();
    }

    @Test
    void inANarrowWindowTheGuideShowsContentsOrTheSectionAndSwitchesBetweenThem() {
        zoomTo200();
        ctrl(KeyEvent.VK_1);
        window.toggleButton("guide.contents").requireVisible();
        assertThat(showing("guide.toc")).as("contents beside the section").isFalse();
        window.label("guide.section.title").requireText("Key takeaways");

        window.toggleButton("guide.contents").click();
        window.list("guide.toc").requireVisible().requireFocused();
        robot.pressAndReleaseKeys(KeyEvent.VK_DOWN);
        robot.pressAndReleaseKeys(KeyEvent.VK_ENTER);
        assertThat(showing("guide.toc")).as("contents after choosing a section").isFalse();
        window.label("guide.section.title").requireVisible().requireText("How hiring managers like to hear from you");

        // Ctrl+F brings the search back even while a section fills the view.
        ctrl(KeyEvent.VK_F);
        window.textBox("guide.search").requireVisible().requireFocused();
    }

    @Test
    void inANarrowWindowAStepsLinksSitTogetherUnderItsText() {
        zoomTo200();
        ctrl(KeyEvent.VK_2);
        robot.waitForIdle();
        javax.swing.JComponent textArea = window.textBox("checklist.text.resume-in-front").target();
        javax.swing.JComponent whyLink = window.button("checklist.why.resume-in-front").target();
        javax.swing.JComponent noteLink = window.button("checklist.noteButton.resume-in-front").target();
        java.awt.Rectangle text = GuiActionRunner.execute(() -> textArea.getBounds());
        java.awt.Rectangle why = GuiActionRunner.execute(() -> whyLink.getBounds());
        java.awt.Rectangle note = GuiActionRunner.execute(() -> noteLink.getBounds());

        assertThat(why.y).as("the links on a line under the step's text").isGreaterThanOrEqualTo(text.y + text.height);
        assertThat(note.y).as("both links on one line").isEqualTo(why.y);
        assertThat(note.x - (why.x + why.width)).as("\"Add note\" right after \"Why?\", not across the row")
                .isBetween(0, note.width);
    }

    @Test
    void theTextSizeAndTheCompactSidebarAreThereAfterARestart() {
        zoomTo200();
        assertThat(showing("nav.guide.detail")).as("progress lines in a compact sidebar").isFalse();
        restartApp();
        assertThat(GuiActionRunner.execute(() -> models().session().progress().ui().scale())).isEqualTo(200);
        assertThat(showing("nav.guide.detail")).as("progress lines after a restart").isFalse();
        ctrl(KeyEvent.VK_0);
        int sections = GuiActionRunner.execute(() -> models().session().pack().sections().size());
        window.label("nav.guide.detail").requireVisible().requireText("1 of " + sections + " sections read");
    }

    @Test
    void anInterviewOpenedBeforeZoomingStillOpensWithAClick() {
        // Zooming installs every list's UI again, after the app's own listeners: a click must still open the row.
        ctrl(KeyEvent.VK_6);
        window.list("interviews.list").requireVisible();
        zoomTo200();
        window.list("interviews.list").clickItem(0);
        window.textBox("interviews.attempts").requireVisible();
        assertThat(showing("interviews.list")).as("the list beside an open interview").isFalse();
    }

    @Test
    void theCueCardAndTheInterviewFormCanBeReadAt200Percent() {
        zoomTo200();
        ctrl(KeyEvent.VK_6);
        window.list("interviews.list").clickItem(0);
        window.button("interviews.cueCard").click();
        org.assertj.swing.fixture.DialogFixture cueCard = window.dialog("cueCard");
        assertThat(clippedIn((javax.swing.JDialog) cueCard.target())).as("text cut off on the cue card").isEmpty();
        cueCard.pressAndReleaseKeys(KeyEvent.VK_ESCAPE);
        cueCard.requireNotVisible();

        javax.swing.JButton edit = window.button("interviews.edit").target();
        GuiActionRunner.execute(() -> edit.scrollRectToVisible(new java.awt.Rectangle(edit.getSize())));
        window.button("interviews.edit").click();
        org.assertj.swing.fixture.DialogFixture form = window.dialog("interviewForm");
        assertThat(clippedIn((javax.swing.JDialog) form.target())).as("text cut off on the form").isEmpty();
        form.pressAndReleaseKeys(KeyEvent.VK_ESCAPE);
        form.requireNotVisible();
    }
}
