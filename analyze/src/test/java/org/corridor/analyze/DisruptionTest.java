package org.corridor.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.corridor.analyze.disruption.Disruption;
import org.corridor.analyze.disruption.DisruptionCurve;
import org.corridor.analyze.disruption.RemovalRule;
import org.corridor.analyze.graph.Graph;
import org.corridor.analyze.graph.GraphBuilder;
import org.corridor.analyze.io.EdgeListReader;
import org.junit.jupiter.api.Test;

class DisruptionTest {
    private static final Path NETWORKS = Path.of("src/test/resources/networks");

    /**
     * Cavallaro et al. (PLOS ONE 2020) removed Montagna phone-call nodes one at a time by
     * recomputed betweenness and by degree, and published the largest component after each step.
     */
    @Test
    void reproducesThePublishedMontagnaCurves() throws IOException {
        Graph g = new EdgeListReader(false, false, false).read(NETWORKS.resolve("montagna-phonecalls.csv"), null);
        List<String> published = Files.readAllLines(NETWORKS.resolve("montagna-phonecalls.disruption-published.csv"));
        for (int column = 1; column <= 2; column++) {
            RemovalRule rule = column == 1 ? new RemovalRule.ByBetweenness(true) : new RemovalRule.ByDegree(true);
            DisruptionCurve curve = new Disruption(rule, Disruption.Baseline.LARGEST_COMPONENT, 94, false).run(g);
            assertThat(curve.baseline()).isEqualTo(89);
            for (int step = 0; step <= 94; step++) {
                double expected = Double.parseDouble(published.get(step + 1).split(",")[column]);
                assertThat(curve.steps().get(step).lccFraction()).as("%s step %d", rule, step).isCloseTo(expected,
                        org.assertj.core.data.Offset.offset(1e-12));
            }
        }
    }

    @Test
    void aStarLosesEverythingWithItsHubAndEfficiencyFallsToZero() {
        GraphBuilder b = new GraphBuilder(false, false);
        for (String leaf : List.of("a", "b", "c", "d")) {
            b.edge("hub", leaf, 1);
        }
        DisruptionCurve curve = new Disruption(new RemovalRule.ByDegree(false), Disruption.Baseline.NODES, 0, true).run(b.build());
        assertThat(curve.steps()).hasSize(2);
        DisruptionCurve.Step intact = curve.steps().get(0);
        // Star on 5 nodes: 8 ordered pairs at distance 1, 12 at distance 2, over 20 pairs.
        assertThat(intact.efficiency()).isCloseTo((8 + 12 * 0.5) / 20.0, org.assertj.core.data.Offset.offset(1e-12));
        DisruptionCurve.Step after = curve.steps().get(1);
        assertThat(after.removed()).isEqualTo("hub");
        assertThat(after.lccSize()).isEqualTo(1);
        assertThat(after.lccFraction()).isEqualTo(0.2);
        assertThat(after.components()).isEqualTo(4);
        assertThat(after.efficiency()).isZero();
    }

    @Test
    void randomRemovalIsRepeatableForASeedAndDiffersAcrossSeeds() throws IOException {
        Graph g = new EdgeListReader(false, false, false).read(NETWORKS.resolve("siren.csv"), null);
        var one = new Disruption(new RemovalRule.Random(7), Disruption.Baseline.NODES, 10, true).run(g);
        var again = new Disruption(new RemovalRule.Random(7), Disruption.Baseline.NODES, 10, true).run(g);
        var other = new Disruption(new RemovalRule.Random(8), Disruption.Baseline.NODES, 10, true).run(g);
        assertThat(again).isEqualTo(one);
        assertThat(other.steps().stream().map(DisruptionCurve.Step::removed).toList())
                .isNotEqualTo(one.steps().stream().map(DisruptionCurve.Step::removed).toList());
    }

    @Test
    void aGivenListIsRemovedInOrder() throws IOException {
        Graph g = new EdgeListReader(false, false, false).read(NETWORKS.resolve("siren.csv"), null);
        var curve = new Disruption(new RemovalRule.Listed(List.of("S1", "S15")), Disruption.Baseline.NODES, 2, false).run(g);
        assertThat(curve.steps().stream().map(DisruptionCurve.Step::removed).toList()).containsExactly("", "S1", "S15");
        assertThat(curve.steps().get(2).lccFraction()).isLessThan(curve.steps().get(0).lccFraction());
    }
}
