package org.followupcoach.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.followupcoach.core.load.ContentLoader;
import org.followupcoach.core.model.ContentPack;
import org.junit.jupiter.api.Test;

class ContentSearchTest {

    private static final ContentPack PACK = ContentLoader.loadBundled().pack().orElseThrow();
    private final ContentSearch search = new ContentSearch(PACK);

    @Test
    void voicemailFindsTheVoicemailSectionFirst() {
        List<SearchHit> hits = search.search("voicemail", 30);
        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).kind()).isEqualTo(SearchHit.Kind.SECTION);
        assertThat(hits.get(0).sectionId()).isEqualTo("voicemail");
    }

    @Test
    void searchIsCaseInsensitiveAndNeedsEveryWord() {
        assertThat(search.search("VOICEMAIL", 30)).isEqualTo(search.search("voicemail", 30));
        assertThat(search.search("voicemail zebra", 30)).isEmpty();
    }

    @Test
    void blankQueryFindsNothing() {
        assertThat(search.search("   ", 30)).isEmpty();
    }

    @Test
    void findsTipsFaqsChannelsAndChecklistItems() {
        assertThat(search.search("linkedin", 50)).extracting(SearchHit::kind).contains(SearchHit.Kind.CHANNEL);
        assertThat(PACK.checklistItems()).allSatisfy(item ->
                assertThat(search.search(item.text(), 50)).extracting(SearchHit::id).contains(item.id()));
        assertThat(PACK.faqs()).allSatisfy(faq ->
                assertThat(search.search(faq.question(), 50)).extracting(SearchHit::id).contains(faq.id()));
    }

    @Test
    void accentsAreIgnored() {
        assertThat(ContentSearch.fold("Résumé")).isEqualTo("resume");
    }

    @Test
    void limitCapsTheResults() {
        assertThat(search.search("call", 3)).hasSize(3);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
        "receptionist, reaching-them", "panel, who-to-contact", "rejection, after-silence",
        "subject line, written-thanks", "salary, awkward-moments"})
    void searchFindsTheCoachsSections(String query, String sectionId) {
        assertThat(search.search(query, 50)).extracting(SearchHit::sectionId).contains(sectionId);
    }
}
