package org.followupcoach.client.shell;

import java.time.Clock;
import java.util.Random;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.followupcoach.client.checklist.ChecklistModel;
import org.followupcoach.client.guide.GuideModel;
import org.followupcoach.client.interviews.CueCardModel;
import org.followupcoach.client.interviews.InterviewsModel;
import org.followupcoach.client.quiz.QuizModel;
import org.followupcoach.client.readiness.ReadinessModel;
import org.followupcoach.client.session.CoachSession;
import org.followupcoach.client.session.NavigationModel;
import org.followupcoach.client.session.RunModel;
import org.followupcoach.client.support.Texts;
import org.followupcoach.core.model.ContentPack;
import org.followupcoach.core.store.LoadedProgress;
import org.followupcoach.core.store.ProgressStore;

/** Every presentation model of the app, wired to one session. */
public record AppModels(CoachSession session, NavigationModel navigation, GuideModel guide,
                        ChecklistModel checklist, QuizModel quiz, ReadinessModel readiness,
                        InterviewsModel interviews, CueCardModel cueCard) {

    /** Wires the models with text keys standing in for worded text (enough for tests that don't export files). */
    public static AppModels create(ContentPack pack, LoadedProgress loaded, ProgressStore store, Executor io,
                                   Executor ui, Clock clock, Supplier<Random> random) {
        return create(pack, loaded, store, io, ui, clock, random, (key, args) -> key);
    }

    /** Wires the models for a loaded pack and the user's progress. */
    public static AppModels create(ContentPack pack, LoadedProgress loaded, ProgressStore store, Executor io,
                                   Executor ui, Clock clock, Supplier<Random> random, Texts texts) {
        CoachSession session = new CoachSession(pack, loaded.progress(), loaded.readOnly(), store, io, ui, clock);
        GuideModel guide = new GuideModel(session);
        NavigationModel navigation = new NavigationModel(session, guide::select);
        RunModel run = new RunModel(session);
        return new AppModels(session, navigation, guide, new ChecklistModel(session, navigation, run),
                new QuizModel(session, navigation, random), new ReadinessModel(session, navigation, run),
                new InterviewsModel(session, io, ui, texts), new CueCardModel(session, texts));
    }
}
