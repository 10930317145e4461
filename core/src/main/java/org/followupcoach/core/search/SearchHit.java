package org.followupcoach.core.search;

/** One search match: what it is, its title, a snippet around the match, and the section to open for it. */
public record SearchHit(Kind kind, String id, String title, String snippet, String sectionId) {

    /** The kind of content a hit comes from. */
    public enum Kind {
        SECTION, TIP, FAQ, CHECKLIST_ITEM, CHANNEL
    }
}
