package org.corridor.ingest;

import java.util.List;
import java.util.stream.Collectors;
import org.corridor.ingest.csv.MappedCsvReader;
import org.corridor.ingest.ftm.FtmJsonReader;
import org.corridor.ingest.ofac.OfacCompanionReader;
import org.corridor.ingest.ofac.OfacCsvReader;
import org.corridor.ingest.ofac.OfacNamesReader;
import org.corridor.ingest.ucdp.UcdpGedReader;
import org.corridor.ingest.xml.XmlReader;
import org.corridor.model.InputException;
import org.corridor.model.UsageException;

/** Every format reader, and detection of a file's format from its content. */
public final class Readers {
    private final List<FormatReader> readers = List.of(new FtmJsonReader(), new OfacNamesReader(),
            new OfacCsvReader(), new OfacCompanionReader(), new UcdpGedReader(), new MappedCsvReader(), new XmlReader());

    public List<FormatReader> all() {
        return readers;
    }

    /** The reader named by {@code --format}. */
    public FormatReader named(String format) {
        return readers.stream().filter(r -> r.format().equals(format)).findFirst()
                .orElseThrow(() -> new UsageException("unknown format '" + format + "'; use one of " + names()));
    }

    public String names() {
        return readers.stream().map(FormatReader::format).filter(f -> !f.equals("ofac-companion"))
                .collect(Collectors.joining(", "));
    }

    /**
     * The reader for a file, from its content. With a mapping given, a text file is read as mapped
     * CSV. Empty, binary and unrecognised files get an error that says what to do.
     */
    public FormatReader detect(Sniff sniff, boolean mappingGiven) {
        String name = sniff.file().displayName();
        if (sniff.isEmpty()) {
            throw new InputException(name + ": the file is empty; nothing to ingest");
        }
        String head = sniff.text();
        if (head.startsWith("\u001f\ufffd") || head.startsWith("PK\u0003\u0004")) {
            throw new InputException(name + ": the file is compressed (gzip or zip); unpack it and ingest what is inside");
        }
        if (head.startsWith("%PDF")) {
            throw new InputException(name + ": PDF documents are not read yet; ingest the structured list instead");
        }
        if (sniff.looksBinary()) {
            throw new InputException(name + ": looks like a binary file, not one of the text formats Corridor reads ("
                    + names() + "); check the path");
        }
        if (mappingGiven && !sniff.firstLine().startsWith("<") && !sniff.firstLine().startsWith("{")) {
            return named("csv");
        }
        for (FormatReader reader : readers) {
            if (reader.accepts(sniff)) {
                return reader;
            }
        }
        String line = sniff.firstLine();
        if (line.startsWith("[")) {
            throw new InputException(name + ": a JSON array; Corridor reads JSON lines (one object per line), "
                    + "convert it with: jq -c '.[]' < FILE > FILE.jsonl");
        }
        if (line.startsWith("{")) {
            throw new InputException(name + " line 1: JSON that is neither FtM entities (id, schema, properties) nor "
                    + "OFAC names (entity_id, names); check the file or pass --format");
        }
        if (line.contains(",") || line.contains(";") || line.contains("\t")) {
            throw new InputException(name + ": looks like CSV, but no mapping says how its columns become entities; pass "
                    + "--mapping FILE.yaml or put a NAME.mapping.yaml beside it (see docs/formats.md)");
        }
        throw new InputException(name + ": the format is not recognised; Corridor reads " + names()
                + " (pass --format to choose one)");
    }
}
