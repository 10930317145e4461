package org.followupcoach.core.readiness;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.followupcoach.core.model.ChecklistItem;
import org.followupcoach.core.model.ContentPack;
import org.followupcoach.core.model.Section;

/** What to do next: the weakest topics, the open checklist items that matter most, and sections not yet read. */
public record NextSteps(List<TopicReadiness> weakTopics, List<ChecklistItem> openItems, List<Section> unreadSections) {

    /** A topic below this percent is worth revisiting. */
    public static final int WEAK_BELOW = 80;

    public NextSteps {
        weakTopics = List.copyOf(weakTopics);
        openItems = List.copyOf(openItems);
        unreadSections = List.copyOf(unreadSections);
    }

    /**
     * Picks up to {@code limit} of each: weak topics lowest first (at the same percent, confident mistakes before
     * no answers, and untested before merely weak), open items in checklist order since earlier phases come before
     * the call.
     */
    public static NextSteps suggest(ContentPack pack, Readiness readiness, Set<String> checkedItems,
                                    Set<String> sectionsRead, int limit) {
        List<TopicReadiness> weak = readiness.topics().stream()
                .filter(t -> t.percentOrZero() < WEAK_BELOW)
                .sorted(Comparator.comparingInt(TopicReadiness::percentOrZero)
                        .thenComparingDouble(TopicReadiness::evidence)
                        .thenComparing(t -> t.percent().isPresent()))
                .limit(limit).toList();
        List<ChecklistItem> open = pack.checklistItems().stream().filter(i -> !checkedItems.contains(i.id()))
                .limit(limit).toList();
        List<Section> unread = pack.sections().stream().filter(s -> !sectionsRead.contains(s.id()))
                .limit(limit).toList();
        return new NextSteps(weak, open, unread);
    }

    /** Whether there is nothing left to suggest. */
    public boolean isEmpty() {
        return weakTopics.isEmpty() && openItems.isEmpty() && unreadSections.isEmpty();
    }
}
