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
        if (PrinterJob.lookupPrintServices().length == 0) {
            offerFile(jobName, text, status);
            return;
        }
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

    /**
     * No printer is set up (Java would only say "No print service found." in a dialog titled "Message"): offers to
     * save the same text as a web page, which any browser can print later or on another computer.
     */
    private static void offerFile(String jobName, String text, Consumer<String> status) {
        java.awt.Window parent = java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager().getActiveWindow();
        int answer = javax.swing.JOptionPane.showConfirmDialog(parent,
                Ui.label(Messages.format("TextPrinting.noPrinter.text", jobName)),
                Messages.get("TextPrinting.noPrinter.title"), javax.swing.JOptionPane.OK_CANCEL_OPTION,
                javax.swing.JOptionPane.QUESTION_MESSAGE);
        if (answer != javax.swing.JOptionPane.OK_OPTION) {
            return;
        }
        FileExport.choose(parent, new FileExport.Kind("printToFileChooser",
                Messages.format("TextPrinting.save.title", jobName), Messages.get("ReadinessView.export.filter"),
                "html", Messages.format("TextPrinting.save.fileName", jobName.toLowerCase(java.util.Locale.ROOT)
                        .replaceAll("[^\\p{L}\\p{N}]+", "-"))))
                .ifPresent(file -> FileExport.writeText(file, html(jobName, text), failure -> status.accept(failure
                        .map(why -> Messages.format("TextPrinting.save.failed", why))
                        .orElseGet(() -> Messages.format("TextPrinting.save.done", file.toString())))));
    }

    /** The text as a self-contained web page: escaped, its line breaks kept, in a readable print size. */
    static String html(String title, String text) {
        return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + escape(title) + "</title>"
                + "<style>body{font-family:sans-serif;font-size:11pt;max-width:46em;margin:2em auto}"
                + "pre{white-space:pre-wrap;font-family:inherit}</style></head>\n<body><pre>" + escape(text)
                + "</pre></body></html>\n";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
