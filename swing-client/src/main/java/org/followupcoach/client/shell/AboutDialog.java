package org.followupcoach.client.shell;

import java.awt.Window;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;
import org.followupcoach.client.support.Dialogs;
import org.followupcoach.client.support.Messages;
import org.followupcoach.client.support.Ui;
/** The About box: versions, where data and logs are kept, and the licences of the bundled libraries. */
public final class AboutDialog extends JDialog {

    /** Builds the dialog; {@code appVersion}, {@code contentVersion} and the folders are shown as given. */
    public AboutDialog(Window owner, String appVersion, String contentVersion, String dataFolder, String logFolder) {
        super(owner, Messages.get("AboutDialog.title"), ModalityType.APPLICATION_MODAL);
        setName("aboutDialog");
        JPanel panel = new JPanel(new MigLayout("insets dialog, wrap 2, fillx", // layout
                "[]unrel[grow, fill]", // columns: caption, value
                "[]para[]rel[]rel[]rel[]para[]rel[]para[]")); // rows
        panel.add(Ui.styled(Messages.get("app.title"), "h2"), "span 2");
        row(panel, "AboutDialog.version", appVersion, "about.version");
        row(panel, "AboutDialog.content", contentVersion, "about.content");
        row(panel, "AboutDialog.data", dataFolder, "about.data");
        row(panel, "AboutDialog.logs", logFolder, "about.logs");
        panel.add(Ui.paragraph(Messages.get("AboutDialog.offline")), "span 2, wmin 0, width 400lp");
        panel.add(Ui.styled(Messages.get("AboutDialog.licences"), "h4"), "span 2");
        panel.add(Ui.paragraph(Messages.get("AboutDialog.licences.text")), "span 2, wmin 0, width 400lp");
        JButton close = Ui.texts(new JButton(), "AboutDialog.close");
        Ui.named(close, "about.close", close.getText());
        close.addActionListener(e -> dispose());
        panel.add(close, "span 2, align right");
        setContentPane(panel);
        Dialogs.keys(this, close, this::dispose);
        pack();
        setLocationRelativeTo(owner);
    }

    private static void row(JPanel panel, String key, String value, String name) {
        panel.add(Ui.label(Messages.get(key)));
        javax.swing.JTextField field = new javax.swing.JTextField(value);
        field.setEditable(false);
        // Selectable so a path can be copied into a file manager or a support message.
        Ui.named(field, name, Messages.get(key) + " " + value);
        panel.add(field);
    }
}
