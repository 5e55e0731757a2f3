package org.corridor.ingest;

import java.util.function.Consumer;
import org.corridor.model.Statement;

/** Reads one file format into statements. One class per format. */
public interface FormatReader {
    /** The name used by {@code --format} and in reports. */
    String format();

    /** One line for {@code --help} and docs. */
    String description();

    /** Whether the start of a file looks like this format. */
    boolean accepts(Sniff sniff);

    /**
     * Reads the whole file, handing statements to the sink. Throws
     * {@link org.corridor.model.InputException} naming the file and line when the file is broken;
     * the caller then discards everything this file produced.
     */
    ReadSummary read(ReadRequest request, Consumer<Statement> sink);
}
