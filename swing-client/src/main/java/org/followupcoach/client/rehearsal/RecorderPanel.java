package org.followupcoach.client.rehearsal;

import java.beans.PropertyChangeEvent;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.ListSelectionModel;
import net.miginfocom.swing.MigLayout;
import org.followupcoach.client.support.Messages;
import org.followupcoach.client.support.Ui;
import org.followupcoach.core.model.VoicemailElement;
import org.followupcoach.core.plan.VoicemailComposer;
import org.followupcoach.core.rehearsal.SpeechAnalysis;
import org.followupcoach.core.store.RehearsalState.Take;

/** Record, listen back and judge: the takes kept, the chosen take's waveform and length, and its self-check ticks. */
final class RecorderPanel extends JPanel {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
            .withLocale(Locale.getDefault()).withZone(ZoneId.systemDefault());

    private final RehearsalModel model;
    private final JButton recordButton = Ui.primary(Ui.texts(new JButton(), "RecorderPanel.record"));
    private final JButton stopButton = Ui.texts(new JButton(), "RecorderPanel.stop");
    private final JButton playButton = Ui.texts(new JButton(), "RecorderPanel.play");
    private final JButton bestButton = Ui.texts(new JButton(), "RecorderPanel.best");
    private final JButton deleteButton = Ui.texts(new JButton(), "RecorderPanel.delete");
    private final JLabel stateLabel = Ui.label("");
    private final DefaultListModel<Take> takeItems = new DefaultListModel<>();
    private final JList<Take> takeList = Ui.literal(new JList<>(takeItems));
    private final WaveformView waveform = new WaveformView();
    private final JTextArea lengthText = Ui.paragraph("");
    private final JTextArea problemText = Ui.paragraph("");
    private final JPanel checks = new JPanel(new MigLayout("insets 0, wrap 1", "[grow, fill]", ""));
    private boolean updating;

    RecorderPanel(RehearsalModel model) {
        this.model = model;
        initComponents();
        bind();
        refresh();
    }

    private void initComponents() {
        setLayout(new MigLayout("insets 0, fillx, wrap 2, hidemode 3", // layout
                "[grow, fill]para[grow 0, fill]", // columns: take, self-check
                "[]rel[]rel[]para[top]")); // rows: buttons, problem, takes, waveform and checks
        setName("rehearsal.recorder");
        Ui.named(recordButton, "rehearsal.record", recordButton.getText());
        Ui.named(stopButton, "rehearsal.stop", stopButton.getText());
        Ui.named(playButton, "rehearsal.play", playButton.getText());
        Ui.named(bestButton, "rehearsal.best", bestButton.getText());
        Ui.named(deleteButton, "rehearsal.delete", deleteButton.getText());
        Ui.named(stateLabel, "rehearsal.state", "");
        Ui.named(takeList, "rehearsal.takes", Messages.get("RecorderPanel.takes.accessible"));
        Ui.named(lengthText, "rehearsal.length", "");
        Ui.named(problemText, "rehearsal.problem", "");
        takeList.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        takeList.setVisibleRowCount(5);
        takeList.setCellRenderer((list, take, index, selected, focus) -> {
            JLabel row = (JLabel) new javax.swing.DefaultListCellRenderer().getListCellRendererComponent(list,
                    describe(take), index, selected, focus);
            return Ui.literal(row);
        });
        JPanel buttons = new JPanel(new MigLayout("insets 0", "[]rel[]unrel[]unrel[]rel[]push[]", "[]"));
        buttons.add(recordButton);
        buttons.add(stopButton);
        buttons.add(playButton);
        buttons.add(bestButton);
        buttons.add(deleteButton);
        buttons.add(stateLabel);
        add(buttons, "span 2");
        add(problemText, "span 2, wmin 0");
        add(new JScrollPane(takeList), "span 2, wmin 0");
        JPanel take = new JPanel(new MigLayout("insets 0, fillx, wrap 1", "[grow, fill]", "[]rel[]"));
        take.add(waveform, "wmin 0");
        take.add(lengthText, "wmin 0");
        add(take, "wmin 0");
        JPanel checkCard = Ui.card(new JPanel(new MigLayout("insets para, wrap 1", "[grow, fill]", "[]rel[]")));
        checkCard.add(Ui.styled(Messages.get("RecorderPanel.checks.title"), "h4"));
        checkCard.add(checks);
        add(checkCard);
        for (VoicemailElement element : model.elements()) {
            JCheckBox box = Ui.literal(new JCheckBox(element.label()));
            Ui.named(box, "rehearsal.tick." + element.id(), element.label());
            box.addActionListener(e -> ticked(element.id(), box.isSelected()));
            checks.add(box);
        }
    }

    private void bind() {
        recordButton.addActionListener(e -> model.record());
        stopButton.addActionListener(e -> model.stop());
        playButton.addActionListener(e -> model.play());
        bestButton.addActionListener(e -> model.markBest());
        deleteButton.addActionListener(e -> model.deleteSelected());
        takeList.addListSelectionListener(e -> {
            Take take = takeList.getSelectedValue();
            if (!updating && !e.getValueIsAdjusting() && take != null) {
                model.select(take.file());
            }
        });
        model.addPropertyChangeListener(this::modelChanged);
    }

    private void modelChanged(PropertyChangeEvent e) {
        refresh();
    }

    private void ticked(String elementId, boolean heard) {
        if (!updating) {
            model.setTick(elementId, heard);
        }
    }

    private void refresh() {
        updating = true;
        try {
            List<Take> takes = model.takes();
            takeItems.clear();
            takes.forEach(takeItems::addElement);
            model.selectedTake().ifPresent(t -> takeList.setSelectedValue(t, true));
            boolean idle = model.state() == RehearsalModel.State.IDLE;
            boolean chosen = model.selectedTake().isPresent();
            recordButton.setEnabled(model.canRecord());
            stopButton.setEnabled(model.state() == RehearsalModel.State.RECORDING
                    || model.state() == RehearsalModel.State.PLAYING);
            playButton.setEnabled(idle && chosen);
            bestButton.setEnabled(idle && chosen);
            deleteButton.setEnabled(idle && chosen);
            stateLabel.setText(Messages.get("RecorderPanel.state." + model.state().name()));
            problemText.setText(model.problem() == RehearsalModel.Problem.NONE ? ""
                    : Messages.format("RecorderPanel.problem." + model.problem().name(),
                            org.followupcoach.core.store.RehearsalState.MAX_TAKES));
            problemText.setVisible(model.problem() != RehearsalModel.Problem.NONE);
            for (java.awt.Component c : checks.getComponents()) {
                JCheckBox box = (JCheckBox) c;
                String id = box.getName().substring("rehearsal.tick.".length());
                box.setEnabled(chosen);
                box.setSelected(model.selectedTake().map(t -> t.ticks().contains(id)).orElse(false));
            }
            waveform.show(model.analysis().orElse(null), Duration.ofSeconds(VoicemailComposer.MAX_SECONDS));
            lengthText.setText(model.analysis().map(this::lengthSentence)
                    .orElse(Messages.get(takes.isEmpty() ? "RecorderPanel.length.none" : "RecorderPanel.length.pick")));
        } finally {
            updating = false;
        }
        revalidate();
        repaint();
    }

    private String lengthSentence(SpeechAnalysis a) {
        long seconds = Math.round(a.messageLength().toMillis() / 1000.0);
        String length = Messages.format(model.overTarget() ? "RecorderPanel.length.over" : "RecorderPanel.length.ok",
                seconds, VoicemailComposer.MAX_SECONDS);
        String pauses = a.longPauses().isEmpty() ? Messages.get("RecorderPanel.pauses.none")
                : Messages.format("RecorderPanel.pauses.long", a.longPauses().size());
        String silent = a.heardSpeech() ? "" : " " + Messages.get("RecorderPanel.problem.SILENT_TAKE");
        return length + " " + pauses + silent;
    }

    private static String describe(Take take) {
        String text = Messages.format("RecorderPanel.take", WHEN.format(take.recordedAt()),
                Math.round(take.lengthMillis() / 1000.0));
        return take.best() ? Messages.format("RecorderPanel.take.best", text) : text;
    }
}
