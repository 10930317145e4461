package org.followupcoach.core.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Keeps {@code progress.json} safe: writes go to a temp file in the same folder, are forced to disk and moved into
 * place atomically, with the previous good file kept as {@code progress.json.bak}. A file that cannot be read is set
 * aside, never deleted; a file from a newer app is never overwritten.
 */
public final class ProgressStore {

    /** The progress file's name inside the data folder. */
    public static final String FILE_NAME = "progress.json";
    private static final String BACKUP = FILE_NAME + ".bak";
    private static final String TEMP_PREFIX = FILE_NAME + ".tmp-";
    private static final int MOVE_ATTEMPTS = 5;
    private static final long MAX_BYTES = 64L * 1024 * 1024;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    private final Path folder;
    private final Clock clock;

    /** A store for the data folder {@code folder}; the folder is created on first save if needed. */
    public ProgressStore(Path folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
    }

    /** The data folder. */
    public Path folder() {
        return folder;
    }

    /** The progress file's path. */
    public Path file() {
        return folder.resolve(FILE_NAME);
    }

    /** Loads progress as the writer of this folder: stale temp files go, a damaged file is set aside. */
    public LoadedProgress load() {
        return load(true);
    }

    /**
     * Loads progress: the file, else its backup, else a fresh start; never throws for a bad file. With
     * {@code mayWrite} false (another instance holds the lock) nothing in the folder is touched.
     */
    public LoadedProgress load(boolean mayWrite) {
        if (mayWrite) {
            removeStaleTempFiles();
        }
        Path main = file();
        Path backup = folder.resolve(BACKUP);
        String trouble = null;
        try {
            Optional<Progress> fromMain = read(main);
            if (fromMain.isPresent()) {
                return new LoadedProgress(fromMain.get(), false, Optional.empty());
            }
        } catch (ProgressJson.NewerVersionException e) {
            return new LoadedProgress(Progress.empty(), true, Optional.of(e.getMessage()
                    + ". It is left untouched and nothing you do in this session will be saved."));
        } catch (ProgressJson.UnreadableProgressException | IOException e) {
            trouble = "Your progress file could not be read (" + e.getMessage() + ")."
                    + (mayWrite ? " It was kept as " + setAside(main) + "." : "");
        }
        try {
            Optional<Progress> fromBackup = read(backup);
            if (fromBackup.isPresent()) {
                return new LoadedProgress(fromBackup.get(), false, Optional.of((trouble == null
                        ? "Your progress file was missing." : trouble) + " Progress was restored from the backup."));
            }
        } catch (ProgressJson.NewerVersionException | ProgressJson.UnreadableProgressException | IOException e) {
            trouble = (trouble == null ? "" : trouble + " ") + "The backup could not be read either.";
        }
        return new LoadedProgress(Progress.empty(), false, trouble == null ? Optional.empty()
                : Optional.of(trouble + " Starting with fresh progress."));
    }

    private Optional<Progress> read(Path path)
            throws IOException, ProgressJson.UnreadableProgressException, ProgressJson.NewerVersionException {
        byte[] bytes;
        try {
            if (Files.size(path) > MAX_BYTES) {
                throw new ProgressJson.UnreadableProgressException("the file is far too large", null);
            }
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ProgressJson.UnreadableProgressException("the file is not UTF-8 text", e);
        }
        return Optional.of(ProgressJson.decode(text));
    }

    private String setAside(Path path) {
        Path aside = folder.resolve(FILE_NAME + ".corrupt-" + STAMP.format(clock.instant()));
        try {
            Files.move(path, aside, StandardCopyOption.REPLACE_EXISTING);
            return aside.getFileName().toString();
        } catch (IOException e) {
            return path.getFileName() + " (it could not be moved: " + e.getMessage() + ")";
        }
    }

    /** Saves atomically; on failure the previous file is untouched and the exception says why. */
    public synchronized void save(Progress progress) throws IOException {
        Files.createDirectories(folder);
        byte[] bytes = ProgressJson.encode(progress).getBytes(StandardCharsets.UTF_8);
        Path temp = Files.createTempFile(folder, TEMP_PREFIX, "");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            Path main = file();
            if (Files.exists(main)) {
                Path backupTemp = Files.createTempFile(folder, TEMP_PREFIX, "");
                Files.copy(main, backupTemp, StandardCopyOption.REPLACE_EXISTING);
                moveAtomically(backupTemp, folder.resolve(BACKUP));
            }
            moveAtomically(temp, main);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void moveAtomically(Path from, Path to) throws IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                try {
                    Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
                }
                return;
            } catch (FileSystemException e) {
                // Windows refuses to replace a file a virus scanner or backup tool has open for a moment.
                if (attempt >= MOVE_ATTEMPTS || e instanceof NoSuchFileException) {
                    throw e;
                }
                pause(attempt * 40L);
            }
        }
    }

    private static void pause(long millis) throws IOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while saving", e);
        }
    }

    private void removeStaleTempFiles() {
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(folder, TEMP_PREFIX + "*")) {
            for (Path temp : temps) {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            // A missing or unreadable folder has no temp files worth removing; saving will report real trouble.
        }
    }
}
