package org.corridor.analyze.graph;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a graph as the edge-list CSV that {@code --edges} reads (each undirected edge once). */
public final class GraphWriter {
    private GraphWriter() {
    }

    public static void edgesCsv(Graph graph, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(graph.weighted() ? "source,target,weight\n" : "source,target\n");
            graph.forEachEdge((u, v, weight) -> {
                w.write(graph.id(u) + "," + graph.id(v));
                if (graph.weighted()) {
                    w.write("," + format(weight));
                }
                w.write('\n');
            });
        }
    }

    /** Nodes file listing every node, so isolates survive the round trip. */
    public static void nodesCsv(Graph graph, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("id\n");
            for (int v = 0; v < graph.nodeCount(); v++) {
                w.write(graph.id(v) + "\n");
            }
        }
    }

    private static String format(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double.toString(x);
    }
}
