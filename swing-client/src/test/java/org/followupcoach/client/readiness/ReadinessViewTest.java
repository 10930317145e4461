package org.followupcoach.client.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.swing.JComponent;
import org.assertj.swing.edt.GuiActionRunner;
import org.followupcoach.client.AppTestBase;
import org.followupcoach.core.model.ChecklistItem;
import org.followupcoach.core.model.ContentPack;
import org.followupcoach.core.model.Section;
import org.followupcoach.core.model.Topic;
import org.followupcoach.core.readiness.Readiness;
import org.followupcoach.core.readiness.ReadinessCalculator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReadinessViewTest extends AppTestBase {

    private ContentPack pack;

    @BeforeEach
    void openReadiness() {
        pack = GuiActionRunner.execute(() -> models().session().pack());
        showReadiness();
    }

    private void showReadiness() {
        window.toggleButton("nav.readiness").click();
        window.panel("readiness").requireVisible();
    }

    private void reveal(String name) {
        JComponent c = (JComponent) window.robot().finder().findByName(frame, name, false);
        GuiActionRunner.execute(() -> c.scrollRectToVisible(new java.awt.Rectangle(c.getSize())));
        window.robot().waitForIdle();
    }

    private Readiness expected(Set<String> checked, Set<String> read) {
        return new ReadinessCalculator(pack).compute(checked, read, List.of());
    }

    private String historyDescription() {
        JComponent chart = (JComponent) window.robot().finder().findByName(frame, "readiness.history", false);
        return GuiActionRunner.execute(() -> chart.getAccessibleContext().getAccessibleDescription());
    }

    @Test
    void theScoreStartsAtZeroWithAnEmptyHistory() {
        window.label("readiness.score").requireText("0");
        window.label("readiness.band").requireText("Just getting started");
        window.progressBar("readiness.checklist").requireText("0%");
        assertThat(historyDescription()).startsWith("No history yet");
    }

    @Test
    void checkingItemsRaisesTheScoreByTheChecklistShare() {
        List<ChecklistItem> items = pack.checklistItems().subList(0, 3);
        window.toggleButton("nav.checklist").click();
        items.forEach(i -> window.checkBox("checklist.item." + i.id()).click());

        showReadiness();

        Set<String> checked = new HashSet<>();
        items.forEach(i -> checked.add(i.id()));
        Readiness expected = expected(checked, Set.of());
        int checklistPercent = Math.round(100f * 3 / pack.checklistItems().size());
        assertThat(expected.score()).isEqualTo(Math.round(ReadinessCalculator.CHECKLIST_WEIGHT * checklistPercent
                / 100f)).isPositive();
        window.label("readiness.score").requireText(Integer.toString(expected.score()));
        window.progressBar("readiness.checklist").requireText(checklistPercent + "%").requireValue(checklistPercent);
        assertThat(historyDescription()).contains("to " + expected.score());
    }

    @Test
    void markingASectionReadRaisesTheScoreByTheReadingShare() {
        GuiActionRunner.execute(() -> models().guide().setRead("voicemail", true));
        GuiActionRunner.execute(() -> models().guide().setRead("live-call", true));

        Readiness expected = expected(Set.of(), Set.of("voicemail", "live-call"));
        int readingPercent = Math.round(100f * 2 / pack.sections().size());
        assertThat(expected.score()).isEqualTo(Math.round(ReadinessCalculator.READING_WEIGHT * readingPercent
                / 100f)).isPositive();
        window.label("readiness.score").requireText(Integer.toString(expected.score()));
        window.progressBar("readiness.reading").requireText(readingPercent + "%");
        window.progressBar("readiness.quiz").requireText("0%");
    }

    @Test
    void untestedTopicsSayNotTestedYet() {
        Topic topic = pack.quiz().topics().get(0);
        window.progressBar("readiness.topic." + topic.id()).requireText("Not tested yet");
    }

    @Test
    void aNextStepLinkOpensTheGuideAtAnUnreadSection() {
        Section first = pack.sections().get(0);
        reveal("readiness.next.section." + first.id());
        GuiActionRunner.execute(() -> models().guide().select(pack.sections().get(3).id()));

        window.button("readiness.next.section." + first.id()).click();

        window.toggleButton("nav.guide").requireSelected();
        window.label("guide.section.title").requireVisible().requireText(first.title());
    }

    @Test
    void anOpenChecklistStepLinkGoesToTheChecklist() {
        ChecklistItem first = pack.checklistItems().get(0);
        reveal("readiness.next.item." + first.id());

        window.button("readiness.next.item." + first.id()).click();

        window.toggleButton("nav.checklist").requireSelected();
        window.panel("checklist").requireVisible();
    }

    @Test
    void readUpOnATopicOpensItsSection() {
        Topic topic = pack.quiz().topics().get(1);
        Section section = pack.section(topic.sectionId()).orElseThrow();
        reveal("readiness.topic." + topic.id() + ".readUp");

        window.button("readiness.topic." + topic.id() + ".readUp").click();

        window.label("guide.section.title").requireVisible().requireText(section.title());
    }

    @Test
    void aReadSectionLeavesTheNextSteps() {
        Section first = pack.sections().get(0);
        window.button("readiness.next.section." + first.id()).requireVisible();

        GuiActionRunner.execute(() -> models().guide().setRead(first.id(), true));

        assertThat(window.robot().finder().findAll(frame, c -> ("readiness.next.section." + first.id())
                .equals(c.getName()) && c.isShowing())).isEmpty();
        window.button("readiness.next.section." + pack.sections().get(3).id()).requireVisible();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {1180, 900, 720})
    void topicNamesWrapBetweenWordsAndTheirLinksLineUpWithTheNextSteps(int width) {
        GuiActionRunner.execute(() -> {
            frame.setExtendedState(java.awt.Frame.NORMAL);
            frame.setSize(width, 800);
            frame.validate();
        });
        window.robot().waitForIdle();
        reveal("readiness.topics");
        java.awt.Container topics = (java.awt.Container) window.robot().finder().findByName(frame, "readiness.topics",
                false);
        assertThat(GuiActionRunner.execute(() -> org.followupcoach.client.support.ClippedText.find(topics)))
                .noneMatch(problem -> problem.contains("breaks the word"));
        java.util.List<Integer> rightEdges = GuiActionRunner.execute(() -> window.robot().finder()
                .findAll(frame, c -> c.isShowing() && c instanceof javax.swing.JButton b
                        && b.getName() != null && (b.getName().endsWith(".readUp") || b.getName().startsWith(
                                "readiness.next.")))
                .stream().map(c -> c.getLocationOnScreen().x + c.getWidth()).distinct().toList());
        assertThat(rightEdges).as("right edges of the links in both cards").hasSize(1);
    }
}
