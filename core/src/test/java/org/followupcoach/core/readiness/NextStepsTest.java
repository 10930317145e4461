package org.followupcoach.core.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.followupcoach.core.model.ChecklistItem;
import org.followupcoach.core.model.ContentPack;
import org.followupcoach.core.model.Section;
import org.junit.jupiter.api.Test;

class NextStepsTest {

    private final ContentPack pack = ReadinessCalculatorTest.pack(5, 4, 5);

    private Readiness readiness(String attempts) {
        return new ReadinessCalculator(pack).compute(Set.of(), Set.of(), ReadinessCalculatorTest.attempts(attempts));
    }

    @Test
    void weakTopicsComeLowestFirstWithUntestedBeforeTestedAtTheSamePercent() {
        // t1 50 %, t2 0 % tested, t3 untested, t4 90 %, t5 untested
        Readiness readiness = readiness("t1:1/2,t2:0/3,t4:9/10");

        NextSteps steps = NextSteps.suggest(pack, readiness, Set.of(), Set.of(), 10);

        assertThat(steps.weakTopics()).extracting(t -> t.topic().id()).containsExactly("t3", "t5", "t2", "t1");
    }

    @Test
    void aTopicAtTheThresholdIsNotWeak() {
        Readiness readiness = readiness("t1:4/5,t2:4/5,t3:4/5,t4:4/5,t5:79/100");

        NextSteps steps = NextSteps.suggest(pack, readiness, Set.of(), Set.of(), 10);

        assertThat(NextSteps.WEAK_BELOW).isEqualTo(80);
        assertThat(steps.weakTopics()).extracting(t -> t.topic().id()).containsExactly("t5");
    }

    @Test
    void eachListIsCutAtTheLimit() {
        NextSteps steps = NextSteps.suggest(pack, readiness(""), Set.of(), Set.of(), 2);

        assertThat(steps.weakTopics()).hasSize(2);
        assertThat(steps.openItems()).extracting(ChecklistItem::id).containsExactly("item-1", "item-2");
        assertThat(steps.unreadSections()).extracting(Section::id).containsExactly("section-1", "section-2");
    }

    @Test
    void openItemsAndUnreadSectionsKeepContentOrderAndSkipWhatIsDone() {
        NextSteps steps = NextSteps.suggest(pack, readiness(""), Set.of("item-1", "item-3"),
                Set.of("section-2"), 10);

        assertThat(steps.openItems()).extracting(ChecklistItem::id).containsExactly("item-2", "item-4", "item-5");
        assertThat(steps.unreadSections()).extracting(Section::id)
                .containsExactly("section-1", "section-3", "section-4");
    }

    @Test
    void nothingIsSuggestedWhenEverythingIsDoneAndEveryTopicIsStrong() {
        Readiness readiness = readiness("t1:1/1,t2:1/1,t3:1/1,t4:1/1,t5:1/1");

        NextSteps steps = NextSteps.suggest(pack, readiness,
                Set.of("item-1", "item-2", "item-3", "item-4", "item-5"),
                Set.of("section-1", "section-2", "section-3", "section-4"), 3);

        assertThat(steps.isEmpty()).isTrue();
    }

    @Test
    void oneWeakTopicIsEnoughToHaveSomethingToDo() {
        Readiness readiness = readiness("t1:1/1,t2:1/1,t3:1/1,t4:1/1,t5:0/1");

        NextSteps steps = NextSteps.suggest(pack, readiness,
                Set.of("item-1", "item-2", "item-3", "item-4", "item-5"),
                Set.of("section-1", "section-2", "section-3", "section-4"), 3);

        assertThat(steps.isEmpty()).isFalse();
        assertThat(steps.weakTopics()).extracting(t -> t.topic().id()).containsExactly("t5");
    }

    @Test
    void theListsCannotBeChangedFromOutside() {
        NextSteps steps = new NextSteps(new java.util.ArrayList<>(), new java.util.ArrayList<>(), List.of());

        assertThat(steps.weakTopics()).isUnmodifiable();
        assertThat(steps.openItems()).isUnmodifiable();
    }
}
