package org.followupcoach.client.rehearsal;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import org.followupcoach.client.session.CoachSession;
import org.followupcoach.client.support.Bean;
import org.followupcoach.core.model.VoicemailElement;
import org.followupcoach.core.plan.Interview;
import org.followupcoach.core.plan.VoicemailComposer;
import org.followupcoach.core.rehearsal.PcmClip;
import org.followupcoach.core.rehearsal.SpeechAnalysis;
import org.followupcoach.core.rehearsal.SpeechDetector;
import org.followupcoach.core.rehearsal.TakeFiles;
import org.followupcoach.core.store.RehearsalState;
import org.followupcoach.core.store.RehearsalState.Take;

/**
 * The recording side of a rehearsal for one interview (or for general practice): whether the microphone works, the
 * take being recorded or played, the takes kept, the one being looked at with its speech and pauses, and its
 * self-check ticks. Sound and files are handled on {@code io}; results come back on {@code ui}. Fires {@code mic},
 * {@code state}, {@code takes}, {@code selected} and {@code problem}.
 */
public final class RehearsalModel extends Bean {

    /** A take stops by itself here: twice the voicemail target, room for a slow first try and no runaway file. */
    public static final Duration MAX_TAKE = Duration.ofSeconds(VoicemailComposer.MAX_SECONDS * 2L);

    private static final System.Logger LOG = System.getLogger(RehearsalModel.class.getName());

    /** What the recorder is doing. */
    public enum State {
        IDLE, STARTING, RECORDING, SAVING, PLAYING
    }

    /** Things that can go wrong with a take, each with its own sentence. */
    public enum Problem {
        NONE, TAKES_FULL, SAVE_FAILED, READ_FAILED, NO_SPEAKER, SILENT_TAKE
    }

    private final CoachSession session;
    private final AudioDevice audio;
    private final TakeFiles files;
    private final Executor io;
    private final Executor ui;
    private String interviewId = RehearsalState.GENERAL;
    private MicStatus mic = MicStatus.CHECKING;
    private State state = State.IDLE;
    private Problem problem = Problem.NONE;
    private AudioDevice.Capture capture;
    private String selected;
    private SpeechAnalysis analysis;

    /** A rehearsal on {@code session}, recording with {@code audio} and keeping takes in {@code files}. */
    public RehearsalModel(CoachSession session, AudioDevice audio, TakeFiles files, Executor io, Executor ui) {
        this.session = session;
        this.audio = audio;
        this.files = files;
        this.io = io;
        this.ui = ui;
    }

    /** Starts rehearsing for {@code interview} (empty: general practice) and checks the microphone. */
    public void open(Optional<Interview> interview) {
        interviewId = interview.map(Interview::id).orElse(RehearsalState.GENERAL);
        fireChanged("takes");
        List<Take> takes = takes();
        select(takes.stream().filter(Take::best).findFirst().or(() -> takes.stream().reduce((a, b) -> b))
                .map(Take::file).orElse(null));
        checkMicrophone();
    }

    /** Checks the microphone again, off the event thread (the user may have plugged one in or changed a setting). */
    public void checkMicrophone() {
        setMic(MicStatus.CHECKING);
        io.execute(() -> {
            MicStatus found;
            try {
                found = audio.probe();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "Checking the microphone failed", e);
                found = MicStatus.NO_MICROPHONE;
            }
            MicStatus result = found;
            ui.execute(() -> setMic(result));
        });
    }

    public MicStatus mic() {
        return mic;
    }

    public State state() {
        return state;
    }

    public Problem problem() {
        return problem;
    }

    /** The interview being rehearsed for, or {@link RehearsalState#GENERAL}. */
    public String interviewId() {
        return interviewId;
    }

    /** The takes kept for this interview, oldest first. */
    public List<Take> takes() {
        return session.progress().rehearsal().takesFor(interviewId);
    }

    /** Whether another take can be recorded now. */
    public boolean canRecord() {
        return mic == MicStatus.READY && state == State.IDLE;
    }

    /** Starts a take; it stops by itself after {@link #MAX_TAKE}. */
    public void record() {
        if (!canRecord()) {
            return;
        }
        if (!session.progress().rehearsal().roomForTake(interviewId)) {
            setProblem(Problem.TAKES_FULL);
            return;
        }
        setProblem(Problem.NONE);
        setState(State.STARTING);
        io.execute(() -> {
            try {
                AudioDevice.Capture started = audio.record(MAX_TAKE);
                ui.execute(() -> recording(started));
            } catch (AudioDevice.AudioUnavailableException e) {
                ui.execute(() -> {
                    setState(State.IDLE);
                    setMic(e.status());
                });
            }
        });
    }

    private void recording(AudioDevice.Capture started) {
        capture = started;
        setState(State.RECORDING);
        started.done().thenAcceptAsync(this::save, io);
    }

    /** Stops the take being recorded or played. */
    public void stop() {
        if (capture != null) {
            capture.stop();
        }
    }

    private void save(PcmClip clip) {
        String name = TakeFiles.nameFor(interviewId, session.clock().instant());
        SpeechAnalysis found = SpeechDetector.analyse(clip);
        try {
            files.save(name, clip);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Saving a take failed", e);
            ui.execute(() -> {
                capture = null;
                setState(State.IDLE);
                setProblem(Problem.SAVE_FAILED);
            });
            return;
        }
        Take take = new Take(interviewId, name, clip.duration().toMillis(), session.clock().instant(), Set.of(),
                false);
        ui.execute(() -> {
            capture = null;
            setState(State.IDLE);
            if (!session.progress().rehearsal().roomForTake(interviewId)) {
                deleteFile(name);
                setProblem(Problem.TAKES_FULL);
                return;
            }
            session.updateRehearsal(r -> r.withTake(take));
            fireChanged("takes");
            showAnalysis(name, found);
            setProblem(found.heardSpeech() ? Problem.NONE : Problem.SILENT_TAKE);
        });
    }

    /** Looks at the take stored as {@code file} (null: none); its sound is read and analysed off the event thread. */
    public void select(String file) {
        if (file == null) {
            showAnalysis(null, null);
            return;
        }
        io.execute(() -> {
            try {
                SpeechAnalysis found = SpeechDetector.analyse(files.read(file));
                ui.execute(() -> showAnalysis(file, found));
            } catch (IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "Reading a take failed", e);
                ui.execute(() -> {
                    showAnalysis(file, null);
                    setProblem(Problem.READ_FAILED);
                });
            }
        });
    }

    private void showAnalysis(String file, SpeechAnalysis found) {
        selected = file;
        analysis = found;
        fireChanged("selected");
    }

    /** The file of the take being looked at. */
    public Optional<String> selected() {
        return Optional.ofNullable(selected);
    }

    /** The take being looked at. */
    public Optional<Take> selectedTake() {
        return takes().stream().filter(t -> t.file().equals(selected)).findFirst();
    }

    /** Speech, pauses and levels of the take being looked at, once read. */
    public Optional<SpeechAnalysis> analysis() {
        return Optional.ofNullable(analysis);
    }

    /** Whether the message in the take (first word to last) runs over the voicemail target. */
    public boolean overTarget() {
        return analysis != null
                && analysis.messageLength().compareTo(Duration.ofSeconds(VoicemailComposer.MAX_SECONDS)) > 0;
    }

    /** Plays the take being looked at. */
    public void play() {
        if (selected == null || state != State.IDLE) {
            return;
        }
        String file = selected;
        setState(State.PLAYING);
        setProblem(Problem.NONE);
        io.execute(() -> {
            try {
                AudioDevice.Capture playing = audio.play(files.read(file));
                ui.execute(() -> capture = playing);
                playing.done().whenComplete((clip, error) -> ui.execute(this::stopped));
            } catch (AudioDevice.AudioUnavailableException e) {
                ui.execute(() -> {
                    setState(State.IDLE);
                    setProblem(Problem.NO_SPEAKER);
                });
            } catch (IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "Playing a take failed", e);
                ui.execute(() -> {
                    setState(State.IDLE);
                    setProblem(Problem.READ_FAILED);
                });
            }
        });
    }

    private void stopped() {
        capture = null;
        setState(State.IDLE);
    }

    /** Marks the take being looked at as the best of this interview. */
    public void markBest() {
        if (selected != null) {
            String file = selected;
            session.updateRehearsal(r -> r.withBest(file));
            fireChanged("takes");
        }
    }

    /** Deletes the take being looked at, its entry and its file. */
    public void deleteSelected() {
        if (selected == null || state != State.IDLE) {
            return;
        }
        String file = selected;
        session.updateRehearsal(r -> r.withoutTake(file));
        deleteFile(file);
        fireChanged("takes");
        List<Take> left = takes();
        select(left.isEmpty() ? null : left.get(left.size() - 1).file());
        setProblem(Problem.NONE);
    }

    private void deleteFile(String file) {
        io.execute(() -> {
            try {
                files.delete(file);
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "Deleting a take failed", e);
            }
        });
    }

    /** The voicemail elements to listen for. */
    public List<VoicemailElement> elements() {
        return session.pack().voicemail().elements();
    }

    /** Ticks or unticks {@code elementId} as heard in the take being looked at; saved with the take. */
    public void setTick(String elementId, boolean heard) {
        Optional<Take> take = selectedTake();
        if (take.isEmpty()) {
            return;
        }
        Set<String> ticks = new HashSet<>(take.get().ticks());
        if (heard) {
            ticks.add(elementId);
        } else {
            ticks.remove(elementId);
        }
        session.updateRehearsal(r -> r.withTicks(take.get().file(), ticks));
        fireChanged("takes");
    }

    /** Whether some take for this interview has every element ticked. */
    public boolean selfCheckComplete() {
        return session.progress().rehearsal().selfCheckComplete(interviewId,
                elements().stream().map(VoicemailElement::id).toList());
    }

    /** The message to read: the user's own for an interview, else the example with its blanks in brackets. */
    public String script() {
        Optional<Interview> interview = session.interview(interviewId);
        Map<String, String> values = interview.map(i -> VoicemailComposer.values(session.progress().profile(), i,
                LocalDate.now(session.clock().withZone(i.zone())))).orElse(Map.of());
        return VoicemailComposer.compose(session.pack().voicemail(), values).text();
    }

    private void setMic(MicStatus next) {
        MicStatus old = mic;
        mic = next;
        fire("mic", old, next);
    }

    private void setState(State next) {
        State old = state;
        state = next;
        fire("state", old, next);
    }

    private void setProblem(Problem next) {
        Problem old = problem;
        problem = next;
        fire("problem", old, next);
    }
}
