package org.corridor.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.corridor.model.InputException;

/** The first bytes of a file, for telling formats apart by content rather than by name. */
public final class Sniff {
    static final int SIZE = 64 * 1024;

    private final InputFile file;
    private final byte[] head;

    private Sniff(InputFile file, byte[] head) {
        this.file = file;
        this.head = head;
    }

    public static Sniff of(InputFile file) {
        try (InputStream in = Files.newInputStream(file.path())) {
            return new Sniff(file, in.readNBytes(SIZE));
        } catch (IOException e) {
            throw new InputException(file.displayName() + ": cannot be read (" + e.getMessage()
                    + "); check the path and its permissions", e);
        }
    }

    public InputFile file() {
        return file;
    }

    public Path path() {
        return file.path();
    }

    public boolean isEmpty() {
        return head.length == 0 || text().isBlank();
    }

    /** The head as text (bytes that are not UTF-8 become U+FFFD), without a byte-order mark. */
    public String text() {
        String s = new String(head, StandardCharsets.UTF_8);
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    /** The first line that is not blank, trimmed. */
    public String firstLine() {
        for (String line : text().split("\r?\n", 20)) {
            if (!line.isBlank()) {
                return line.strip();
            }
        }
        return "";
    }

    /** True for content no text format has: NUL bytes, or many control characters. */
    public boolean looksBinary() {
        int control = 0;
        for (byte b : head) {
            int c = b & 0xff;
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != 0x0c && c != 0x1a) {
                control++;
            }
        }
        return head.length > 0 && control * 20 > head.length;
    }
}
