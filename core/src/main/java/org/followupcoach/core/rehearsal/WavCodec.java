package org.followupcoach.core.rehearsal;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Reads and writes the one WAV form takes are kept in: RIFF, PCM, 16-bit little-endian, mono. Written here rather than
 * with javax.sound so core stays free of the desktop module and the file format is pinned down by tests.
 */
public final class WavCodec {

    /** A take longer than this is not a voicemail rehearsal; refusing it keeps a stray file from filling memory. */
    public static final int MAX_DATA_BYTES = 64 * 1024 * 1024;

    private WavCodec() {
    }

    /** Thrown when a file is not a WAV file of the form takes are saved in. */
    public static final class UnsupportedWavException extends IOException {
        /** Creates the exception with a sentence saying what is wrong. */
        public UnsupportedWavException(String message) {
            super(message);
        }
    }

    /** Writes {@code clip} as a complete WAV file. */
    public static void write(PcmClip clip, OutputStream out) throws IOException {
        int dataBytes = clip.length() * 2;
        ByteBuffer header = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
        header.put(ascii("RIFF")).putInt(36 + dataBytes).put(ascii("WAVE"));
        header.put(ascii("fmt ")).putInt(16).putShort((short) 1).putShort((short) 1).putInt(clip.sampleRate())
                .putInt(clip.sampleRate() * 2).putShort((short) 2).putShort((short) 16);
        header.put(ascii("data")).putInt(dataBytes);
        out.write(header.array());
        ByteBuffer data = ByteBuffer.allocate(dataBytes).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < clip.length(); i++) {
            data.putShort(clip.sample(i));
        }
        out.write(data.array());
    }

    /** The bytes of {@code clip} as a WAV file. */
    public static byte[] toBytes(PcmClip clip) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(44 + clip.length() * 2);
        try {
            write(clip, out);
        } catch (IOException e) {
            throw new IllegalStateException("a byte array stream does not fail", e);
        }
        return out.toByteArray();
    }

    /** Reads a mono 16-bit PCM WAV file; other chunks (such as LIST) are skipped. */
    public static PcmClip read(InputStream input) throws IOException {
        DataInputStream in = new DataInputStream(input);
        try {
            expect(in, "RIFF");
            readIntLe(in);
            expect(in, "WAVE");
            int sampleRate = -1;
            while (true) {
                String id = new String(in.readNBytes(4), java.nio.charset.StandardCharsets.US_ASCII);
                if (id.length() < 4) {
                    throw new UnsupportedWavException("the file has no sound data");
                }
                long size = Integer.toUnsignedLong(readIntLe(in));
                if (id.equals("fmt ")) {
                    sampleRate = readFormat(in, size);
                } else if (id.equals("data")) {
                    if (sampleRate < 0) {
                        throw new UnsupportedWavException("the sound data comes before its format");
                    }
                    return new PcmClip(sampleRate, samples(in, size));
                } else {
                    in.skipNBytes(size + (size & 1));
                }
            }
        } catch (EOFException e) {
            throw new UnsupportedWavException("the file ends too early to be a WAV file");
        }
    }

    private static int readFormat(DataInputStream in, long size) throws IOException {
        if (size < 16) {
            throw new UnsupportedWavException("the format chunk is too short");
        }
        ByteBuffer fmt = ByteBuffer.wrap(in.readNBytes(16)).order(ByteOrder.LITTLE_ENDIAN);
        if (fmt.remaining() < 16) {
            throw new EOFException();
        }
        int format = Short.toUnsignedInt(fmt.getShort());
        int channels = fmt.getShort();
        int rate = fmt.getInt();
        fmt.getInt();
        fmt.getShort();
        int bits = fmt.getShort();
        if (format != 1 || channels != 1 || bits != 16 || rate <= 0) {
            throw new UnsupportedWavException("only mono 16-bit PCM WAV files are supported (this one is format "
                    + format + ", " + channels + " channels, " + bits + " bits)");
        }
        in.skipNBytes(size - 16 + (size & 1));
        return rate;
    }

    private static short[] samples(DataInputStream in, long size) throws IOException {
        if (size > MAX_DATA_BYTES) {
            throw new UnsupportedWavException("the recording is too long to open");
        }
        // A recorder that was stopped hard may leave the size at its initial value; read what is really there.
        byte[] bytes = in.readNBytes((int) size);
        ByteBuffer data = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        short[] samples = new short[bytes.length / 2];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = data.getShort();
        }
        return samples;
    }

    private static void expect(DataInputStream in, String tag) throws IOException {
        byte[] read = new byte[4];
        in.readFully(read);
        if (!new String(read, java.nio.charset.StandardCharsets.US_ASCII).equals(tag)) {
            throw new UnsupportedWavException("this is not a WAV file");
        }
    }

    private static int readIntLe(DataInputStream in) throws IOException {
        return Integer.reverseBytes(in.readInt());
    }

    private static byte[] ascii(String tag) {
        return tag.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
}
