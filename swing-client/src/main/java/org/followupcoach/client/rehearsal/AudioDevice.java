package org.followupcoach.client.rehearsal;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.followupcoach.core.rehearsal.PcmClip;

/** The microphone and speaker, behind an interface so the rehearsal can be tested on machines that have neither. */
public interface AudioDevice {

    /** Whether a microphone can be opened; may take a moment, so never call it on the event thread. */
    MicStatus probe();

    /**
     * Starts recording 16 kHz mono at once and stops by itself after {@code max}; blocks only while the line opens.
     *
     * @throws AudioUnavailableException when no microphone can be opened
     */
    Capture record(Duration max) throws AudioUnavailableException;

    /**
     * Plays {@code clip} on the default speaker; blocks only while the line opens.
     *
     * @throws AudioUnavailableException when there is no speaker to play on
     */
    Capture play(PcmClip clip) throws AudioUnavailableException;

    /** A recording or playback under way. */
    interface Capture {
        /** Stops early; the result completes with what there is. */
        void stop();

        /** The recorded clip (for playback, the clip played) once it has stopped. */
        CompletableFuture<PcmClip> done();
    }

    /** Thrown when the sound line cannot be opened; says why in the user's terms. */
    final class AudioUnavailableException extends Exception {
        private final MicStatus status;

        /** Creates the exception for {@code status}. */
        public AudioUnavailableException(MicStatus status, Throwable cause) {
            super(status.name(), cause);
            this.status = status;
        }

        /** Why the line could not be opened. */
        public MicStatus status() {
            return status;
        }
    }
}
