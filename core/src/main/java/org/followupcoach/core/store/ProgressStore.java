package org.followupcoach.core.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    /**
     * The largest progress file loaded: six times what a decade of daily use saves (see {@link ProgressCompaction}).
     * A larger file is left where it is and the session is read-only.
     */
    public static final long MAX_BYTES = 32L * 1024 * 1024;
    /**
     * Loading a file takes at most this many times its size in heap (Gson's tree of a file that is all history
     * points, the densest shape: a 19 MB file loads in 160 MB of heap and not in 152 MB). The app-image's heap is
     * sized from it: {@code MAX_BYTES} times this, plus the app itself (scripts/build-app-image.sh).
     */
    public static final int LOAD_HEAP_MULTIPLE = 8;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    private static final DateTimeFormatter STAMP_READABLE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final Pattern VERSION = Pattern.compile("\"schemaVersion\"\\s*:\\s*(\\d{1,9})");

    /** Opens a file for reading; tests stand in for the file system's refusals that root never meets. */
    interface Opener {
        SeekableByteChannel open(Path path) throws IOException;
    }

    private final Path folder;
    private final Clock clock;
    private final Opener opener;

    /** A store for the data folder {@code folder}; the folder is created on first save if needed. */
    public ProgressStore(Path folder, Clock clock) {
        this(folder, clock, path -> Files.newByteChannel(path, StandardOpenOption.READ));
    }

    ProgressStore(Path folder, Clock clock, Opener opener) {
        this.folder = folder;
        this.clock = clock;
        this.opener = opener;
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
     * {@code mayWrite} false (another instance holds the lock) nothing in the folder is touched. A file that is
     * damaged is set aside; one that is fine but cannot be used here (no read permission, not a regular file, more
     * than this app's memory can load, or saved by a newer version) stays where it is and the session is read-only.
     */
    public LoadedProgress load(boolean mayWrite) {
        if (mayWrite) {
            removeStaleTempFiles();
        }
        Path main = file();
        Path backup = folder.resolve(BACKUP);
        String trouble = null;
        List<String> repaired = new ArrayList<>();
        try {
            Optional<Progress> fromMain = read(main, repaired);
            if (fromMain.isPresent()) {
                LoadedProgress loaded = newerBackupCheck(fromMain.get(), backup);
                return repaired.isEmpty() ? loaded : withRepairs(loaded, repaired, main, mayWrite);
            }
        } catch (ProgressJson.NewerVersionException e) {
            return new LoadedProgress(Progress.empty(), true, Optional.of(e.getMessage()
                    + ". It is left untouched and nothing you do in this session will be saved."));
        } catch (LeftAloneException e) {
            return fromBackupReadOnly(e.getMessage(), backup);
        } catch (ProgressJson.UnreadableProgressException | IOException e) {
            if (isOutOfMemory(e)) {
                return fromBackupReadOnly(outOfMemory(main), backup);
            }
            trouble = "Your progress file could not be read (" + e.getMessage() + ")."
                    + (mayWrite ? " It was kept as " + setAside(main) + "." : "");
        }
        try {
            repaired.clear();
            Optional<Progress> fromBackup = read(backup, repaired);
            if (fromBackup.isPresent()) {
                LoadedProgress loaded = new LoadedProgress(fromBackup.get(), false, Optional.of((trouble == null
                        ? "Your progress file was missing." : trouble) + " Progress was restored from the backup."));
                return repaired.isEmpty() ? loaded : withRepairs(loaded, repaired, backup, mayWrite);
            }
        } catch (ProgressJson.NewerVersionException e) {
            // Saving now would put this session's file in place and, on the save after, over the newer backup.
            return new LoadedProgress(Progress.empty(), true, Optional.of((trouble == null
                    ? "Your progress file is missing." : trouble) + " The backup " + BACKUP
                    + " was saved by a newer version of the app (format " + e.version() + "; this version writes "
                    + Progress.SCHEMA_VERSION + "), so it is newer than anything this version can save. It is left"
                    + " untouched and nothing you do in this session will be saved."));
        } catch (LeftAloneException e) {
            return new LoadedProgress(Progress.empty(), true, Optional.of((trouble == null ? "" : trouble + " ")
                    + e.getMessage() + READ_ONLY));
        } catch (ProgressJson.UnreadableProgressException | IOException e) {
            if (isOutOfMemory(e)) {
                return new LoadedProgress(Progress.empty(), true, Optional.of((trouble == null ? "" : trouble + " ")
                        + outOfMemory(backup) + READ_ONLY));
            }
            trouble = (trouble == null ? "" : trouble + " ") + "The backup could not be read either.";
        }
        return new LoadedProgress(Progress.empty(), false, trouble == null ? Optional.empty()
                : Optional.of(trouble + " Starting with fresh progress."));
    }

    private static final String READ_ONLY = " Nothing you do in this session will be saved.";

    /** Adds what was repaired to the notice, and keeps the file as it was beside it so nothing is lost. */
    private LoadedProgress withRepairs(LoadedProgress loaded, List<String> repaired, Path source, boolean mayWrite) {
        String kept = "";
        if (mayWrite && !loaded.readOnly()) {
            Path copy = folder.resolve(source.getFileName() + ".before-repair-" + STAMP.format(clock.instant()));
            try {
                Files.copy(source, copy, StandardCopyOption.REPLACE_EXISTING);
                kept = " The file as it was is kept as " + copy.getFileName() + ".";
            } catch (IOException e) {
                kept = "";
            }
        }
        String sentence = "Some values in " + source.getFileName() + " could not be shown and were repaired ("
                + String.join("; ", repaired) + ")." + kept;
        return new LoadedProgress(loaded.progress(), loaded.readOnly(),
                Optional.of(loaded.notice().map(n -> n + " " + sentence).orElse(sentence)));
    }

    /** The main file could not be used but must stay: show the backup if there is a good one, and save nothing. */
    private LoadedProgress fromBackupReadOnly(String why, Path backup) {
        try {
            Optional<Progress> fromBackup = read(backup, new ArrayList<>());
            if (fromBackup.isPresent()) {
                return new LoadedProgress(fromBackup.get(), true, Optional.of(why + " Showing the backup "
                        + BACKUP + " instead, saved " + modified(backup) + "; it may be older than your progress"
                        + " file." + READ_ONLY));
            }
        } catch (ProgressJson.NewerVersionException | ProgressJson.UnreadableProgressException | IOException
                 | LeftAloneException e) {
            // The reason the main file could not be used is what the user needs to hear; the backup adds nothing.
        }
        return new LoadedProgress(Progress.empty(), true, Optional.of(why + READ_ONLY));
    }

    /** A good main file beside a backup from a newer version: saving would replace that backup, so save nothing. */
    private LoadedProgress newerBackupCheck(Progress progress, Path backup) {
        int backupVersion = peekVersion(backup);
        if (backupVersion <= Progress.SCHEMA_VERSION) {
            return new LoadedProgress(progress, false, Optional.empty());
        }
        return new LoadedProgress(progress, true, Optional.of("The backup " + BACKUP + " was saved by a newer"
                + " version of the app (format " + backupVersion + ") than " + FILE_NAME + " (format "
                + Progress.SCHEMA_VERSION + "), so the backup is the newer of the two. Both are left untouched."
                + READ_ONLY));
    }

    private String modified(Path path) {
        try {
            return STAMP_READABLE.format(Files.getLastModifiedTime(path).toInstant());
        } catch (IOException e) {
            return "at an unknown time";
        }
    }

    private String outOfMemory(Path path) {
        long mb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        return "Your progress file " + path + " (" + megabytes(path) + ") needs more memory to load than this app"
                + " has (" + mb + " MB). It is not damaged and was left where it is; start the app with more memory"
                + " (for example java -Xmx" + Math.max(512, mb * 2) + "m -jar followup-coach.jar).";
    }

    private static String megabytes(Path path) {
        try {
            return String.format(java.util.Locale.ROOT, "%.1f MB", Files.size(path) / (1024.0 * 1024));
        } catch (IOException e) {
            return "size unknown";
        }
    }

    /** Gson reports running out of memory as a parse failure; tell the two apart so a good file is never moved. */
    private static boolean isOutOfMemory(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads {@code path} as progress; empty when it does not exist. Only a regular file is opened (a symlink is
     * followed only to one): opening a named pipe would wait for a writer for ever, and a device never ends.
     */
    private Optional<Progress> read(Path path, List<String> repaired) throws IOException, LeftAloneException,
            ProgressJson.UnreadableProgressException, ProgressJson.NewerVersionException {
        byte[] bytes;
        try {
            bytes = readRegularFile(path);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (AccessDeniedException e) {
            throw new LeftAloneException("Your progress file " + path + " could not be opened: permission denied."
                    + " It was left where it is; give your user account permission to read and change it and start"
                    + " the app again.");
        }
        try {
            String text = utf8(bytes);
            bytes = null;
            return Optional.of(ProgressCompaction.compact(ProgressJson.decode(text, repaired), clock.instant()));
        } catch (OutOfMemoryError e) {
            throw new ProgressJson.UnreadableProgressException("out of memory", e);
        }
    }

    /**
     * The bytes as text, refusing what is not UTF-8. Checked through a small buffer, then decoded once: the JDK's
     * one-call decoder holds a char buffer twice the file's size beside the string it returns.
     */
    private static String utf8(byte[] bytes) throws ProgressJson.UnreadableProgressException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        CoderResult result;
        do {
            out.clear();
            result = decoder.decode(in, out, true);
            if (result.isError()) {
                throw new ProgressJson.UnreadableProgressException("the file is not UTF-8 text", null);
            }
        } while (result.isOverflow() || in.hasRemaining());
        if (decoder.flush(out.clear()).isError()) {
            throw new ProgressJson.UnreadableProgressException("the file is not UTF-8 text", null);
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private byte[] readRegularFile(Path path) throws IOException, LeftAloneException {
        BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
        if (!attributes.isRegularFile()) {
            throw new LeftAloneException(path + " is " + kind(attributes) + ", not a regular file, so the app does"
                    + " not read it. Nothing was moved; replace it with your progress file, or remove it to start"
                    + " afresh.");
        }
        try (SeekableByteChannel channel = opener.open(path)) {
            // Sized on the opened file: the path may have been replaced since its attributes were read.
            long size = channel.size();
            if (size > MAX_BYTES) {
                throw tooLarge(path, size);
            }
            ByteBuffer buffer = ByteBuffer.allocate((int) size + 1);
            while (channel.read(buffer) >= 0) {
                if (!buffer.hasRemaining()) {
                    if (buffer.capacity() > MAX_BYTES) {
                        throw tooLarge(path, buffer.capacity());
                    }
                    // The file grew while it was read; go on up to the limit.
                    ByteBuffer larger = ByteBuffer.allocate((int) Math.min(MAX_BYTES + 1L, buffer.capacity() * 2L));
                    larger.put(buffer.flip());
                    buffer = larger;
                }
            }
            return java.util.Arrays.copyOf(buffer.array(), buffer.position());
        } catch (OutOfMemoryError e) {
            throw new IOException("out of memory", e);
        }
    }

    private static LeftAloneException tooLarge(Path path, long size) {
        return new LeftAloneException("Your progress file " + path + " is " + (size / (1024 * 1024)) + " MB, more than"
                + " the " + (MAX_BYTES / (1024 * 1024)) + " MB this app loads (the app keeps its own file far"
                + " smaller). It was left where it is.");
    }

    private static String kind(BasicFileAttributes attributes) {
        if (attributes.isDirectory()) {
            return "a folder";
        }
        return "a special file (a pipe or device)";
    }

    /** The schema version a file says it has, read from its first few kilobytes; 0 when unknown or unreadable. */
    private int peekVersion(Path path) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                return 0;
            }
            ByteBuffer head = ByteBuffer.allocate(4096);
            try (SeekableByteChannel channel = opener.open(path)) {
                while (head.hasRemaining() && channel.read(head) > 0) {
                    // Read until the buffer is full or the file ends.
                }
            }
            Matcher m = VERSION.matcher(new String(head.array(), 0, head.position(), StandardCharsets.UTF_8));
            return m.find() ? Integer.parseInt(m.group(1)) : 0;
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }

    /** A file that is not damaged but cannot be used by this app as it is: it stays and nothing is saved. */
    private static final class LeftAloneException extends Exception {
        LeftAloneException(String sentence) {
            super(sentence);
        }
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
        byte[] bytes = ProgressJson.encode(ProgressCompaction.compact(progress, clock.instant()))
                .getBytes(StandardCharsets.UTF_8);
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
