package org.followupcoach.client.checklist;

import org.followupcoach.client.support.Texts;
import org.followupcoach.core.model.ChecklistItem;
import org.followupcoach.core.model.ChecklistPhase;

/** The checklist as plain text for paper: whose run it is, how far along, and every step with its tick and note. */
public final class ChecklistPrintout {

    private ChecklistPrintout() {
    }

    /** The text to print for the checklist's current run. */
    public static String text(ChecklistModel checklist, Texts texts) {
        String run = checklist.run().activeInterview()
                .map(i -> texts.format("ChecklistPrint.run.interview", i.company(), i.role()))
                .orElseGet(() -> texts.format("ChecklistPrint.run.general"));
        ChecklistModel.Count overall = checklist.overall();
        StringBuilder out = new StringBuilder();
        out.append(texts.format("ChecklistPrint.title", run)).append('\n');
        out.append(texts.format("ChecklistPrint.overall", overall.done(), overall.total())).append("\n");
        for (ChecklistPhase phase : checklist.phases()) {
            ChecklistModel.Count count = checklist.count(phase);
            out.append('\n').append(texts.format("ChecklistPrint.phase", phase.title(), count.done(), count.total()))
                    .append('\n');
            for (ChecklistItem item : phase.items()) {
                // Ticks as text: a printed page has no colour to tell done from open, and screen readers read it.
                out.append(checklist.isChecked(item.id()) ? "[x] " : "[ ] ").append(item.text()).append('\n');
                String note = checklist.note(item.id());
                if (!note.isBlank()) {
                    out.append("    ").append(texts.format("ChecklistPrint.note", note)).append('\n');
                }
            }
        }
        return out.toString();
    }
}
