package org.followupcoach.client.rehearsal;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;
import javax.sound.sampled.TargetDataLine;
import org.followupcoach.core.rehearsal.PcmClip;

/** The real microphone and speaker through javax.sound.sampled, part of the JDK: nothing to install, nothing online. */
public final class JavaSoundDevice implements AudioDevice {

    private static final System.Logger LOG = System.getLogger(JavaSoundDevice.class.getName());
    private static final AudioFormat FORMAT = new AudioFormat(PcmClip.SAMPLE_RATE, 16, 1, true, false);
    /** Reads of a tenth of a second: small enough to stop promptly, large enough not to drop samples. */
    private static final int CHUNK_BYTES = PcmClip.SAMPLE_RATE / 10 * 2;

    @Override
    public MicStatus probe() {
        DataLine.Info info = new DataLine.Info(TargetDataLine.class, FORMAT);
        if (!AudioSystem.isLineSupported(info)) {
            return MicStatus.NO_MICROPHONE;
        }
        try {
            TargetDataLine line = (TargetDataLine) AudioSystem.getLine(info);
            line.open(FORMAT);
            line.close();
            return MicStatus.READY;
        } catch (LineUnavailableException | SecurityException e) {
            // The line exists but the system refused it: privacy settings, or another app holding it.
            LOG.log(System.Logger.Level.INFO, "The microphone could not be opened", e);
            return MicStatus.BLOCKED;
        } catch (IllegalArgumentException e) {
            return MicStatus.NO_MICROPHONE;
        }
    }

    @Override
    public Capture record(Duration max) throws AudioUnavailableException {
        TargetDataLine line;
        try {
            line = AudioSystem.getTargetDataLine(FORMAT);
            line.open(FORMAT);
        } catch (LineUnavailableException | SecurityException e) {
            throw new AudioUnavailableException(MicStatus.BLOCKED, e);
        } catch (IllegalArgumentException e) {
            throw new AudioUnavailableException(MicStatus.NO_MICROPHONE, e);
        }
        line.start();
        long maxBytes = max.toMillis() * PcmClip.SAMPLE_RATE / 1000 * 2;
        AtomicBoolean stop = new AtomicBoolean();
        CompletableFuture<PcmClip> done = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            byte[] chunk = new byte[CHUNK_BYTES];
            try {
                while (!stop.get() && bytes.size() < maxBytes) {
                    int n = line.read(chunk, 0, (int) Math.min(chunk.length, maxBytes - bytes.size()));
                    bytes.write(chunk, 0, n);
                }
            } finally {
                line.stop();
                line.close();
            }
            done.complete(clip(bytes.toByteArray()));
        }, "rehearsal-recorder");
        reader.setDaemon(true);
        reader.start();
        return new Handle(stop, done);
    }

    @Override
    public Capture play(PcmClip clip) throws AudioUnavailableException {
        SourceDataLine line;
        try {
            line = AudioSystem.getSourceDataLine(FORMAT);
            line.open(FORMAT);
        } catch (LineUnavailableException | SecurityException | IllegalArgumentException e) {
            throw new AudioUnavailableException(MicStatus.NO_MICROPHONE, e);
        }
        line.start();
        AtomicBoolean stop = new AtomicBoolean();
        CompletableFuture<PcmClip> done = new CompletableFuture<>();
        Thread writer = new Thread(() -> {
            ByteBuffer all = ByteBuffer.allocate(clip.length() * 2).order(ByteOrder.LITTLE_ENDIAN);
            for (int i = 0; i < clip.length(); i++) {
                all.putShort(clip.sample(i));
            }
            byte[] bytes = all.array();
            try {
                for (int at = 0; at < bytes.length && !stop.get(); at += CHUNK_BYTES) {
                    line.write(bytes, at, Math.min(CHUNK_BYTES, bytes.length - at));
                }
                if (!stop.get()) {
                    line.drain();
                }
            } finally {
                line.stop();
                line.close();
            }
            done.complete(clip);
        }, "rehearsal-player");
        writer.setDaemon(true);
        writer.start();
        return new Handle(stop, done);
    }

    private static PcmClip clip(byte[] bytes) {
        ByteBuffer data = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        short[] samples = new short[bytes.length / 2];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = data.getShort();
        }
        return new PcmClip(PcmClip.SAMPLE_RATE, samples);
    }

    private record Handle(AtomicBoolean stopFlag, CompletableFuture<PcmClip> done) implements Capture {
        @Override
        public void stop() {
            stopFlag.set(true);
        }
    }
}
