package org.corridor.extract.doc;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Bytes to text for documents. UTF-8 where it is valid; a line that is not valid UTF-8 is read as
 * Windows-1252 (the usual other encoding of English and Spanish web text), so a file that mixes
 * the two reads whole, and the reader says how many lines were guessed.
 */
final class TextDecoding {
    private static final Charset CP1252 = Charset.forName("windows-1252");

    private TextDecoding() {
    }

    static String decode(byte[] bytes, Charset forced, String name, List<String> warnings) {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        if (forced != null) {
            return new String(bytes, start, bytes.length - start, forced);
        }
        if (bytes.length - start >= 2 && ((bytes[start] == (byte) 0xff && bytes[start + 1] == (byte) 0xfe)
                || (bytes[start] == (byte) 0xfe && bytes[start + 1] == (byte) 0xff))) {
            return new String(bytes, start, bytes.length - start, StandardCharsets.UTF_16);
        }
        String whole = strict(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        if (whole != null) {
            return whole;
        }
        StringBuilder text = new StringBuilder(bytes.length);
        int guessed = 0;
        int lineStart = start;
        for (int i = start; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                int end = i == bytes.length ? i : i + 1;
                String line = strict(bytes, lineStart, end - lineStart, StandardCharsets.UTF_8);
                if (line == null) {
                    line = new String(bytes, lineStart, end - lineStart, CP1252);
                    guessed++;
                }
                text.append(line);
                lineStart = end;
            }
        }
        warnings.add(guessed + " line(s) were not valid UTF-8 and were read as Windows-1252; pass --encoding if that is wrong");
        return text.toString();
    }

    private static String strict(byte[] bytes, int offset, int length, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, length)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
