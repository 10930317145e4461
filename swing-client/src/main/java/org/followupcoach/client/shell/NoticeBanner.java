package org.followupcoach.client.shell;

import javax.swing.JButton;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;
import org.followupcoach.client.support.Messages;
import org.followupcoach.client.support.Ui;
/** A calm strip above the content for things the user should know: recovered progress, saving trouble. */
public final class NoticeBanner extends JPanel {

    private final JTextArea message = Ui.paragraph("");
    private final JButton dismissButton = Ui.texts(new JButton(), "MainFrame.notice.dismiss");
    private final JButton actionButton = new JButton();
    private Runnable action = () -> { };

    /** Creates a hidden banner. */
    public NoticeBanner() {
        initComponents();
        setVisible(false);
    }

    private void initComponents() {
        setLayout(new MigLayout("insets 8 16 8 16, fillx", // layout
                "[grow,fill]unrel[]rel[]", // columns
                "[]")); // rows
        setBackground(UIManager.getColor("Coach.banner.background"));
        message.setForeground(UIManager.getColor("Coach.banner.foreground"));
        Ui.named(this, "notice", "Notice");
        Ui.named(message, "notice.text", "");
        Ui.named(dismissButton, "notice.dismiss", Messages.get("MainFrame.notice.dismiss.text"));
        dismissButton.addActionListener(e -> setVisible(false));
        Ui.named(actionButton, "notice.action", "");
        actionButton.addActionListener(e -> action.run());
        actionButton.setVisible(false);
        add(message);
        add(actionButton, "hidemode 3");
        add(dismissButton);
    }

    @Override
    public void updateUI() {
        super.updateUI();
        if (message != null) {
            setBackground(UIManager.getColor("Coach.banner.background"));
            message.setForeground(UIManager.getColor("Coach.banner.foreground"));
        }
    }

    /** Shows a message with a button for what to do about it, e.g. "Export progress…". */
    public void show(String text, String actionKey, Runnable onAction) {
        show(text);
        Ui.texts(actionButton, actionKey);
        actionButton.getAccessibleContext().setAccessibleName(actionButton.getText());
        action = onAction;
        actionButton.setVisible(true);
    }

    /** Shows a message until dismissed or replaced. */
    public void show(String text) {
        actionButton.setVisible(false);
        message.setText(text);
        message.getAccessibleContext().setAccessibleName(text);
        setVisible(true);
        revalidate();
    }

    /** The message on show, or empty when hidden. */
    public String text() {
        return isVisible() ? message.getText() : "";
    }
}
