package org.followupcoach.client.rehearsal;

import java.awt.CardLayout;
import java.awt.Component;
import java.awt.Window;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.beans.PropertyChangeListener;
import java.util.Optional;
import javax.swing.BorderFactory;
import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import javax.swing.JToggleButton;
import javax.swing.SwingUtilities;
import net.miginfocom.swing.MigLayout;
import org.followupcoach.client.support.Dialogs;
import org.followupcoach.client.support.Messages;
import org.followupcoach.client.support.Ui;
import org.followupcoach.core.plan.Interview;

/**
 * The rehearsal window: record and listen back, read from the teleprompter, or play a practice call. Without a
 * microphone it says so in one sentence and opens on the teleprompter, with role-play one click away.
 */
public final class RehearsalDialog extends JDialog {

    private static final String RECORD = "record";
    private static final String PROMPTER = "prompter";
    private static final String ROLEPLAY = "roleplay";

    private final RehearsalModel rehearsal;
    private final RecorderPanel recorderPanel;
    private final TeleprompterPanel teleprompterPanel;
    private final RoleplayPanel roleplayPanel;
    private final JTextArea micText = Ui.paragraph("");
    private final JButton retryButton = Ui.link(Messages.get("RehearsalDialog.retry.text"));
    private final JToggleButton recordTab = Ui.texts(new JToggleButton(), "RehearsalDialog.record");
    private final JToggleButton prompterTab = Ui.texts(new JToggleButton(), "RehearsalDialog.prompter");
    private final JToggleButton roleplayTab = Ui.texts(new JToggleButton(), "RehearsalDialog.roleplay");
    private final CardLayout cards = new CardLayout();
    private final JPanel body = new JPanel(cards);
    private final PropertyChangeListener micListener = e -> micChanged();
    private boolean userPicked;

    private RehearsalDialog(Window owner, RehearsalModel rehearsal, TeleprompterModel prompter, RoleplayModel roleplay,
                            String title) {
        super(owner, title, ModalityType.MODELESS);
        this.rehearsal = rehearsal;
        this.recorderPanel = new RecorderPanel(rehearsal);
        this.teleprompterPanel = new TeleprompterPanel(prompter);
        this.roleplayPanel = new RoleplayPanel(roleplay);
        initComponents();
        bind();
    }

    /** Opens the rehearsal for {@code interview} (empty: general practice) beside {@code parent}'s window. */
    public static RehearsalDialog open(Component parent, RehearsalModel rehearsal, TeleprompterModel prompter,
                                       RoleplayModel roleplay, Optional<Interview> interview) {
        Window owner = parent == null ? null : SwingUtilities.getWindowAncestor(parent);
        String title = interview.map(i -> Messages.format("RehearsalDialog.title.interview", i.company(), i.role()))
                .orElse(Messages.get("RehearsalDialog.title"));
        RehearsalDialog dialog = new RehearsalDialog(owner, rehearsal, prompter, roleplay, title);
        rehearsal.open(interview);
        dialog.teleprompterPanel.setScript(rehearsal.script());
        dialog.micChanged();
        Dialogs.placeRelative(dialog, owner);
        dialog.setVisible(true);
        return dialog;
    }

    private void initComponents() {
        setName("rehearsal");
        getAccessibleContext().setAccessibleName(getTitle());
        setDefaultCloseOperation(DISPOSE_ON_CLOSE);
        Ui.named(micText, "rehearsal.mic", "");
        Ui.named(retryButton, "rehearsal.retry", retryButton.getText());
        Ui.named(recordTab, "rehearsal.tab.record", recordTab.getText());
        Ui.named(prompterTab, "rehearsal.tab.prompter", prompterTab.getText());
        Ui.named(roleplayTab, "rehearsal.tab.roleplay", roleplayTab.getText());
        ButtonGroup group = new ButtonGroup();
        group.add(recordTab);
        group.add(prompterTab);
        group.add(roleplayTab);
        body.add(recorderPanel, RECORD);
        body.add(teleprompterPanel, PROMPTER);
        body.add(roleplayPanel, ROLEPLAY);
        JPanel content = new JPanel(new MigLayout("insets dialog, fill, wrap 1, hidemode 3", // layout
                "[grow, fill]", // columns
                "[]rel[]rel[]para[grow, fill]")); // rows: title, microphone, switcher, body
        content.add(Ui.paragraph(getTitle(), "h2"), "wmin 0");
        JPanel mic = new JPanel(new MigLayout("insets 0, fillx", "[grow, fill]rel[]", "[]"));
        mic.add(micText, "wmin 0");
        mic.add(retryButton);
        content.add(mic, "wmin 0");
        JPanel switcher = new JPanel(new MigLayout("insets 0", "[]rel[]rel[]", "[]"));
        switcher.add(recordTab);
        switcher.add(prompterTab);
        switcher.add(roleplayTab);
        content.add(switcher);
        body.setBorder(BorderFactory.createEmptyBorder());
        content.add(body, "wmin 0, hmin 0");
        setContentPane(content);
    }

    private void bind() {
        recordTab.addActionListener(e -> pick(RECORD));
        prompterTab.addActionListener(e -> pick(PROMPTER));
        roleplayTab.addActionListener(e -> pick(ROLEPLAY));
        retryButton.addActionListener(e -> rehearsal.checkMicrophone());
        rehearsal.addPropertyChangeListener("mic", micListener);
        Dialogs.closeOnEscape(this, this::dispose);
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                rehearsal.stop();
                teleprompterPanel.stop();
                rehearsal.removePropertyChangeListener(micListener);
            }
        });
    }

    private void pick(String card) {
        userPicked = true;
        show(card);
    }

    private void show(String card) {
        cards.show(body, card);
        recordTab.setSelected(RECORD.equals(card));
        prompterTab.setSelected(PROMPTER.equals(card));
        roleplayTab.setSelected(ROLEPLAY.equals(card));
    }

    private void micChanged() {
        MicStatus mic = rehearsal.mic();
        String sentence = Messages.get("RehearsalDialog.mic." + mic.name());
        micText.setText(sentence);
        micText.getAccessibleContext().setAccessibleName(sentence);
        retryButton.setVisible(mic == MicStatus.NO_MICROPHONE || mic == MicStatus.BLOCKED);
        if (!userPicked) {
            // Without a microphone the recorder has nothing to offer; open where the user can practise at once.
            show(mic == MicStatus.READY || mic == MicStatus.CHECKING ? RECORD : PROMPTER);
        }
    }
}
