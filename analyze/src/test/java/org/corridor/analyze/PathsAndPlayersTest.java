package org.corridor.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.corridor.analyze.graph.Graph;
import org.corridor.analyze.graph.GraphBuilder;
import org.corridor.analyze.keyplayer.Fragmentation;
import org.corridor.analyze.keyplayer.KeyPlayerSearch;
import org.corridor.analyze.keyplayer.KeyPlayerSet;
import org.corridor.analyze.keyplayer.Reach;
import org.corridor.analyze.paths.MaximumFlow;
import org.corridor.analyze.paths.PathResult;
import org.corridor.analyze.paths.ShortestPath;
import org.corridor.analyze.paths.WidestPath;
import org.corridor.analyze.structure.Brokerage;
import org.corridor.analyze.structure.StronglyConnectedComponents;
import org.corridor.model.UsageException;
import org.junit.jupiter.api.Test;

class PathsAndPlayersTest {
    /** Payments: a direct thin route and a longer thick one. */
    private static Graph payments() {
        GraphBuilder b = new GraphBuilder(true, true);
        b.edge("payer", "shell", 10).edge("shell", "broker", 10).edge("broker", "cartel", 10);
        b.edge("payer", "cartel", 25);
        b.edge("payer", "front", 100).edge("front", "cartel", 40);
        return b.build();
    }

    private static int id(Graph g, String id) {
        return g.indexOf(id).orElseThrow();
    }

    @Test
    void shortestByHopsAndByWeightDiffer() {
        Graph g = payments();
        PathResult hops = new ShortestPath(false).find(g, id(g, "payer"), id(g, "cartel"));
        assertThat(hops.nodes()).containsExactly("payer", "cartel");
        PathResult weighted = new ShortestPath(true).find(g, id(g, "payer"), id(g, "cartel"));
        assertThat(weighted.value()).isEqualTo(25);
        PathResult none = new ShortestPath(false).find(g, id(g, "cartel"), id(g, "payer"));
        assertThat(none.found()).isFalse();
    }

    @Test
    void widestPathFollowsTheBiggestBottleneck() {
        Graph g = payments();
        PathResult widest = new WidestPath().find(g, id(g, "payer"), id(g, "cartel"));
        assertThat(widest.nodes()).containsExactly("payer", "front", "cartel");
        assertThat(widest.value()).isEqualTo(40);
        assertThat(widest.edgeWeights()).containsExactly(100.0, 40.0);
    }

    @Test
    void maximumFlowSumsTheParallelRoutes() {
        Graph g = payments();
        MaximumFlow.Result flow = new MaximumFlow().compute(g, id(g, "payer"), id(g, "cartel"));
        assertThat(flow.value()).isEqualTo(10 + 25 + 40);
        assertThat(flow.edges()).contains(new MaximumFlow.FlowEdge("front", "cartel", 40, 40));
    }

    /** Two five-cliques joined through one go-between. */
    private static Graph barbell() {
        GraphBuilder b = new GraphBuilder(false, false);
        for (String side : List.of("L", "R")) {
            for (int i = 0; i < 5; i++) {
                for (int j = i + 1; j < 5; j++) {
                    b.edge(side + i, side + j, 1);
                }
            }
        }
        b.edge("L0", "go-between", 1).edge("go-between", "R0", 1);
        return b.build();
    }

    @Test
    void fragmentationPicksTheGoBetween() {
        KeyPlayerSet set = new KeyPlayerSearch(new Fragmentation(), 1).find(barbell(), 1);
        assertThat(set.nodes()).containsExactly("go-between");
        // Two components of 5 among 10 remaining nodes: 1 - 2*5*4 / (10*9).
        assertThat(set.score()).isCloseTo(1 - 40.0 / 90, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void reachPicksOneNodeOnEachSide() {
        KeyPlayerSet set = new KeyPlayerSearch(new Reach(1), 3).find(barbell(), 2);
        assertThat(set.score()).isEqualTo(1.0);
        assertThat(set.nodes()).containsExactlyInAnyOrder("L0", "R0");
        assertThatThrownBy(() -> new KeyPlayerSearch(new Reach(1), 3).find(barbell(), 11)).isInstanceOf(UsageException.class);
    }

    @Test
    void brokerageRolesFollowTheGroupsOfTheThreeParties() {
        GraphBuilder b = new GraphBuilder(true, false);
        for (String id : List.of("a", "b", "c", "d", "e")) {
            b.node(id);
        }
        b.attribute("group", new String[] {"X", "X", "X", "Y", "Z"});
        b.edge("a", "b", 1).edge("b", "c", 1); // X X X: coordinator
        b.edge("d", "b", 1); // d(Y) -> b(X) -> c(X): gatekeeper
        b.edge("b", "e", 1); // a(X) -> b(X) -> e(Z): representative; d(Y) -> b -> e(Z): liaison
        b.edge("a", "c", 1); // closes a -> c: a -> b -> c no longer brokered
        Graph g = b.build();
        Brokerage.Result r = Brokerage.of(g, "group");
        int bIndex = g.indexOf("b").orElseThrow();
        assertThat(r.count(bIndex, Brokerage.Role.COORDINATOR)).isZero();
        assertThat(r.count(bIndex, Brokerage.Role.GATEKEEPER)).isEqualTo(1);
        assertThat(r.count(bIndex, Brokerage.Role.REPRESENTATIVE)).isEqualTo(1);
        assertThat(r.count(bIndex, Brokerage.Role.LIAISON)).isEqualTo(1);
        assertThat(r.total(bIndex)).isEqualTo(3);
    }

    @Test
    void stronglyConnectedComponentsOfACycleWithATail() {
        GraphBuilder b = new GraphBuilder(true, false);
        b.edge("a", "b", 1).edge("b", "c", 1).edge("c", "a", 1).edge("c", "d", 1);
        assertThat(StronglyConnectedComponents.of(b.build()).groupSizes()).containsExactlyInAnyOrder(3, 1);
    }
}
