package org.followupcoach.bench;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.followupcoach.core.load.ContentLoader;

/**
 * Writes a large but valid content pack: the bundled pack with its guide grown to a number of sections and its quiz to
 * a number of questions, by numbered copies of the real ones (every reference stays valid, the text stays realistic).
 */
final class LargePack {

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls()
            .create();

    private LargePack() {
    }

    /** Writes the pack into {@code dir} and returns it. */
    static Path write(Path dir, int sections, int questions) {
        try {
            Files.createDirectories(dir);
            for (String file : ContentLoader.FILES) {
                JsonObject root = JsonParser.parseString(bundled(file)).getAsJsonObject();
                if (file.equals("guide.json")) {
                    grow(root.getAsJsonArray("sections"), sections, (copy, n) -> {
                        copy.addProperty("title", copy.get("title").getAsString() + ", part " + n);
                        copy.addProperty("summary", copy.get("summary").getAsString() + " (part " + n + ")");
                    });
                } else if (file.equals("quiz.json")) {
                    grow(root.getAsJsonArray("questions"), questions, (copy, n) ->
                            copy.addProperty("prompt", copy.get("prompt").getAsString() + " (variant " + n + ")"));
                }
                Files.writeString(dir.resolve(file), GSON.toJson(root), StandardCharsets.UTF_8);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface Edit {
        void apply(JsonObject copy, int n);
    }

    /** Appends numbered copies of the array's own elements (new ids) until it has {@code size} elements. */
    private static void grow(JsonArray array, int size, Edit edit) {
        int originals = array.size();
        for (int n = 0; array.size() < size; n++) {
            JsonObject copy = array.get(n % originals).deepCopy().getAsJsonObject();
            copy.addProperty("id", copy.get("id").getAsString() + "-copy-" + n);
            edit.apply(copy, n);
            array.add(copy);
        }
    }

    private static String bundled(String file) throws IOException {
        try (InputStream in = ContentLoader.class.getResourceAsStream("/org/followupcoach/content/" + file)) {
            if (in == null) {
                throw new IOException("the bundled pack has no " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Deletes a folder written by {@link #write}. */
    static void delete(Path dir) throws IOException {
        if (dir == null || !Files.isDirectory(dir)) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.delete(f);
            }
        }
        Files.delete(dir);
    }
}
