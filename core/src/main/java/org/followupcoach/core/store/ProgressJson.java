package org.followupcoach.core.store;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

/** The one place Gson is configured: strict, pretty, with ISO-8601 instants; reads and writes {@link Progress}. */
public final class ProgressJson {

    private static final Gson GSON = new GsonBuilder()
            .setStrictness(Strictness.STRICT)
            .setPrettyPrinting()
            .disableHtmlEscaping()
            .registerTypeAdapter(Instant.class, new IsoAdapter<>(Instant::parse).nullSafe())
            .registerTypeAdapter(LocalDate.class, new IsoAdapter<>(LocalDate::parse).nullSafe())
            .registerTypeAdapter(LocalDateTime.class, new IsoAdapter<>(LocalDateTime::parse).nullSafe())
            .create();

    private ProgressJson() {
    }

    /** Thrown when a progress file cannot be read as progress. */
    public static final class UnreadableProgressException extends Exception {
        /** Creates the exception with a sentence for the log and the user. */
        public UnreadableProgressException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Thrown when the file was written by a newer app than this one. */
    public static final class NewerVersionException extends Exception {
        private final int version;

        /** Creates the exception for a file of schema {@code version}. */
        public NewerVersionException(int version) {
            super("progress.json was saved by a newer version of the app (format " + version + ")");
            this.version = version;
        }

        /** The file's schema version. */
        public int version() {
            return version;
        }
    }

    /** Serialises progress as pretty-printed JSON. */
    public static String encode(Progress progress) {
        return GSON.toJson(progress);
    }

    /** Reads progress, refusing anything that is not a well-formed progress object of a version this app knows. */
    public static Progress decode(String json) throws UnreadableProgressException, NewerVersionException {
        return decode(json, new java.util.ArrayList<>());
    }

    /**
     * As {@link #decode(String)}, and repairs what no view could show (see {@link ProgressRepair}), adding a phrase
     * per kind of repair to {@code repaired}.
     */
    public static Progress decode(String json, java.util.List<String> repaired)
            throws UnreadableProgressException, NewerVersionException {
        JsonElement tree;
        try (JsonReader reader = new JsonReader(new StringReader(json))) {
            reader.setStrictness(Strictness.STRICT);
            reader.setNestingLimit(64);
            tree = JsonParser.parseReader(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new UnreadableProgressException("unexpected text after the progress data", null);
            }
        } catch (IOException | JsonParseException | IllegalStateException | StackOverflowError e) {
            throw new UnreadableProgressException("the file is not valid JSON", e);
        }
        if (!(tree instanceof JsonObject object)) {
            throw new UnreadableProgressException("the file does not hold a progress object", null);
        }
        JsonElement version = object.get("schemaVersion");
        if (version == null || !version.isJsonPrimitive() || !version.getAsJsonPrimitive().isNumber()) {
            throw new UnreadableProgressException("the file has no schemaVersion", null);
        }
        int v;
        try {
            v = version.getAsBigDecimal().intValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw new UnreadableProgressException("schemaVersion is not a whole number", e);
        }
        if (v > Progress.SCHEMA_VERSION) {
            throw new NewerVersionException(v);
        }
        if (v < 1) {
            throw new UnreadableProgressException("schemaVersion " + v + " is not a known format", null);
        }
        ProgressMigration.migrate(object, v);
        try {
            ProgressRepair repair = new ProgressRepair();
            repair.cleanTree(object);
            Progress progress = repair.repair(GSON.fromJson(object, Progress.class));
            repaired.addAll(repair.report());
            return new Progress(Progress.SCHEMA_VERSION, progress.sectionsRead(), progress.checkedItems(),
                    progress.itemNotes(), progress.quizAttempts(), progress.readinessHistory(), progress.ui(),
                    progress.profile(), progress.interviews(), progress.rehearsal());
        } catch (RuntimeException e) {
            // Gson reports a record it cannot build (a null where a list must be, say) as a bare RuntimeException.
            throw new UnreadableProgressException("the progress data has the wrong shape", e);
        }
    }

    /** Reads and writes java.time values in their ISO-8601 text form. */
    private static final class IsoAdapter<T> extends TypeAdapter<T> {
        private final java.util.function.Function<String, T> parse;

        IsoAdapter(java.util.function.Function<String, T> parse) {
            this.parse = parse;
        }

        @Override
        public void write(JsonWriter out, T value) throws IOException {
            out.value(value.toString());
        }

        @Override
        public T read(JsonReader in) throws IOException {
            String text = in.nextString();
            try {
                return parse.apply(text);
            } catch (DateTimeParseException e) {
                throw new JsonParseException("not a date or time: " + text, e);
            }
        }
    }
}
