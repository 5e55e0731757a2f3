package org.corridor.analyze.centrality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.corridor.analyze.graph.Graph;
import org.corridor.analyze.graph.GraphBuilder;

class SlicedInEdgesTest {
    /**
     * Random weighted graphs over several blocks, with isolates and a few hubs whose in-degree is
     * above the counting sort's range: every block's sums are the same bits as a per-node loop over
     * the CSR in-edges, weighted and not.
     */
    @Property(tries = 40)
    void blockSumsEqualPerNodeSumsBitForBit(@ForAll @IntRange(min = 1, max = 1_800) int n,
            @ForAll @IntRange(min = 0, max = 8_000) int m, @ForAll @IntRange(min = 0, max = 3) int hubs,
            @ForAll boolean directed, @ForAll long seed) {
        Random random = new Random(seed);
        GraphBuilder b = new GraphBuilder(directed, true);
        for (int v = 0; v < n; v++) {
            b.node("n" + v);
        }
        for (int i = 0; i < m; i++) {
            b.edge(random.nextInt(n), random.nextInt(n), 1 + random.nextInt(9) / 4.0);
        }
        for (int h = 0; h < hubs && n > 300; h++) {
            int hub = random.nextInt(n);
            for (int i = 0; i < 300; i++) {
                b.edge(random.nextInt(n), hub, 0.5);
            }
        }
        Graph g = b.build();
        double[] from = new double[n + 1];
        for (int v = 0; v < n; v++) {
            from[v] = random.nextDouble() - 0.25;
        }
        for (boolean weights : new boolean[] {false, true}) {
            SlicedInEdges sliced = new SlicedInEdges(g, weights);
            double[] out = new double[n + 1];
            for (int block = 0; block < PageRank.blocks(n); block++) {
                sliced.sum(block, from, out);
            }
            double[] expected = new double[n + 1];
            for (int v = 0; v < n; v++) {
                for (int e = g.inStart()[v]; e < g.inStart()[v + 1]; e++) {
                    expected[v] += from[g.inSources()[e]] * (weights ? g.inWeights()[e] : 1);
                }
            }
            assertThat(out).as("weights %s", weights).containsExactly(expected);
        }
    }
}
