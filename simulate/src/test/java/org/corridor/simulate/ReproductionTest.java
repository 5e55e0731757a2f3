package org.corridor.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.corridor.simulate.model.World;
import org.corridor.simulate.model.MemberNetworks;
import org.corridor.simulate.run.Interval;
import org.corridor.simulate.run.MonteCarlo;
import org.corridor.simulate.run.StrategyResult;
import org.corridor.simulate.scenario.Backstop;
import org.corridor.simulate.scenario.Behaviour;
import org.corridor.simulate.scenario.Enforcement;
import org.corridor.simulate.scenario.Intervention;
import org.corridor.simulate.scenario.Scenario;
import org.corridor.simulate.scenario.ScenarioReader;
import org.corridor.simulate.scenario.Strategy;
import org.junit.jupiter.api.Test;

/**
 * The published findings the simulator must reproduce (docs/simulation.md cites each). Every
 * comparison uses 30 seeded runs per arm, run i of each arm on the same seed, and passes only
 * when the 95% interval of the paired difference lies on the stated side.
 */
class ReproductionTest {
    private static final int RUNS = 30;
    private static final long SEED = 20261123L;

    private static List<StrategyResult> compare(Scenario s, String... strategies) {
        return MonteCarlo.run(s, new MonteCarlo.Request(List.of(strategies), RUNS, SEED, 0.5, 12), n -> {
        });
    }

    private static StrategyResult arm(Scenario s, Strategy strategy) {
        return Arms.arm(s, strategy, RUNS, SEED);
    }

    private static void print(String what, Interval i) {
        System.out.printf(Locale.ROOT, "%s: %.4g (%.4g to %.4g)%n", what, i.mean(), i.low(), i.high());
    }

    /** Per run: (a_i / b_i - 1) of one outcome. */
    private static double[] relative(StrategyResult a, StrategyResult b, String outcome) {
        double[] x = a.values(outcome);
        double[] y = b.values(outcome);
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = x[i] / y[i] - 1;
        }
        return out;
    }

    @Test
    void anInterdictionSurgeSpreadsRoutesWhileDeliveriesFallLessThanSeizuresRise() {
        Scenario s = ScenarioReader.read("test");
        List<StrategyResult> r = compare(s, "baseline", "interdiction_surge");
        StrategyResult base = r.get(0);
        StrategyResult surge = r.get(1);
        Interval nodes = surge.difference(base, "active_nodes");
        Interval regions = surge.difference(base, "regions");
        double[] seizuresRise = relative(surge, base, "seizures");
        double[] deliveredFall = relative(surge, base, "delivered");
        double[] gap = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            gap[i] = seizuresRise[i] + deliveredFall[i];
        }
        Interval seizuresBeatFall = Interval.of(gap);
        print("surge: active nodes difference", nodes);
        print("surge: regions difference", regions);
        print("surge: seizure rise minus delivery fall", seizuresBeatFall);
        assertThat(nodes.low()).isGreaterThan(0);
        assertThat(regions.low()).isGreaterThan(0);
        assertThat(Interval.of(deliveredFall).high()).isLessThan(0);
        assertThat(seizuresBeatFall.low()).isGreaterThan(0);
    }

    @Test
    void optimisedInterdictionSeizesMoreForLessEachWithoutShrinkingTheFootprint() {
        Scenario s = ScenarioReader.read("test");
        List<StrategyResult> r = compare(s, "baseline", "optimised_interdiction");
        Interval seizures = r.get(1).difference(r.get(0), "seizure_count");
        Interval value = r.get(1).difference(r.get(0), "value_per_seizure");
        Interval nodes = r.get(1).difference(r.get(0), "active_nodes");
        print("optimised: seizures difference", seizures);
        print("optimised: value per seizure difference", value);
        print("optimised: active nodes difference", nodes);
        assertThat(seizures.low()).isGreaterThan(0);
        assertThat(value.high()).isLessThan(0);
        // the finding is that the footprint does not shrink: the interval must not lie below zero
        assertThat(nodes.high()).isGreaterThan(0);
    }

    @Test
    void aCrackdownDivertsFlowToOtherRoutesWhereSeizuresRiseAndCongestionSpreadsIt() {
        Scenario grid = ScenarioReader.read("road-grid");
        Strategy crackdown = grid.strategies().get("crackdown");
        Strategy baseline = grid.strategies().get("baseline");
        long[] seeds = MonteCarlo.seeds(SEED, RUNS);
        double[] throughTarget = new double[RUNS];
        double[] seizedElsewhere = new double[RUNS];
        double[] morePaths = new double[RUNS];
        Scenario uncongested = grid.withBehaviour(new Behaviour(1, 0, grid.behaviour().noise(), grid.behaviour().memory()));
        for (int i = 0; i < RUNS; i++) {
            World a = new World(grid, baseline, seeds[i]);
            World b = new World(grid, crackdown, seeds[i]);
            World c = new World(uncongested, baseline, seeds[i]);
            a.run();
            b.run();
            c.run();
            int m22 = a.place("m22");
            int m32 = a.place("m32");
            for (int t = grid.start(); t < grid.horizon(); t++) {
                throughTarget[i] += b.flow(t)[m22] + b.flow(t)[m32] - a.flow(t)[m22] - a.flow(t)[m32];
                for (int e = 0; e < grid.legs().size(); e++) {
                    if (!a.touches(e, m22) && !a.touches(e, m32)) {
                        seizedElsewhere[i] += b.seizedOnLegs(t)[e] - a.seizedOnLegs(t)[e];
                    }
                }
                morePaths[i] += a.months().get(t).paths() - c.months().get(t).paths();
            }
        }
        print("crackdown: flow through the targets", Interval.of(throughTarget));
        print("crackdown: kg seized on other legs", Interval.of(seizedElsewhere));
        print("congested minus uncongested: paths", Interval.of(morePaths));
        assertThat(Interval.of(throughTarget).high()).isLessThan(0);
        assertThat(Interval.of(seizedElsewhere).low()).isGreaterThan(0);
        assertThat(Interval.of(morePaths).low()).isGreaterThan(0);
    }

    /**
     * Duijn et al. (2014) on the member networks of the simulation's own organisations (Andes).
     * With every contact accepting the recruit ({@code recruit_ties} 1) the recruit is the removed
     * member again and efficiency comes back exactly: an identity, checked as one, not a finding.
     * With the default 0.7, replacement leaves the network more efficient than removal alone, but
     * not more efficient than before: recruits only inherit ties, so Duijn's strengthening (which
     * in their model comes from recruits also meeting peers of their role) is not reproduced.
     */
    @Test
    void sameRoleReplacementOnTheSimulationsOwnNetworksRecoversPartOfWhatRemovalCosts() {
        Scenario andes = ScenarioReader.read("andes");
        Behaviour b = andes.behaviour();
        Scenario everyTie = andes.withBehaviour(new Behaviour(b.riskAversion(), b.congestion(), b.noise(), b.memory(),
                b.lieutenantTies(), b.rivalEntry(), b.cellTies(), 1.0));
        double[] overRemoval = new double[RUNS];
        double[] overStart = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            for (MemberNetworks.Checks c : MemberNetworks.check(everyTie, SEED + i)) {
                assertThat(c.efficiencyReplaced()).as(c.organisation()).isCloseTo(c.efficiencyStart(), org.assertj.core.data.Offset.offset(1e-9));
                assertThat(c.efficiencyRemoved()).as(c.organisation()).isLessThan(c.efficiencyStart());
            }
            List<MemberNetworks.Checks> checks = MemberNetworks.check(andes, SEED + i);
            assertThat(checks).hasSize(4);
            overRemoval[i] = checks.stream().mapToDouble(c -> c.efficiencyReplaced() - c.efficiencyRemoved()).average().orElseThrow();
            overStart[i] = checks.stream().mapToDouble(c -> c.efficiencyReplaced() - c.efficiencyStart()).average().orElseThrow();
        }
        print("replacement minus removal alone: efficiency", Interval.of(overRemoval));
        print("replacement minus start: efficiency", Interval.of(overStart));
        assertThat(Interval.of(overRemoval).low()).isGreaterThan(0);
        assertThat(Interval.of(overStart).high()).isLessThan(0);
    }

    /** Bright et al. (2017) on the simulation's own member networks (Andes' four organisations). */
    @Test
    void betweennessTargetingDismantlesTheSimulationsOwnNetworksFasterThanRandomRemoval() {
        Scenario andes = ScenarioReader.read("andes");
        double[] vsDegree = new double[RUNS];
        double[] vsRandom = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            List<MemberNetworks.Checks> checks = MemberNetworks.check(andes, SEED + i);
            vsDegree[i] = checks.stream().mapToDouble(c -> c.byBetweenness() - c.byDegree()).average().orElseThrow();
            vsRandom[i] = checks.stream().mapToDouble(c -> c.byBetweenness() - c.byRandom()).average().orElseThrow();
        }
        print("removals to halve: betweenness minus degree", Interval.of(vsDegree));
        print("removals to halve: betweenness minus random", Interval.of(vsRandom));
        assertThat(Interval.of(vsRandom).high()).isLessThan(0);
        assertThat(Interval.of(vsDegree).high()).isLessThanOrEqualTo(0);
    }

    @Test
    void leaderRemovalRaisesViolenceOnlyWhenTheMemberNetworkSplinters() {
        Scenario s = ScenarioReader.read("test");
        // no exogenous rise after a removal: whatever happens comes from the member network and the contest
        assertThat(s.violence().shock()).isZero();
        assertThat(s.violence().spillover()).isZero();
        List<StrategyResult> r = compare(s, "baseline", "leader_removal");
        Interval rise = Interval.of(relative(r.get(1), r.get(0), "violence_home"));
        Interval organisations = r.get(1).difference(r.get(0), "organisations");
        print("leader removal: violence at home, relative rise", rise);
        print("leader removal: organisations difference", organisations);
        // Calderón et al. 2015: the direction, not a band; its size follows the contest parameter and the number of factions
        assertThat(rise.low()).isGreaterThan(0);
        assertThat(organisations.low()).isGreaterThan(0);

        // lieutenants who all work with each other: a lieutenant is promoted, nothing splits and violence does not move
        Behaviour b = s.behaviour();
        Scenario cohesive = s.withBehaviour(new Behaviour(b.riskAversion(), b.congestion(), b.noise(), b.memory(), 1.0));
        List<StrategyResult> c = compare(cohesive, "baseline", "leader_removal");
        assertThat(c.get(1).values("factions")).containsOnly(0.0);
        assertThat(Interval.of(relative(c.get(1), c.get(0), "violence_home")).mean()).isCloseTo(0, org.assertj.core.api.Assertions.within(1e-9));

        // the decentralised organisation, its lieutenants in a ring, promotes a lieutenant instead of splitting
        Strategy gulf = new Strategy("gulf_leader", List.of(new Intervention(s.start(), Intervention.Type.LEADER_REMOVAL, "gulf_org", null,
                null, 0, 0, null, 0)));
        assertThat(arm(s, gulf).values("factions")).containsOnly(0.0);
    }

    @Test
    void aCrackdownRaisesViolenceWhereItStrikesOnlyWhenRivalsComeToContestIt() throws Exception {
        // Dell 2015: crackdowns raise violence where rival organisations contest a weakened incumbent. The
        // mechanism on `test`: a crackdown on the Guatemalan coast, held by one organisation and next to the
        // other's Honduran coast, with rivals moving in often (rival_entry 0.5, the top of its range) and
        // never (0). On the calibrated Andes the rise at Chiapas is small beside the place's noise; the
        // sweep reports in what share of parameter sets it appears.
        String text = new String(ReproductionTest.class.getResourceAsStream("/org/corridor/simulate/scenarios/test.yaml").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        java.nio.file.Path file = java.nio.file.Files.createTempFile("crackdown", ".yaml");
        java.nio.file.Files.writeString(file, text + "\nstrategies:\n  crackdown_guatemala:\n"
                + "    - {month: 24, type: crackdown, place: coast_guatemala, factor: 2, detection: 0.1}\n");
        Scenario base = ScenarioReader.read(file.toString());
        java.nio.file.Files.delete(file);
        Behaviour d = base.behaviour();
        Scenario rivals = base.withBehaviour(new Behaviour(d.riskAversion(), d.congestion(), d.noise(), d.memory(), d.lieutenantTies(), 0.5));
        List<StrategyResult> r = MonteCarlo.run(rivals, new MonteCarlo.Request(List.of("baseline", "crackdown_guatemala"), 200, SEED, 0.5, 12),
                n -> {
                });
        Interval contested = r.get(1).difference(r.get(0), "violence_targets");
        print("crackdown on the Guatemalan coast, rival_entry 0.5: violence there, difference", contested);
        assertThat(contested.low()).isGreaterThan(0);
        Scenario noRivals = base.withBehaviour(new Behaviour(d.riskAversion(), d.congestion(), d.noise(), d.memory(), d.lieutenantTies(), 0));
        List<StrategyResult> q = MonteCarlo.run(noRivals, new MonteCarlo.Request(List.of("baseline", "crackdown_guatemala"), 200, SEED, 0.5,
                12), n -> {
                });
        Interval alone = q.get(1).difference(q.get(0), "violence_targets");
        print("crackdown on the Guatemalan coast, no rival entry: violence there, difference", alone);
        assertThat(alone.mean()).isLessThan(contested.mean());
        assertThat(alone.low()).isLessThanOrEqualTo(0);
        Scenario andes = ScenarioReader.read("andes");
        List<StrategyResult> atChiapas = MonteCarlo.run(andes, new MonteCarlo.Request(List.of("baseline", "crackdown_chiapas"), 200, SEED, 0.5,
                12), n -> {
                });
        print("crackdown on Chiapas (Andes, default rival_entry 0.2): violence there, difference",
                atChiapas.get(1).difference(atChiapas.get(0), "violence_targets"));
    }

    @Test
    void aBackstopModePutsAFloorUnderDeliveredVolume() {
        // interdiction strong enough to close the ordinary routes: every leg watched, each watch a 60% chance
        Scenario test = ScenarioReader.read("test");
        Scenario s = test.withEnforcement(new Enforcement(test.legs().size(), 0.6, Enforcement.Policy.FIXED, 1e6));
        Backstop backstop = new Backstop(9000, 3000, 0.02);
        double floor = backstop.capacityKg() * (1 - backstop.detection()) * 0.9;
        Strategy heavy = s.strategies().get("baseline");
        StrategyResult without = arm(s.withBackstop(null), heavy);
        StrategyResult with = arm(s.withBackstop(backstop), heavy);
        Interval gain = with.difference(without, "delivered");
        print("heavy interdiction: delivered without backstop", Interval.of(without.values("delivered")));
        print("heavy interdiction: delivered with backstop", Interval.of(with.values("delivered")));
        assertThat(gain.low()).isGreaterThan(0);
        assertThat(Interval.of(with.values("delivered")).low()).isGreaterThanOrEqualTo(floor);
        assertThat(Interval.of(without.values("delivered")).high()).isLessThan(floor);
    }
}
