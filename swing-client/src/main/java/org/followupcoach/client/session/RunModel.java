package org.followupcoach.client.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.followupcoach.client.support.Bean;
import org.followupcoach.core.plan.Interview;

/**
 * Whose checklist run the checklist and the score follow: the general preparation or one interview's. Fires
 * {@code runs} when the choices or the active run change.
 */
public final class RunModel extends Bean {

    /** One run to choose: an interview's (its id, company and role), or the general one (null id). */
    public record Run(String interviewId, String company, String role) {

        /** Whether this is the general run, which belongs to no interview. */
        public boolean general() {
            return interviewId == null;
        }
    }

    private static final Run GENERAL = new Run(null, "", "");

    private final CoachSession session;

    /** The runs of the session's progress. */
    public RunModel(CoachSession session) {
        this.session = session;
        session.addPropertyChangeListener("progress", e -> fireChanged("runs"));
        session.addPropertyChangeListener("activeRun", e -> fireChanged("runs"));
    }

    /** The general run first, then every interview still followed up on (and the active one, even archived). */
    public List<Run> runs() {
        List<Run> runs = new ArrayList<>();
        runs.add(GENERAL);
        for (Interview i : session.progress().interviews()) {
            if (!i.archived() || i.id().equals(session.activeRun())) {
                runs.add(new Run(i.id(), i.company(), i.role()));
            }
        }
        return List.copyOf(runs);
    }

    /** The id of the active run's interview, or null for the general run. */
    public String activeId() {
        return session.activeRun();
    }

    /** The interview whose run is active, if it is not the general one. */
    public Optional<Interview> activeInterview() {
        return session.interview(session.activeRun());
    }

    /** Makes a run active; null chooses the general run. */
    public void choose(String interviewId) {
        session.setActiveRun(interviewId);
    }
}
