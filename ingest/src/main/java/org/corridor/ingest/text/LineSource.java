package org.corridor.ingest.text;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.util.Arrays;
import org.corridor.ingest.InputFile;
import org.corridor.ingest.Progress;
import org.corridor.model.InputException;

/**
 * Reads a text file line by line with line numbers, decoding strictly and refusing lines longer
 * than {@value #MAX_LINE} bytes, so a hostile file cannot exhaust memory.
 */
public final class LineSource implements AutoCloseable {
    public static final int MAX_LINE = 32 * 1024 * 1024;

    private final InputFile file;
    private final Charset charset;
    private final CountingInputStream counting;
    private final InputStream in;
    private final Progress progress;
    private byte[] buffer = new byte[8192];
    private long lineNumber;
    private long records;

    public LineSource(InputFile file, Charset charset, Progress progress) {
        this.file = file;
        this.charset = charset;
        this.progress = progress;
        try {
            this.counting = new CountingInputStream(Files.newInputStream(file.path()),
                    bytes -> progress.advanced(bytes, file.size(), records));
        } catch (IOException e) {
            throw new InputException(file.displayName() + ": cannot be read (" + e.getMessage() + ")", e);
        }
        this.in = new BufferedInputStream(counting, 1 << 16);
    }

    /** The next line without its line end, or null at the end of the file. */
    public String next() {
        int length = 0;
        try {
            int b;
            while ((b = in.read()) >= 0 && b != '\n') {
                if (length == MAX_LINE) {
                    throw new InputException(file.displayName() + " line " + (lineNumber + 1)
                            + ": line is longer than " + MAX_LINE / (1024 * 1024) + " MiB; split the file or check it is the right format");
                }
                if (length == buffer.length) {
                    buffer = Arrays.copyOf(buffer, Math.min(MAX_LINE, buffer.length * 2));
                }
                buffer[length++] = (byte) b;
            }
            if (b < 0 && length == 0) {
                progress.advanced(counting.count(), file.size(), records);
                return null;
            }
        } catch (IOException e) {
            throw new InputException(file.displayName() + " line " + (lineNumber + 1) + ": read failed (" + e.getMessage() + ")", e);
        }
        lineNumber++;
        if (length > 0 && buffer[length - 1] == '\r') {
            length--;
        }
        String line = Decoding.decode(buffer, length, charset, file.displayName(), lineNumber);
        return lineNumber == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line;
    }

    public long lineNumber() {
        return lineNumber;
    }

    /** Counts a record for progress reports. */
    public void recordDone() {
        records++;
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException ignored) {
            // nothing was written; a failed close of an input loses nothing
        }
    }
}
