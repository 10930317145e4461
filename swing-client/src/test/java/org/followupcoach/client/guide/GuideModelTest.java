package org.followupcoach.client.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.beans.PropertyChangeEvent;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.followupcoach.client.session.CoachSession;
import org.followupcoach.core.load.ContentLoader;
import org.followupcoach.core.model.ContentPack;
import org.followupcoach.core.model.Faq;
import org.followupcoach.core.model.Section;
import org.followupcoach.core.model.Tip;
import org.followupcoach.core.search.SearchHit;
import org.followupcoach.core.store.Progress;
import org.followupcoach.core.store.ProgressStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GuideModelTest {

    private static final ContentPack PACK = ContentLoader.loadBundled().pack().orElseThrow();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T18:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dataDir;

    private ProgressStore store;
    private CoachSession session;
    private GuideModel guide;
    private final List<PropertyChangeEvent> events = new ArrayList<>();

    @BeforeEach
    void setUp() {
        store = new ProgressStore(dataDir, CLOCK);
        session = sessionWith(Progress.empty());
        guide = new GuideModel(session);
        guide.addPropertyChangeListener(events::add);
    }

    private CoachSession sessionWith(Progress progress) {
        return new CoachSession(PACK, progress, false, store, Runnable::run, Runnable::run, CLOCK);
    }

    private List<String> eventNames() {
        return events.stream().map(PropertyChangeEvent::getPropertyName).toList();
    }

    @Test
    void aFreshStartOpensTheFirstSectionOfTheGuide() {
        assertThat(guide.selected()).isEqualTo(PACK.sections().get(0));
        assertThat(guide.sections()).extracting(Section::id).startsWith("key-takeaways").endsWith("bottom-line");
    }

    @Test
    void selectingASectionOpensItAndTellsTheView() {
        guide.select("voicemail");

        assertThat(guide.selected().id()).isEqualTo("voicemail");
        assertThat(events).filteredOn(e -> e.getPropertyName().equals("selectedSection")).singleElement()
                .satisfies(e -> assertThat(((Section) e.getNewValue()).id()).isEqualTo("voicemail"));
    }

    @Test
    void anUnknownSectionIdIsIgnored() {
        guide.select("when-to-call");
        events.clear();

        guide.select("no-such-section");

        assertThat(guide.selected().id()).isEqualTo("when-to-call");
        assertThat(eventNames()).doesNotContain("selectedSection");
    }

    @Test
    void markingSectionsReadCountsThemAndTellsTheView() {
        guide.setRead("key-takeaways", true);
        guide.setRead("voicemail", true);

        assertThat(guide.readCount()).isEqualTo(2);
        assertThat(guide.sectionCount()).isEqualTo(PACK.sections().size());
        assertThat(guide.isRead("voicemail")).isTrue();
        assertThat(guide.isRead("live-call")).isFalse();
        assertThat(eventNames()).contains("readProgress");

        guide.setRead("voicemail", false);

        assertThat(guide.readCount()).isEqualTo(1);
        assertThat(guide.isRead("voicemail")).isFalse();
    }

    @Test
    void readSectionsAreSavedToTheProgressFile() {
        guide.setRead("when-to-call", true);

        assertThat(store.load().progress().sectionsRead()).containsExactly("when-to-call");
    }

    @Test
    void theLastOpenedSectionIsRememberedAndOpensOnTheNextStart() {
        guide.select("live-call");

        assertThat(session.progress().ui().lastSection()).isEqualTo("live-call");
        Progress saved = store.load().progress();
        assertThat(saved.ui().lastSection()).isEqualTo("live-call");
        assertThat(new GuideModel(sessionWith(saved)).selected().id()).isEqualTo("live-call");
    }

    @Test
    void aRememberedSectionThatNoLongerExistsFallsBackToTheFirst() {
        Progress stale = Progress.empty().withUi(Progress.empty().ui().withLastSection("removed-section"));

        assertThat(new GuideModel(sessionWith(stale)).selected()).isEqualTo(PACK.sections().get(0));
    }

    @Test
    void nextSectionFollowsTheReadingOrderAndStopsAfterTheLast() {
        guide.select("key-takeaways");
        assertThat(guide.nextSection()).map(Section::id).contains(PACK.sections().get(1).id());

        guide.select("bottom-line");
        assertThat(guide.nextSection()).isEmpty();
    }

    @Test
    void indexOfFindsASectionByIdInReadingOrder() {
        Section third = PACK.sections().get(2);
        Section copy = new Section(third.id(), "another title", "", java.util.List.of(), "");

        assertThat(guide.indexOf(third)).isEqualTo(2);
        assertThat(guide.indexOf(copy)).isEqualTo(2);
        assertThat(guide.indexOf(new Section("no-such-section", "t", "", java.util.List.of(), ""))).isEqualTo(-1);
        assertThat(guide.indexOf(null)).isEqualTo(-1);
    }

    @Test
    void searchListsSectionsTipsQuestionsAndChecklistStepsThatMatch() {
        guide.setQuery("voicemail");

        assertThat(guide.query()).isEqualTo("voicemail");
        assertThat(guide.results()).isNotEmpty();
        assertThat(guide.results().get(0).kind()).isEqualTo(SearchHit.Kind.SECTION);
        assertThat(guide.results().get(0).sectionId()).isEqualTo("voicemail");
        assertThat(guide.results()).extracting(SearchHit::kind)
                .contains(SearchHit.Kind.TIP, SearchHit.Kind.FAQ, SearchHit.Kind.CHECKLIST_ITEM);
        assertThat(eventNames()).contains("searchResults");
    }

    @Test
    void everyMatchPointsAtASectionOfTheGuide() {
        guide.setQuery("call");

        assertThat(guide.results()).isNotEmpty().allSatisfy(hit ->
                assertThat(PACK.section(hit.sectionId())).as("section of %s", hit.id()).isPresent());
    }

    @Test
    void searchIgnoresCaseAndNeedsEveryWord() {
        guide.setQuery("voicemail");
        List<SearchHit> oneWord = guide.results();

        guide.setQuery("VOICEMAIL");
        assertThat(guide.results()).isEqualTo(oneWord);

        guide.setQuery("voicemail six");
        assertThat(guide.results()).isNotEmpty().hasSizeLessThan(oneWord.size());
        assertThat(oneWord).containsAll(guide.results());
    }

    @Test
    void aBlankQueryOrOneWithoutMatchesHasNoResults() {
        guide.setQuery("voicemail");
        guide.setQuery("   ");
        assertThat(guide.results()).isEmpty();

        guide.setQuery("xylophone");
        assertThat(guide.results()).isEmpty();
    }

    @Test
    void searchStopsAtTheMaximumNumberOfResults() {
        guide.setQuery("e");

        assertThat(guide.results()).hasSize(GuideModel.MAX_RESULTS);
    }

    @Test
    void tipsAndQuestionsAreListedWithTheirOwnSectionOnly() {
        assertThat(guide.tipsFor("best-practices")).isNotEmpty().extracting(Tip::sectionId)
                .containsOnly("best-practices");
        assertThat(guide.faqsFor("voicemail")).isNotEmpty().extracting(Faq::sectionId).containsOnly("voicemail");
        assertThat(guide.tipsFor("no-such-section")).isEmpty();
    }
}
