package org.followupcoach.client.rehearsal;

import java.awt.Color;
import java.awt.Rectangle;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSpinner;
import javax.swing.JTextArea;
import javax.swing.SpinnerNumberModel;
import javax.swing.Timer;
import javax.swing.UIManager;
import javax.swing.text.BadLocationException;
import javax.swing.text.DefaultHighlighter;
import net.miginfocom.swing.MigLayout;
import org.followupcoach.client.support.Messages;
import org.followupcoach.client.support.Ui;
import org.followupcoach.core.rehearsal.Teleprompter;

/** The script in large type, the words already read marked and kept in view, at a pace the reader chooses. */
final class TeleprompterPanel extends JPanel {

    private final TeleprompterModel model;
    private final JTextArea scriptArea = Ui.paragraph("", "h2");
    private final JSpinner paceSpinner = new JSpinner(new SpinnerNumberModel(Teleprompter.DEFAULT_WPM,
            Teleprompter.MIN_WPM, Teleprompter.MAX_WPM, 5));
    private final JLabel paceText = Ui.label("");
    private final JButton startButton = Ui.primary(Ui.texts(new JButton(), "TeleprompterPanel.start"));
    private final JButton pauseButton = Ui.texts(new JButton(), "TeleprompterPanel.pause");
    private final JButton resetButton = Ui.texts(new JButton(), "TeleprompterPanel.reset");
    private final Timer timer = new Timer(100, e -> tick());
    private Object highlight;

    TeleprompterPanel(TeleprompterModel model) {
        this.model = model;
        initComponents();
        bind();
        refresh();
    }

    private void initComponents() {
        setLayout(new MigLayout("insets 0, fill, wrap 1", // layout
                "[grow, fill]", // columns
                "[]rel[]para[grow, fill]")); // rows: hint, controls, script
        setName("rehearsal.teleprompter");
        JLabel paceLabel = Ui.label(Messages.get("TeleprompterPanel.pace.label"));
        paceLabel.setDisplayedMnemonic(Messages.mnemonic("TeleprompterPanel.pace.mnemonic"));
        paceLabel.setLabelFor(paceSpinner);
        Ui.named(paceSpinner, "teleprompter.pace", paceLabel.getText());
        Ui.named(paceText, "teleprompter.paceText", "");
        Ui.named(startButton, "teleprompter.start", startButton.getText());
        Ui.named(pauseButton, "teleprompter.pause", pauseButton.getText());
        Ui.named(resetButton, "teleprompter.reset", resetButton.getText());
        Ui.named(scriptArea, "teleprompter.script", Messages.get("TeleprompterPanel.script.accessible"));
        add(Ui.muted(Ui.paragraph(Messages.get("TeleprompterPanel.hint"))), "wmin 0");
        JPanel controls = new JPanel(new MigLayout("insets 0", "[]rel[]rel[]unrel[]rel[]rel[]", "[]"));
        controls.add(paceLabel);
        controls.add(paceSpinner);
        controls.add(paceText);
        controls.add(startButton);
        controls.add(pauseButton);
        controls.add(resetButton);
        add(controls);
        JScrollPane scroll = new JScrollPane(scriptArea);
        add(scroll, "wmin 0, hmin 0");
    }

    private void bind() {
        paceSpinner.addChangeListener(e -> model.setPace((Integer) paceSpinner.getValue()));
        startButton.addActionListener(e -> model.start());
        pauseButton.addActionListener(e -> model.pause());
        resetButton.addActionListener(e -> model.reset());
        model.addPropertyChangeListener(e -> refresh());
    }

    /** Shows {@code script} from its first word. */
    void setScript(String script) {
        model.setScript(script);
        scriptArea.setText(script);
        scriptArea.getAccessibleContext().setAccessibleDescription(script);
        refresh();
    }

    /** Stops the timer when the rehearsal closes. */
    void stop() {
        model.pause();
        timer.stop();
    }

    private void tick() {
        model.tick();
    }

    private void refresh() {
        if (model.running() && !timer.isRunning()) {
            timer.start();
        } else if (!model.running()) {
            timer.stop();
        }
        if (!paceSpinner.getValue().equals(model.pace())) {
            paceSpinner.setValue(model.pace());
        }
        paceText.setText(Messages.format(model.calm() ? "TeleprompterPanel.pace.calm"
                : model.pace() < Teleprompter.CALM_LOW ? "TeleprompterPanel.pace.slow" : "TeleprompterPanel.pace.fast",
                model.pace(), Teleprompter.CALM_LOW, Teleprompter.CALM_HIGH));
        startButton.setEnabled(!model.running() && !model.finished());
        pauseButton.setEnabled(model.running());
        markRead();
    }

    /** Marks the words already read and keeps the next line in view. */
    private void markRead() {
        String text = scriptArea.getText();
        int end = endOfWords(text, model.word());
        try {
            if (highlight != null) {
                scriptArea.getHighlighter().removeHighlight(highlight);
            }
            Color c = UIManager.getColor("Component.accentColor");
            Color soft = c == null ? Color.LIGHT_GRAY : new Color(c.getRed(), c.getGreen(), c.getBlue(), 60);
            highlight = end == 0 ? null : scriptArea.getHighlighter().addHighlight(0, end,
                    new DefaultHighlighter.DefaultHighlightPainter(soft));
            if (end > 0 && scriptArea.isShowing()) {
                Rectangle at = scriptArea.modelToView2D(Math.min(text.length(), end)).getBounds();
                at.height *= 3;
                scriptArea.scrollRectToVisible(at);
            }
        } catch (BadLocationException e) {
            highlight = null;
        }
    }

    private static int endOfWords(String text, int words) {
        int seen = 0;
        int i = 0;
        while (i < text.length() && seen < words) {
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            seen++;
        }
        return i;
    }
}
