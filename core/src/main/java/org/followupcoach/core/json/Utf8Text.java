package org.followupcoach.core.json;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decodes bytes as strict UTF-8, so a file saved in another encoding is reported instead of garbled. */
public final class Utf8Text {

    private Utf8Text() {
    }

    /** Thrown for bytes that are not UTF-8, with the position of the first bad byte. */
    public static final class NotUtf8Exception extends Exception {
        private final transient Position position;

        NotUtf8Exception(Position position) {
            super("the file is not UTF-8 text; save it as UTF-8");
            this.position = position;
        }

        public Position position() {
            return position;
        }
    }

    private static boolean isAscii(byte[] bytes, int start) {
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] < 0) {
                return false;
            }
        }
        return true;
    }

    public static String decode(byte[] bytes) throws NotUtf8Exception {
        int start = hasBom(bytes) ? 3 : 0;
        if (isAscii(bytes, start)) {
            // Plain ASCII is valid UTF-8 as it stands: skip the decoder and its char buffer twice the file's size.
            return new String(bytes, start, bytes.length - start, StandardCharsets.US_ASCII);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new NotUtf8Exception(positionOf(bytes, start, in.position()));
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw new NotUtf8Exception(positionOf(bytes, start, in.position()));
        }
        return out.flip().toString();
    }

    private static boolean hasBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    private static Position positionOf(byte[] bytes, int start, int badOffset) {
        int line = 1;
        int lineStart = start;
        for (int i = start; i < badOffset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        // The column counts characters, so decode the good part of the line to count them.
        String before = new String(bytes, lineStart, badOffset - lineStart, StandardCharsets.UTF_8);
        return new Position(line, before.length() + 1);
    }
}
