package org.corridor.ingest.text;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import org.corridor.model.InputException;

/** Strict text decoding: bytes that are not valid in the charset are an error, never replaced. */
public final class Decoding {
    private Decoding() {
    }

    public static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    public static String decode(byte[] bytes, int length, Charset charset, String file, long line) {
        try {
            return strict(charset).decode(ByteBuffer.wrap(bytes, 0, length)).toString();
        } catch (CharacterCodingException e) {
            throw notInCharset(file, line, charset);
        }
    }

    public static InputException notInCharset(String file, long line, Charset charset) {
        if (charset.equals(StandardCharsets.UTF_8)) {
            return new InputException(file + " line " + line + ": the text is not valid UTF-8 (it may be Latin-1 or "
                    + "Windows-1252); convert it with 'iconv -f latin1 -t utf-8' or pass --encoding ISO-8859-1");
        }
        return new InputException(file + " line " + line + ": the text is not valid " + charset.name()
                + "; pass the file's real encoding with --encoding");
    }
}
