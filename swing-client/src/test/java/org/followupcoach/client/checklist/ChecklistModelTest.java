package org.followupcoach.client.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.followupcoach.client.session.AppView;
import org.followupcoach.client.shell.AppModels;
import org.followupcoach.core.load.ContentLoader;
import org.followupcoach.core.model.ChecklistItem;
import org.followupcoach.core.model.ChecklistPhase;
import org.followupcoach.core.model.ContentPack;
import org.followupcoach.core.store.LoadedProgress;
import org.followupcoach.core.store.Progress;
import org.followupcoach.core.store.ProgressStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChecklistModelTest {

    private static final ContentPack PACK = ContentLoader.loadBundled().pack().orElseThrow();

    @TempDir
    Path dataDir;

    private ProgressStore store;
    private AppModels models;
    private ChecklistModel checklist;
    private final List<String> events = new ArrayList<>();

    @BeforeEach
    void setUp() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T18:30:00Z"), ZoneOffset.UTC);
        store = new ProgressStore(dataDir, clock);
        models = AppModels.create(PACK, new LoadedProgress(Progress.empty(), false, Optional.empty()), store,
                Runnable::run, Runnable::run, clock, () -> new Random(1));
        checklist = models.checklist();
        checklist.addPropertyChangeListener(e -> events.add(e.getPropertyName()));
    }

    private ChecklistPhase phase(String id) {
        return checklist.phases().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    private String firstItemOf(String phaseId) {
        return phase(phaseId).items().get(0).id();
    }

    @Test
    void phasesAreTheContentsPhasesInOrder() {
        assertThat(checklist.phases()).extracting(ChecklistPhase::id)
                .containsExactly("before", "voicemail", "answered", "after");
    }

    @Test
    void nothingIsDoneOnAFreshStart() {
        int total = checklist.phases().stream().mapToInt(p -> p.items().size()).sum();
        assertThat(checklist.overall()).isEqualTo(new ChecklistModel.Count(0, total));
        assertThat(checklist.phases()).allSatisfy(p -> assertThat(checklist.count(p).done()).isZero());
        assertThat(checklist.overall().percent()).isZero();
    }

    @Test
    void checkingAnItemCountsInItsPhaseAndOverall() {
        checklist.setChecked(firstItemOf("voicemail"), true);
        checklist.setChecked(firstItemOf("after"), true);

        assertThat(checklist.isChecked(firstItemOf("voicemail"))).isTrue();
        assertThat(checklist.count(phase("voicemail")).done()).isEqualTo(1);
        assertThat(checklist.count(phase("after")).done()).isEqualTo(1);
        assertThat(checklist.count(phase("before")).done()).isZero();
        assertThat(checklist.overall().done()).isEqualTo(2);
    }

    @Test
    void uncheckingAnItemTakesItOutOfTheCounts() {
        String item = firstItemOf("before");
        checklist.setChecked(item, true);
        checklist.setChecked(item, false);

        assertThat(checklist.isChecked(item)).isFalse();
        assertThat(checklist.overall().done()).isZero();
    }

    @Test
    void percentIsRoundedToWholeNumbers() {
        assertThat(new ChecklistModel.Count(7, 23).percent()).isEqualTo(30);
        assertThat(new ChecklistModel.Count(0, 0).percent()).isZero();
        assertThat(new ChecklistModel.Count(23, 23).percent()).isEqualTo(100);
    }

    @Test
    void everyTickFiresProgress() {
        checklist.setChecked(firstItemOf("before"), true);
        checklist.setChecked(firstItemOf("before"), false);

        assertThat(events).containsExactly("progress", "progress");
    }

    @Test
    void tickingAnAlreadyTickedItemChangesNothing() {
        checklist.setChecked(firstItemOf("before"), true);
        events.clear();

        checklist.setChecked(firstItemOf("before"), true);

        assertThat(events).isEmpty();
    }

    @Test
    void notesAreTrimmed() {
        checklist.setNote(firstItemOf("before"), "  ask for Dana, not reception \n");

        assertThat(checklist.note(firstItemOf("before"))).isEqualTo("ask for Dana, not reception");
        assertThat(events).contains("progress");
    }

    @Test
    void aBlankNoteClearsTheNote() {
        String item = firstItemOf("before");
        checklist.setNote(item, "printed copy in the blue folder");

        checklist.setNote(item, "   ");

        assertThat(checklist.note(item)).isEmpty();
        assertThat(models.session().progress().itemNotes()).doesNotContainKey(item);
    }

    @Test
    void anItemWithoutANoteHasAnEmptyNote() {
        assertThat(checklist.note(firstItemOf("answered"))).isEmpty();
    }

    @Test
    void uncheckAllClearsEveryTickButKeepsTheNotes() {
        List<ChecklistItem> items = PACK.checklistItems();
        items.forEach(i -> checklist.setChecked(i.id(), true));
        checklist.setNote(items.get(3).id(), "mention the Leeds project");

        checklist.uncheckAll();

        assertThat(checklist.overall().done()).isZero();
        assertThat(items).noneMatch(i -> checklist.isChecked(i.id()));
        assertThat(checklist.note(items.get(3).id())).isEqualTo("mention the Leeds project");
    }

    @Test
    void ticksAndNotesAreSaved() {
        checklist.setChecked(firstItemOf("answered"), true);
        checklist.setNote(firstItemOf("answered"), "smile while talking");

        Progress saved = store.load().progress();

        assertThat(saved.checkedItems()).containsExactly(firstItemOf("answered"));
        assertThat(saved.itemNotes()).containsEntry(firstItemOf("answered"), "smile while talking");
    }

    @Test
    void explainOpensTheGuideAtTheSectionThatExplainsTheItem() {
        ChecklistItem item = phase("voicemail").items().get(0);

        checklist.explain(item);

        assertThat(models.navigation().view()).isEqualTo(AppView.GUIDE);
        assertThat(models.guide().selected().id()).isEqualTo(item.sectionId());
    }

    @Test
    void thePrintoutShowsEveryStepWithItsTickAndNoteUnderItsPhase() {
        String first = firstItemOf("before");
        checklist.setChecked(first, true);
        checklist.setNote(first, "the blue folder");
        String text = ChecklistPrintout.text(checklist, (key, args) -> key + java.util.Arrays.toString(args));

        String firstText = phase("before").items().get(0).text();
        String secondText = phase("before").items().get(1).text();
        int total = checklist.overall().total();
        assertThat(total).isGreaterThan(phase("before").items().size());
        assertThat(text).startsWith("ChecklistPrint.title[ChecklistPrint.run.general[]]\n"
                + "ChecklistPrint.overall[1, " + total + "]\n\nChecklistPrint.phase[" + phase("before").title() + ", 1, "
                + phase("before").items().size() + "]\n[x] " + firstText + "\n    ChecklistPrint.note[the blue folder]\n"
                + "[ ] " + secondText + "\n");
        assertThat(text.lines().filter(l -> l.startsWith("[ ] ") || l.startsWith("[x] "))).hasSize(total);
        assertThat(text.lines().filter(l -> l.startsWith("ChecklistPrint.phase["))).hasSize(4);
    }
}
