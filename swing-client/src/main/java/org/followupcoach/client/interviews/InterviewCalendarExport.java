package org.followupcoach.client.interviews;

import java.awt.Component;

import org.followupcoach.client.support.FileExport;
import org.followupcoach.client.support.Messages;
import org.followupcoach.core.plan.Interview;

/** "Export to calendar…": asks where to save the .ics file, then has the model write it and reports how it went. */
final class InterviewCalendarExport {

    /** Where the outcome is shown: a sentence, and whether it reports a problem. */
    interface Report {
        void show(String text, boolean problem);
    }

    /** Characters that are not allowed in file names on at least one desktop system. */
    private static final String UNSAFE = "[\\\\/:*?\"<>|\\p{Cntrl}]";

    private InterviewCalendarExport() {
    }

    /** Runs the export for {@code interview}, with dialogs over {@code parent}. */
    static void run(Component parent, InterviewsModel model, Interview interview, Report report) {
        FileExport.choose(parent, new FileExport.Kind("interviews.icsChooser",
                Messages.get("InterviewCalendarExport.chooser.title"), Messages.get("InterviewCalendarExport.filter"),
                "ics", defaultName(interview))).ifPresent(file -> model.exportCalendar(interview, file,
                        failure -> report.show(failure
                                .map(why -> Messages.format("InterviewCalendarExport.failed", why))
                                .orElseGet(() -> Messages.format("InterviewCalendarExport.saved", file.toString())),
                                failure.isPresent())));
    }

    /** "<company>-follow-up.ics", with anything a file system would refuse replaced. */
    static String defaultName(Interview interview) {
        String company = interview.company().replaceAll(UNSAFE, "-").strip();
        return Messages.format("InterviewCalendarExport.fileName",
                company.isEmpty() ? Messages.get("InterviewCalendarExport.fileNameFallback") : company);
    }
}
