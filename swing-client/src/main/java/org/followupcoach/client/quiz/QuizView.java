package org.followupcoach.client.quiz;

import java.awt.Component;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import javax.swing.AbstractAction;
import javax.swing.ActionMap;
import javax.swing.BorderFactory;
import javax.swing.InputMap;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import net.miginfocom.swing.MigLayout;

import org.followupcoach.client.support.Messages;
import org.followupcoach.client.support.Announcer;
import org.followupcoach.client.support.ScrollablePanel;
import org.followupcoach.client.support.Ui;
import org.followupcoach.core.quiz.Certainty;

/**
 * The quiz screen: shows the card for the model's state (mode choice, one question, its feedback, the results) and
 * turns keys into answers: 1–9 or A–H pick an option, N, P and V give the certainty level, Enter submits or moves
 * on.
 */
public final class QuizView extends JPanel {

    /** Digits and letters reach this many options; the bundled pack's longest question has eight. */
    private static final int KEYED_OPTIONS = 8;

    private final QuizModel model;
    private final ScrollablePanel page = ScrollablePanel.page(new MigLayout("insets dialog, fillx", // layout
            "[grow, fill]", // columns
            "[]")); // rows
    private final JScrollPane scroller = new JScrollPane(page);
    private QuizQuestionPanel questionPanel;
    private Component focusTarget;

    /** A quiz view bound to {@code model}. */
    public QuizView(QuizModel model) {
        this.model = model;
        initComponents();
        bind();
        showScreen();
    }

    private void initComponents() {
        setLayout(new MigLayout("fill, insets 0", // layout
                "[grow, fill]", // columns
                "[grow, fill]")); // rows
        Ui.named(this, "quiz", Messages.get("QuizView.accessible"));
        scroller.setBorder(BorderFactory.createEmptyBorder());
        scroller.getVerticalScrollBar().setUnitIncrement(page.getFont().getSize() * 2);
        add(scroller);
    }

    private void bind() {
        model.addPropertyChangeListener("screen", e -> showScreen());
        model.addPropertyChangeListener("selection", e -> selectionChanged());
        model.addPropertyChangeListener("certainty", e -> certaintyChanged());
        // Ancestor bindings work wherever focus is inside the quiz, and stay silent while another view shows.
        InputMap keys = getInputMap(WHEN_ANCESTOR_OF_FOCUSED_COMPONENT);
        ActionMap actions = getActionMap();
        for (int i = 0; i < KEYED_OPTIONS; i++) {
            int index = i;
            String name = "quiz.pick." + i;
            keys.put(KeyStroke.getKeyStroke(KeyEvent.VK_1 + i, 0), name);
            keys.put(KeyStroke.getKeyStroke(KeyEvent.VK_NUMPAD1 + i, 0), name);
            keys.put(KeyStroke.getKeyStroke(KeyEvent.VK_A + i, 0), name);
            actions.put(name, action(() -> pick(index)));
        }
        // N(ot sure), P(robably), V(ery sure): letters outside A-H, which pick options.
        keys.put(KeyStroke.getKeyStroke(KeyEvent.VK_N, 0), "quiz.certainty.1");
        actions.put("quiz.certainty.1", action(() -> certainty(Certainty.LOW)));
        keys.put(KeyStroke.getKeyStroke(KeyEvent.VK_P, 0), "quiz.certainty.2");
        actions.put("quiz.certainty.2", action(() -> certainty(Certainty.MEDIUM)));
        keys.put(KeyStroke.getKeyStroke(KeyEvent.VK_V, 0), "quiz.certainty.3");
        actions.put("quiz.certainty.3", action(() -> certainty(Certainty.HIGH)));
        keys.put(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "quiz.enter");
        actions.put("quiz.enter", action(this::enter));
    }

    private static AbstractAction action(Runnable run) {
        return new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                run.run();
            }
        };
    }

    private void showScreen() {
        QuizModel.State state = model.state();
        if (state == QuizModel.State.FEEDBACK && questionPanel != null && questionPanel.shows(model.question())) {
            // Feedback is added below the same question, so the reader keeps their place.
            questionPanel.showFeedback();
            focus(questionPanel.feedbackFocus());
            if (questionPanel.feedbackFocus() instanceof JComponent next) {
                Announcer.say(next, questionPanel.feedbackAnnouncement());
            }
            scrollIntoView(questionPanel.feedbackCard());
            return;
        }
        questionPanel = null;
        JComponent card;
        Component target;
        String news = null;
        switch (state) {
            case QUESTION, FEEDBACK -> {
                questionPanel = new QuizQuestionPanel(model);
                card = questionPanel;
                target = state == QuizModel.State.FEEDBACK ? questionPanel.feedbackFocus()
                        : questionPanel.questionFocus();
                news = state == QuizModel.State.FEEDBACK ? questionPanel.feedbackAnnouncement() : null;
            }
            case RESULTS -> {
                QuizResultsPanel results = new QuizResultsPanel(model);
                card = results;
                target = results.preferredFocus();
                news = results.announcement();
            }
            default -> {
                QuizIntroPanel intro = new QuizIntroPanel(model);
                card = intro;
                target = intro.preferredFocus();
            }
        }
        page.removeAll();
        page.add(card);
        page.revalidate();
        page.repaint();
        scroller.getViewport().setViewPosition(new Point());
        // Text areas scroll their caret into view once laid out, which would open a long page at its end.
        SwingUtilities.invokeLater(() -> scroller.getViewport().setViewPosition(new Point()));
        focus(target);
        if (news != null && target instanceof JComponent component) {
            Announcer.say(component, news);
        }
    }

    private void focus(Component target) {
        focusTarget = target;
        if (isShowing()) {
            target.requestFocusInWindow();
        }
    }

    private static void scrollIntoView(JComponent component) {
        // Later, once layout has given the component real bounds; a card taller than the view shows its top.
        SwingUtilities.invokeLater(() -> component.scrollRectToVisible(
                new Rectangle(0, 0, component.getWidth(), component.getHeight())));
    }

    private void selectionChanged() {
        if (questionPanel != null) {
            questionPanel.showSelection();
        }
    }

    private void certaintyChanged() {
        if (questionPanel != null) {
            questionPanel.showCertainty();
        }
    }

    private void pick(int index) {
        if (model.state() == QuizModel.State.QUESTION) {
            model.toggleAt(index);
        }
    }

    private void certainty(Certainty value) {
        if (model.state() == QuizModel.State.QUESTION) {
            model.setCertainty(model.certainty() == value ? null : value);
        }
    }

    private void enter() {
        switch (model.state()) {
            case QUESTION -> model.submit();
            case FEEDBACK -> model.next();
            default -> {
                // On the intro and results Enter has no single obvious meaning; the buttons have mnemonics.
            }
        }
    }

    /** Sends focus to what the current card wants first, e.g. when the sidebar switches to the quiz. */
    @Override
    public boolean requestFocusInWindow() {
        return focusTarget != null && focusTarget.isShowing() ? focusTarget.requestFocusInWindow()
                : super.requestFocusInWindow();
    }
}
