package org.followupcoach.client.quiz;

import java.util.Optional;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;

import org.followupcoach.client.support.Messages;
import org.followupcoach.client.support.Ui;
import org.followupcoach.core.model.AnswerOption;
import org.followupcoach.core.quiz.AnswerRecord;
import org.followupcoach.core.quiz.PresentedQuestion;

/**
 * Practice feedback on one answer: right or not, what the chosen options mean, why, where to read up, and the way on.
 */
final class QuizFeedbackPanel extends JPanel {

    private final QuizModel model;
    private final PresentedQuestion shown;
    private final AnswerRecord answer;
    private final JButton readUpButton = Ui.texts(Ui.link(""), "QuizFeedbackPanel.readUp");
    private final JButton nextButton;
    private String announcement = "";

    QuizFeedbackPanel(QuizModel model, PresentedQuestion shown, AnswerRecord answer) {
        this.model = model;
        this.shown = shown;
        this.answer = answer;
        boolean last = shown.number() == shown.total();
        this.nextButton = Ui.primary(Ui.texts(new JButton(),
                last ? "QuizFeedbackPanel.finish" : "QuizFeedbackPanel.next"));
        initComponents();
        bind();
    }

    private void initComponents() {
        Ui.card(this);
        setLayout(new MigLayout("insets dialog, wrap 1, fillx", // layout
                "[grow, fill]", // columns
                "[]")); // rows: verdict, remark, chosen options, why, actions
        String verdictKey = answer.correct() ? "QuizFeedbackPanel.correct.text" : "QuizFeedbackPanel.wrong.text";
        JLabel verdict = QuizStyle.verdict(answer.correct(), verdictKey, "h2");
        add(Ui.named(verdict, "quiz.verdict", verdict.getText()));
        announcement = verdict.getText();
        remark().ifPresent(text -> {
            add(Ui.named(Ui.paragraph(text), "quiz.remark", text), "wmin 0");
            announcement += " " + text;
        });
        add(Ui.muted(Ui.styled(Messages.get("QuizFeedbackPanel.youChose.text"), "h4")), "gaptop para");
        for (AnswerOption option : shown.options()) {
            if (answer.chosenOptionIds().contains(option.id())) {
                add(Ui.paragraph(option.text(), "h4"), "wmin 0");
                add(Ui.paragraph(option.feedback()), "wmin 0");
            }
        }
        add(Ui.muted(Ui.styled(Messages.get("QuizFeedbackPanel.why.text"), "h4")), "gaptop para");
        add(Ui.named(Ui.paragraph(shown.question().explanation()), "quiz.explanation",
                shown.question().explanation()), "wmin 0");
        Ui.named(readUpButton, "quiz.readUp", Messages.get("QuizFeedbackPanel.readUp.text"));
        Ui.named(nextButton, "quiz.next", nextButton.getText());
        add(readUpButton, "gaptop para, split 2, gapleft 0");
        add(nextButton, "gapleft push");
    }

    /** A word on confidence when it and the result disagree: sure but wrong matters most. */
    private Optional<String> remark() {
        if (answer.sureButWrong()) {
            return Optional.of(Messages.get("QuizFeedbackPanel.sureButWrong.text"));
        }
        if (answer.unsureButRight()) {
            return Optional.of(Messages.get("QuizFeedbackPanel.unsureButRight.text"));
        }
        return Optional.empty();
    }

    private void bind() {
        readUpButton.addActionListener(e -> model.readUp(shown.question().sectionId()));
        nextButton.addActionListener(e -> model.next());
    }

    /** What a screen reader says when the feedback appears: the verdict, and the word on confidence if any. */
    String announcement() {
        return announcement;
    }

    /** The button that moves on, for focus. */
    JButton nextButton() {
        return nextButton;
    }
}
