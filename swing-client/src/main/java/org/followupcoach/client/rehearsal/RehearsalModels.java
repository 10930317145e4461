package org.followupcoach.client.rehearsal;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Executor;
import org.followupcoach.client.session.CoachSession;
import org.followupcoach.client.session.NavigationModel;
import org.followupcoach.core.rehearsal.TakeFiles;

/** The three presentation models of a rehearsal, wired to one session. */
public record RehearsalModels(RehearsalModel recorder, TeleprompterModel teleprompter, RoleplayModel roleplay) {

    /**
     * Wires the models; sound and take files get a thread of their own, so a recording never waits behind a progress
     * save and starts as soon as the line is open.
     */
    public static RehearsalModels create(CoachSession session, NavigationModel navigation, Path dataDir,
                                         AudioDevice audio, Executor ui) {
        ExecutorService sound = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "rehearsal-io");
            t.setDaemon(true);
            return t;
        });
        return new RehearsalModels(new RehearsalModel(session, audio, new TakeFiles(dataDir), sound, ui),
                new TeleprompterModel(System::nanoTime), new RoleplayModel(session, navigation));
    }
}
