package org.followupcoach.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.followupcoach.core.Limits;
import org.followupcoach.core.plan.Interview;

/**
 * Real progress files, mutated where they are most fragile (a value's type, nulls, extremes, sizes), always load:
 * either as progress every view can show, or set aside with the backup or a fresh start, never with an exception.
 */
class MutatedProgressProperties {

    private static final Instant T = Instant.parse("2026-11-23T10:15:30Z");

    private static final List<JsonElement> ODD_VALUES = List.of(JsonNull.INSTANCE, new JsonPrimitive(0),
            new JsonPrimitive(-1), new JsonPrimitive(Integer.MAX_VALUE), new JsonPrimitive(Integer.MIN_VALUE),
            new JsonPrimitive(Long.MAX_VALUE), new JsonPrimitive(4294967396L), new JsonPrimitive(1.9),
            new JsonPrimitive(new BigDecimal("1e400")), new JsonPrimitive(new BigDecimal("-1e-400")),
            new JsonPrimitive(""), new JsonPrimitive(" "), new JsonPrimitive("x".repeat(100_000)),
            new JsonPrimitive("+999999999-12-31"), new JsonPrimitive("+999999999-12-31T23:59:59"),
            new JsonPrimitive("-999999999-01-01T00:00:00Z"), new JsonPrimitive("1969-12-31T23:59:59Z"),
            new JsonPrimitive("2201-01-01"), new JsonPrimitive("Mars/Olympus"), new JsonPrimitive("NOT_AN_ENUM"),
            new JsonPrimitive(true), new JsonArray(), new JsonObject(), nullArray());

    private static JsonArray nullArray() {
        JsonArray a = new JsonArray();
        a.add(JsonNull.INSTANCE);
        a.add(new JsonPrimitive(7));
        return a;
    }

    /** One change to a file: a path through the tree (indexes into members or elements) and what happens there. */
    record Mutation(List<Integer> path, int kind, int value) {
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<Mutation> one = Arbitraries.integers().between(0, 1000).list().ofMinSize(1).ofMaxSize(6)
                .flatMap(path -> Arbitraries.integers().between(0, 3).flatMap(kind -> Arbitraries.integers()
                        .between(0, ODD_VALUES.size() - 1).map(value -> new Mutation(path, kind, value))));
        return one.list().ofMinSize(1).ofMaxSize(4);
    }

    @Property(tries = 400)
    void aMutatedRealFileAlwaysLoadsIntoSomethingEveryViewCanShow(@ForAll("mutations") List<Mutation> mutations)
            throws IOException {
        JsonObject root = JsonParser.parseString(ProgressJson.encode(ProgressRepairTest.sample())).getAsJsonObject();
        for (Mutation m : mutations) {
            apply(root, m);
        }
        Path dir = Files.createTempDirectory("mutated-progress");
        try {
            Files.writeString(dir.resolve("progress.json"), root.toString());
            ProgressStore store = new ProgressStore(dir, Clock.fixed(T, ZoneOffset.UTC));

            LoadedProgress loaded = store.load();

            assertShowable(loaded.progress());
            if (!loaded.readOnly()) {
                store.save(loaded.progress());
                assertThat(store.load().progress()).isEqualTo(loaded.progress());
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static void apply(JsonObject root, Mutation m) {
        JsonElement parent = root;
        for (int i = 0; i < m.path().size(); i++) {
            List<String> keys = parent.isJsonObject() ? new ArrayList<>(parent.getAsJsonObject().keySet()) : null;
            int size = keys != null ? keys.size() : parent.isJsonArray() ? parent.getAsJsonArray().size() : 0;
            if (size == 0) {
                return;
            }
            int index = m.path().get(i) % size;
            JsonElement child = keys != null ? parent.getAsJsonObject().get(keys.get(index))
                    : parent.getAsJsonArray().get(index);
            boolean last = i == m.path().size() - 1 || !(child.isJsonObject() || child.isJsonArray());
            if (last) {
                change(parent, keys == null ? null : keys.get(index), index, m);
                return;
            }
            parent = child;
        }
    }

    private static void change(JsonElement parent, String key, int index, Mutation m) {
        JsonElement value = ODD_VALUES.get(m.value()).deepCopy();
        if (key != null && key.equals("schemaVersion")) {
            return;
        }
        if (parent.isJsonObject()) {
            JsonObject o = parent.getAsJsonObject();
            switch (m.kind()) {
                case 0 -> o.add(key, value);
                case 1 -> o.remove(key);
                case 2 -> o.add(key + "Unknown", value);
                default -> o.add(key, new JsonPrimitive("y".repeat(Limits.NOTE * 3)));
            }
        } else {
            JsonArray a = parent.getAsJsonArray();
            switch (m.kind()) {
                case 0 -> a.set(index, value);
                case 1 -> a.remove(index);
                case 2 -> a.add(a.get(index).deepCopy());
                default -> a.add(value);
            }
        }
    }

    /** What the views rely on: no nulls, numbers and dates in range, texts within the limits. */
    private static void assertShowable(Progress p) {
        assertThat(p.sectionsRead()).doesNotContainNull();
        assertThat(p.itemNotes().values()).doesNotContainNull().allMatch(n -> n.length() <= Limits.NOTE);
        assertThat(p.ui().scale()).isBetween(UiState.MIN_SCALE, UiState.MAX_SCALE);
        p.quizAttempts().forEach(a -> {
            assertThat(Limits.isSane(a.startedAt()) && Limits.isSane(a.finishedAt())).isTrue();
            assertThat(a.mode()).isNotNull();
            assertThat(a.answers()).allMatch(r -> r.questionId() != null && r.topicId() != null);
        });
        p.readinessHistory().forEach(h -> {
            assertThat(Limits.isSane(h.at())).isTrue();
            assertThat(h.score()).isBetween(0, 100);
            assertThat(h.cause()).isNotNull();
        });
        for (Interview i : p.interviews()) {
            assertThat(Limits.isSane(i.interviewAt())).isTrue();
            assertThat(i.decisionDate() == null || Limits.isSane(i.decisionDate())).isTrue();
            assertThat(ZoneId.of(i.interviewerZone())).isNotNull();
            assertThat(i.company().length()).isLessThanOrEqualTo(Limits.NAME);
            assertThat(i.keyQualifications().length()).isLessThanOrEqualTo(Limits.NOTE);
            i.attempts().forEach(c -> {
                assertThat(Limits.isSane(c.at())).isTrue();
                assertThat(c.outcome()).isNotNull();
                assertThat(c.note() == null || c.note().length() <= Limits.CALL_NOTE).isTrue();
            });
        }
    }
}
