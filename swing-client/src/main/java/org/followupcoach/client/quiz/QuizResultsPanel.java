package org.followupcoach.client.quiz;

import java.awt.Component;
import java.util.List;
import java.util.Map;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import net.miginfocom.swing.MigLayout;

import org.followupcoach.client.support.Messages;
import org.followupcoach.client.support.Ui;
import org.followupcoach.core.quiz.QuizAttempt;
import org.followupcoach.core.quiz.QuizMode;
import org.followupcoach.core.quiz.TopicScore;

/**
 * The end of an attempt: the score overall and per topic, the ways on, then the answers where confidence and result
 * disagree (sure but wrong first, because those mistakes would happen on the call) and a review of every answer.
 */
final class QuizResultsPanel extends JPanel {

    private final QuizModel model;
    private final QuizAttempt attempt;
    private String announcement = "";
    private final JButton retryButton = Ui.texts(new JButton(), "QuizResultsPanel.retryMissed");
    private final JButton restartButton = Ui.texts(new JButton(), "QuizResultsPanel.restart");

    QuizResultsPanel(QuizModel model) {
        this.model = model;
        this.attempt = model.lastAttempt().orElseThrow();
        initComponents();
        bind();
    }

    private void initComponents() {
        setOpaque(false);
        setLayout(new MigLayout("insets 0, wrap 1, fillx", // layout
                "[grow, fill]", // columns
                "[]rel[]para[]para[]")); // rows: title, mode, score card, actions, then the answer sections
        add(Ui.styled(Messages.get("QuizResultsPanel.title.text"), "h1"));
        String modeKey = attempt.mode() == QuizMode.PRACTICE ? "QuizResultsPanel.mode.practice"
                : "QuizResultsPanel.mode.check";
        add(Ui.muted(Ui.styled(Messages.get(modeKey), "semibold")));
        add(scoreCard());
        add(actions());
        section("quiz.sureButWrong", "QuizResultsPanel.sureButWrong", model.sureButWrong());
        section("quiz.unsureButRight", "QuizResultsPanel.unsureButRight", model.unsureButRight());
        section("quiz.review", "QuizResultsPanel.review", model.review());
    }

    private JPanel scoreCard() {
        JPanel card = Ui.card(new MigLayout("insets dialog, wrap 2, fillx", // layout
                "[grow, fill]unrel[right]", // columns: topic (and its bar below), score
                "[]rel[]para[]rel[]")); // rows: score, caption, topics heading, per topic a title and a bar
        TopicScore score = attempt.score();
        String scoreText = Messages.format("QuizResultsPanel.score.text", score.correct(), score.total(),
                score.percent());
        card.add(Ui.named(Ui.styled(scoreText, "h0"), "quiz.score", scoreText), "span 2");
        announcement = scoreText;
        card.add(Ui.muted(Ui.label(Messages.get("QuizResultsPanel.scoreCaption.text"))), "span 2");
        card.add(Ui.styled(Messages.get("QuizResultsPanel.topics.text"), "h3"), "span 2");
        for (Map.Entry<String, TopicScore> topic : attempt.scoreByTopic().entrySet()) {
            String title = model.topicTitle(topic.getKey());
            TopicScore t = topic.getValue();
            String detail = Messages.format("QuizResultsPanel.topicScore.text", t.correct(), t.total(), t.percent());
            JProgressBar bar = new JProgressBar(0, 100);
            bar.setValue(t.percent());
            Ui.named(bar, "quiz.topic." + topic.getKey(), title + ", " + detail);
            // The bar sits under its title, so a narrow window or a large font never squeezes it away.
            card.add(Ui.label(title), "wmin 0, gaptop unrel");
            card.add(Ui.named(Ui.label(detail), "quiz.topic." + topic.getKey() + ".score", detail), "gaptop unrel");
            card.add(bar, "span 2, growx");
        }
        return card;
    }

    private JPanel actions() {
        JPanel actions = new JPanel(new MigLayout("insets 0, fillx", // layout
                "[]rel[]push[]", // columns: retry, restart, what retry means
                "[]")); // rows
        actions.setOpaque(false);
        int missed = attempt.missedQuestionIds().size();
        retryButton.setText(Messages.format("QuizResultsPanel.retryMissed.count", missed));
        retryButton.setEnabled(missed > 0);
        if (missed > 0) {
            Ui.primary(retryButton);
        } else {
            retryButton.setToolTipText(Messages.get("QuizResultsPanel.nothingMissed.text"));
        }
        Ui.named(retryButton, "quiz.retryMissed", retryButton.getText());
        Ui.named(restartButton, "quiz.restart", restartButton.getText());
        actions.add(retryButton);
        actions.add(restartButton);
        return actions;
    }

    /** A titled list of review entries named {@code name.0}, {@code name.1} …; left out when the list is empty. */
    private void section(String name, String key, List<QuizModel.Review> reviews) {
        if (reviews.isEmpty()) {
            return;
        }
        JPanel section = new JPanel(new MigLayout("insets 0, wrap 1, fillx", // layout
                "[grow, fill]", // columns
                "[]rel[]para[]")); // rows: heading, detail, entries
        section.setOpaque(false);
        Ui.named(section, name, Messages.get(key + ".text"));
        JLabel heading = Ui.styled(Messages.format(key + ".heading", reviews.size()), "h2");
        section.add(heading);
        section.add(Ui.muted(Ui.paragraph(Messages.get(key + ".detail"))), "wmin 0");
        for (int i = 0; i < reviews.size(); i++) {
            section.add(new QuizReviewEntry(model, reviews.get(i), name + "." + i), "wmin 0");
        }
        add(section, "gaptop para, wmin 0");
    }

    private void bind() {
        retryButton.addActionListener(e -> model.retryMissed());
        restartButton.addActionListener(e -> model.backToIntro());
    }

    /** What a screen reader says when the results appear: the score. */
    String announcement() {
        return announcement;
    }

    /** Where focus goes when the results show: retrying if anything was missed, else starting again. */
    Component preferredFocus() {
        return retryButton.isEnabled() ? retryButton : restartButton;
    }
}
