package org.corridor.analyze.io;

import java.io.Writer;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.corridor.analyze.graph.Graph;
import org.corridor.model.CorridorException;

/**
 * Writes a graph with its node attributes for network tools: GEXF 1.2 (the version Gephi, NetworkX and graphology all read), GraphML for
 * yEd, Cytoscape, igraph and NetworkX. Both go through a StAX writer, so names with ampersands,
 * quotes or non-Latin scripts are escaped correctly; characters XML 1.0 cannot carry at all
 * (control characters) are dropped.
 */
public final class GraphXmlWriter {
    public static final String GEXF_NAMESPACE = "http://www.gexf.net/1.2draft";
    public static final String GRAPHML_NAMESPACE = "http://graphml.graphdrawing.org/xmlns";

    private GraphXmlWriter() {
    }

    /** What the records behind an edge are, for the edge's "kind" attribute (e.g. "Ownership; Payment"). */
    public interface EdgeKinds {
        String kind(String source, String target);
    }

    public static void gexf(Graph g, Writer out, String description, String date) {
        gexf(g, out, description, date, null);
    }

    public static void gexf(Graph g, Writer out, String description, String date, EdgeKinds kinds) {
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("gexf");
            x.writeDefaultNamespace(GEXF_NAMESPACE);
            x.writeAttribute("version", "1.2");
            x.writeStartElement("meta");
            x.writeAttribute("lastmodifieddate", date);
            element(x, "creator", "Corridor");
            element(x, "description", description);
            x.writeEndElement();
            x.writeStartElement("graph");
            x.writeAttribute("defaultedgetype", g.directed() ? "directed" : "undirected");
            x.writeAttribute("mode", "static");
            List<String> attributes = List.copyOf(g.attributes().keySet());
            x.writeStartElement("attributes");
            x.writeAttribute("class", "node");
            x.writeAttribute("mode", "static");
            for (String name : attributes) {
                x.writeEmptyElement("attribute");
                x.writeAttribute("id", name);
                x.writeAttribute("title", name);
                x.writeAttribute("type", "string");
            }
            x.writeEndElement();
            if (kinds != null) {
                x.writeStartElement("attributes");
                x.writeAttribute("class", "edge");
                x.writeAttribute("mode", "static");
                x.writeEmptyElement("attribute");
                x.writeAttribute("id", "kind");
                x.writeAttribute("title", "kind");
                x.writeAttribute("type", "string");
                x.writeEndElement();
            }
            x.writeStartElement("nodes");
            String[] labels = g.attribute("name").orElse(null);
            for (int v = 0; v < g.nodeCount(); v++) {
                x.writeStartElement("node");
                x.writeAttribute("id", clean(g.id(v)));
                x.writeAttribute("label", clean(labels != null && labels[v] != null ? labels[v] : g.id(v)));
                if (!attributes.isEmpty()) {
                    x.writeStartElement("attvalues");
                    for (String name : attributes) {
                        String value = g.attributes().get(name)[v];
                        x.writeEmptyElement("attvalue");
                        x.writeAttribute("for", name);
                        x.writeAttribute("value", clean(value == null ? "" : value));
                    }
                    x.writeEndElement();
                }
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeStartElement("edges");
            int[] id = {0};
            g.forEachEdge((u, v, w) -> {
                if (kinds == null) {
                    x.writeEmptyElement("edge");
                } else {
                    x.writeStartElement("edge");
                }
                x.writeAttribute("id", Integer.toString(id[0]++));
                x.writeAttribute("source", clean(g.id(u)));
                x.writeAttribute("target", clean(g.id(v)));
                x.writeAttribute("weight", Double.toString(w));
                if (kinds != null) {
                    x.writeStartElement("attvalues");
                    x.writeEmptyElement("attvalue");
                    x.writeAttribute("for", "kind");
                    x.writeAttribute("value", clean(kinds.kind(g.id(u), g.id(v))));
                    x.writeEndElement();
                    x.writeEndElement();
                }
            });
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndDocument();
            x.flush();
        } catch (XMLStreamException e) {
            throw new CorridorException("the GEXF file could not be written (" + e.getMessage() + ")", e);
        }
    }

    public static void graphml(Graph g, Writer out) {
        graphml(g, out, null);
    }

    public static void graphml(Graph g, Writer out, EdgeKinds kinds) {
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("graphml");
            x.writeDefaultNamespace(GRAPHML_NAMESPACE);
            Map<String, String[]> attrs = g.attributes();
            for (String name : attrs.keySet()) {
                x.writeEmptyElement("key");
                x.writeAttribute("id", "n_" + name);
                x.writeAttribute("for", "node");
                x.writeAttribute("attr.name", name);
                x.writeAttribute("attr.type", "string");
            }
            x.writeEmptyElement("key");
            x.writeAttribute("id", "e_weight");
            x.writeAttribute("for", "edge");
            x.writeAttribute("attr.name", "weight");
            x.writeAttribute("attr.type", "double");
            if (kinds != null) {
                x.writeEmptyElement("key");
                x.writeAttribute("id", "e_kind");
                x.writeAttribute("for", "edge");
                x.writeAttribute("attr.name", "kind");
                x.writeAttribute("attr.type", "string");
            }
            x.writeStartElement("graph");
            x.writeAttribute("id", "corridor");
            x.writeAttribute("edgedefault", g.directed() ? "directed" : "undirected");
            for (int v = 0; v < g.nodeCount(); v++) {
                x.writeStartElement("node");
                x.writeAttribute("id", clean(g.id(v)));
                for (var a : attrs.entrySet()) {
                    x.writeStartElement("data");
                    x.writeAttribute("key", "n_" + a.getKey());
                    x.writeCharacters(clean(a.getValue()[v] == null ? "" : a.getValue()[v]));
                    x.writeEndElement();
                }
                x.writeEndElement();
            }
            g.forEachEdge((u, v, w) -> {
                x.writeStartElement("edge");
                x.writeAttribute("source", clean(g.id(u)));
                x.writeAttribute("target", clean(g.id(v)));
                x.writeStartElement("data");
                x.writeAttribute("key", "e_weight");
                x.writeCharacters(Double.toString(w));
                x.writeEndElement();
                if (kinds != null) {
                    x.writeStartElement("data");
                    x.writeAttribute("key", "e_kind");
                    x.writeCharacters(clean(kinds.kind(g.id(u), g.id(v))));
                    x.writeEndElement();
                }
                x.writeEndElement();
            });
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndDocument();
            x.flush();
        } catch (XMLStreamException e) {
            throw new CorridorException("the GraphML file could not be written (" + e.getMessage() + ")", e);
        }
    }

    private static void element(XMLStreamWriter x, String name, String text) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(clean(text));
        x.writeEndElement();
    }

    /** Drops characters XML 1.0 forbids (C0 controls other than tab, newline, carriage return). */
    static String clean(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean bad = c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF;
            if (bad && b == null) {
                b = new StringBuilder(s.substring(0, i));
            } else if (!bad && b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }
}
