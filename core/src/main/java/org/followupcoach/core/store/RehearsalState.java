package org.followupcoach.core.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What the user has rehearsed: the takes kept per interview (their metadata; the sound is in the data folder's
 * {@code takes/} folder) and the role-play scenarios played to an end. Entries a hand-edited file breaks are dropped
 * rather than refusing the whole progress file: a lost take is a small thing, a lost history is not.
 */
public record RehearsalState(List<Take> takes, Set<String> finishedScenarios) {

    /** Takes kept per interview: enough to compare, few enough to choose from. */
    public static final int MAX_TAKES = 5;
    /** The id takes rehearsed without an interview (from the guide) are kept under. */
    public static final String GENERAL = "general";

    /** A take's file name: a plain name in the takes folder, never a path, so a damaged file cannot point elsewhere. */
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}\\.wav");

    /** Nothing rehearsed yet. */
    public static final RehearsalState EMPTY = new RehearsalState(List.of(), Set.of());

    /**
     * One recording: which interview it is for, its file in the takes folder, its length, when it was made, the
     * voicemail elements the user ticked as heard when listening back, and whether it is the one they picked as best.
     */
    public record Take(String interviewId, String file, long lengthMillis, Instant recordedAt, Set<String> ticks,
                       boolean best) {
        public Take {
            ticks = ticks == null ? Set.of() : Collections.unmodifiableSet(new TreeSet<>(ticks));
        }

        /** Whether every one of {@code elementIds} is ticked. */
        public boolean selfCheckComplete(Collection<String> elementIds) {
            return !elementIds.isEmpty() && ticks.containsAll(elementIds);
        }

        Take withTicks(Set<String> value) {
            return new Take(interviewId, file, lengthMillis, recordedAt, value, best);
        }

        Take withBest(boolean value) {
            return new Take(interviewId, file, lengthMillis, recordedAt, ticks, value);
        }
    }

    public RehearsalState {
        takes = takes == null ? List.of() : takes.stream().filter(RehearsalState::usable).toList();
        finishedScenarios = finishedScenarios == null ? Set.of()
                : Collections.unmodifiableSet(new TreeSet<>(finishedScenarios.stream().filter(Objects::nonNull)
                        .toList()));
    }

    private static boolean usable(Take t) {
        return t != null && t.interviewId() != null && !t.interviewId().isBlank() && t.file() != null
                && FILE_NAME.matcher(t.file()).matches() && t.lengthMillis() >= 0 && t.recordedAt() != null;
    }

    /** Whether {@code name} may be used as a take's file name. */
    public static boolean isTakeFileName(String name) {
        return name != null && FILE_NAME.matcher(name).matches();
    }

    /** The takes for one interview, oldest first. */
    public List<Take> takesFor(String interviewId) {
        return takes.stream().filter(t -> t.interviewId().equals(interviewId)).toList();
    }

    /** Whether another take may be kept for {@code interviewId}. */
    public boolean roomForTake(String interviewId) {
        return takesFor(interviewId).size() < MAX_TAKES;
    }

    /** With {@code take} added; refused when the interview already has {@link #MAX_TAKES}. */
    public RehearsalState withTake(Take take) {
        if (!roomForTake(take.interviewId())) {
            throw new IllegalStateException("an interview keeps at most " + MAX_TAKES + " takes");
        }
        List<Take> next = new ArrayList<>(takes);
        next.add(take);
        return new RehearsalState(next, finishedScenarios);
    }

    /** Without the take stored as {@code file}. */
    public RehearsalState withoutTake(String file) {
        return new RehearsalState(takes.stream().filter(t -> !t.file().equals(file)).toList(), finishedScenarios);
    }

    /** With {@code file} marked as the best take of its interview and no other take of that interview. */
    public RehearsalState withBest(String file) {
        String interview = takes.stream().filter(t -> t.file().equals(file)).map(Take::interviewId).findFirst()
                .orElse(null);
        return new RehearsalState(takes.stream().map(t -> !t.interviewId().equals(interview) ? t
                : t.withBest(t.file().equals(file))).toList(), finishedScenarios);
    }

    /** With the self-check ticks of {@code file} replaced by {@code ticks}. */
    public RehearsalState withTicks(String file, Set<String> ticks) {
        return new RehearsalState(takes.stream().map(t -> t.file().equals(file) ? t.withTicks(ticks) : t).toList(),
                finishedScenarios);
    }

    /** With {@code scenarioId} recorded as played to an end. */
    public RehearsalState withScenarioFinished(String scenarioId) {
        Set<String> next = new TreeSet<>(finishedScenarios);
        next.add(scenarioId);
        return new RehearsalState(takes, next);
    }

    /**
     * Whether some take for {@code interviewId} has all of {@code elementIds} ticked: the user listened back and heard
     * every element of the voicemail. The readiness score counts this towards "ready for the call".
     */
    public boolean selfCheckComplete(String interviewId, Collection<String> elementIds) {
        return takesFor(interviewId).stream().anyMatch(t -> t.selfCheckComplete(elementIds));
    }
}
