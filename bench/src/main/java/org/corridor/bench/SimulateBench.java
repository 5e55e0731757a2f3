package org.corridor.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.corridor.simulate.model.MemberNetworks;
import org.corridor.simulate.scenario.Behaviour;
import org.corridor.simulate.run.MonteCarlo;
import org.corridor.simulate.scenario.Scenario;
import org.corridor.simulate.scenario.ScenarioReader;

/**
 * Simulator speed: (1) the Monte Carlo — RUNS seeded runs of every strategy of the bundled Andes
 * scenario (180 monthly steps each) on all cores, after a short warm-up; (2) Bright-style
 * betweenness-targeted dismantling of 30 member networks generated as the simulation generates an
 * organisation's (68 members: 2 leaders, 8 lieutenants with their cells, 6 financiers; two
 * lieutenants tied with chance 0.3, two members of a cell with chance 0.25), whose edge lists are
 * written to OUT for the NetworkX peer to dismantle the same way.
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
        List<MemberNetworks.Network> networks = new ArrayList<>();
        Map<String, Integer> roles = Map.of("leader", 2, "lieutenant", 8, "broker", 12, "trafficker", 40, "financier", 6);
        Behaviour b = Behaviour.DEFAULTS;
        Behaviour tied = new Behaviour(b.riskAversion(), b.congestion(), b.noise(), b.memory(), 0.3, b.rivalEntry(), 0.25,
                b.recruitTies());
        for (int i = 0; i < 30; i++) {
            MemberNetworks.Network n = MemberNetworks.generate(roles, true, tied, 20261123L + i);
            networks.add(n);
            Files.write(out.resolve(String.format(Locale.ROOT, "network-%02d.csv", i)), n.edges());
        }
        for (MemberNetworks.Network n : networks) {
            n.dismantle(MemberNetworks.Rule.BETWEENNESS, 0);
        }
        long t0 = System.nanoTime();
        int removals = 0;
        for (int rep = 0; rep < 10; rep++) {
            for (MemberNetworks.Network n : networks) {
                removals += n.dismantle(MemberNetworks.Rule.BETWEENNESS, 0);
            }
        }
        double dismantle = (System.nanoTime() - t0) / 1e9 / 10;
        System.out.printf(Locale.ROOT, "dismantling: 30 networks by betweenness in %.4f s (mean %.2f removals to halve, 1 thread)%n",
                dismantle, removals / 300.0);
    }
}
