package org.followupcoach.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Container;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.accessibility.AccessibleContext;
import javax.swing.JComponent;
import javax.swing.JScrollBar;
import javax.swing.JViewport;
import org.assertj.swing.edt.GuiActionRunner;
import org.followupcoach.client.session.AppView;
import org.followupcoach.core.plan.InterviewForm;
import org.followupcoach.core.quiz.QuizMode;
import org.junit.jupiter.api.Test;

/** Walks every view's component tree: anything a keyboard user can reach must have a name a screen reader can say. */
class AccessibleNamesTest extends AppTestBase {

    private static final AtomicInteger CHECKED = new AtomicInteger();

    @Test
    void everyFocusableComponentInEveryViewHasAnAccessibleName() {
        var models = models();
        GuiActionRunner.execute(() -> models.interviews().save(null, new InterviewForm.Input("Acme", "Analyst",
                "Ms. Patel", "", "+1 555 010 0199", "2026-11-20", "10:00", "Europe/Berlin", "", "", "")));
        List<String> unnamed = new ArrayList<>();
        for (AppView view : AppView.values()) {
            GuiActionRunner.execute(() -> models.navigation().show(view));
            robot.waitForIdle();
            unnamed.addAll(GuiActionRunner.execute(() -> unnamedIn(frame.getContentPane(), view.name())));
        }
        GuiActionRunner.execute(() -> {
            models.navigation().show(AppView.QUIZ);
            models.quiz().start(QuizMode.PRACTICE);
        });
        robot.waitForIdle();
        unnamed.addAll(GuiActionRunner.execute(() -> unnamedIn(frame.getContentPane(), "QUIZ question")));
        GuiActionRunner.execute(() -> {
            models.quiz().toggleAt(0);
            models.quiz().submit();
        });
        robot.waitForIdle();
        unnamed.addAll(GuiActionRunner.execute(() -> unnamedIn(frame.getContentPane(), "QUIZ feedback")));
        assertThat(unnamed).as("focusable components without an accessible name").isEmpty();
        // Guards against a walk that silently sees nothing: the six views have well over a hundred controls.
        assertThat(CHECKED.get()).isGreaterThan(100);
    }

    private static List<String> unnamedIn(Container root, String where) {
        List<String> out = new ArrayList<>();
        walk(root, where, out);
        return out;
    }

    private static void walk(Component c, String where, List<String> out) {
        if (!c.isShowing()) {
            return;
        }
        // Scroll bars and viewports are named by the platform from their role; they are not ours to label.
        boolean infrastructure = c instanceof JScrollBar || c instanceof JViewport;
        if (!infrastructure && c instanceof JComponent jc && jc.isFocusable() && jc.isEnabled()
                && focusTakes(jc)) {
            CHECKED.incrementAndGet();
            AccessibleContext ac = jc.getAccessibleContext();
            String name = ac == null ? null : ac.getAccessibleName();
            if (name == null || name.isBlank()) {
                out.add(where + ": " + jc.getClass().getSimpleName() + " name=" + jc.getName());
            }
        }
        if (c instanceof Container container) {
            for (Component child : container.getComponents()) {
                walk(child, where, out);
            }
        }
    }

    /** Whether keyboard focus can actually land here (labels and panels report focusable but are skipped). */
    private static boolean focusTakes(JComponent c) {
        return c instanceof javax.swing.AbstractButton || c instanceof javax.swing.text.JTextComponent
                && ((javax.swing.text.JTextComponent) c).isEditable() || c instanceof javax.swing.JComboBox
                || c instanceof javax.swing.JList || c instanceof javax.swing.JTable || c instanceof javax.swing.JSlider
                || c instanceof javax.swing.JSpinner || c instanceof javax.swing.JTree
                || c instanceof javax.swing.JTextArea && c.isFocusable();
    }
}
