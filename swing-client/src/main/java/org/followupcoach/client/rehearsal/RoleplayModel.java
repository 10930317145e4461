package org.followupcoach.client.rehearsal;

import java.util.List;
import java.util.Optional;
import org.followupcoach.client.session.CoachSession;
import org.followupcoach.client.session.NavigationModel;
import org.followupcoach.client.support.Bean;
import org.followupcoach.core.roleplay.RoleplayScenario;
import org.followupcoach.core.roleplay.RoleplaySession;

/**
 * Role-play: the practice calls on offer, the one being played, the coach's word on the last reply, and which calls
 * have been played to an end (saved in progress). Fires {@code scenario} and {@code turn}.
 */
public final class RoleplayModel extends Bean {

    private final CoachSession session;
    private final NavigationModel navigation;
    private RoleplaySession playing;
    private RoleplaySession.Turn lastTurn;

    /** Role-play over the session's content. */
    public RoleplayModel(CoachSession session, NavigationModel navigation) {
        this.session = session;
        this.navigation = navigation;
    }

    /** The practice calls, in content order. */
    public List<RoleplayScenario> scenarios() {
        return session.pack().roleplay();
    }

    /** Whether {@code scenarioId} has been played to an end before. */
    public boolean finishedBefore(String scenarioId) {
        return session.progress().rehearsal().finishedScenarios().contains(scenarioId);
    }

    /** Starts the practice call {@code scenarioId} from its first line. */
    public void start(String scenarioId) {
        RoleplaySession old = playing;
        playing = scenarios().stream().filter(s -> s.id().equals(scenarioId)).findFirst().map(RoleplaySession::new)
                .orElse(null);
        lastTurn = null;
        fire("scenario", old, playing);
    }

    /** The call being played. */
    public Optional<RoleplaySession> playing() {
        return Optional.ofNullable(playing);
    }

    /** The last reply given, with the coach's comment on it. */
    public Optional<RoleplaySession.Turn> lastTurn() {
        return Optional.ofNullable(lastTurn);
    }

    /** Gives a reply, in the caller's own words if they typed some; an ending is saved as finished. */
    public void choose(String choiceId, String ownWords) {
        if (playing == null || playing.finished()) {
            return;
        }
        lastTurn = playing.choose(choiceId, ownWords);
        if (playing.finished()) {
            String id = playing.scenario().id();
            session.updateRehearsal(r -> r.withScenarioFinished(id));
        }
        fireChanged("turn");
    }

    /** Takes the last reply back, to try another. */
    public void undo() {
        if (playing != null) {
            playing.undo();
            lastTurn = null;
            fireChanged("turn");
        }
    }

    /** Plays the same call again from the top. */
    public void restart() {
        if (playing != null) {
            playing.restart();
            lastTurn = null;
            fireChanged("turn");
        }
    }

    /** Opens the guide at the section the coach links to. */
    public void readUp(String sectionId) {
        navigation.openSection(sectionId);
    }
}
