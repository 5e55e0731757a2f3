package org.corridor.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.corridor.analyze.graph.Graph;
import org.corridor.analyze.graph.GraphBuilder;
import org.corridor.analyze.io.GraphXmlWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphXmlWriterTest {
    @TempDir
    Path dir;

    private static Graph network() {
        GraphBuilder b = new GraphBuilder(true, true);
        b.node("ofac-1");
        b.node("ofac-2");
        b.node("doc-3");
        b.attribute("name", new String[] {"Cártel de Jalisco \"CJNG\" & Co.", "Los <Chapitos>", "Bad\u0001name"});
        b.attribute("schema", new String[] {"Organization", "Organization", "Person"});
        b.edge("ofac-1", "ofac-2", 2).edge("ofac-2", "doc-3", 1.5);
        return b.build();
    }

    @Test
    void gexfValidatesAgainstTheSchemaAndNetworkXReadsIt() throws Exception {
        StringWriter out = new StringWriter();
        GraphXmlWriter.gexf(network(), out, "test export", "2026-11-22", (a, b) -> a.equals("ofac-1") ? "Ownership" : "Payment; Family");
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        var schema = factory.newSchema(Path.of("src/test/resources/gexf/gexf-1.2-static.xsd").toFile());
        schema.newValidator().validate(new StreamSource(new java.io.StringReader(out.toString())));
        String broken = out.toString().replace("defaultedgetype=\"directed\"", "defaultedgetype=\"sideways\"");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> schema.newValidator()
                .validate(new StreamSource(new java.io.StringReader(broken)))).isInstanceOf(org.xml.sax.SAXException.class);
        Path file = Files.writeString(dir.resolve("g.gexf"), out.toString());
        String read = python("import networkx as nx, sys\n"
                + "g = nx.read_gexf(sys.argv[1])\n"
                + "print(g.number_of_nodes(), g.number_of_edges(), g.is_directed(), g.nodes['ofac-1']['label'], g.nodes['ofac-2']['schema'], g['ofac-1']['ofac-2']['weight'], g['ofac-2']['doc-3']['kind'])\n", file);
        assertThat(read.strip()).isEqualTo("3 2 True Cártel de Jalisco \"CJNG\" & Co. Organization 2.0 Payment; Family");
    }

    @Test
    void graphmlIsReadByIgraph() throws Exception {
        StringWriter out = new StringWriter();
        GraphXmlWriter.graphml(network(), out);
        Path file = Files.writeString(dir.resolve("g.graphml"), out.toString());
        String read = python("import igraph as ig, sys\n"
                + "g = ig.Graph.Read_GraphML(sys.argv[1])\n"
                + "print(g.vcount(), g.ecount(), g.is_directed(), g.vs[1]['name'], g.vs[2]['name'], sum(g.es['weight']))\n", file);
        assertThat(read.strip()).isEqualTo("3 2 True Los <Chapitos> Badname 3.5");
    }

    private static String python(String script, Path file) throws Exception {
        Path err = Files.createTempFile("py", ".err");
        Process p = new ProcessBuilder(List.of("/usr/bin/python3", "-c", script, file.toString())).redirectError(err.toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(err)).isZero();
        return out;
    }
}
