package org.followupcoach.client.rehearsal;

import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import net.miginfocom.swing.MigLayout;
import org.followupcoach.client.support.Messages;
import org.followupcoach.client.support.Ui;
import org.followupcoach.core.roleplay.RoleplayChoice;
import org.followupcoach.core.roleplay.RoleplayScenario;
import org.followupcoach.core.roleplay.RoleplaySession;

/** Practice calls in text: pick a call, hear the other side, pick (or word) a reply, and read the coach's comment. */
final class RoleplayPanel extends JPanel {

    private final RoleplayModel model;
    private final DefaultListModel<RoleplayScenario> scenarioItems = new DefaultListModel<>();
    private final JList<RoleplayScenario> scenarioList = Ui.literal(new JList<>(scenarioItems));
    private final JTextArea situationText = Ui.paragraph("");
    private final JTextArea lineText = Ui.paragraph("", "h3");
    private final JPanel choicesPanel = new JPanel(new MigLayout("insets 0, wrap 1, fillx", "[grow, fill]", ""));
    private final JTextField ownWordsField = Ui.literal(new JTextField(30));
    private final JTextArea commentText = Ui.paragraph("");
    private final JButton readUpButton = Ui.link(Messages.get("RoleplayPanel.readUp.text"));
    private final JButton undoButton = Ui.texts(new JButton(), "RoleplayPanel.undo");
    private final JButton restartButton = Ui.texts(new JButton(), "RoleplayPanel.restart");
    private String readUpSection;

    RoleplayPanel(RoleplayModel model) {
        this.model = model;
        initComponents();
        bind();
        refresh();
    }

    private void initComponents() {
        setLayout(new MigLayout("insets 0, fill, hidemode 3", // layout
                "[grow 0, fill]para[grow, fill]", // columns: scenarios, the call
                "[grow, fill]")); // rows
        setName("rehearsal.roleplay");
        Ui.named(scenarioList, "roleplay.scenarios", Messages.get("RoleplayPanel.scenarios.accessible"));
        scenarioList.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        model.scenarios().forEach(scenarioItems::addElement);
        scenarioList.setCellRenderer((list, s, index, selected, focus) -> Ui.literal((JLabel)
                new javax.swing.DefaultListCellRenderer().getListCellRendererComponent(list,
                        model.finishedBefore(s.id()) ? Messages.format("RoleplayPanel.scenario.done", s.title())
                                : s.title(), index, selected, focus)));
        Ui.named(situationText, "roleplay.situation", "");
        Ui.named(lineText, "roleplay.line", "");
        Ui.named(ownWordsField, "roleplay.ownWords", Messages.get("RoleplayPanel.ownWords.label"));
        Ui.named(commentText, "roleplay.comment", "");
        Ui.named(readUpButton, "roleplay.readUp", readUpButton.getText());
        Ui.named(undoButton, "roleplay.undo", undoButton.getText());
        Ui.named(restartButton, "roleplay.restart", restartButton.getText());
        add(new JScrollPane(scenarioList), "wmin 0");
        JPanel call = new JPanel(new MigLayout("insets 0, fillx, wrap 1, hidemode 3", "[grow, fill]",
                "[]para[]rel[]rel[]rel[]para[]rel[]para[]"));
        call.add(Ui.muted(situationText), "wmin 0");
        call.add(lineText, "wmin 0");
        JLabel ownLabel = Ui.label(Messages.get("RoleplayPanel.ownWords.label"));
        ownLabel.setDisplayedMnemonic(Messages.mnemonic("RoleplayPanel.ownWords.mnemonic"));
        ownLabel.setLabelFor(ownWordsField);
        call.add(ownLabel);
        call.add(ownWordsField, "wmin 0");
        call.add(choicesPanel, "wmin 0");
        call.add(commentText, "wmin 0");
        call.add(readUpButton, "growx 0");
        JPanel buttons = new JPanel(new MigLayout("insets 0", "[]rel[]", "[]"));
        buttons.add(undoButton);
        buttons.add(restartButton);
        call.add(buttons);
        add(new JScrollPane(call), "wmin 0");
    }

    private void bind() {
        scenarioList.addListSelectionListener(e -> {
            RoleplayScenario s = scenarioList.getSelectedValue();
            if (!e.getValueIsAdjusting() && s != null
                    && model.playing().map(p -> !p.scenario().id().equals(s.id())).orElse(true)) {
                model.start(s.id());
            }
        });
        readUpButton.addActionListener(e -> readUp());
        undoButton.addActionListener(e -> model.undo());
        restartButton.addActionListener(e -> model.restart());
        model.addPropertyChangeListener(e -> refresh());
    }

    private void readUp() {
        if (readUpSection != null) {
            model.readUp(readUpSection);
        }
    }

    private void refresh() {
        RoleplaySession session = model.playing().orElse(null);
        choicesPanel.removeAll();
        situationText.setText(session == null ? Messages.get("RoleplayPanel.pick") : session.scenario().situation());
        lineText.setVisible(session != null);
        ownWordsField.setEnabled(session != null && !session.finished());
        undoButton.setEnabled(session != null && !session.turns().isEmpty());
        restartButton.setEnabled(session != null);
        if (session != null) {
            lineText.setText(session.current().line());
            lineText.getAccessibleContext().setAccessibleName(session.current().line());
            int n = 0;
            for (RoleplayChoice choice : session.current().choices()) {
                JButton button = Ui.literal(new JButton(choice.text()));
                button.setHorizontalAlignment(JButton.LEADING);
                Ui.named(button, "roleplay.choice." + n++, choice.text());
                button.addActionListener(e -> choose(choice.id()));
                choicesPanel.add(button, "wmin 0");
            }
        }
        RoleplaySession.Turn turn = model.lastTurn().orElse(null);
        readUpSection = turn == null ? null : turn.reply().sectionId();
        readUpButton.setVisible(turn != null);
        String comment = turn == null ? "" : Messages.format("RoleplayPanel.comment." + turn.reply().tone().name(),
                turn.reply().comment());
        if (session != null && session.finished()) {
            comment = comment + "\n\n" + Messages.format("RoleplayPanel.outcome", session.outcome().orElse(""));
        }
        commentText.setText(comment);
        commentText.setVisible(!comment.isEmpty());
        commentText.getAccessibleContext().setAccessibleName(comment);
        scenarioList.repaint();
        revalidate();
        repaint();
    }

    private void choose(String choiceId) {
        model.choose(choiceId, ownWordsField.getText());
        ownWordsField.setText("");
    }
}
