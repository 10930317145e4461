package org.followupcoach.client.guide;

import java.util.List;
import org.followupcoach.client.session.CoachSession;
import org.followupcoach.client.support.Bean;
import org.followupcoach.core.model.Faq;
import org.followupcoach.core.model.Section;
import org.followupcoach.core.model.Tip;
import org.followupcoach.core.search.ContentSearch;
import org.followupcoach.core.search.SearchHit;

/**
 * The guide screen: which section is open, what has been read, and search across all content.
 * Fires {@code selectedSection}, {@code readProgress} and {@code searchResults}.
 */
public final class GuideModel extends Bean {

    /** Enough results to choose from without a scrolling wall. */
    public static final int MAX_RESULTS = 30;

    private final CoachSession session;
    private final ContentSearch search;
    private Section selected;
    private String query = "";
    private List<SearchHit> results = List.of();

    /** Opens at the section the user last read, or the first. */
    public GuideModel(CoachSession session) {
        this.session = session;
        this.search = new ContentSearch(session.pack());
        String last = session.progress().ui().lastSection();
        this.selected = session.pack().section(last == null ? "" : last).orElse(session.pack().sections().get(0));
        session.addPropertyChangeListener("progress", e -> fire("readProgress", null, readCount()));
    }

    public List<Section> sections() {
        return session.pack().sections();
    }

    public Section selected() {
        return selected;
    }

    /** Opens a section by id; unknown ids are ignored. */
    public void select(String sectionId) {
        session.pack().section(sectionId).ifPresent(section -> {
            Section old = selected;
            selected = section;
            session.updateUi(ui -> ui.withLastSection(section.id()));
            fire("selectedSection", old, section);
        });
    }

    /**
     * Where {@code section} sits in reading order, or -1. Matched by id: a record's equals() compares every field, and
     * its first call builds that comparison at run time (~10 ms on the event thread while the first window opens).
     */
    public int indexOf(Section section) {
        List<Section> sections = sections();
        for (int i = 0; section != null && i < sections.size(); i++) {
            if (sections.get(i).id().equals(section.id())) {
                return i;
            }
        }
        return -1;
    }

    /** The section after the open one, if any, for "next section". */
    public java.util.Optional<Section> nextSection() {
        int i = indexOf(selected);
        return i + 1 < sections().size() ? java.util.Optional.of(sections().get(i + 1)) : java.util.Optional.empty();
    }

    public boolean isRead(String sectionId) {
        return session.progress().sectionsRead().contains(sectionId);
    }

    public void setRead(String sectionId, boolean read) {
        session.setSectionRead(sectionId, read);
    }

    /** How many of the guide's sections are read. */
    public int readCount() {
        return (int) sections().stream().filter(s -> isRead(s.id())).count();
    }

    public int sectionCount() {
        return sections().size();
    }

    public List<Tip> tipsFor(String sectionId) {
        return session.pack().tips().stream().filter(t -> t.sectionId().equals(sectionId)).toList();
    }

    public List<Faq> faqsFor(String sectionId) {
        return session.pack().faqs().stream().filter(f -> f.sectionId().equals(sectionId)).toList();
    }

    public CoachSession session() {
        return session;
    }

    public String query() {
        return query;
    }

    /** Searches as the user types. */
    public void setQuery(String text) {
        String oldQuery = query;
        query = text == null ? "" : text;
        results = search.search(query, MAX_RESULTS);
        fire("query", oldQuery, query);
        fireChanged("searchResults");
    }

    public List<SearchHit> results() {
        return results;
    }
}
