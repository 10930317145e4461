package org.followupcoach.client.shell;

import java.awt.Window;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;
import org.followupcoach.client.support.Dialogs;
import org.followupcoach.client.support.Messages;
import org.followupcoach.client.support.Ui;
/** The first-run welcome: what the app does, where it keeps data, and that it never goes online. */
public final class WelcomeDialog extends JDialog {

    /** Builds the dialog for a data folder. */
    public WelcomeDialog(Window owner, String dataFolder, Runnable onSeen) {
        super(owner, Messages.get("WelcomeDialog.title"), ModalityType.APPLICATION_MODAL);
        setName("welcomeDialog");
        setDefaultCloseOperation(DISPOSE_ON_CLOSE);
        JPanel panel = new JPanel(new MigLayout("insets dialog, wrap 1, fillx", // layout
                "[grow, fill]", // columns
                "[]para[]rel[]rel[]rel[]para[]")); // rows
        panel.add(Ui.styled(Messages.get("WelcomeDialog.heading"), "h2"));
        for (String key : new String[] {"WelcomeDialog.what", "WelcomeDialog.how", "WelcomeDialog.offline"}) {
            panel.add(Ui.paragraph(Messages.get(key)), "wmin 0, width 420lp");
        }
        panel.add(Ui.paragraph(Messages.format("WelcomeDialog.data", dataFolder)), "wmin 0, width 420lp");
        JButton start = Ui.texts(new JButton(), "WelcomeDialog.start");
        Ui.named(start, "welcome.start", start.getText());
        start.addActionListener(e -> dispose());
        // Closed by the user in any way (not by the app ending): the welcome has been seen.
        addWindowListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowClosed(java.awt.event.WindowEvent e) {
                onSeen.run();
            }
        });
        panel.add(start, "align right");
        setContentPane(panel);
        Dialogs.keys(this, start, this::dispose);
        pack();
        setLocationRelativeTo(owner);
    }
}
