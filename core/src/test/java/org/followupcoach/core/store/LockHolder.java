package org.followupcoach.core.store;

import java.nio.file.Path;

/** A child process for {@link ProgressLockTest}: takes the lock, says so, and holds it until killed. */
public final class LockHolder {

    private LockHolder() {
    }

    /** Holds the lock on the folder given as the only argument. */
    public static void main(String[] args) throws Exception {
        ProgressLock lock = ProgressLock.tryAcquire(Path.of(args[0]));
        System.out.println(lock.outcome());
        System.out.flush();
        // Blocks until the parent kills this process; the lock must outlive nothing but the process itself.
        System.in.read();
    }
}
