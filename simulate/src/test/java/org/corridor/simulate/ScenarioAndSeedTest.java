package org.corridor.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.corridor.model.InputException;
import org.corridor.simulate.run.ComparisonJson;
import org.corridor.simulate.run.MonteCarlo;
import org.corridor.simulate.scenario.Scenario;
import org.corridor.simulate.scenario.ScenarioReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioAndSeedTest {
    @TempDir
    Path dir;

    private static String json(Scenario s, long seed) {
        return ComparisonJson.text(MonteCarlo.compare(s, new MonteCarlo.Request(List.of("baseline", "leader_removal", "combined"), 12, seed,
                0.5, 12), n -> {
                }));
    }

    @Test
    void theSameSeedGivesByteIdenticalJsonAndAnotherSeedOtherNumbers() {
        Scenario s = ScenarioReader.read("test");
        String a = json(s, 99);
        assertThat(json(s, 99)).isEqualTo(a);
        assertThat(json(s, 100)).isNotEqualTo(a);
        assertThat(a).contains("\"seed\" : 99", "\"runs\" : 12", "\"victory\"", "\"delivered\"", "\"displacement\"");
    }

    /** docs/simulation.md: "the same seed gives byte-identical JSON whatever the thread count". */
    @Test
    void theSameSeedGivesByteIdenticalJsonOnOneTwoAndFourThreads() throws Exception {
        Scenario s = ScenarioReader.read("test");
        String reference = onThreads(1, () -> json(s, 7));
        for (int threads : new int[] {2, 4}) {
            assertThat(onThreads(threads, () -> json(s, 7))).as(threads + " threads").isEqualTo(reference);
        }
    }

    /** Runs the work in a pool of that many threads; parallel streams started inside it use it. */
    private static String onThreads(int threads, java.util.concurrent.Callable<String> work) throws Exception {
        java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(threads);
        try {
            return pool.submit(work).get();
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void everyBundledScenarioReadsAndRuns() {
        for (String name : ScenarioReader.BUNDLED) {
            Scenario s = ScenarioReader.read(name);
            assertThat(s.strategies()).containsKeys("baseline", "leader_removal", "interdiction_surge", "optimised_interdiction",
                    "financial_disruption", "demand_reduction", "combined");
            assertThat(MonteCarlo.run(s, new MonteCarlo.Request(List.of("baseline"), 2, 1, 0.5, 12), n -> {
            }).get(0).outcomes().get("delivered").mean()).as(name).isGreaterThan(0);
        }
    }

    private static final String SMALL = """
            name: small
            horizon: 24
            places:
              - {id: farm, kind: production, country: co}
              - {id: port, kind: port, country: co}
              - {id: city, kind: market, country: us}
            legs:
              - {from: farm, to: port, cost_per_kg: 100, capacity_kg: 1000}
              - {from: port, to: city, cost_per_kg: 900, capacity_kg: 1000}
            organisations:
              - {id: org, territory: [farm, port], capital: 1.0e7}
            markets:
              - {place: city, price_per_kg: 20000, demand_kg: 800}
            production:
              - {place: farm, kg_per_month: 800, cost_per_kg: 1000}
            """;

    private Path file(String text) throws Exception {
        Path f = dir.resolve("scenario.yaml");
        Files.writeString(f, text);
        return f;
    }

    @Test
    void aValidScenarioReads() throws Exception {
        Scenario s = ScenarioReader.read(file(SMALL).toString());
        assertThat(s.places()).hasSize(3);
        assertThat(s.start()).isEqualTo(6);
    }

    @Test
    void badScenariosAreRefusedNamingTheFileTheKeyAndWhatToDo() throws Exception {
        String f = file(SMALL.replace("to: city, cost_per_kg: 900", "to: cty, cost_per_kg: 900")).toString();
        assertThatThrownBy(() -> ScenarioReader.read(f)).isInstanceOf(InputException.class)
                .hasMessage(f + ": legs[1].to: there is no place 'cty'; define it under places or fix the name");
        String g = file(SMALL.replace("capacity_kg: 1000}\n  - {from: port", "capacity_kg: -5}\n  - {from: port")).toString();
        assertThatThrownBy(() -> ScenarioReader.read(g)).hasMessage(g + ": legs[0].capacity_kg: must not be negative, got -5");
        String h = file(SMALL.replace("""
                  - {id: city, kind: market, country: us}
                """, """
                  - {id: city, kind: market, country: us}
                  - {id: dead, kind: transit, country: mx}
                """).replace("legs:\n", "legs:\n  - {from: port, to: dead, cost_per_kg: 100, capacity_kg: 1000}\n")).toString();
        assertThatThrownBy(() -> ScenarioReader.read(h)).hasMessage(h
                + ": legs[0]: leg port>dead cannot reach any market; add a leg onward from 'dead' or remove this one");
        String i = file(SMALL + "strategies:\n  late: [{month: 30, type: interdiction_surge}]\n").toString();
        assertThatThrownBy(() -> ScenarioReader.read(i)).hasMessage(i
                + ": strategies.late[0].month: month 30 is after the horizon (24 months, numbered 0 to 23); move it earlier or raise horizon");
        String j = file(SMALL.replace("horizon: 24", "horizon: 24\nhorizn: 12")).toString();
        assertThatThrownBy(() -> ScenarioReader.read(j)).hasMessageStartingWith(j + ": horizn: unknown key; the keys here are name, horizon");
        String k = file("places: [unclosed\n").toString();
        assertThatThrownBy(() -> ScenarioReader.read(k)).hasMessageStartingWith(k + ": is not valid YAML").hasMessageEndingWith("fix the syntax");
        Path binary = dir.resolve("binary.yaml");
        Files.write(binary, new byte[] {'n', 'a', 'm', 'e', ':', ' ', (byte) 0xff, (byte) 0xfe, 0, '\n'});
        assertThatThrownBy(() -> ScenarioReader.read(binary.toString()))
                .hasMessage(binary + ": is not UTF-8 text; save the scenario as UTF-8 YAML");
        assertThatThrownBy(() -> ScenarioReader.read(dir.resolve("none.yaml").toString()))
                .hasMessageContaining("no such scenario file; give a YAML file or one of test, andes, road-grid");
    }

    @Test
    void givenMembersAndTiesDecideHowAnOrganisationSplits() throws Exception {
        String members = SMALL.replace("  - {id: org, territory: [farm, port], capital: 1.0e7}", """
                  - id: org
                    territory: [farm, port]
                    capital: 1.0e7
                    members: [{id: boss, role: leader}, {id: east, role: lieutenant}, {id: west, role: lieutenant}, {id: runner, role: trafficker}]
                    ties: [[boss, east], [boss, west], [west, runner]]""");
        Scenario s = ScenarioReader.read(file(members).toString());
        var result = MonteCarlo.run(s, new MonteCarlo.Request(List.of("leader_removal"), 3, 1, 0.5, 12), n -> {
        }).get(0);
        assertThat(result.values("factions")).containsOnly(2.0);
        String tied = members.replace("[west, runner]]", "[west, runner], [east, west]]");
        Scenario together = ScenarioReader.read(file(tied).toString());
        assertThat(MonteCarlo.run(together, new MonteCarlo.Request(List.of("leader_removal"), 3, 1, 0.5, 12), n -> {
        }).get(0).values("factions")).containsOnly(0.0);
        String unknown = members.replace("[west, runner]]", "[west, ghost]]");
        String f = file(unknown).toString();
        assertThatThrownBy(() -> ScenarioReader.read(f)).hasMessage(f
                + ": organisations[0].ties[2]: there is no member 'ghost'; list it under members");
    }

    @Test
    void removingABrokerSplitsWhatOnlyItJoinedUnlessARecruitTakesItsPlace() throws Exception {
        String chain = """
                  - id: org
                    territory: [farm, port]
                    capital: 1.0e7
                    structure: %s
                    members: [{id: boss, role: leader}, {id: fixer, role: broker}, {id: east, role: lieutenant}, {id: west, role: lieutenant}]
                    ties: [[boss, fixer], [fixer, east], [fixer, west]]""";
        String strategy = "strategies:\n  broker: [{month: 2, type: broker_removal, organisation: org}]\n";
        for (String structure : List.of("centralised", "decentralised")) {
            Scenario s = ScenarioReader.read(file(SMALL.replace("  - {id: org, territory: [farm, port], capital: 1.0e7}",
                    chain.formatted(structure)) + strategy).toString());
            double factions = MonteCarlo.run(s, new MonteCarlo.Request(List.of("broker"), 2, 1, 0.5, 12), n -> {
            }).get(0).values("factions")[0];
            // the fixer is the only link from the boss to both cells
            assertThat(factions).as(structure).isEqualTo(structure.equals("centralised") ? 2.0 : 0.0);
        }
    }
}
