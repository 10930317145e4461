package org.followupcoach.core.rehearsal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.followupcoach.core.store.RehearsalState;

/**
 * The sound of the takes: WAV files in the {@code takes} folder of the data folder, and nowhere else. Names are made
 * here and checked on every use, so a name read from a damaged progress file cannot reach outside that folder.
 */
public final class TakeFiles {

    /** The folder inside the data folder that holds the takes. */
    public static final String FOLDER = "takes";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final Path folder;

    /** The takes of the data folder {@code dataDir}. */
    public TakeFiles(Path dataDir) {
        this.folder = dataDir.resolve(FOLDER);
    }

    /** Where the takes are kept. */
    public Path folder() {
        return folder;
    }

    /** A new file name for a take of {@code interviewId} recorded at {@code at}. */
    public static String nameFor(String interviewId, Instant at) {
        String safe = interviewId.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (safe.isEmpty()) {
            safe = "take";
        }
        return (safe.length() > 60 ? safe.substring(0, 60) : safe) + "-" + STAMP.format(at) + ".wav";
    }

    /** Writes {@code clip} as {@code name}, whole or not at all (temp file, then a move). */
    public void save(String name, PcmClip clip) throws IOException {
        Path target = resolve(name);
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, ".take-", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                WavCodec.write(clip, out);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Reads the take {@code name}. */
    public PcmClip read(String name) throws IOException {
        try (InputStream in = Files.newInputStream(resolve(name))) {
            return WavCodec.read(in);
        }
    }

    /** Whether the take's file is still there (a user may have tidied the folder by hand). */
    public boolean exists(String name) {
        return RehearsalState.isTakeFileName(name) && Files.isRegularFile(folder.resolve(name));
    }

    /** Deletes the take {@code name}; a file already gone is fine. */
    public void delete(String name) throws IOException {
        Files.deleteIfExists(resolve(name));
    }

    private Path resolve(String name) {
        if (!RehearsalState.isTakeFileName(name)) {
            throw new IllegalArgumentException("not a take file name: " + name);
        }
        return folder.resolve(name);
    }
}
