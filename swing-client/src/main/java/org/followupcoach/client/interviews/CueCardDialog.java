package org.followupcoach.client.interviews;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.Component;
import java.awt.Toolkit;
import java.awt.Window;
import java.awt.datatransfer.StringSelection;
import java.awt.event.FocusAdapter;
import java.awt.event.FocusEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.beans.PropertyChangeEvent;
import java.beans.PropertyChangeListener;
import java.util.List;
import java.util.Map;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import net.miginfocom.swing.MigLayout;

import org.followupcoach.client.support.Dialogs;
import org.followupcoach.client.support.Messages;
import org.followupcoach.client.support.ScrollablePanel;
import org.followupcoach.client.support.TextLimit;
import org.followupcoach.client.support.Ui;
import org.followupcoach.core.Limits;
import org.followupcoach.core.plan.Interview;

/**
 * The call cue card: one non-modal window to keep open while dialling, with the user's name and number (saved as
 * they type), the voicemail branch with its live checks, the "they answered" branch, and copy and print.
 */
final class CueCardDialog extends JDialog {

    /** Characters people type in phone numbers; anything else is a mistake worth pointing out at once. */
    private static final String PHONE_CHARACTERS = "[0-9 +()./-]*";

    private final InterviewsModel interviews;
    private final CueCardModel cueCard;
    private Interview interview;
    private final JTextField nameField = Ui.literal(new JTextField(18));
    private final JTextField phoneField = Ui.literal(new JTextField(16));
    private final JTextArea phoneError = Ui.paragraph("", null);
    private final CueCardVoicemailPanel voicemailPanel;
    private final CueCardAnswerPanel answerPanel;
    private final CueCardThankYouPanel thankYouPanel;
    private final JButton copyButton = Ui.texts(new JButton(), "CueCardDialog.copy");
    private final JButton printButton = Ui.texts(new JButton(), "CueCardDialog.print");
    private final JButton rehearseButton = Ui.texts(new JButton(), "CueCardDialog.rehearse");
    private final JButton closeButton = Ui.texts(new JButton(), "CueCardDialog.close");
    private final JTextArea statusText = Ui.muted(Ui.paragraph("", null));
    private final PropertyChangeListener modelListener = this::modelChanged;

    private CueCardDialog(Window owner, InterviewsModel interviews, CueCardModel cueCard, Interview interview) {
        super(owner, Messages.format("CueCardDialog.title", InterviewTexts.title(interview)), ModalityType.MODELESS);
        this.interviews = interviews;
        this.cueCard = cueCard;
        this.interview = interview;
        this.voicemailPanel = new CueCardVoicemailPanel(cueCard.voicemail(interview).checks().stream()
                .map(c -> c.element()).toList());
        this.answerPanel = new CueCardAnswerPanel(cueCard.talkingPoints());
        this.thankYouPanel = new CueCardThankYouPanel(cueCard.thankYouWithinHours());
        initComponents();
        bind();
        refresh();
    }

    /** Opens the cue card for the interview shown in {@code parent}'s detail; the window stays open beside the app. */
    static CueCardDialog open(Component parent, InterviewsModel interviews, CueCardModel cueCard, Interview interview) {
        Window owner = SwingUtilities.getWindowAncestor(parent);
        CueCardDialog dialog = new CueCardDialog(owner, interviews, cueCard, interview);
        Dialogs.placeRelative(dialog, owner);
        dialog.setVisible(true);
        return dialog;
    }

    /** The interview this card is for. */
    String interviewId() {
        return interview.id();
    }

    private void initComponents() {
        setName("cueCard");
        getAccessibleContext().setAccessibleName(getTitle());
        setDefaultCloseOperation(DISPOSE_ON_CLOSE);
        MigLayout cardLayout = new MigLayout("insets dialog, wrap 2, fillx", // layout
                "[grow, fill, sg branch]para[grow, fill, sg branch]", // columns: voicemail, answered
                "[]rel[]para[]para[top]"); // rows: title, intro, your details, the two branches
        ScrollablePanel card = new ScrollablePanel(cardLayout);
        card.add(Ui.paragraph(getTitle(), "h2"), "span 2, wmin 0");
        card.add(Ui.paragraph(Messages.get("CueCardDialog.intro"), null), "span 2, wmin 0");
        card.add(profilePanel(), "span 2");
        card.add(voicemailPanel, "wmin 0");
        card.add(answerPanel, "wmin 0");
        card.add(thankYouPanel, "span 2, wmin 0, gaptop para");
        JScrollPane scroll = new JScrollPane(card);
        scroll.setBorder(BorderFactory.createEmptyBorder());

        MigLayout buttonsLayout = new MigLayout("insets dialog, fillx", // layout
                "[grow, fill]unrel[]rel[]rel[]unrel[]", // columns: status, rehearse, copy, print, close
                "[]"); // rows
        JPanel buttons = new JPanel(buttonsLayout);
        Ui.named(statusText, "cueCard.status", "");
        buttons.add(statusText, "wmin 0");
        Ui.named(rehearseButton, "cueCard.rehearse", rehearseButton.getText());
        rehearseButton.setVisible(cueCard.canRehearse());
        buttons.add(rehearseButton, "sg button, hidemode 3");
        Ui.named(copyButton, "cueCard.copy", copyButton.getText());
        Ui.named(printButton, "cueCard.print", printButton.getText());
        Ui.named(closeButton, "cueCard.close", closeButton.getText());
        buttons.add(copyButton, "sg button");
        buttons.add(printButton, "sg button");
        buttons.add(closeButton, "sg button");

        JPanel content = Dialogs.bodyAndButtons(this, scroll, buttons);
        // Large text: the two branches one under the other, and the status above the buttons.
        org.followupcoach.client.support.NarrowWatch.install(content, 70, narrow -> {
            cardLayout.setLayoutConstraints(narrow ? "insets dialog, wrap 1, fillx" : "insets dialog, wrap 2, fillx");
            cardLayout.setColumnConstraints(narrow ? "[grow, fill]"
                    : "[grow, fill, sg branch]para[grow, fill, sg branch]");
            cardLayout.setRowConstraints(narrow ? "[]rel[]para[]para[]para[]" : "[]rel[]para[]para[top]");
            buttonsLayout.setComponentConstraints(statusText, narrow ? "span, wmin 0, wrap" : "wmin 0");
            buttonsLayout.setColumnConstraints(narrow ? "[]rel[]rel[]unrel[]push"
                    : "[grow, fill]unrel[]rel[]rel[]unrel[]");
            for (JButton button : List.of(rehearseButton, copyButton, printButton, closeButton)) {
                buttonsLayout.setComponentConstraints(button, narrow ? "wmin 0" : "sg button");
            }
            card.revalidate();
            buttons.revalidate();
        });
    }

    private JPanel profilePanel() {
        JPanel panel = new JPanel(new MigLayout("insets para, fillx, wrap 4, hidemode 3", // layout
                "[]rel[grow, fill]para[]rel[grow, fill]", // columns: name label, name, phone label, phone
                "[]rel[]rel[]")); // rows: heading, fields, phone error
        Ui.card(panel);
        panel.add(Ui.styled(Messages.get("CueCardDialog.profile.title"), "h3"), "span 4, wmin 0");
        JLabel nameLabel = Ui.label(Messages.get("CueCardDialog.name.label"));
        nameLabel.setDisplayedMnemonic(Messages.mnemonic("CueCardDialog.name.mnemonic"));
        nameLabel.setLabelFor(nameField);
        JLabel phoneLabel = Ui.label(Messages.get("CueCardDialog.phone.label"));
        phoneLabel.setDisplayedMnemonic(Messages.mnemonic("CueCardDialog.phone.mnemonic"));
        phoneLabel.setLabelFor(phoneField);
        Ui.named(nameField, "cueCard.name", nameLabel.getText());
        Ui.named(phoneField, "cueCard.phone", phoneLabel.getText());
        nameField.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT,
                Messages.get("CueCardDialog.name.placeholder"));
        phoneField.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT,
                Messages.get("CueCardDialog.phone.placeholder"));
        TextLimit.install(nameField, nameField.getName(), Limits.NAME);
        TextLimit.install(phoneField, phoneField.getName(), Limits.PHONE);
        nameField.setText(interviews.profile().name());
        phoneField.setText(interviews.profile().phone());
        panel.add(nameLabel);
        panel.add(nameField, "wmin 0");
        panel.add(phoneLabel);
        panel.add(phoneField, "wmin 0");
        phoneError.setText(Messages.get("CueCardDialog.phone.error"));
        phoneError.putClientProperty(FlatClientProperties.STYLE, "foreground: $Coach.interviewsView.error");
        Ui.named(phoneError, "cueCard.error.phone", phoneError.getText());
        phoneError.setVisible(false);
        panel.add(phoneError, "skip 3, growx, wmin 0");
        panel.add(Ui.muted(Ui.paragraph(Messages.get("CueCardDialog.profile.note"), "small")),
                "span 4, growx, wmin 0");
        return panel;
    }

    private void bind() {
        DocumentListener edited = new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                profileEdited();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                profileEdited();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                profileEdited();
            }
        };
        nameField.getDocument().addDocumentListener(edited);
        phoneField.getDocument().addDocumentListener(edited);
        phoneField.addFocusListener(new FocusAdapter() {
            @Override
            public void focusLost(FocusEvent e) {
                profileEdited();
            }
        });
        rehearseButton.addActionListener(e -> cueCard.rehearse(interview));
        copyButton.addActionListener(e -> copy());
        thankYouPanel.copyButton().addActionListener(e -> copyEmail());
        printButton.addActionListener(e -> print());
        closeButton.addActionListener(e -> dispose());
        Dialogs.closeOnEscape(this, this::dispose);
        interviews.addPropertyChangeListener(modelListener);
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                interviews.removePropertyChangeListener(modelListener);
            }
        });
    }

    private void modelChanged(PropertyChangeEvent e) {
        if ("interviews".equals(e.getPropertyName()) || "profile".equals(e.getPropertyName())) {
            refresh();
        }
    }

    /** Saves name and number as they are typed; a number the model refuses keeps the last good one. */
    private void profileEdited() {
        String phone = phoneField.getText();
        Map<String, String> errors = interviews.setProfile(nameField.getText(), phone);
        boolean wrong = errors.containsKey("myPhone");
        if (wrong) {
            interviews.setProfile(nameField.getText(), interviews.profile().phone());
        }
        // Half-typed numbers are fine while typing; a letter, or leaving the field, shows the problem.
        boolean show = wrong && (!phoneField.isFocusOwner() || !phone.matches(PHONE_CHARACTERS));
        if (phoneError.isVisible() != show) {
            phoneError.setVisible(show);
            phoneField.putClientProperty(FlatClientProperties.OUTLINE, show ? FlatClientProperties.OUTLINE_ERROR
                    : null);
            phoneField.getAccessibleContext().setAccessibleDescription(show ? phoneError.getText() : null);
            getContentPane().revalidate();
        }
    }

    private void refresh() {
        interview = interviews.interviews().stream().filter(i -> i.id().equals(interview.id())).findFirst()
                .or(() -> interviews.selected().filter(i -> i.id().equals(interview.id())))
                .orElse(interview);
        voicemailPanel.show(cueCard.voicemail(interview));
        answerPanel.show(interview);
        thankYouPanel.show(cueCard.thankYouEmail(interview));
    }

    private void copyEmail() {
        try {
            Toolkit.getDefaultToolkit().getSystemClipboard().setContents(new StringSelection(
                    cueCard.thankYouEmailText(interview)), null);
            status(Messages.get("CueCardThankYouPanel.copied"));
        } catch (IllegalStateException e) {
            status(Messages.get("CueCardDialog.copyFailed"));
        }
    }

    private void copy() {
        try {
            Toolkit.getDefaultToolkit().getSystemClipboard().setContents(new StringSelection(
                    cueCard.asText(interview)), null);
            status(Messages.get("CueCardDialog.copied"));
        } catch (IllegalStateException e) {
            status(Messages.get("CueCardDialog.copyFailed"));
        }
    }

    private void print() {
        org.followupcoach.client.support.TextPrinting.print(getTitle(), cueCard.asText(interview),
                "CueCardDialog", this::status);
    }

    private void status(String text) {
        statusText.setText(text);
        statusText.getAccessibleContext().setAccessibleName(text);
    }
}
