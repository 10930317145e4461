package org.followupcoach.core.store;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.followupcoach.core.readiness.ReadinessEvent;
import org.followupcoach.core.readiness.ReadinessPoint;

/** A child process for {@link KillDuringSaveTest}: saves ever-growing progress until it is killed. */
public final class SaveLoop {

    private SaveLoop() {
    }

    /** Saves in a loop into the folder given as the only argument; prints "saving" after the first save. */
    public static void main(String[] args) throws Exception {
        ProgressStore store = new ProgressStore(Path.of(args[0]), Clock.systemUTC());
        Progress progress = store.load().progress();
        boolean announced = false;
        for (int i = 0; ; i++) {
            progress = progress.withSectionsRead(Set.of("s" + i % 50))
                    .withReadinessHistory(List.of(new ReadinessPoint(java.time.Instant.now(), i % 100,
                            ReadinessEvent.CHECKLIST)))
                    .withItemNotes(java.util.Map.of("note", "x".repeat(i % 5000)));
            store.save(progress);
            if (!announced) {
                System.out.println("saving");
                System.out.flush();
                announced = true;
            }
        }
    }
}
