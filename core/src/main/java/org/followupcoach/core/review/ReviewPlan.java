package org.followupcoach.core.review;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.followupcoach.core.quiz.AnswerRecord;
import org.followupcoach.core.quiz.Certainty;
import org.followupcoach.core.quiz.QuizAttempt;

/**
 * The review plan: every answered question with its next-due day from the {@link Leitner} boxes, brought forward so
 * that it lands before the next call. A question whose due day falls on or after the day of an upcoming call moves
 * to the day before that call (never before today), unless it was answered right at certainty 3 within
 * {@link #FRESH_DAYS} days of the call: then it is fresh enough already.
 */
public record ReviewPlan(List<ReviewItem> items) {

    /** An answer this close to the call, right and very sure, needs no review before it. */
    public static final int FRESH_DAYS = 3;

    public ReviewPlan {
        items = List.copyOf(items);
    }

    /**
     * Plans reviews from every attempt (oldest first; each answer dated by its attempt's end in {@code zone}),
     * before the earliest of {@code callDays} still to come.
     */
    public static ReviewPlan of(List<QuizAttempt> attempts, ZoneId zone, LocalDate today, Set<LocalDate> callDays) {
        Map<String, int[]> boxes = new LinkedHashMap<>();
        Map<String, AnswerRecord> last = new LinkedHashMap<>();
        Map<String, LocalDate> lastDay = new LinkedHashMap<>();
        List<QuizAttempt> ordered = attempts.stream().sorted(Comparator.comparing(QuizAttempt::finishedAt)).toList();
        for (QuizAttempt attempt : ordered) {
            LocalDate day = attempt.finishedAt().atZone(zone).toLocalDate();
            for (AnswerRecord a : attempt.answers()) {
                int[] box = boxes.computeIfAbsent(a.questionId(), id -> new int[1]);
                box[0] = Leitner.next(box[0], a);
                last.put(a.questionId(), a);
                lastDay.put(a.questionId(), day);
            }
        }
        Optional<LocalDate> nextCall = callDays.stream().filter(d -> !d.isBefore(today)).min(Comparator.naturalOrder());
        List<ReviewItem> items = new ArrayList<>();
        for (Map.Entry<String, int[]> e : boxes.entrySet()) {
            String id = e.getKey();
            AnswerRecord answer = last.get(id);
            int box = e.getValue()[0];
            LocalDate answered = lastDay.get(id);
            LocalDate due = answered.plusDays(Leitner.daysUntilDue(box, answer));
            boolean forward = false;
            if (nextCall.isPresent() && !due.isBefore(nextCall.get()) && !fresh(answer, answered, nextCall.get())) {
                LocalDate before = nextCall.get().minusDays(1);
                due = before.isBefore(today) ? today : before;
                forward = true;
            }
            items.add(new ReviewItem(id, answer.topicId(), box, answered, due, forward));
        }
        return new ReviewPlan(items);
    }

    private static boolean fresh(AnswerRecord answer, LocalDate answered, LocalDate callDay) {
        return answer.correct() && answer.certainty() == Certainty.HIGH
                && !answered.isBefore(callDay.minusDays(FRESH_DAYS));
    }

    /** The questions due on {@code day} or earlier, most overdue first. */
    public List<ReviewItem> dueBy(LocalDate day) {
        return items.stream().filter(i -> i.dueBy(day)).sorted(Comparator.comparing(ReviewItem::due)).toList();
    }

    /** The ids of the questions due by {@code day}. */
    public Set<String> dueIds(LocalDate day) {
        return Set.copyOf(dueBy(day).stream().map(ReviewItem::questionId).toList());
    }

    /** The item of a question, if it was ever answered. */
    public Optional<ReviewItem> item(String questionId) {
        return items.stream().filter(i -> i.questionId().equals(questionId)).findFirst();
    }
}
