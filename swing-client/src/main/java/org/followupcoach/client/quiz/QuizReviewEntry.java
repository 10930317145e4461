package org.followupcoach.client.quiz;

import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;

import org.followupcoach.client.support.Messages;
import org.followupcoach.client.support.Ui;
import org.followupcoach.core.model.AnswerOption;
import org.followupcoach.core.model.Question;
import org.followupcoach.core.quiz.AnswerRecord;
import org.followupcoach.core.quiz.Confidence;

/** One answered question on the results page: right or wrong, how sure, the answers, the feedback and why. */
final class QuizReviewEntry extends JPanel {

    private final QuizModel model;
    private final QuizModel.Review review;
    private final String name;
    private final JButton readUpButton = Ui.texts(Ui.link(""), "QuizReviewEntry.readUp");

    /** An entry named {@code name}; its parts are named {@code name.prompt}, {@code name.verdict} and so on. */
    QuizReviewEntry(QuizModel model, QuizModel.Review review, String name) {
        this.model = model;
        this.review = review;
        this.name = name;
        initComponents();
        bind();
    }

    private void initComponents() {
        Ui.card(this);
        setLayout(new MigLayout("insets dialog, wrap 1, fillx", // layout
                "[grow, fill]", // columns
                "[]")); // rows: verdict and place, prompt, your answer, correct answer, why, read up
        Question question = review.question().question();
        AnswerRecord answer = review.answer();
        Ui.named(this, name, question.prompt());
        String verdictKey = answer.correct() ? "QuizReviewEntry.right.text" : "QuizReviewEntry.wrong.text";
        JLabel verdict = QuizStyle.verdict(answer.correct(), verdictKey, "h4");
        add(Ui.named(verdict, name + ".verdict", verdict.getText()), "split 3");
        add(Ui.muted(Ui.styled(Messages.format("QuizReviewEntry.place.text", review.question().number(),
                model.topicTitle(question.topicId())), "small")), "gapleft unrel");
        String sure = Messages.get(answer.confidence() == null ? "QuizReviewEntry.noConfidence.text"
                : answer.confidence() == Confidence.SURE ? "QuizReviewEntry.sure.text"
                : "QuizReviewEntry.notSure.text");
        add(Ui.named(Ui.muted(Ui.styled(sure, "small")), name + ".confidence", sure), "gapleft push");
        add(Ui.named(Ui.paragraph(question.prompt(), "h4"), name + ".prompt", question.prompt()),
                "wmin 0, gaptop rel");
        heading("QuizReviewEntry.yourAnswer.text");
        for (AnswerOption option : review.question().options()) {
            if (answer.chosenOptionIds().contains(option.id())) {
                add(Ui.paragraph(option.text()), "wmin 0");
                add(Ui.muted(Ui.paragraph(option.feedback())), "wmin 0, gapleft indent");
            }
        }
        if (!answer.correct()) {
            heading("QuizReviewEntry.correctAnswer.text");
            for (AnswerOption option : review.question().options()) {
                if (option.correct()) {
                    add(Ui.named(Ui.paragraph(option.text()), name + ".correct", option.text()), "wmin 0");
                }
            }
        }
        heading("QuizReviewEntry.why.text");
        add(Ui.paragraph(question.explanation()), "wmin 0");
        Ui.named(readUpButton, name + ".readUp", Messages.get("QuizReviewEntry.readUp.text"));
        add(readUpButton, "gaptop rel, growx 0, alignx leading");
    }

    private void heading(String key) {
        add(Ui.muted(Ui.styled(Messages.get(key), "h4")), "gaptop para");
    }

    private void bind() {
        readUpButton.addActionListener(e -> model.readUp(review.question().question().sectionId()));
    }
}
