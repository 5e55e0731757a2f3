package org.corridor.ingest.ofac;

import java.util.function.Consumer;
import org.corridor.ingest.FormatReader;
import org.corridor.ingest.ReadRequest;
import org.corridor.ingest.ReadSummary;
import org.corridor.ingest.Sniff;
import org.corridor.model.InputException;
import org.corridor.model.Statement;

/**
 * Recognises OFAC's alt.csv and add.csv so that, given alone, they get a clear answer: they are
 * read together with the sdn.csv beside them.
 */
public final class OfacCompanionReader implements FormatReader {
    @Override
    public String format() {
        return "ofac-companion";
    }

    @Override
    public String description() {
        return "OFAC alt.csv / add.csv (read with the sdn.csv beside them)";
    }

    @Override
    public boolean accepts(Sniff sniff) {
        OfacSniffer.Kind kind = OfacSniffer.kind(sniff);
        return kind == OfacSniffer.Kind.ALT || kind == OfacSniffer.Kind.ADD;
    }

    /** True when the file is an alt.csv/add.csv whose sdn.csv sits beside it, so a folder ingest may skip it. */
    public static boolean hasSdnBeside(Sniff sniff) {
        return OfacCsvReader.companion(sniff.path(), "sdn.csv").isPresent();
    }

    @Override
    public ReadSummary read(ReadRequest request, Consumer<Statement> sink) {
        throw new InputException(request.file().displayName() + ": this is one of OFAC's alt.csv/add.csv files, which "
                + "are read together with their sdn.csv; put sdn.csv in the same folder and ingest sdn.csv");
    }
}
