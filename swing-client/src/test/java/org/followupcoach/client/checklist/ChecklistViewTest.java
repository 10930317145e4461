package org.followupcoach.client.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.event.KeyEvent;
import java.util.List;
import javax.swing.JComponent;
import javax.swing.text.JTextComponent;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.assertj.swing.fixture.JTextComponentFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.followupcoach.client.AppTestBase;
import org.followupcoach.core.model.ChecklistItem;
import org.followupcoach.core.model.ChecklistPhase;
import org.followupcoach.core.model.Section;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChecklistViewTest extends AppTestBase {

    private List<ChecklistItem> before;

    @BeforeEach
    void openChecklist() {
        before = phase("before").items();
        showChecklist();
    }

    private void showChecklist() {
        window.toggleButton("nav.checklist").click();
        window.panel("checklist").requireVisible();
    }

    private ChecklistPhase phase(String id) {
        return models().checklist().phases().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    private int total() {
        return GuiActionRunner.execute(() -> models().checklist().overall().total());
    }

    /** Scrolls a component of the checklist into view, as a user would before clicking it. */
    private void reveal(String name) {
        JComponent c = (JComponent) window.robot().finder().findByName(frame, name, false);
        GuiActionRunner.execute(() -> c.scrollRectToVisible(new java.awt.Rectangle(c.getSize())));
        window.robot().waitForIdle();
    }

    /** A text component whether it is showing or hidden, for checking that it is hidden. */
    private JTextComponentFixture anyTextBox(String name) {
        return new JTextComponentFixture(window.robot(),
                (JTextComponent) window.robot().finder().findByName(frame, name, false));
    }

    /** Waits until a confirmation is answered and gone, so what follows sees its outcome. */
    private static void awaitClosed(JOptionPaneFixture pane) {
        Pause.pause(new Condition("the confirmation to close") {
            @Override
            public boolean test() {
                return !GuiActionRunner.execute(() -> pane.target().isShowing());
            }
        }, Timeout.timeout(5_000));
    }

    private void tick(ChecklistItem item) {
        reveal("checklist.item." + item.id());
        window.checkBox("checklist.item." + item.id()).click();
    }

    @Test
    void checkedItemsAreStillCheckedAfterARestart() {
        tick(before.get(0));
        tick(before.get(2));
        tick(before.get(4));

        restartApp();
        showChecklist();

        window.checkBox("checklist.item." + before.get(0).id()).requireSelected();
        window.checkBox("checklist.item." + before.get(1).id()).requireNotSelected();
        window.checkBox("checklist.item." + before.get(2).id()).requireSelected();
        window.checkBox("checklist.item." + before.get(4).id()).requireSelected();
        window.progressBar("checklist.overall").requireText("3 of " + total() + " done");
    }

    @Test
    void checkingAnItemUpdatesThePhaseProgressAndTheOverallBar() {
        window.label("checklist.phase.before.progress").requireText("0 of " + before.size());
        window.progressBar("checklist.overall").requireText("0 of " + total() + " done").requireValue(0);

        tick(before.get(1));

        window.label("checklist.phase.before.progress").requireText("1 of " + before.size());
        window.label("checklist.phase.after.progress").requireText("0 of " + phase("after").items().size());
        window.progressBar("checklist.overall").requireText("1 of " + total() + " done").requireValue(1);
        window.label("checklist.overall.summary").requireText(
                Math.round(100f / total()) + "% done, " + (total() - 1) + " steps to go.");
    }

    @Test
    void tickingEveryStepSaysTheUserIsReady() {
        GuiActionRunner.execute(() -> models().session().pack().checklistItems()
                .forEach(i -> models().checklist().setChecked(i.id(), true)));

        window.label("checklist.overall.summary").requireText("Every step is done. You're ready to make the call.");
        window.label("checklist.phase.before.progress").requireText(before.size() + " of " + before.size());
        window.progressBar("checklist.overall").requireValue(total());
    }

    @Test
    void clickingAStepsWordsTicksItToo() {
        reveal("checklist.text." + before.get(3).id());
        window.textBox("checklist.text." + before.get(3).id()).click();

        window.checkBox("checklist.item." + before.get(3).id()).requireSelected();
        window.label("checklist.phase.before.progress").requireText("1 of " + before.size());
    }

    @Test
    void whyOpensTheGuideAtTheSectionThatExplainsTheStep() {
        ChecklistItem item = phase("voicemail").items().get(0);
        Section section = GuiActionRunner.execute(() -> models().session().pack().section(item.sectionId())
                .orElseThrow());
        assertThat(section.id()).isNotEqualTo(GuiActionRunner.execute(() -> models().guide().selected().id()));

        reveal("checklist.why." + item.id());
        window.button("checklist.why." + item.id()).click();

        window.label("guide.section.title").requireVisible().requireText(section.title());
        window.toggleButton("nav.guide").requireSelected();
    }

    private static void press(javax.swing.JButton button) {
        GuiActionRunner.execute(() -> {
            button.doClick();
            return null;
        });
    }

    @Test
    void uncheckAllAsksFirstAndOnlyClearsTheTicksOnYes() {
        tick(before.get(0));
        tick(before.get(1));

        window.button("checklist.uncheckAll").click();
        JOptionPaneFixture confirm = window.optionPane(Timeout.timeout(5_000));
        confirm.requireMessage("This clears all 2 ticked steps so you can go through the checklist again."
                + " Your notes are kept.\nUncheck everything?");
        // Pressed through the button itself: without a window manager the robot's click on a just-opened dialog
        // sometimes lands before the dialog is placed (seen 1 in ~10 runs under Xvfb).
        press(confirm.noButton().target());
        awaitClosed(confirm);

        window.checkBox("checklist.item." + before.get(0).id()).requireSelected();
        window.checkBox("checklist.item." + before.get(1).id()).requireSelected();
        window.progressBar("checklist.overall").requireText("2 of " + total() + " done");

        window.button("checklist.uncheckAll").click();
        JOptionPaneFixture again = window.optionPane(Timeout.timeout(5_000));
        press(again.yesButton().target());
        awaitClosed(again);

        window.checkBox("checklist.item." + before.get(0).id()).requireNotSelected();
        window.checkBox("checklist.item." + before.get(1).id()).requireNotSelected();
        window.progressBar("checklist.overall").requireText("0 of " + total() + " done");
        window.button("checklist.uncheckAll").requireDisabled();
    }

    @Test
    void aNoteTypedIntoAStepIsShownAfterARestart() {
        String id = before.get(1).id();
        anyTextBox("checklist.noteText." + id).requireNotVisible();

        window.button("checklist.noteButton." + id).requireText("Add note").click();
        JTextComponentFixture field = window.textBox("checklist.note." + id).requireVisible().requireFocused();
        assertThat(GuiActionRunner.execute(() -> field.target().getHeight())).as("the note field's height")
                .isGreaterThan(GuiActionRunner.execute(() -> field.target().getFont().getSize()));
        field.enterText("Ask Dana about the start date");
        window.textBox("checklist.note." + id).pressAndReleaseKeys(KeyEvent.VK_ENTER);

        anyTextBox("checklist.note." + id).requireNotVisible();
        window.textBox("checklist.noteText." + id).requireVisible().requireText("Note: Ask Dana about the start date");
        window.button("checklist.noteButton." + id).requireText("Edit note");

        restartApp();
        showChecklist();

        window.textBox("checklist.noteText." + id).requireVisible().requireText("Note: Ask Dana about the start date");
        window.button("checklist.noteButton." + id).requireText("Edit note");
    }

    @Test
    void escapeLeavesTheNoteAsItWas() {
        String id = before.get(2).id();
        window.button("checklist.noteButton." + id).click();
        window.textBox("checklist.note." + id).enterText("half a thought");
        window.textBox("checklist.note." + id).pressAndReleaseKeys(KeyEvent.VK_ESCAPE);

        anyTextBox("checklist.note." + id).requireNotVisible();
        window.button("checklist.noteButton." + id).requireText("Add note").requireFocused();
        assertThat(GuiActionRunner.execute(() -> models().checklist().note(id))).isEmpty();
    }

    @Test
    void clearingANoteRemovesIt() {
        String id = before.get(0).id();
        GuiActionRunner.execute(() -> models().checklist().setNote(id, "old note"));
        window.textBox("checklist.noteText." + id).requireText("Note: old note");

        window.button("checklist.noteButton." + id).click();
        window.textBox("checklist.note." + id).requireText("old note").deleteText()
                .pressAndReleaseKeys(KeyEvent.VK_ENTER);

        anyTextBox("checklist.noteText." + id).requireNotVisible();
        window.button("checklist.noteButton." + id).requireText("Add note");
        assertThat(GuiActionRunner.execute(() -> models().checklist().note(id))).isEmpty();
    }
}
