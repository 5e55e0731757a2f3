package org.corridor.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.corridor.analyze.centrality.BrandesBetweenness;
import org.corridor.analyze.centrality.Closeness;
import org.corridor.analyze.graph.Graph;
import org.corridor.analyze.graph.RandomGraphs;
import org.corridor.analyze.graph.ShortestPathSearch;

/** Invariants of the kernels that hold on every graph, checked on seeded random ones. */
class KernelPropertiesTest {
    /**
     * Every shortest path of length d has d − 1 interior nodes, so total betweenness is the sum of
     * (d − 1) over connected ordered pairs (halved when undirected).
     */
    @Property(tries = 30)
    void totalBetweennessIsTheSumOfInteriorLengths(@ForAll @IntRange(min = 2, max = 60) int n,
            @ForAll @IntRange(min = 0, max = 200) int m, @ForAll boolean directed, @ForAll long seed) {
        Graph g = RandomGraphs.gnm(n, m, directed, 1, seed);
        double total = 0;
        for (double b : new BrandesBetweenness(false, false).compute(g).toArray()) {
            total += b;
        }
        ShortestPathSearch search = new ShortestPathSearch(g, false, false);
        double expected = 0;
        for (int s = 0; s < n; s++) {
            search.run(s);
            for (int i = 1; i < search.reached; i++) {
                expected += search.dist[search.order[i]] - 1;
            }
        }
        if (!directed) {
            expected /= 2;
        }
        assertThat(total).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-9 * Math.max(1, expected)));
    }

    @Property(tries = 15)
    void threadCountDoesNotChangeTheAnswer(@ForAll @IntRange(min = 40, max = 300) int n, @ForAll long seed) {
        Graph g = RandomGraphs.gnm(n, n * 3, false, 5, seed);
        double[] one = new BrandesBetweenness(true, false, 0, 0, 1).compute(g).toArray();
        double[] four = new BrandesBetweenness(true, false, 0, 0, 4).compute(g).toArray();
        for (int v = 0; v < n; v++) {
            assertThat(four[v]).isCloseTo(one[v], org.assertj.core.data.Offset.offset(1e-9 * Math.max(1, one[v])));
        }
    }

    @Property(tries = 10)
    void samplingEverySourceIsExactAndASeedRepeats(@ForAll @IntRange(min = 10, max = 200) int n, @ForAll long seed) {
        Graph g = RandomGraphs.gnm(n, n * 2, false, 1, seed);
        double[] exact = new BrandesBetweenness(false, false).compute(g).toArray();
        double[] all = new BrandesBetweenness(false, false, n, seed, 2).compute(g).toArray();
        assertThat(all).containsExactly(exact, org.assertj.core.data.Offset.offset(1e-9));
        double[] a = new BrandesBetweenness(false, false, n / 2, seed, 2).compute(g).toArray();
        double[] b = new BrandesBetweenness(false, false, n / 2, seed, 2).compute(g).toArray();
        assertThat(a).containsExactly(b);
    }

    @net.jqwik.api.Example
    void pageRankSharedBetweenThreadsEqualsOneThreadExactly() {
        // docs/analytics.md: "the bits do not depend on the thread count"; checked at 1, 2, 3 and 4
        Graph g = RandomGraphs.gnm(100_000, 450_000, true, 4, 3);
        double[] one = new org.corridor.analyze.centrality.PageRank(0.85, true, 1).compute(g).toArray();
        for (int threads : new int[] {2, 3, 4}) {
            double[] shared = new org.corridor.analyze.centrality.PageRank(0.85, true, threads).compute(g).toArray();
            assertThat(shared).as(threads + " threads").containsExactly(one);
        }
        double sum = 0;
        for (double r : one) {
            sum += r;
        }
        assertThat(sum).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
    }

    /**
     * Conjugate gradients (undirected) and Jacobi sweeps (directed) solve the same system when the
     * directed graph has each undirected edge both ways, isolated nodes included.
     */
    @Property(tries = 30)
    void pageRankOfAnUndirectedGraphEqualsThatOfItsDirectedDouble(@ForAll @IntRange(min = 1, max = 300) int n,
            @ForAll @IntRange(min = 0, max = 900) int m, @ForAll @IntRange(min = 1, max = 5) int maxWeight, @ForAll long seed) {
        Graph g = RandomGraphs.gnm(n, m, false, maxWeight, seed);
        org.corridor.analyze.graph.GraphBuilder both = new org.corridor.analyze.graph.GraphBuilder(true, g.weighted());
        for (String id : g.ids()) {
            both.node(id);
        }
        g.forEachEdge((u, v, w) -> {
            both.edge(u, v, w);
            both.edge(v, u, w);
        });
        Graph directed = both.build();
        for (boolean weighted : new boolean[] {false, true}) {
            double[] cg = new org.corridor.analyze.centrality.PageRank(0.85, weighted, 1).compute(g).toArray();
            double[] jacobi = new org.corridor.analyze.centrality.PageRank(0.85, weighted, 1).compute(directed).toArray();
            assertThat(cg).containsExactly(jacobi, org.assertj.core.data.Offset.offset(1e-12));
        }
    }

    @net.jqwik.api.Example
    void undirectedPageRankSharedBetweenThreadsEqualsOneThreadExactly() {
        Graph g = RandomGraphs.wattsStrogatz(30_000, 10, 0.1, 5);
        double[] one = new org.corridor.analyze.centrality.PageRank(0.85, false, 1).compute(g).toArray();
        for (int threads : new int[] {2, 3, 4}) {
            double[] shared = new org.corridor.analyze.centrality.PageRank(0.85, false, threads).compute(g).toArray();
            assertThat(shared).as(threads + " threads").containsExactly(one);
        }
    }

    @Property(tries = 15)
    void closenessOfAPathGraphsEndIsTheInverseMeanDistance(@ForAll @IntRange(min = 2, max = 200) int n) {
        org.corridor.analyze.graph.GraphBuilder b = new org.corridor.analyze.graph.GraphBuilder(false, false);
        for (int i = 1; i < n; i++) {
            b.edge("p" + (i - 1), "p" + i, 1);
        }
        double c = new Closeness(false, true, Closeness.Mode.OUT).compute(b.build()).value(0);
        // Distances 1..n-1 from the end: mean n/2.
        assertThat(c).isCloseTo(2.0 / n, org.assertj.core.data.Offset.offset(1e-12));
    }
}
