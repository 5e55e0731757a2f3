package org.corridor.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.corridor.analyze.graph.GraphWriter;
import org.corridor.analyze.graph.RandomGraphs;

/**
 * Writes the seeded benchmark graphs as edge files ({@code source,target}), the same graphs
 * AnalyticsBench times, for benchmarks that run whole commands on a file.
 *
 * <p>Usage: GraphFiles OUT_DIR NAME... (scale-free-10k, small-world-10k, scale-free-100k, small-world-100k)
 */
public final class GraphFiles {
    private GraphFiles() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        for (String name : List.of(args).subList(1, args.length)) {
            var graph = switch (name) {
                case "scale-free-10k" -> RandomGraphs.barabasiAlbert(10_000, 5, 42, false);
                case "small-world-10k" -> RandomGraphs.wattsStrogatz(10_000, 10, 0.1, 42);
                case "scale-free-100k" -> RandomGraphs.barabasiAlbert(100_000, 5, 42, false);
                case "small-world-100k" -> RandomGraphs.wattsStrogatz(100_000, 10, 0.1, 42);
                default -> throw new IllegalArgumentException("unknown graph '" + name
                        + "'; use scale-free-10k, small-world-10k, scale-free-100k or small-world-100k");
            };
            GraphWriter.edgesCsv(graph, out.resolve(name + ".csv"));
            System.out.println(name + " " + graph.nodeCount() + " " + graph.edgeCount());
        }
    }
}
