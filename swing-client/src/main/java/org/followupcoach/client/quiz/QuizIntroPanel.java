package org.followupcoach.client.quiz;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.Component;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;

import org.followupcoach.client.support.Messages;
import org.followupcoach.client.support.Ui;
import org.followupcoach.core.quiz.QuizMode;

/** The quiz's start: what the quiz is, how many questions, and the two ways to take it as large choice buttons. */
final class QuizIntroPanel extends JPanel {

    private final QuizModel model;
    private final JButton practiceButton = choice("QuizIntroPanel.practice");
    private final JButton checkButton = choice("QuizIntroPanel.check");

    QuizIntroPanel(QuizModel model) {
        this.model = model;
        initComponents();
        bind();
    }

    private void initComponents() {
        setOpaque(false);
        setLayout(new MigLayout("insets 0, wrap 1, fillx", // layout
                "[grow, fill]", // columns
                "[]rel[]para[]para[]rel[]para[]")); // rows
        add(Ui.styled(Messages.get("QuizIntroPanel.title.text"), "h1"));
        add(Ui.paragraph(Messages.get("QuizIntroPanel.lead.text"), "large"), "wmin 0");
        add(Ui.muted(Ui.paragraph(Messages.format("QuizIntroPanel.count.text", model.questionCount()), "h4")),
                "wmin 0");
        Ui.named(practiceButton, "quiz.startPractice", Messages.get("QuizIntroPanel.practice.text") + ". "
                + Messages.get("QuizIntroPanel.practice.detail"));
        Ui.named(checkButton, "quiz.startCheck", Messages.get("QuizIntroPanel.check.text") + ". "
                + Messages.get("QuizIntroPanel.check.detail"));
        add(practiceButton, "wmin 0");
        add(checkButton, "wmin 0");
        add(Ui.muted(Ui.paragraph(Messages.get("QuizIntroPanel.keys.text"))), "wmin 0");
    }

    /**
     * A large button holding a title and a description; FlatLaf sizes a button by its layout when it has children.
     * The description wraps, so it is a text area, which takes clicks for itself: it hands them to the button.
     */
    private static JButton choice(String key) {
        JButton button = Ui.texts(new JButton(), key);
        String title = button.getText();
        int mnemonicIndex = button.getDisplayedMnemonicIndex();
        button.setText("");
        button.setLayout(new MigLayout("insets panel, wrap 1, fillx", // layout
                "[grow, fill]", // columns
                "[]rel[]")); // rows
        JLabel heading = Ui.styled(title, "h2");
        // Only the underline: a label mnemonic would also grab Alt+key for itself.
        heading.setDisplayedMnemonicIndex(mnemonicIndex);
        javax.swing.JTextArea detail = Ui.muted(Ui.paragraph(Messages.get(key + ".detail")));
        detail.addMouseListener(new java.awt.event.MouseAdapter() {
            @Override
            public void mouseClicked(java.awt.event.MouseEvent e) {
                button.doClick();
            }
        });
        button.add(heading, "wmin 0");
        button.add(detail, "wmin 0");
        button.putClientProperty(FlatClientProperties.STYLE, "arc: 16");
        return button;
    }

    private void bind() {
        practiceButton.addActionListener(e -> model.start(QuizMode.PRACTICE));
        checkButton.addActionListener(e -> model.start(QuizMode.READINESS_CHECK));
    }

    /** Where focus goes when the intro shows. */
    Component preferredFocus() {
        return practiceButton;
    }
}
