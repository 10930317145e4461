package org.followupcoach.core.store;

import java.nio.file.Path;
import java.time.Clock;

/** A child process for tests that need their own heap size: loads the folder given once and prints the outcome. */
public final class LoadOnce {

    private LoadOnce() {
    }

    /** Prints "readOnly=<bool>", then the notice (or "-"), then the number of loaded history points. */
    public static void main(String[] args) {
        LoadedProgress loaded = new ProgressStore(Path.of(args[0]), Clock.systemUTC()).load();
        System.out.println("readOnly=" + loaded.readOnly());
        System.out.println(loaded.notice().orElse("-"));
        System.out.println(loaded.progress().readinessHistory().size());
    }
}
