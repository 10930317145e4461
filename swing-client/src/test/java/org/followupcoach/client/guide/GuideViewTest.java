package org.followupcoach.client.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.awt.event.KeyEvent;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.JListFixture;
import org.followupcoach.client.AppTestBase;
import org.followupcoach.client.support.Messages;
import org.followupcoach.core.load.ContentLoader;
import org.followupcoach.core.model.Channel;
import org.followupcoach.core.model.ContentPack;
import org.followupcoach.core.model.Section;
import org.followupcoach.core.model.Tip;
import org.followupcoach.core.model.TipKind;
import org.followupcoach.core.search.SearchHit;
import org.junit.jupiter.api.Test;

class GuideViewTest extends AppTestBase {

    private static final ContentPack PACK = ContentLoader.loadBundled().pack().orElseThrow();
    private static final int SECTIONS = PACK.sections().size();

    // ---- what the user sees and does ------------------------------------------------------------------------------

    private static String title(String sectionId) {
        return PACK.section(sectionId).orElseThrow().title();
    }

    private static int position(String sectionId) {
        return PACK.sections().indexOf(PACK.section(sectionId).orElseThrow());
    }

    private void openGuide() {
        window.toggleButton("nav.guide").click();
        window.list("guide.toc").requireVisible();
    }

    private void openSection(String sectionId) {
        openGuide();
        window.list("guide.toc").clickItem(position(sectionId));
        window.label("guide.section.title").requireText(title(sectionId));
    }

    private <T extends JComponent> T find(String name, Class<T> type) {
        return robot.finder().findByName(frame, name, type, false);
    }

    /** What a screen reader hears for a row of the table of contents. */
    private String tocEntrySpoken(String sectionId) {
        JList<?> toc = window.list("guide.toc").target();
        return GuiActionRunner.execute(() -> toc.getAccessibleContext().getAccessibleChild(position(sectionId))
                .getAccessibleContext().getAccessibleName());
    }

    /** How far the reading pane is scrolled down, in pixels. */
    private int readingScrolledBy() {
        robot.waitForIdle();
        JComponent reading = find("guide.reading", JComponent.class);
        return GuiActionRunner.execute(() -> -reading.getY());
    }

    private static String readCount(int read) {
        return Messages.format("GuideTocPanel.readCount.text", read, SECTIONS);
    }

    // ---- tests ----------------------------------------------------------------------------------------------------

    @Test
    void clickingATableOfContentsEntryShowsThatSection() {
        openGuide();

        window.list("guide.toc").clickItem(position("when-to-call"));

        window.label("guide.section.title").requireText(title("when-to-call"));
        window.label("guide.position").requireText(Messages.format("GuideView.position.text",
                position("when-to-call") + 1, SECTIONS));
    }

    @Test
    void markingASectionReadUpdatesTheReadCountTheContentsAndTheSidebar() {
        openSection("why-call");
        window.label("guide.readCount").requireText(readCount(0));
        assertThat(tocEntrySpoken("why-call"))
                .isEqualTo(Messages.format("GuideTocPanel.entry.unread.accessible", title("why-call")));

        window.checkBox("guide.markRead").click();

        window.checkBox("guide.markRead").requireSelected();
        window.label("guide.readCount").requireText(readCount(1));
        window.label("nav.guide.detail").requireText(Messages.format("Sidebar.guide.detail", 1, SECTIONS));
        assertThat(tocEntrySpoken("why-call"))
                .isEqualTo(Messages.format("GuideTocPanel.entry.read.accessible", title("why-call")));
    }

    @Test
    void typingAQueryListsMatchesAndEnterOpensTheFirstOne() {
        openSection("key-takeaways");

        window.textBox("guide.search").enterText("voicemail");

        JListFixture matches = window.list("guide.searchResults").requireVisible();
        assertThat(GuiActionRunner.execute(() -> matches.target().getModel().getSize())).isPositive();
        window.textBox("guide.search").pressAndReleaseKeys(KeyEvent.VK_ENTER);

        window.label("guide.section.title").requireText(title("voicemail"));
        window.textBox("guide.search").requireEmpty();
        window.list("guide.toc").requireVisible();
    }

    @Test
    void aQueryWithoutMatchesSaysSoAndEscapeBringsBackTheContents() {
        openGuide();

        window.textBox("guide.search").enterText("xylophone");

        window.label("guide.searchStatus").requireText(Messages.format("GuideSearchPanel.noMatches.text", "xylophone"));
        window.textBox("guide.search").pressAndReleaseKeys(KeyEvent.VK_ESCAPE);
        window.textBox("guide.search").requireEmpty();
        window.list("guide.toc").requireVisible();
    }

    @Test
    void aClickInTheEmptySpaceBelowTheMatchesOpensNothing() {
        Tip tip = PACK.tips().stream().filter(t -> t.id().equals("dont-call-repeatedly")).findFirst().orElseThrow();
        openSection("key-takeaways");
        window.textBox("guide.search").enterText(tip.title());
        JListFixture matches = window.list("guide.searchResults").requireVisible();
        java.awt.Point below = GuiActionRunner.execute(() -> {
            javax.swing.JList<?> list = matches.target();
            java.awt.Rectangle last = list.getCellBounds(list.getModel().getSize() - 1, list.getModel().getSize() - 1);
            return new java.awt.Point(last.x + 10, last.y + last.height + 10);
        });
        assertThat(GuiActionRunner.execute(() -> matches.target().getHeight())).as("room below the last match")
                .isGreaterThan(below.y);

        robot.click(matches.target(), below);
        robot.waitForIdle();

        matches.requireVisible();
        window.label("guide.section.title").requireText(title("key-takeaways"));
    }

    @Test
    void clickingAMatchForATipOpensItsSectionWithTheTipInView() {
        Tip tip = PACK.tips().stream().filter(t -> t.id().equals("dont-call-repeatedly")).findFirst().orElseThrow();
        openSection("key-takeaways");

        window.textBox("guide.search").enterText(tip.title());
        window.list("guide.searchResults").clickItem(0);

        window.label("guide.section.title").requireText(title(tip.sectionId()));
        JLabel marker = window.label("guide.tip." + tip.id() + ".kind").target();
        assertThat(GuiActionRunner.execute(() -> marker.getVisibleRect().isEmpty())).as("tip in view").isFalse();
        assertThat(readingScrolledBy()).as("the pane scrolled to the tip").isPositive();
    }

    @Test
    void aSectionOpensAtItsTitleEvenAfterScrollingDownTheOneBefore() {
        openSection("best-practices");
        assertThat(readingScrolledBy()).isZero();
        JLabel lastTip = window.label("guide.tip.dont-call-repeatedly.kind").target();
        GuiActionRunner.execute(() -> lastTip.scrollRectToVisible(new Rectangle(lastTip.getSize())));
        assertThat(readingScrolledBy()).isPositive();

        window.button("guide.next").click();

        window.label("guide.section.title").requireText(PACK.sections().get(position("best-practices") + 1).title());
        assertThat(readingScrolledBy()).isZero();
    }

    @Test
    void theKeyboardAloneCanPickTheSecondMatch() {
        openSection("key-takeaways");
        window.textBox("guide.search").enterText("voicemail");
        JList<?> matches = window.list("guide.searchResults").target();
        String second = GuiActionRunner.execute(() -> ((SearchHit) matches.getModel().getElementAt(1)).sectionId());

        window.textBox("guide.search").pressAndReleaseKeys(KeyEvent.VK_DOWN);
        window.list("guide.searchResults").requireFocused().requireSelection(0);
        window.list("guide.searchResults").pressAndReleaseKeys(KeyEvent.VK_DOWN, KeyEvent.VK_ENTER);

        window.label("guide.section.title").requireText(title(second));
        window.textBox("guide.search").requireEmpty();
    }

    @Test
    void tabMovesFromTheContentsIntoTheReadingPaneWhichPageDownScrolls() {
        openSection("best-practices");
        window.list("guide.toc").focus();

        window.list("guide.toc").pressAndReleaseKeys(KeyEvent.VK_TAB);

        JComponent reading = find("guide.reading", JComponent.class);
        assertThat(GuiActionRunner.execute(reading::isFocusOwner)).as("reading pane focused").isTrue();
        robot.pressAndReleaseKeys(KeyEvent.VK_PAGE_DOWN);
        assertThat(readingScrolledBy()).isPositive();
    }

    @Test
    void theHrPreferencesSectionShowsTheChannelChartWithTheSurveyFigures() {
        openSection("hr-preferences");

        ChannelChart chart = find("guide.channelChart", ChannelChart.class);
        assertThat(GuiActionRunner.execute(chart::isShowing)).isTrue();
        assertThat(GuiActionRunner.execute(chart::getHeight)).isPositive();
        String spoken = GuiActionRunner.execute(() -> chart.getAccessibleContext().getAccessibleDescription());
        assertThat(spoken).contains(PACK.channels().channels().get(0).name() + ": "
                + org.followupcoach.client.support.Percent.of(94));
        for (Channel channel : PACK.channels().channels()) {
            assertThat(spoken).contains(channel.name()).contains(ChannelChart.verdictText(channel.verdict()));
            if (channel.percent().isEmpty()) {
                assertThat(spoken).contains(channel.name() + ": " + Messages.get("ChannelChart.notSurveyed"));
            }
        }
    }

    @Test
    void eachSectionTipAndAnswerSaysWhetherItIsFromTheArticleOrTheCoach() {
        openSection("why-call");
        window.textBox("guide.section.source")
                .requireText(Messages.format("GuideText.source.article", "Why a Follow-Up Phone Call Works"));

        openSection("written-thanks");
        window.textBox("guide.section.source").requireText(Messages.get("GuideText.source.coach"));
        window.textBox("guide.tip.email-thanks-within-a-day.source").requireText(Messages.get("GuideText.source.coach"));
        window.textBox("guide.faq.when-to-send-thank-you-email.source")
                .requireText(Messages.get("GuideText.source.coach"));

        openSection("voicemail");
        window.textBox("guide.tip.first-try-message-optional.source")
                .requireText(Messages.format("GuideText.source.article", "What To Say When You Call"));
    }

    @Test
    void searchFindsTheNewSections() {
        openSection("key-takeaways");

        window.textBox("guide.search").enterText("receptionist");
        window.textBox("guide.search").pressAndReleaseKeys(KeyEvent.VK_ENTER);

        window.label("guide.section.title").requireText(title("reaching-them"));
    }

    @Test
    void dosAndDontsAreLabelledInWordsWithTheirIcon() {
        openSection("best-practices");

        List<Tip> tips = PACK.tips().stream().filter(t -> t.sectionId().equals("best-practices")).toList();
        assertThat(tips).extracting(Tip::kind).contains(TipKind.DO, TipKind.DONT);
        for (Tip tip : tips) {
            JLabel marker = window.label("guide.tip." + tip.id() + ".kind").target();
            String word = Messages.get(tip.kind() == TipKind.DO ? "SectionPanel.do.text" : "SectionPanel.dont.text");
            String text = GuiActionRunner.execute(marker::getText);
            String read = text.isEmpty() ? tip.title() : text + " " + tip.title();
            // Said once: "Don't ramble", never "Don't  Don't ramble".
            assertThat(read).as(tip.id()).startsWith(word + " ").doesNotStartWith(word + " " + word);
            assertThat(GuiActionRunner.execute(() -> marker.getAccessibleContext().getAccessibleName()))
                    .isEqualTo(word);
            assertThat(GuiActionRunner.execute(marker::getIcon)).as(tip.id()).isNotNull();
        }
    }

    @Test
    void nextSectionOpensTheFollowingSectionAndDisappearsAtTheEnd() {
        Section first = PACK.sections().get(0);
        openSection(first.id());

        window.button("guide.next").click();

        window.label("guide.section.title").requireText(PACK.sections().get(1).title());
        window.list("guide.toc").requireSelection(1);
        openSection(PACK.sections().get(SECTIONS - 1).id());
        JButton next = find("guide.next", JButton.class);
        assertThat(GuiActionRunner.execute(next::isVisible)).isFalse();
    }

    @Test
    void ctrlFFromAnotherViewOpensTheGuideWithTheFocusInTheSearchField() {
        window.toggleButton("nav.checklist").click();

        // Held down by hand: AssertJ's modifier masks are the old pre-1.4 ones, which are deprecated.
        robot.pressKey(KeyEvent.VK_CONTROL);
        robot.pressAndReleaseKeys(KeyEvent.VK_F);
        robot.releaseKey(KeyEvent.VK_CONTROL);

        window.textBox("guide.search").requireFocused();
        window.toggleButton("nav.guide").requireSelected();
    }

    @Test
    void readSectionsAndTheOpenSectionSurviveARestart() {
        openSection("when-to-call");
        window.checkBox("guide.markRead").click();
        window.label("guide.readCount").requireText(readCount(1));

        restartApp();

        window.label("guide.section.title").requireText(title("when-to-call"));
        window.checkBox("guide.markRead").requireSelected();
        window.label("guide.readCount").requireText(readCount(1));
        window.label("nav.guide.detail").requireText(Messages.format("Sidebar.guide.detail", 1, SECTIONS));
    }
}
