package org.followupcoach.core.rehearsal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class WavCodecTest {

    @Test
    void aTakeReadsBackSampleForSample() throws IOException {
        short[] samples = {0, 1, -1, Short.MAX_VALUE, Short.MIN_VALUE, 1234, -4321};
        byte[] bytes = WavCodec.toBytes(new PcmClip(PcmClip.SAMPLE_RATE, samples));

        PcmClip back = WavCodec.read(new ByteArrayInputStream(bytes));

        assertThat(bytes).hasSize(44 + samples.length * 2);
        assertThat(back.sampleRate()).isEqualTo(16_000);
        assertThat(back.samples()).containsExactly(samples);
    }

    @Test
    void chunksOtherThanFormatAndDataAreSkipped() throws IOException {
        byte[] plain = WavCodec.toBytes(new PcmClip(PcmClip.SAMPLE_RATE, new short[] {5, 6, 7}));
        ByteBuffer list = ByteBuffer.allocate(8 + 3 + 1).order(ByteOrder.LITTLE_ENDIAN);
        list.put("LIST".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(3).put(new byte[] {1, 2, 3, 0});
        byte[] withList = new byte[plain.length + list.capacity()];
        System.arraycopy(plain, 0, withList, 0, 36);
        System.arraycopy(list.array(), 0, withList, 36, list.capacity());
        System.arraycopy(plain, 36, withList, 36 + list.capacity(), plain.length - 36);

        assertThat(WavCodec.read(new ByteArrayInputStream(withList)).samples()).containsExactly((short) 5, (short) 6,
                (short) 7);
    }

    @Test
    void stereoIsRefusedWithASentence() {
        byte[] bytes = WavCodec.toBytes(new PcmClip(PcmClip.SAMPLE_RATE, new short[] {1, 2}));
        bytes[22] = 2;

        assertThatThrownBy(() -> WavCodec.read(new ByteArrayInputStream(bytes)))
                .isInstanceOf(WavCodec.UnsupportedWavException.class).hasMessageContaining("mono 16-bit");
    }

    @Test
    void aTruncatedFileIsRefusedNotCrashedOn() {
        byte[] bytes = WavCodec.toBytes(new PcmClip(PcmClip.SAMPLE_RATE, new short[] {1, 2}));

        assertThatThrownBy(() -> WavCodec.read(new ByteArrayInputStream(Arrays.copyOf(bytes, 30))))
                .isInstanceOf(WavCodec.UnsupportedWavException.class);
        assertThatThrownBy(() -> WavCodec.read(new ByteArrayInputStream("not a wav".getBytes())))
                .isInstanceOf(WavCodec.UnsupportedWavException.class);
    }
}
