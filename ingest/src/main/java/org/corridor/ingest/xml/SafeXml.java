package org.corridor.ingest.xml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.corridor.ingest.InputFile;
import org.corridor.model.InputException;

/**
 * The only way Corridor opens XML: a StAX parser with DTDs and external entities switched off,
 * and a refusal of any document that declares a DOCTYPE, so entity expansion ("billion laughs")
 * and external entity reads (XXE) cannot happen.
 */
public final class SafeXml {
    private SafeXml() {
    }

    public static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        return factory;
    }

    /** Opens the file; the returned reader throws on a DOCTYPE before any element is read. */
    public static XMLStreamReader open(InputFile file, InputStream in) {
        try {
            return factory().createXMLStreamReader(in);
        } catch (XMLStreamException e) {
            throw malformed(file, e);
        }
    }

    /** The name of the root element, after refusing a DOCTYPE. */
    public static String rootElement(InputFile file) {
        try (InputStream in = Files.newInputStream(file.path())) {
            XMLStreamReader reader = open(file, in);
            try {
                while (reader.hasNext()) {
                    int event = reader.next();
                    if (event == XMLStreamConstants.DTD) {
                        throw refusedDoctype(file, reader.getLocation().getLineNumber());
                    }
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        return reader.getLocalName();
                    }
                }
                throw new InputException(file.displayName() + ": XML without a root element; check the file is complete");
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("DOCTYPE") || message.contains("DTD")) {
                throw refusedDoctype(file, e.getLocation() == null ? 1 : e.getLocation().getLineNumber());
            }
            throw malformed(file, e);
        } catch (IOException e) {
            throw new InputException(file.displayName() + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    public static InputException refusedDoctype(InputFile file, int line) {
        return new InputException(file.displayName() + " line " + line + ": DOCTYPE declarations are refused "
                + "(they allow entity expansion and external entity reads); export the file without one");
    }

    static InputException malformed(InputFile file, XMLStreamException e) {
        int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
        String reason = String.valueOf(e.getMessage()).replaceAll("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message: ", "");
        return new InputException(file.displayName() + (line > 0 ? " line " + line : "") + ": malformed XML (" + reason.strip()
                + "); check the file is complete and well-formed", e);
    }
}
