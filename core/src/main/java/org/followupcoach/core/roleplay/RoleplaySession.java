package org.followupcoach.core.roleplay;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Walks one role-play scenario: the turn the other side is on, the replies picked so far, and how it ended. */
public final class RoleplaySession {

    /** One exchange: what the other side said, the reply picked, and the caller's own wording if they typed one. */
    public record Turn(RoleplayNode heard, RoleplayChoice reply, Optional<String> ownWords) {
    }

    private final RoleplayScenario scenario;
    private final List<Turn> turns = new ArrayList<>();
    private RoleplayNode current;

    /** Starts {@code scenario} at its first node; the scenario must have passed validation. */
    public RoleplaySession(RoleplayScenario scenario) {
        this.scenario = scenario;
        this.current = start();
    }

    private RoleplayNode start() {
        return scenario.node(scenario.startId())
                .orElseThrow(() -> new IllegalArgumentException("scenario " + scenario.id() + " has no start node"));
    }

    /** The scenario being played. */
    public RoleplayScenario scenario() {
        return scenario;
    }

    /** What the other side is saying now. */
    public RoleplayNode current() {
        return current;
    }

    /** The exchanges so far, oldest first. */
    public List<Turn> turns() {
        return List.copyOf(turns);
    }

    /** Whether the call has reached an ending. */
    public boolean finished() {
        return current.isEnding();
    }

    /** The coach's summary once the call has ended. */
    public Optional<String> outcome() {
        return finished() ? current.outcome() : Optional.empty();
    }

    /** Gives the reply {@code choiceId} to the current turn and moves on; returns the exchange with its comment. */
    public Turn choose(String choiceId) {
        return choose(choiceId, null);
    }

    /**
     * Gives the reply {@code choiceId}, said in the caller's {@code ownWords} (blank or null: as written), and moves
     * on. Typed words are kept only for the transcript: the coach comments on the reply they are closest to.
     */
    public Turn choose(String choiceId, String ownWords) {
        RoleplayChoice reply = current.choices().stream().filter(c -> c.id().equals(choiceId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no reply " + choiceId + " at " + current.id()));
        Optional<String> words = ownWords == null || ownWords.isBlank() ? Optional.empty()
                : Optional.of(ownWords.strip());
        Turn turn = new Turn(current, reply, words);
        turns.add(turn);
        current = scenario.node(reply.nextId())
                .orElseThrow(() -> new IllegalStateException("reply " + choiceId + " leads nowhere"));
        return turn;
    }

    /** Takes back the last reply, so the caller can try another; does nothing at the start. */
    public void undo() {
        if (!turns.isEmpty()) {
            current = turns.remove(turns.size() - 1).heard();
        }
    }

    /** Starts the same call again from the top. */
    public void restart() {
        turns.clear();
        current = start();
    }

    /** How many replies so far were the ones the coach would pick. */
    public long goodReplies() {
        return turns.stream().filter(t -> t.reply().tone() == ChoiceTone.GOOD).count();
    }
}
