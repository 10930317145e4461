package org.followupcoach.core.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.followupcoach.core.model.Channel;
import org.followupcoach.core.model.ChecklistItem;
import org.followupcoach.core.model.ContentPack;
import org.followupcoach.core.model.Faq;
import org.followupcoach.core.model.Section;
import org.followupcoach.core.model.Tip;

/**
 * Finds content containing every word typed, case- and accent-insensitively. The text is folded once when the
 * index is built, so each keystroke only scans prepared strings.
 */
public final class ContentSearch {

    private static final int SNIPPET_RADIUS = 60;

    private record Entry(SearchHit.Kind kind, String id, String title, String text, String sectionId,
                         String foldedTitle, String foldedText, int kindRank) {
    }

    private final List<Entry> entries = new ArrayList<>();

    /** Builds the index for a pack. */
    public ContentSearch(ContentPack pack) {
        for (Section s : pack.sections()) {
            add(SearchHit.Kind.SECTION, s.id(), s.title(), s.summary() + "\n" + String.join("\n", s.body()), s.id());
        }
        for (Tip t : pack.tips()) {
            add(SearchHit.Kind.TIP, t.id(), t.title(), t.reason(), t.sectionId());
        }
        for (Faq f : pack.faqs()) {
            add(SearchHit.Kind.FAQ, f.id(), f.question(), f.answer(), f.sectionId());
        }
        for (ChecklistItem i : pack.checklistItems()) {
            add(SearchHit.Kind.CHECKLIST_ITEM, i.id(), i.text(), "", i.sectionId());
        }
        for (Channel c : pack.channels().channels()) {
            add(SearchHit.Kind.CHANNEL, c.id(), c.name(), c.advice(), c.sectionId());
        }
    }

    private void add(SearchHit.Kind kind, String id, String title, String text, String sectionId) {
        entries.add(new Entry(kind, id, title, text, sectionId, fold(title), fold(text), kind.ordinal()));
    }

    /** Entries matching every word of {@code query}: title matches first, then by kind, then content order. */
    public List<SearchHit> search(String query, int limit) {
        String[] words = Arrays.stream(fold(query).split("\\s+")).filter(w -> !w.isEmpty()).toArray(String[]::new);
        if (words.length == 0) {
            return List.of();
        }
        record Match(Entry entry, boolean inTitle, int order) {
        }
        List<Match> matches = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            boolean all = true;
            boolean titleHasAll = true;
            for (String w : words) {
                boolean inTitle = e.foldedTitle().contains(w);
                titleHasAll &= inTitle;
                if (!inTitle && !e.foldedText().contains(w)) {
                    all = false;
                    break;
                }
            }
            if (all) {
                matches.add(new Match(e, titleHasAll, i));
            }
        }
        return matches.stream()
                .sorted(Comparator.comparing((Match m) -> !m.inTitle()).thenComparingInt(m -> m.entry().kindRank())
                        .thenComparingInt(Match::order))
                .limit(limit)
                .map(m -> new SearchHit(m.entry().kind(), m.entry().id(), m.entry().title(),
                        snippet(m.entry(), words[0]), m.entry().sectionId()))
                .toList();
    }

    private static String snippet(Entry e, String word) {
        int at = e.foldedText().indexOf(word);
        if (at < 0) {
            return firstLine(e.text());
        }
        // Folding keeps length for the letters we fold (accents are dropped from composed characters only).
        int start = Math.max(0, at - SNIPPET_RADIUS);
        int end = Math.min(e.text().length(), at + word.length() + SNIPPET_RADIUS);
        String cut = e.text().substring(start, end).replace('\n', ' ').strip();
        return (start > 0 ? "…" : "") + cut + (end < e.text().length() ? "…" : "");
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }

    /** Lower-case and strip accents, keeping one character per input character so offsets still line up. */
    static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                // ASCII has nothing to decompose: skip the normaliser for the common case.
                out.append(Character.toLowerCase(c));
                continue;
            }
            String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            out.append(Character.toLowerCase(decomposed.charAt(0)));
        }
        return out.toString();
    }
}
