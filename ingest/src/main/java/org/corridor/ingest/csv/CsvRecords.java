package org.corridor.ingest.csv;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.corridor.ingest.InputFile;
import org.corridor.ingest.Progress;
import org.corridor.ingest.text.CountingInputStream;
import org.corridor.ingest.text.Decoding;
import org.corridor.model.InputException;

/**
 * Iterates the records of a CSV file with the line each starts on, decoding strictly and turning
 * parser failures (an unclosed quote, bad bytes) into one sentence that names the file and line.
 */
public final class CsvRecords implements AutoCloseable, Iterable<CsvRecords.Row> {
    /** One record and the line it starts on. */
    public record Row(long line, List<String> values) {
        public String get(int i) {
            return i < values.size() ? values.get(i) : "";
        }
    }

    private final InputFile file;
    private final Charset charset;
    private final CSVParser parser;
    private final Progress progress;
    private long records;

    public CsvRecords(InputFile file, Charset charset, CSVFormat format, Progress progress) {
        this.file = file;
        this.charset = charset;
        this.progress = progress;
        try {
            CountingInputStream counting = new CountingInputStream(Files.newInputStream(file.path()),
                    bytes -> progress.advanced(bytes, file.size(), records));
            Reader reader = new InputStreamReader(counting, Decoding.strict(charset));
            this.parser = CSVParser.builder().setReader(reader).setFormat(format).get();
        } catch (IOException | UncheckedIOException e) {
            throw new InputException(file.displayName() + ": cannot be read as CSV (" + e.getMessage() + ")", e);
        }
    }

    public List<String> header() {
        return parser.getHeaderNames();
    }

    @Override
    public Iterator<Row> iterator() {
        Iterator<CSVRecord> inner = parser.iterator();
        return new Iterator<>() {
            private long nextLine = parser.getCurrentLineNumber() + 1;

            @Override
            public boolean hasNext() {
                try {
                    return inner.hasNext();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw failure(nextLine, e);
                }
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                CSVRecord record;
                try {
                    record = inner.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw failure(nextLine, e);
                }
                Row row = new Row(nextLine, record.toList());
                nextLine = parser.getCurrentLineNumber() + 1;
                records++;
                return row;
            }
        };
    }

    private InputException failure(long line, RuntimeException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        while (cause.getCause() != null && !(cause instanceof CharacterCodingException)) {
            cause = cause.getCause();
        }
        if (cause instanceof CharacterCodingException) {
            return Decoding.notInCharset(file.displayName(), parser.getCurrentLineNumber() + 1, charset);
        }
        String message = String.valueOf(cause.getMessage());
        if (message.contains("EOF reached before encapsulated token finished")) {
            return new InputException(file.displayName() + " line " + line + ": a quoted field opened here is never "
                    + "closed; add the missing double quote (write a quote inside a field as \"\")", e);
        }
        if (message.contains("invalid char between encapsulated token and delimiter")) {
            return new InputException(file.displayName() + " line " + line + ": a quoted field is followed by stray "
                    + "characters; put the whole field in quotes and double any quote inside it", e);
        }
        return new InputException(file.displayName() + " line " + line + ": not valid CSV (" + message
                + "); fix the line and ingest again", e);
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException ignored) {
            // reading only; nothing to lose
        }
    }
}
