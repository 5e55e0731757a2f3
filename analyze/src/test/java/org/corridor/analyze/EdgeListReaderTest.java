package org.corridor.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.corridor.analyze.graph.Graph;
import org.corridor.analyze.io.EdgeListReader;
import org.corridor.model.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EdgeListReaderTest {
    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void nodesFileKeepsIsolatesAndAttributes() throws IOException {
        Path nodes = file("nodes.csv", "id,group\na,X\nb,Y\nlonely,X\n");
        Path edges = file("edges.csv", "source,target,weight\na,b,2\nb,a,3\n");
        Graph g = new EdgeListReader(false, true, false).read(edges, nodes);
        assertThat(g.nodeCount()).isEqualTo(3);
        assertThat(g.edgeCount()).isEqualTo(1);
        assertThat(g.weight(0, 1)).isEqualTo(5.0);
        assertThat(g.attribute("group").orElseThrow()).containsExactly("X", "Y", "X");
    }

    @Test
    void missingColumnIsNamedWithFileAndLine() throws IOException {
        Path edges = file("edges.csv", "source,to\na,b\n");
        assertThatThrownBy(() -> new EdgeListReader(false, false, false).read(edges, null))
                .isInstanceOf(InputException.class).hasMessage(edges + " line 1: the header has no 'target' column; "
                        + "the first line must name the columns source,target[,weight]");
    }

    @Test
    void emptyCellIsNamedWithItsLine() throws IOException {
        Path edges = file("edges.csv", "source,target\na,b\nc,\n");
        assertThatThrownBy(() -> new EdgeListReader(false, false, false).read(edges, null))
                .hasMessage(edges + " line 3: the target column is empty; every row needs a target");
    }

    @Test
    void negativeWeightIsRefusedWhereNotAllowed() throws IOException {
        Path edges = file("edges.csv", "source,target,weight\na,b,1\nb,c,-2\n");
        assertThatThrownBy(() -> new EdgeListReader(false, true, false).read(edges, null))
                .hasMessageStartingWith(edges + " line 3: weight -2 is negative");
        assertThat(new EdgeListReader(false, true, true).read(edges, null).weight(1, 2)).isEqualTo(-2.0);
    }

    @Test
    void nonNumericWeight() throws IOException {
        Path edges = file("edges.csv", "source,target,weight\na,b,lots\n");
        assertThatThrownBy(() -> new EdgeListReader(false, true, false).read(edges, null))
                .hasMessage(edges + " line 2: weight 'lots' is not a number; write it like 2 or 0.5");
    }

    @Test
    void nodeMissingFromTheNodesFile() throws IOException {
        Path nodes = file("nodes.csv", "id\na\nb\n");
        Path edges = file("edges.csv", "source,target\na,b\nb,ghost\n");
        assertThatThrownBy(() -> new EdgeListReader(false, false, false).read(edges, nodes))
                .hasMessage(edges + " line 3: node 'ghost' is not in " + nodes + "; add it to the nodes file or leave out --nodes");
    }

    @Test
    void emptyGraphs() throws IOException {
        Path headerOnly = file("header.csv", "source,target\n");
        assertThatThrownBy(() -> new EdgeListReader(false, false, false).read(headerOnly, null))
                .hasMessage(headerOnly + " has no edges; an analysis needs at least one source,target row");
        Path empty = file("empty.csv", "");
        assertThatThrownBy(() -> new EdgeListReader(false, false, false).read(empty, null))
                .hasMessage(empty + " is empty; it needs a header line and at least one row");
    }

    @Test
    void brokenEncodingAndQuotes() throws IOException {
        Path latin = dir.resolve("latin1.csv");
        Files.write(latin, "source,target\nJos\u00e9,Mar\u00eda\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> new EdgeListReader(false, false, false).read(latin, null))
                .isInstanceOf(InputException.class).hasMessage(latin + " is not UTF-8 text; save it as UTF-8 CSV");
        Path quote = file("quote.csv", "source,target\n\"a,b\n");
        assertThatThrownBy(() -> new EdgeListReader(false, false, false).read(quote, null))
                .isInstanceOf(InputException.class).hasMessageContaining(quote.toString());
        assertThatThrownBy(() -> new EdgeListReader(false, false, false).read(dir.resolve("nope.csv"), null))
                .hasMessage(dir.resolve("nope.csv") + " does not exist; give the path of a CSV file");
    }
}
