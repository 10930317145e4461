package org.followupcoach.core.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.followupcoach.core.validate.Problem;

/**
 * A copy of the minimal test pack ({@code src/test/resources/packs/minimal}) in a folder of its own, so a test can
 * make one precise edit and show exactly one mistake.
 */
public final class PackFixture {

    private static final String MINIMAL = "/packs/minimal/";

    private final Path dir;

    private PackFixture(Path dir) {
        this.dir = dir;
    }

    /** Copies the nine files of the minimal pack into {@code dir}. */
    public static PackFixture minimal(Path dir) {
        for (String file : ContentLoader.FILES) {
            write(dir.resolve(file), minimalBytes(file));
        }
        return new PackFixture(dir);
    }

    /** The bytes of one file of the untouched minimal pack. */
    public static byte[] minimalBytes(String file) {
        try (InputStream in = PackFixture.class.getResourceAsStream(MINIMAL + file)) {
            if (in == null) {
                throw new IllegalStateException("the minimal pack has no " + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of one file of the untouched minimal pack. */
    public static String minimalText(String file) {
        return new String(minimalBytes(file), StandardCharsets.UTF_8);
    }

    /** The folder holding the pack. */
    public Path dir() {
        return dir;
    }

    /** The pack as a content source. */
    public ContentSource source() {
        return ContentSource.folder(dir);
    }

    /** Loads the pack with {@link ContentLoader}. */
    public ContentLoadResult load() {
        return ContentLoader.load(source());
    }

    /** Loads the pack and formats every problem as {@code file:line:column: $.path: message}. */
    public List<String> problems() {
        return load().problems().stream().map(Problem::toString).toList();
    }

    /** The current text of one file. */
    public String read(String file) {
        try {
            return Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces {@code target}, which must occur exactly once in {@code file}, by {@code replacement}. */
    public PackFixture replace(String file, String target, String replacement) {
        return replaceAfter(file, "", target, replacement);
    }

    /**
     * Replaces the first {@code target} after {@code anchor} in {@code file}; {@code anchor} must occur exactly once
     * (an empty anchor means: {@code target} itself must occur exactly once).
     */
    public PackFixture replaceAfter(String file, String anchor, String target, String replacement) {
        String text = read(file);
        String unique = anchor.isEmpty() ? target : anchor;
        int at = text.indexOf(unique);
        if (at < 0 || text.indexOf(unique, at + 1) >= 0) {
            throw new IllegalArgumentException("\"" + unique + "\" must occur exactly once in " + file);
        }
        int start = text.indexOf(target, at);
        if (start < 0) {
            throw new IllegalArgumentException("\"" + target + "\" does not follow \"" + anchor + "\" in " + file);
        }
        return write(file, text.substring(0, start) + replacement + text.substring(start + target.length()));
    }

    /** Overwrites {@code file} with {@code text} as UTF-8. */
    public PackFixture write(String file, String text) {
        return writeBytes(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Overwrites {@code file} with raw bytes. */
    public PackFixture writeBytes(String file, byte[] bytes) {
        write(dir.resolve(file), bytes);
        return this;
    }

    /** Removes {@code file} from the pack. */
    public PackFixture delete(String file) {
        try {
            Files.delete(dir.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    private static void write(Path path, byte[] bytes) {
        try {
            Files.write(path, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
