package org.followupcoach.core.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The one-writer guard: an OS file lock on {@code progress.lock}, held for the life of the process. The OS drops it
 * when the process dies, even by {@code kill -9}, so a crash never leaves the data folder locked.
 */
public final class ProgressLock implements AutoCloseable {

    /** The lock file's name inside the data folder. */
    public static final String FILE_NAME = "progress.lock";

    /** How an attempt to take the lock ended. */
    public enum Outcome {
        ACQUIRED, HELD_BY_ANOTHER_INSTANCE, CANNOT_WRITE
    }

    private final Outcome outcome;
    private final String reason;
    private final FileChannel channel;
    private final FileLock lock;

    private ProgressLock(Outcome outcome, String reason, FileChannel channel, FileLock lock) {
        this.outcome = outcome;
        this.reason = reason;
        this.channel = channel;
        this.lock = lock;
    }

    /** Tries to take the lock for {@code folder}, creating the folder if needed; never blocks, never throws. */
    public static ProgressLock tryAcquire(Path folder) {
        FileChannel channel = null;
        try {
            Files.createDirectories(folder);
            channel = FileChannel.open(folder.resolve(FILE_NAME), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return new ProgressLock(Outcome.HELD_BY_ANOTHER_INSTANCE, "", null, null);
            }
            return new ProgressLock(Outcome.ACQUIRED, "", channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            return new ProgressLock(Outcome.HELD_BY_ANOTHER_INSTANCE, "", null, null);
        } catch (IOException | SecurityException e) {
            closeQuietly(channel);
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new ProgressLock(Outcome.CANNOT_WRITE, why, null, null);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // Nothing was locked through it, so there is nothing to undo.
            }
        }
    }

    public Outcome outcome() {
        return outcome;
    }

    /** Why the folder cannot be written, for {@link Outcome#CANNOT_WRITE}. */
    public String reason() {
        return reason;
    }

    /** Whether this process may write progress. */
    public boolean acquired() {
        return outcome == Outcome.ACQUIRED;
    }

    /** Releases the lock (the OS would at exit anyway). */
    @Override
    public void close() {
        try {
            if (lock != null) {
                lock.release();
            }
        } catch (IOException ignored) {
            // Closing the channel below releases it as well.
        }
        closeQuietly(channel);
    }
}
