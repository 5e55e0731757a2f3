package org.corridor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.corridor.app.EntityJson;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCliTest {
    @TempDir
    Path dir;

    @Test
    void jsonHasTheDocumentedShapeAndTheSameSeedRepeatsItByteForByte() throws Exception {
        Run a = Run.of("simulate", "test", "--strategy", "baseline,interdiction_surge", "--runs", "10", "--seed", "5", "--format", "json");
        assertThat(a.exit()).as(a.err()).isZero();
        JsonNode root = EntityJson.JSON.readTree(a.out());
        assertThat(root.get("seed").asLong()).isEqualTo(5);
        assertThat(root.get("runs").asInt()).isEqualTo(10);
        JsonNode surge = root.get("strategies").get(1);
        assertThat(surge.get("name").asText()).isEqualTo("interdiction_surge");
        for (String o : new String[] {"delivered", "seizures", "active_nodes", "regions", "displacement", "organisations", "violence", "cost"}) {
            JsonNode i = surge.get("outcomes").get(o);
            assertThat(i.get("low").asDouble()).as(o).isLessThanOrEqualTo(i.get("mean").asDouble());
            assertThat(i.get("high").asDouble()).as(o).isGreaterThanOrEqualTo(i.get("mean").asDouble());
        }
        assertThat(surge.get("victory").get("cut").asDouble()).isEqualTo(0.5);
        assertThat(surge.get("victory").get("months").asInt()).isEqualTo(12);
        assertThat(surge.get("victory").get("probability").asDouble()).isBetween(0.0, 1.0);
        Run b = Run.of("simulate", "test", "--strategy", "baseline,interdiction_surge", "--runs", "10", "--seed", "5", "--format", "json");
        assertThat(b.out()).isEqualTo(a.out());
        Run c = Run.of("simulate", "test", "--strategy", "baseline,interdiction_surge", "--runs", "10", "--seed", "6", "--format", "json");
        assertThat(c.out()).isNotEqualTo(a.out());
    }

    @Test
    void csvAndASelfContainedHtmlReport() throws Exception {
        Run csv = Run.of("simulate", "test", "--strategy", "baseline,leader_removal", "--runs", "5", "--seed", "1", "--format", "csv");
        assertThat(csv.exit()).as(csv.err()).isZero();
        assertThat(csv.out()).startsWith("strategy,outcome,mean,low,high").contains("leader_removal,factions,").contains("leader_removal,factions_minus_baseline,")
                .contains("baseline,victory_probability,");
        Path html = dir.resolve("report.html");
        Run page = Run.of("simulate", "road-grid", "--runs", "5", "--seed", "1", "--format", "html", "--output", html.toString());
        assertThat(page.exit()).as(page.err()).isZero();
        var doc = Jsoup.parse(Files.readString(html, StandardCharsets.UTF_8));
        assertThat(doc.select("table tr")).hasSizeGreaterThan(10);
        assertThat(doc.select("svg polyline")).hasSize(3 * 8);
        assertThat(doc.select("script, link, img")).isEmpty();
        assertThat(doc.text()).contains("crackdown", "master seed 1");
    }

    @Test
    void theSensitivityTornadoNamesTheDriversOfEachOutcome() throws Exception {
        Run json = Run.of("simulate", "test", "--strategy", "baseline,leader_removal", "--runs", "30", "--seed", "2", "--sensitivity",
                "--format", "json");
        assertThat(json.exit()).as(json.err()).isZero();
        var root = org.corridor.app.EntityJson.JSON.readTree(json.out());
        assertThat(root.get("runs").asInt()).isEqualTo(30);
        assertThat(root.get("drivers").toString()).contains("\"parameter\":\"economics.buffer_months\"").contains("\"of\":\"difference\"");
        Run html = Run.of("simulate", "test", "--sensitivity", "--format", "html", "--output", dir.resolve("t.html").toString());
        assertThat(html.exit()).isEqualTo(2);
        assertThat(html.err()).contains("--sensitivity writes table, json or csv");
        // a usage error comes alone, before any seed is chosen and printed
        Run sweep = Run.of("simulate", "test", "--sweep", "1");
        assertThat(sweep.exit()).isEqualTo(2);
        assertThat(sweep.err()).contains("--sweep must be between 2 and 100000").doesNotContain("seed");
        // a sweep with named strategies adds their robustness rows; the member networks' rows need no strategy
        Run named = Run.of("simulate", "test", "--sweep", "4", "--runs", "3", "--seed", "5", "--strategy", "demand_reduction", "--format",
                "csv");
        assertThat(named.exit()).as(named.err()).isZero();
        assertThat(named.out()).contains("demand_reduction lowers delivered volume,robustness check", "demand_reduction raises violence",
                "Duijn et al. 2014", "Bright et al. 2017");
        Run unknown = Run.of("simulate", "test", "--sweep", "4", "--runs", "3", "--strategy", "nuke");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("there is no strategy 'nuke' in scenario test").doesNotContain("seed");
    }

    @Test
    void badScenariosAndOptionsAreOneSentenceAndANonZeroExit() throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "name: x\nplaces: [{id: a, kind: volcano}]\n");
        Run r = Run.of("simulate", bad.toString(), "--runs", "2");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains(bad + ": places[0].kind: 'volcano' is not one of production, staging, port, transit, border, market");
        Run strategy = Run.of("simulate", "test", "--strategy", "nuke", "--runs", "2");
        assertThat(strategy.exit()).isEqualTo(2);
        assertThat(strategy.err()).contains("there is no strategy 'nuke' in scenario test");
        Run runs = Run.of("simulate", "test", "--runs", "0");
        assertThat(runs.exit()).isEqualTo(2);
        assertThat(runs.err()).contains("--runs must be between 1 and 1000000, got 0");
        Run html = Run.of("simulate", "test", "--format", "html");
        assertThat(html.exit()).isEqualTo(2);
        assertThat(html.err()).contains("--output report.html");
    }

    @Test
    void fromWorkspaceSeedsMembersRolesAndTiesAndSaysWhatWasDefaulted() throws Exception {
        Path ws = dir.resolve("ws");
        Path examples = Path.of("../app/src/main/resources/org/corridor/app/examples");
        Run ingest = Run.of("--workspace", ws.toString(), "ingest", "--quiet", examples.resolve("ofac-sdn-2024-drug-programs").toString(),
                examples.resolve("network/leadership.ftm.jsonl").toString());
        assertThat(ingest.exit()).as(ingest.err()).isZero();
        Path scenario = dir.resolve("seeded.yaml");
        Files.writeString(scenario, """
                name: seeded
                horizon: 36
                start: 12
                places:
                  - {id: farm, kind: production, country: co}
                  - {id: hub, kind: staging, country: mx}
                  - {id: city, kind: market, country: us}
                legs:
                  - {from: farm, to: hub, cost_per_kg: 500, capacity_kg: 5000}
                  - {from: hub, to: city, cost_per_kg: 900, capacity_kg: 5000}
                organisations:
                  - {id: sinaloa, entity: "Sinaloa Cartel", territory: [farm, hub], capital: 1.0e8, home: hub}
                  - {id: other, territory: [farm, hub], capital: 5.0e7, home: hub}
                markets:
                  - {place: city, price_per_kg: 25000, demand_kg: 3000}
                production:
                  - {place: farm, kg_per_month: 3000, cost_per_kg: 1500}
                """);
        Run run = Run.of("--workspace", ws.toString(), "simulate", scenario.toString(), "--from-workspace", "--runs", "5", "--seed", "3",
                "--strategy", "baseline,leader_removal", "--format", "json");
        assertThat(run.exit()).as(run.err()).isZero();
        // the example pack's Membership records give Zambada and Guzman Loera as leaders and Guzman Lopez as a faction leader
        assertThat(run.err()).contains("from workspace: sinaloa: 3 members from the workspace around", "(ofac-11440); roles: 3 from evidence")
                .contains("from workspace: other: names no workspace entity; members generated from role counts (all defaulted)");
        assertThat(EntityJson.JSON.readTree(run.out()).get("strategies")).hasSize(2);
        Path wrong = dir.resolve("wrong.yaml");
        Files.writeString(wrong, Files.readString(scenario).replace("Sinaloa Cartel", "ofac-does-not-exist"));
        Run missing = Run.of("--workspace", ws.toString(), "simulate", wrong.toString(), "--from-workspace", "--runs", "2", "--seed", "1");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("names entity 'ofac-does-not-exist', which this workspace does not have");
    }
}
