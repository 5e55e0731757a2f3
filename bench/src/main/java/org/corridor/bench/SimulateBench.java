package org.corridor.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.corridor.simulate.network.Disruption;
import org.corridor.simulate.network.RoleNetwork;
import org.corridor.simulate.run.MonteCarlo;
import org.corridor.simulate.scenario.Scenario;
import org.corridor.simulate.scenario.ScenarioReader;

/**
 * Simulator speed: (1) the Monte Carlo — RUNS seeded runs of every strategy of the bundled Andes
 * scenario (180 monthly steps each) on all cores, after a short warm-up; (2) Bright-style
 * betweenness-targeted dismantling of 30 generated role networks, whose edge lists are written to
 * OUT for the NetworkX peer to dismantle the same way.
 * Usage: SimulateBench RUNS OUT_DIR
 */
public final class SimulateBench {
    private SimulateBench() {
    }

    public static void main(String[] args) throws IOException {
        int runs = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        Scenario andes = ScenarioReader.read("andes");
        List<String> strategies = new ArrayList<>(andes.strategies().keySet());
        MonteCarlo.run(andes, new MonteCarlo.Request(strategies, 20, 1, 0.5, 12), n -> {
        });
        long start = System.nanoTime();
        MonteCarlo.run(andes, new MonteCarlo.Request(strategies, runs, 20261123L, 0.5, 12), n -> {
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        long total = (long) runs * strategies.size();
        System.out.printf(Locale.ROOT, "monte carlo: andes, %d strategies x %d runs x %d months = %d runs in %.2f s "
                + "(%.0f runs/s, %.0f monthly steps/s, %d threads)%n", strategies.size(), runs, andes.horizon(), total, seconds,
                total / seconds, total * andes.horizon() / seconds, Runtime.getRuntime().availableProcessors());

        Files.createDirectories(out);
        List<RoleNetwork> networks = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            RoleNetwork n = RoleNetwork.standard(new SplittableRandom(20261123L + i));
            networks.add(n);
            Files.write(out.resolve(String.format(Locale.ROOT, "network-%02d.csv", i)), n.edges());
        }
        for (RoleNetwork n : networks) {
            Disruption.dismantle(n, Disruption.Rule.BETWEENNESS, new SplittableRandom(0));
        }
        long t0 = System.nanoTime();
        int removals = 0;
        for (int rep = 0; rep < 10; rep++) {
            for (RoleNetwork n : networks) {
                removals += Disruption.dismantle(n, Disruption.Rule.BETWEENNESS, new SplittableRandom(0));
            }
        }
        double dismantle = (System.nanoTime() - t0) / 1e9 / 10;
        System.out.printf(Locale.ROOT, "dismantling: 30 networks by betweenness in %.4f s (mean %.2f removals to halve, 1 thread)%n",
                dismantle, removals / 300.0);
    }
}
