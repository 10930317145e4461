package org.followupcoach.client.support;

import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.util.function.Consumer;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;

/**
 * Prints plain text through the system's standard print dialog; the printing itself runs off the EDT (a slow or
 * offline printer must not freeze the window), and each step is reported in words from the caller's messages.
 */
public final class TextPrinting {

    private TextPrinting() {
    }

    /**
     * Asks where to print {@code text} and prints it; {@code status} hears {@code keys.printing}, then
     * {@code keys.printed} or {@code keys.printFailed} (with the reason), always on the EDT. Nothing when cancelled.
     */
    public static void print(String jobName, String text, String keys, Consumer<String> status) {
        PrinterJob job = PrinterJob.getPrinterJob();
        job.setJobName(jobName);
        // Printed at a size that reads well on paper, in the same typeface as the screen.
        job.setPrintable(new TextPrintable(text, UIManager.getFont("Label.font").deriveFont(11f)));
        if (!job.printDialog()) {
            return;
        }
        status.accept(Messages.get(keys + ".printing"));
        Thread printer = new Thread(() -> {
            String outcome;
            try {
                job.print();
                outcome = Messages.get(keys + ".printed");
            } catch (PrinterException e) {
                outcome = Messages.format(keys + ".printFailed", e.getMessage() == null ? "" : e.getMessage());
            }
            String said = outcome;
            SwingUtilities.invokeLater(() -> status.accept(said));
        }, "coach-print");
        printer.setDaemon(true);
        printer.start();
    }
}
