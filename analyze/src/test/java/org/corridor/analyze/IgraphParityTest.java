package org.corridor.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.corridor.analyze.centrality.BrandesBetweenness;
import org.corridor.analyze.centrality.Closeness;
import org.corridor.analyze.centrality.CoreNumber;
import org.corridor.analyze.centrality.Degree;
import org.corridor.analyze.centrality.EigenvectorCentrality;
import org.corridor.analyze.centrality.HarmonicCentrality;
import org.corridor.analyze.centrality.NodeMeasure;
import org.corridor.analyze.centrality.PageRank;
import org.corridor.analyze.community.CommunityReport;
import org.corridor.analyze.community.Louvain;
import org.corridor.analyze.community.Modularity;
import org.corridor.analyze.graph.Graph;
import org.corridor.analyze.graph.GraphWriter;
import org.corridor.analyze.graph.RandomGraphs;
import org.corridor.analyze.io.EdgeListReader;
import org.corridor.analyze.structure.ConnectedComponents;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Corridor's kernels against python-igraph, run live on published criminal networks and on seeded
 * random graphs, directed and undirected, weighted and not: every value to 1e-9.
 */
class IgraphParityTest {
    private static final double TOLERANCE = 1e-9;

    @TempDir
    Path temp;

    static Stream<Arguments> networks() {
        Path dir = Path.of("src/test/resources/networks");
        return Stream.of(
                Arguments.of("siren", dir.resolve("siren.csv"), false, false),
                Arguments.of("montagna directed", dir.resolve("montagna-phonecalls.csv"), true, false),
                Arguments.of("montagna directed weighted", dir.resolve("montagna-phonecalls.csv"), true, true),
                Arguments.of("montagna undirected weighted", dir.resolve("montagna-phonecalls.csv"), false, true),
                Arguments.of("karate", dir.resolve("karate.csv"), false, false),
                Arguments.of("karate weighted", dir.resolve("karate.csv"), false, true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("networks")
    void publishedNetworksMatchIgraph(String name, Path edges, boolean directed, boolean weighted) throws Exception {
        Graph g = new EdgeListReader(directed, weighted, false).read(edges, null);
        compare(g, IgraphReference.run(edges, null, directed, weighted));
    }

    static Stream<Arguments> randomGraphs() {
        return Stream.of(
                Arguments.of("gnm undirected", RandomGraphs.gnm(300, 900, false, 1, 11)),
                Arguments.of("gnm directed", RandomGraphs.gnm(300, 1200, true, 1, 12)),
                Arguments.of("gnm undirected weighted", RandomGraphs.gnm(250, 800, false, 9, 13)),
                Arguments.of("gnm directed weighted", RandomGraphs.gnm(250, 1000, true, 9, 14)),
                Arguments.of("sparse with isolates", RandomGraphs.gnm(200, 150, false, 1, 15)),
                Arguments.of("scale-free", RandomGraphs.barabasiAlbert(400, 3, 16, false)),
                Arguments.of("small world", RandomGraphs.wattsStrogatz(400, 6, 0.1, 17)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("randomGraphs")
    void seededRandomGraphsMatchIgraph(String name, Graph g) throws Exception {
        Path edges = temp.resolve("edges.csv");
        Path nodes = temp.resolve("nodes.csv");
        GraphWriter.edgesCsv(g, edges);
        GraphWriter.nodesCsv(g, nodes);
        Graph read = new EdgeListReader(g.directed(), g.weighted(), false).read(edges, nodes);
        compare(read, IgraphReference.run(edges, nodes, g.directed(), g.weighted()));
    }

    private static void compareValues(Graph g, String name, double[] ours, double[] theirs) {
        assertThat(ours).as(name).hasSameSizeAs(theirs);
        for (int i = 0; i < ours.length; i++) {
            double a = ours[i];
            double b = theirs[i];
            if (Double.isNaN(b)) {
                assertThat(a).as("%s of %s", name, g.id(i)).isNaN();
            } else {
                assertThat(Math.abs(a - b)).as("%s of %s: ours %s, igraph %s", name, g.id(i), a, b)
                        .isLessThanOrEqualTo(TOLERANCE * Math.max(1, Math.abs(b)));
            }
        }
    }

    private static void compare(Graph g, IgraphReference ref) {
        assertThat(g.ids()).isEqualTo(ref.ids());
        boolean w = g.weighted();
        List<NodeMeasure> measures = new ArrayList<>(List.of(
                new Degree(false, Degree.Mode.ALL, false),
                new Degree(true, Degree.Mode.ALL, false),
                new BrandesBetweenness(w, false),
                new Closeness(w, true, Closeness.Mode.ALL),
                new HarmonicCentrality(w, true, Closeness.Mode.ALL),
                new PageRank(0.85, w),
                new CoreNumber()));
        if (!g.directed() && ConnectedComponents.of(g).groupCount() == 1) {
            measures.add(new EigenvectorCentrality(w));
        }
        for (NodeMeasure m : measures) {
            compareValues(g, m.name(), m.compute(g).toArray(), ref.values(m.name()));
        }
        compareValues(g, "closeness_out", new Closeness(w, true, Closeness.Mode.OUT).compute(g).toArray(), ref.values("closeness_out"));
        compareValues(g, "closeness_in", new Closeness(w, true, Closeness.Mode.IN).compute(g).toArray(), ref.values("closeness_in"));
        compareValues(g, "harmonic_out", new HarmonicCentrality(w, true, Closeness.Mode.OUT).compute(g).toArray(),
                ref.values("harmonic_out"));
        assertThat(ConnectedComponents.of(g).groupCount()).isEqualTo((int) ref.number("components"));
        if (!g.directed()) {
            CommunityReport communities = CommunityReport.of(g, new Louvain(1.0), 10, 1);
            assertThat(communities.modularity()).as("Louvain modularity, best of 10 seeds, against igraph's best of 10")
                    .isGreaterThanOrEqualTo(ref.number("louvain_modularity_best_of_10") - 1e-12);
            assertThat(Modularity.of(g, communities.best())).isEqualTo(communities.modularity());
        }
    }
}
