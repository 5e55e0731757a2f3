package org.corridor.ingest.xml;

import java.util.function.Consumer;
import org.corridor.ingest.FormatReader;
import org.corridor.ingest.ReadRequest;
import org.corridor.ingest.ReadSummary;
import org.corridor.ingest.Sniff;
import org.corridor.model.InputException;
import org.corridor.model.Statement;

/**
 * Catches XML input that no specific reader claimed: refuses DOCTYPEs and says which XML formats
 * are not read yet, instead of letting the file fall through to a CSV or text reader.
 */
public final class XmlReader implements FormatReader {
    @Override
    public String format() {
        return "xml";
    }

    @Override
    public String description() {
        return "XML (checked safely; no XML list format is read yet)";
    }

    @Override
    public boolean accepts(Sniff sniff) {
        return sniff.firstLine().startsWith("<");
    }

    @Override
    public ReadSummary read(ReadRequest request, Consumer<Statement> sink) {
        String root = SafeXml.rootElement(request.file());
        throw new InputException(request.file().displayName() + ": XML with root element <" + root
                + "> is not a format Corridor reads yet; convert it to FtM JSON lines or CSV with a mapping");
    }
}
