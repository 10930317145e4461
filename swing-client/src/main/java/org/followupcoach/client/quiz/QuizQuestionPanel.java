package org.followupcoach.client.quiz;

import java.awt.Component;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.swing.AbstractButton;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JRadioButton;
import javax.swing.JTextArea;
import javax.swing.JToggleButton;
import net.miginfocom.swing.MigLayout;

import org.followupcoach.client.support.Messages;
import org.followupcoach.client.support.Ui;
import org.followupcoach.core.model.AnswerOption;
import org.followupcoach.core.quiz.AnswerRecord;
import org.followupcoach.core.quiz.Confidence;
import org.followupcoach.core.quiz.PresentedQuestion;
import org.followupcoach.core.quiz.QuizMode;

/**
 * One question: progress, topic and prompt, the options with the key that picks each, how sure the user is, and
 * submit. In practice mode the answer's feedback appears below the same question once it is submitted.
 */
final class QuizQuestionPanel extends JPanel {

    private final QuizModel model;
    private final PresentedQuestion shown;
    private final List<AbstractButton> optionButtons = new ArrayList<>();
    private final List<JLabel> optionMarks = new ArrayList<>();
    private final JProgressBar progressBar = new JProgressBar();
    private final JToggleButton sureButton = confidenceButton("QuizQuestionPanel.sure");
    private final JToggleButton notSureButton = confidenceButton("QuizQuestionPanel.notSure");
    private final JButton submitButton = Ui.primary(Ui.texts(new JButton(), "QuizQuestionPanel.submit"));
    private final JButton leaveButton = Ui.texts(Ui.link(""), "QuizQuestionPanel.leave");
    private final JTextArea keysHint = Ui.muted(Ui.paragraph("", "small"));
    private QuizFeedbackPanel feedback;

    QuizQuestionPanel(QuizModel model) {
        this.model = model;
        this.shown = model.question();
        initComponents();
        bind();
        showSelection();
        showConfidence();
        if (model.state() == QuizModel.State.FEEDBACK) {
            showFeedback();
        }
    }

    private void initComponents() {
        setOpaque(false);
        setLayout(new MigLayout("insets 0, wrap 1, fillx", // layout
                "[grow, fill]", // columns
                "[]rel[]para[]para[]")); // rows: header, progress, question, feedback
        String progressText = Messages.format("QuizQuestionPanel.progress.text", shown.number(), shown.total());
        add(Ui.named(Ui.styled(progressText, "h4"), "quiz.progress", progressText), "split 3");
        String modeKey = model.mode() == QuizMode.PRACTICE ? "QuizQuestionPanel.mode.practice"
                : "QuizQuestionPanel.mode.check";
        add(Ui.muted(Ui.styled(Messages.get(modeKey), "small")), "gapleft unrel");
        Ui.named(leaveButton, "quiz.leave", Messages.get("QuizQuestionPanel.leave.text"));
        add(leaveButton, "gapleft push");
        progressBar.setMaximum(shown.total());
        progressBar.setValue(shown.number() - 1);
        Ui.named(progressBar, "quiz.progressBar", progressText);
        add(progressBar, "growx");
        add(questionCard());
    }

    private JPanel questionCard() {
        keysHint.setText(Messages.format("QuizQuestionPanel.keys.text", Math.min(shown.options().size(), 8)));
        keysHint.getAccessibleContext().setAccessibleName(keysHint.getText());
        JPanel card = Ui.card(new MigLayout("insets dialog, wrap 1, fillx", // layout
                "[grow, fill]", // columns
                "[]rel[]para[]rel[]para[]rel[]para[]")); // rows: topic, prompt, hint, options, sure?, buttons, keys
        card.add(Ui.muted(Ui.styled(model.topicTitle(shown.question().topicId()), "semibold")));
        JTextArea prompt = Ui.paragraph(shown.question().prompt(), "large");
        card.add(Ui.named(prompt, "quiz.prompt", shown.question().prompt()), "wmin 0");
        String hint = Messages.get(model.allowsSeveral() ? "QuizQuestionPanel.chooseAll.text"
                : "QuizQuestionPanel.chooseOne.text");
        card.add(Ui.named(Ui.muted(Ui.label(hint)), "quiz.hint", hint));
        card.add(optionList(), "wmin 0");
        card.add(Ui.muted(Ui.label(Messages.get("QuizQuestionPanel.confidence.text"))));
        Ui.named(sureButton, "quiz.sure", Messages.get("QuizQuestionPanel.sure.text"));
        Ui.named(notSureButton, "quiz.notSure", Messages.get("QuizQuestionPanel.notSure.text"));
        Ui.named(submitButton, "quiz.submit", Messages.get("QuizQuestionPanel.submit.text"));
        card.add(sureButton, "split 3");
        card.add(notSureButton);
        card.add(submitButton, "gapleft push");
        card.add(keysHint, "wmin 0, hidemode 3");
        return card;
    }

    /** The options in screen order: a radio button or check box showing the key, the text, and a mark for later. */
    private JPanel optionList() {
        JPanel list = new JPanel(new MigLayout("insets 0, fillx, gapy rel", // layout
                "[]rel[grow, fill]", // columns: key, text and mark
                "")); // rows
        list.setOpaque(false);
        List<AnswerOption> options = shown.options();
        for (int i = 0; i < options.size(); i++) {
            int index = i;
            String key = String.valueOf(i + 1);
            AbstractButton button = model.allowsSeveral() ? new JCheckBox(key) : new JRadioButton(key);
            Ui.named(Ui.literal(button), "quiz.option." + i,
                    Messages.format("QuizQuestionPanel.option.accessible", key, options.get(i).text()));
            button.addActionListener(e -> choose(index));
            JTextArea text = Ui.named(Ui.paragraph(options.get(i).text()), "quiz.option." + i + ".text",
                    options.get(i).text());
            text.addMouseListener(new MouseAdapter() {
                @Override
                public void mouseClicked(MouseEvent e) {
                    choose(index);
                }
            });
            JLabel mark = Ui.named(Ui.styled("", "semibold"), "quiz.option." + i + ".mark", "");
            optionButtons.add(button);
            optionMarks.add(mark);
            // Baselines line up the key with the first line of a wrapped option. The mark gets a row of its own
            // under the text once feedback shows; until then hidemode 3 leaves it (and its row) out entirely.
            list.add(button, "aligny baseline");
            list.add(text, "wmin 0, aligny baseline, wrap");
            list.add(mark, "skip, wrap, hidemode 3");
            mark.setVisible(false);
        }
        return list;
    }

    private static JToggleButton confidenceButton(String key) {
        JToggleButton button = Ui.texts(new JToggleButton(), key);
        button.putClientProperty(com.formdev.flatlaf.FlatClientProperties.STYLE,
                "selectedBackground: $Coach.quizView.chosen.background;"
                + "selectedForeground: $Coach.quizView.chosen.foreground; arc: 999");
        return button;
    }

    private void bind() {
        sureButton.addActionListener(e -> toggleConfidence(Confidence.SURE));
        notSureButton.addActionListener(e -> toggleConfidence(Confidence.NOT_SURE));
        submitButton.addActionListener(e -> model.submit());
        leaveButton.addActionListener(e -> model.backToIntro());
    }

    private void choose(int index) {
        if (model.state() == QuizModel.State.QUESTION) {
            model.toggle(shown.options().get(index).id());
        }
        // A click flips the button itself; the model decides what is really chosen.
        showSelection();
    }

    private void toggleConfidence(Confidence value) {
        model.setConfidence(model.confidence() == value ? null : value);
        showConfidence();
    }

    /** Shows the model's chosen options and whether the answer can be submitted. */
    void showSelection() {
        Set<String> chosen = model.state() == QuizModel.State.FEEDBACK
                ? model.lastAnswer().map(AnswerRecord::chosenOptionIds).orElse(Set.of()) : model.selection();
        for (int i = 0; i < optionButtons.size(); i++) {
            optionButtons.get(i).setSelected(chosen.contains(shown.options().get(i).id()));
        }
        submitButton.setEnabled(model.canSubmit());
    }

    /** Shows which confidence button is down. */
    void showConfidence() {
        sureButton.setSelected(model.confidence() == Confidence.SURE);
        notSureButton.setSelected(model.confidence() == Confidence.NOT_SURE);
    }

    /** Whether this panel shows {@code question}, so feedback can be added to it instead of rebuilding. */
    boolean shows(PresentedQuestion question) {
        return shown.equals(question);
    }

    /** Locks the answer, marks right and wrong options in words and colour, and adds the feedback card. */
    void showFeedback() {
        if (feedback != null) {
            return;
        }
        AnswerRecord answer = model.lastAnswer().orElseThrow();
        showSelection();
        sureButton.setSelected(answer.confidence() == Confidence.SURE);
        notSureButton.setSelected(answer.confidence() == Confidence.NOT_SURE);
        List<AnswerOption> options = shown.options();
        for (int i = 0; i < options.size(); i++) {
            AnswerOption option = options.get(i);
            boolean chosen = answer.chosenOptionIds().contains(option.id());
            optionButtons.get(i).setEnabled(false);
            mark(optionMarks.get(i), option.correct(), chosen);
        }
        for (JComponent c : List.of(sureButton, notSureButton)) {
            c.setEnabled(false);
        }
        submitButton.setVisible(false);
        keysHint.setVisible(false);
        progressBar.setValue(shown.number());
        feedback = new QuizFeedbackPanel(model, shown, answer);
        add(feedback);
        revalidate();
        repaint();
    }

    private static void mark(JLabel mark, boolean correct, boolean chosen) {
        if (!correct && !chosen) {
            return;
        }
        String key = correct ? (chosen ? "QuizQuestionPanel.markChosenRight.text" : "QuizQuestionPanel.markRight.text")
                : "QuizQuestionPanel.markChosenWrong.text";
        mark.setText(Messages.get(key));
        mark.getAccessibleContext().setAccessibleName(mark.getText());
        mark.setIcon(QuizStyle.verdictIcon(correct));
        mark.setVisible(true);
    }

    /** Where focus goes while a question waits for an answer: the first option. */
    Component questionFocus() {
        return optionButtons.get(0);
    }

    /** Where focus goes once feedback shows: the button that moves on. */
    String feedbackAnnouncement() {
        return feedback.announcement();
    }

    /** Where focus goes once the feedback shows. */
    Component feedbackFocus() {
        return feedback.nextButton();
    }

    /** The feedback card, to scroll into view. */
    JComponent feedbackCard() {
        return feedback;
    }
}
