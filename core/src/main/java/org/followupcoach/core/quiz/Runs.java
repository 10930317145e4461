package org.followupcoach.core.quiz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.followupcoach.core.model.Question;
import org.followupcoach.core.model.Topic;

/** Which questions a run asks: a short readiness check across every topic, or practice on chosen topics. */
public final class Runs {

    /** Questions in a readiness check: enough to touch every topic, short enough for a coffee break. */
    public static final int CHECK_SIZE = 12;

    /** How many questions a practice run asks. */
    public enum PracticeSize {
        FIVE(5), TEN(10), ALL(Integer.MAX_VALUE);

        private final int count;

        PracticeSize(int count) {
            this.count = count;
        }

        /** The most questions a run of this size asks. */
        public int count() {
            return count;
        }
    }

    private Runs() {
    }

    /**
     * Draws a readiness check of {@link #CHECK_SIZE} questions stratified by topic: every topic gets the same share,
     * the few left over go to topics drawn at random. When the draw is the same set as {@code previousCheck} (the
     * question ids of the last check), one question is swapped for an unused one of the same topic, or of any topic,
     * so two checks in a row never ask the same set; only a bank of 12 questions or fewer cannot avoid it.
     */
    public static List<Question> readinessCheck(List<Question> bank, List<Topic> topics, Set<String> previousCheck,
                                                Random random) {
        Map<String, List<Question>> byTopic = byTopic(bank, topics, random);
        List<String> topicOrder = new ArrayList<>(byTopic.keySet());
        Collections.shuffle(topicOrder, random);
        Map<String, Integer> take = new LinkedHashMap<>();
        int left = Math.min(CHECK_SIZE, bank.size());
        // Deal one question per topic round after round, so the share per topic differs by one at most.
        while (left > 0) {
            boolean dealt = false;
            for (String topic : topicOrder) {
                int already = take.getOrDefault(topic, 0);
                if (left > 0 && already < byTopic.get(topic).size()) {
                    take.put(topic, already + 1);
                    left--;
                    dealt = true;
                }
            }
            if (!dealt) {
                break;
            }
        }
        List<Question> chosen = new ArrayList<>();
        take.forEach((topic, n) -> chosen.addAll(byTopic.get(topic).subList(0, n)));
        if (ids(chosen).equals(previousCheck)) {
            swapOne(chosen, bank, random);
        }
        return List.copyOf(chosen);
    }

    /**
     * Draws a practice run: questions of {@code topicIds} (all topics when empty) in random order, at most
     * {@code size}. Questions in {@code dueFirst} (due for review) come before the others.
     */
    public static List<Question> practice(List<Question> bank, Set<String> topicIds, PracticeSize size,
                                          Set<String> dueFirst, Random random) {
        List<Question> pool = new ArrayList<>(bank.stream()
                .filter(q -> topicIds.isEmpty() || topicIds.contains(q.topicId())).toList());
        Collections.shuffle(pool, random);
        List<Question> ordered = new ArrayList<>(pool.stream().filter(q -> dueFirst.contains(q.id())).toList());
        pool.stream().filter(q -> !dueFirst.contains(q.id())).forEach(ordered::add);
        return List.copyOf(ordered.subList(0, Math.min(size.count(), ordered.size())));
    }

    private static Map<String, List<Question>> byTopic(List<Question> bank, List<Topic> topics, Random random) {
        Map<String, List<Question>> byTopic = new LinkedHashMap<>();
        topics.forEach(t -> byTopic.put(t.id(), new ArrayList<>()));
        for (Question q : bank) {
            byTopic.computeIfAbsent(q.topicId(), t -> new ArrayList<>()).add(q);
        }
        byTopic.values().removeIf(List::isEmpty);
        byTopic.values().forEach(list -> Collections.shuffle(list, random));
        return byTopic;
    }

    private static void swapOne(List<Question> chosen, List<Question> bank, Random random) {
        Set<String> used = ids(chosen);
        List<Question> unused = bank.stream().filter(q -> !used.contains(q.id())).toList();
        if (unused.isEmpty()) {
            return;
        }
        int out = random.nextInt(chosen.size());
        String topic = chosen.get(out).topicId();
        List<Question> sameTopic = unused.stream().filter(q -> q.topicId().equals(topic)).toList();
        List<Question> from = sameTopic.isEmpty() ? unused : sameTopic;
        chosen.set(out, from.get(random.nextInt(from.size())));
    }

    private static Set<String> ids(List<Question> questions) {
        Set<String> ids = new HashSet<>();
        questions.forEach(q -> ids.add(q.id()));
        return ids;
    }
}
