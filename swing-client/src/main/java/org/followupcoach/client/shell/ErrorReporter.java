package org.followupcoach.client.shell;

import java.awt.Toolkit;
import java.awt.datatransfer.StringSelection;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.SwingUtilities;
import net.miginfocom.swing.MigLayout;
import org.followupcoach.client.support.Dialogs;
import org.followupcoach.client.support.Messages;
import org.followupcoach.client.support.Ui;
/**
 * The last line of defence for unexpected errors on any thread: log the details, then show one calm dialog at a time
 * saying what happened and what to do. The stack trace is only reachable through "Copy details", never on screen.
 */
public final class ErrorReporter implements Thread.UncaughtExceptionHandler {

    private static final System.Logger LOG = System.getLogger(ErrorReporter.class.getName());

    private final Path logFolder;
    private final AtomicBoolean showing = new AtomicBoolean();

    private ErrorReporter(Path logFolder) {
        this.logFolder = logFolder;
    }

    /** Installs the handler for every thread, the EDT included. */
    public static ErrorReporter install(Path logFolder) {
        ErrorReporter reporter = new ErrorReporter(logFolder);
        Thread.setDefaultUncaughtExceptionHandler(reporter);
        return reporter;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        LOG.log(System.Logger.Level.ERROR, "Unexpected error on thread " + thread.getName(), error);
        if (java.awt.GraphicsEnvironment.isHeadless()) {
            return;
        }
        // One dialog at a time: a failing repaint can throw on every frame, and a storm of dialogs helps nobody.
        if (showing.compareAndSet(false, true)) {
            SwingUtilities.invokeLater(() -> show(details(thread, error)));
        }
    }

    private static String details(Thread thread, Throwable error) {
        StringWriter out = new StringWriter();
        out.write("Thread: " + thread.getName() + "\n");
        error.printStackTrace(new PrintWriter(out));
        return out.toString();
    }

    private void show(String details) {
        JDialog dialog = new JDialog((JFrame) null, Messages.get("ErrorDialog.title"), true);
        dialog.setName("errorDialog");
        JPanel panel = new JPanel(new MigLayout("insets dialog, wrap 1, fillx", "[grow, fill]", "[]rel[]para[]"));
        JTextArea text = Ui.paragraph(Messages.format("ErrorDialog.text", logFolder.toString()));
        text.setColumns(40);
        panel.add(Ui.styled(Messages.get("ErrorDialog.heading"), "h3"));
        panel.add(text);
        JButton copy = Ui.texts(new JButton(), "ErrorDialog.copy");
        copy.setName("errorDialog.copy");
        copy.addActionListener(e -> Toolkit.getDefaultToolkit().getSystemClipboard()
                .setContents(new StringSelection(details), null));
        JButton close = Ui.texts(new JButton(), "ErrorDialog.close");
        close.setName("errorDialog.close");
        close.addActionListener(e -> dialog.dispose());
        JPanel buttons = new JPanel(new MigLayout("insets 0", "push[]rel[]", "[]"));
        buttons.add(copy);
        buttons.add(close);
        panel.add(buttons);
        dialog.setContentPane(panel);
        Dialogs.keys(dialog, close, dialog::dispose);
        dialog.pack();
        dialog.setLocationRelativeTo(null);
        dialog.addWindowListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowClosed(java.awt.event.WindowEvent e) {
                showing.set(false);
            }
        });
        dialog.setVisible(true);
    }
}
