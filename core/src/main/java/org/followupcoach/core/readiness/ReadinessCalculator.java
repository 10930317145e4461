package org.followupcoach.core.readiness;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.followupcoach.core.model.ChecklistItem;
import org.followupcoach.core.model.ContentPack;
import org.followupcoach.core.model.Section;
import org.followupcoach.core.model.Topic;
import org.followupcoach.core.plan.CallerProfile;
import org.followupcoach.core.plan.Interview;
import org.followupcoach.core.quiz.QuizAttempt;
import org.followupcoach.core.quiz.TopicScore;

/**
 * Computes the readiness score: 30 % checklist done, 20 % sections read, 50 % quiz, where the quiz part is the mean
 * over all topics of each topic's {@link Mastery} (an untested topic counts 0).
 * Understanding weighs most because a prepared but mistaken caller still calls at the wrong time or says the wrong
 * thing; the checklist weighs more than reading because it is the preparation itself.
 */
public final class ReadinessCalculator {

    /** Weights of checklist, reading and quiz, in percent; they add up to 100. */
    public static final int CHECKLIST_WEIGHT = 30;
    public static final int READING_WEIGHT = 20;
    public static final int QUIZ_WEIGHT = 50;

    private final ContentPack pack;

    /** A calculator for one content pack. */
    public ReadinessCalculator(ContentPack pack) {
        this.pack = pack;
    }

    /**
     * The readiness with the quiz part from {@link Mastery}: every answer counts, weighted by certainty and age, and
     * fades without review. This is the score to show; see the README.
     */
    public Readiness compute(Set<String> checkedItems, Set<String> sectionsRead, List<QuizAttempt> attempts,
                             Instant now) {
        Map<String, Double> evidence = Mastery.evidenceByTopic(attempts, now);
        List<TopicReadiness> topics = new ArrayList<>();
        int topicSum = 0;
        for (Topic topic : pack.quiz().topics()) {
            Double e = evidence.get(topic.id());
            TopicReadiness t = e == null ? new TopicReadiness(topic, OptionalInt.empty(), 0)
                    : new TopicReadiness(topic, OptionalInt.of(Mastery.percent(e)), e);
            topics.add(t);
            topicSum += t.percentOrZero();
        }
        int quiz = topics.isEmpty() ? 0 : Math.round((float) topicSum / topics.size());
        return combine(checklistPercent(checkedItems), readingPercent(sectionsRead), quiz, topics);
    }

    /**
     * How ready one interview's call is: the same weights, with that interview's own checklist run in place of the
     * general one and its cue card in place of reading (a call goes better with the card filled in than with one more
     * section read).
     */
    public InterviewReadiness forInterview(Interview interview, CallerProfile profile, Readiness general) {
        int checklist = checklistPercent(interview.checkedItems());
        int cueCard = InterviewReadiness.cueCardPercent(interview, profile);
        int score = Math.round((CHECKLIST_WEIGHT * checklist + READING_WEIGHT * cueCard
                + QUIZ_WEIGHT * general.quizPercent()) / 100f);
        return new InterviewReadiness(interview.id(), interview.company(), score, checklist, cueCard,
                general.quizPercent());
    }

    private int checklistPercent(Set<String> checkedItems) {
        List<ChecklistItem> items = pack.checklistItems();
        return percent(items.stream().filter(i -> checkedItems.contains(i.id())).count(), items.size());
    }

    private int readingPercent(Set<String> sectionsRead) {
        List<Section> sections = pack.sections();
        return percent(sections.stream().filter(s -> sectionsRead.contains(s.id())).count(), sections.size());
    }

    private static Readiness combine(int checklist, int reading, int quiz, List<TopicReadiness> topics) {
        int score = Math.round((CHECKLIST_WEIGHT * checklist + READING_WEIGHT * reading + QUIZ_WEIGHT * quiz) / 100f);
        return new Readiness(score, checklist, reading, quiz, topics);
    }

    /**
     * The earlier score, where each topic counts its latest attempt only; kept for the client until it shows the
     * mastery score of {@link #compute(Set, Set, List, Instant)}.
     */
    public Readiness compute(Set<String> checkedItems, Set<String> sectionsRead, List<QuizAttempt> attempts) {
        List<ChecklistItem> items = pack.checklistItems();
        int checklist = percent(items.stream().filter(i -> checkedItems.contains(i.id())).count(), items.size());
        List<Section> sections = pack.sections();
        int reading = percent(sections.stream().filter(s -> sectionsRead.contains(s.id())).count(), sections.size());

        Map<String, TopicScore> latest = latestByTopic(attempts);
        List<TopicReadiness> topics = new ArrayList<>();
        int topicSum = 0;
        for (Topic topic : pack.quiz().topics()) {
            TopicScore score = latest.get(topic.id());
            OptionalInt percent = score == null ? OptionalInt.empty() : OptionalInt.of(score.percent());
            TopicReadiness t = new TopicReadiness(topic, percent);
            topics.add(t);
            topicSum += t.percentOrZero();
        }
        int quiz = topics.isEmpty() ? 0 : Math.round((float) topicSum / topics.size());
        int score = Math.round((CHECKLIST_WEIGHT * checklist + READING_WEIGHT * reading + QUIZ_WEIGHT * quiz) / 100f);
        return new Readiness(score, checklist, reading, quiz, topics);
    }

    private static Map<String, TopicScore> latestByTopic(List<QuizAttempt> attempts) {
        Map<String, TopicScore> latest = new HashMap<>();
        for (QuizAttempt attempt : attempts) {
            latest.putAll(attempt.scoreByTopic());
        }
        return latest;
    }

    private static int percent(long part, int whole) {
        return whole == 0 ? 0 : Math.round(100f * part / whole);
    }
}
