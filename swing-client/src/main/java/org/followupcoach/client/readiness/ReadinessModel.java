package org.followupcoach.client.readiness;

import java.util.List;
import org.followupcoach.client.session.AppView;
import org.followupcoach.client.session.CoachSession;
import org.followupcoach.client.session.NavigationModel;
import org.followupcoach.client.session.RunModel;
import org.followupcoach.client.support.Bean;
import org.followupcoach.client.support.Texts;
import org.followupcoach.core.quiz.QuizAttempt;
import org.followupcoach.core.readiness.NextSteps;
import org.followupcoach.core.readiness.Readiness;
import org.followupcoach.core.readiness.ReadinessPoint;

/** The readiness screen: the score and its parts, the history, and what to do next. Fires {@code readiness}. */
public final class ReadinessModel extends Bean {

    /** How many suggestions of each kind to show. */
    public static final int SUGGESTIONS = 3;

    private final CoachSession session;
    private final NavigationModel navigation;
    private final RunModel run;

    /** A readiness screen for the session, its score following the active run. */
    public ReadinessModel(CoachSession session, NavigationModel navigation, RunModel run) {
        this.session = session;
        this.navigation = navigation;
        this.run = run;
        // Only what the screen shows: the score (which follows the active run) and the history behind the chart.
        session.addPropertyChangeListener("readiness", e -> fireChanged("readiness"));
        session.addPropertyChangeListener("progress", e -> {
            if (e.getOldValue() instanceof org.followupcoach.core.store.Progress old
                    && e.getNewValue() instanceof org.followupcoach.core.store.Progress now
                    && old.readinessHistory().equals(now.readinessHistory())
                    && old.sectionsRead().equals(now.sectionsRead())) {
                return;
            }
            fireChanged("readiness");
        });
    }

    /** Whose run the score follows. */
    public RunModel run() {
        return run;
    }

    /** The self-contained HTML report of the score, its parts and history; {@code texts} words it. */
    public String reportHtml(Texts texts) {
        return new ReadinessReport(session, texts).html();
    }

    public Readiness readiness() {
        return session.readiness();
    }

    public List<ReadinessPoint> history() {
        return session.progress().readinessHistory();
    }

    public List<QuizAttempt> attempts() {
        return session.progress().quizAttempts();
    }

    public NextSteps nextSteps() {
        return NextSteps.suggest(session.pack(), readiness(), session.checkedItems(),
                session.progress().sectionsRead(), SUGGESTIONS);
    }

    public void openSection(String sectionId) {
        navigation.openSection(sectionId);
    }

    public void openView(AppView view) {
        navigation.show(view);
    }
}
