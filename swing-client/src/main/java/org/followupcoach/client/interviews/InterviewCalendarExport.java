package org.followupcoach.client.interviews;

import java.awt.Component;
import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import javax.swing.JFileChooser;
import javax.swing.JOptionPane;
import javax.swing.filechooser.FileNameExtensionFilter;

import org.followupcoach.client.support.Messages;
import org.followupcoach.client.support.Ui;
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
        JFileChooser chooser = new JFileChooser();
        chooser.setName("interviews.icsChooser");
        chooser.setDialogTitle(Messages.get("InterviewCalendarExport.chooser.title"));
        chooser.setFileFilter(new FileNameExtensionFilter(Messages.get("InterviewCalendarExport.filter"), "ics"));
        chooser.setSelectedFile(new File(defaultName(interview)));
        if (chooser.showSaveDialog(parent) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        File chosen = chooser.getSelectedFile();
        if (!chosen.getName().toLowerCase(Locale.ROOT).endsWith(".ics")) {
            chosen = new File(chosen.getParentFile(), chosen.getName() + ".ics");
        }
        // The question is a literal label: a file name is the user's text and must never render as HTML.
        if (chosen.exists() && JOptionPane.showConfirmDialog(parent,
                Ui.label(Messages.format("InterviewCalendarExport.replace.text", chosen.getName())),
                Messages.get("InterviewCalendarExport.replace.title"), JOptionPane.YES_NO_OPTION,
                JOptionPane.QUESTION_MESSAGE) != JOptionPane.YES_OPTION) {
            return;
        }
        Path file = chosen.toPath();
        model.exportCalendar(interview, file, failure -> report.show(failure
                .map(why -> Messages.format("InterviewCalendarExport.failed", why))
                .orElseGet(() -> Messages.format("InterviewCalendarExport.saved", file.toString())),
                failure.isPresent()));
    }

    /** "<company>-follow-up.ics", with anything a file system would refuse replaced. */
    static String defaultName(Interview interview) {
        String company = interview.company().replaceAll(UNSAFE, "-").strip();
        return Messages.format("InterviewCalendarExport.fileName",
                company.isEmpty() ? Messages.get("InterviewCalendarExport.fileNameFallback") : company);
    }
}
