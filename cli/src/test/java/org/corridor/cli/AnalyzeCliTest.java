package org.corridor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.corridor.app.EntityJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCliTest {
    private static final Path SIREN = Path.of("../analyze/src/test/resources/networks/siren.csv").toAbsolutePath();
    private static final Path PAYMENTS = Path.of("src/test/resources/flows/payments.ftm.jsonl").toAbsolutePath();
    private static final Path OWNERSHIP = Path.of("src/test/resources/exposure/ownership-chain.ftm.jsonl").toAbsolutePath();

    @TempDir
    Path dir;

    String ws() {
        return dir.resolve("ws").toString();
    }

    @Test
    void metricsCsvHasANodeColumnAndOneColumnPerRequestedAlgorithm() {
        Run run = Run.of("analyze", "metrics", "--edges", SIREN.toString(), "--algorithms", "degree,betweenness,closeness,pagerank,kcore",
                "--format", "csv");
        assertThat(run.exit()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("node,degree,betweenness,closeness,pagerank,kcore");
        assertThat(lines).hasSize(45);
        assertThat(lines.get(1)).startsWith("S1,33,");
    }

    @Test
    void disruptionCsvHasTheDocumentedColumns() {
        Run run = Run.of("analyze", "disruption", "--edges", SIREN.toString(), "--rule", "degree", "--steps", "3", "--format", "csv");
        assertThat(run.exit()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("step,removed,lcc_fraction,efficiency,components");
        assertThat(lines).hasSize(5);
        assertThat(lines.get(1)).startsWith("0,,1,");
        assertThat(lines.get(2)).startsWith("1,S1,");
    }

    @Test
    void exposureFollowsTheFiftyPercentRuleOnTheWorkspaceWithEvidence() throws Exception {
        assertThat(Run.of("--workspace", ws(), "ingest", "--quiet", OWNERSHIP.toString()).exit()).isZero();
        Run run = Run.of("--workspace", ws(), "analyze", "exposure", "--format", "json");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode results = EntityJson.JSON.readTree(run.out());
        java.util.Map<String, JsonNode> byId = new java.util.HashMap<>();
        results.forEach(r -> byId.put(r.get("entity").asText(), r));
        assertThat(byId.get("s").get("status").asText()).isEqualTo("listed");
        assertThat(byId.get("a").get("blocked").asBoolean()).isTrue();
        assertThat(byId.get("c").get("aggregate_percent").asDouble()).isEqualTo(55.0);
        assertThat(byId.get("c").get("blocked").asBoolean()).isTrue();
        assertThat(byId.get("d").get("blocked").asBoolean()).isTrue();
        assertThat(byId.get("e").get("blocked").asBoolean()).isFalse();
        assertThat(byId.get("e").get("aggregate_percent").asDouble()).isEqualTo(40.0);
        assertThat(byId.get("d").get("chain").toString()).contains("own-cd").contains("own-ac").contains("own-sc").contains("own-sa")
                .contains("TEST-PROGRAM");

        Run before = Run.of("--workspace", ws(), "analyze", "exposure", "--at", "2021-01-01", "--format", "json");
        JsonNode earlier = EntityJson.JSON.readTree(before.out());
        java.util.Map<String, Boolean> blocked = new java.util.HashMap<>();
        earlier.forEach(r -> blocked.put(r.get("entity").asText(), r.get("blocked").asBoolean()));
        assertThat(blocked).containsEntry("a", true).containsEntry("c", false).doesNotContainKey("d");
    }

    @Test
    void gexfExportOfTheWorkspaceCarriesNamesAndSchemata() throws Exception {
        Run.of("--workspace", ws(), "ingest", "--quiet", OWNERSHIP.toString());
        Path out = dir.resolve("net.gexf");
        Run run = Run.of("--workspace", ws(), "export", "--format", "gexf", "-o", out.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        String xml = Files.readString(out);
        assertThat(xml).contains("<node id=\"a\" label=\"Alfa Logistica S.A. de C.V.\">").contains("value=\"Company\"")
                .contains("<edge id=\"0\"").contains("<attvalue for=\"kind\" value=\"Ownership\"/>");
        assertThat(xml.split("<edge ", -1)).hasSize(7);
    }

    @Test
    void badInputsGiveOneSentenceAndTheRightExitCode() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.csv"), "source,target,weight\na,b,1\nb,c,-1\n");
        Run negative = Run.of("analyze", "metrics", "--edges", bad.toString(), "--weighted");
        assertThat(negative.exit()).isEqualTo(1);
        assertThat(negative.err().strip()).startsWith("corridor: " + bad + " line 3: weight -1 is negative");
        Run unknown = Run.of("analyze", "metrics", "--edges", SIREN.toString(), "--algorithms", "degree,fame");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown algorithm 'fame'");
        Run noNode = Run.of("analyze", "paths", "--edges", SIREN.toString(), "--source", "S1", "--target", "nobody");
        assertThat(noNode.exit()).isEqualTo(2);
        assertThat(noNode.err()).contains("node 'nobody' is not in the network");
        Run option = Run.of("analyze", "metrics", "--edges", SIREN.toString(), "--colour");
        assertThat(option.exit()).isEqualTo(2);
    }

    @Test
    void communitiesAreRepeatableForASeed() {
        Run one = Run.of("analyze", "communities", "--edges", SIREN.toString(), "--format", "csv", "--seed", "5");
        Run two = Run.of("analyze", "communities", "--edges", SIREN.toString(), "--format", "csv", "--seed", "5");
        assertThat(one.exit()).isZero();
        assertThat(one.out()).isEqualTo(two.out());
        assertThat(one.out().lines().findFirst()).contains("node,community");
    }

    @Test
    void keyPlayersPathsFlowAndBrokerageAnswerFromEdgeFiles() throws Exception {
        Run players = Run.of("analyze", "keyplayers", "--edges", SIREN.toString(), "--size", "1", "--format", "csv");
        assertThat(players.exit()).as(players.err()).isZero();
        assertThat(players.out().lines().toList().get(1)).startsWith("1,S1,,fragmentation,");

        Path money = Files.writeString(dir.resolve("payments.csv"),
                "source,target,weight\npayer,shell,10\nshell,cartel,10\npayer,front,100\nfront,cartel,40\npayer,cartel,25\n");
        Run widest = Run.of("analyze", "paths", "--edges", money.toString(), "--directed", "--weighted", "--source", "payer",
                "--target", "cartel", "--kind", "widest", "--format", "json");
        assertThat(widest.exit()).as(widest.err()).isZero();
        JsonNode path = EntityJson.JSON.readTree(widest.out());
        assertThat(path.get("value").asDouble()).isEqualTo(40.0);
        assertThat(path.get("nodes").toString()).contains("front");
        Run flow = Run.of("analyze", "flow", "--edges", money.toString(), "--directed", "--weighted", "--source", "payer",
                "--target", "cartel");
        assertThat(flow.exit()).as(flow.err()).isZero();
        assertThat(flow.out()).contains("maximum flow from payer to cartel: 75");
        Run none = Run.of("analyze", "paths", "--edges", money.toString(), "--directed", "--source", "cartel", "--target", "payer");
        assertThat(none.exit()).isEqualTo(1);
        assertThat(none.err()).contains("no path from cartel to payer");

        Path nodes = Files.writeString(dir.resolve("nodes.csv"), "id,group\npayer,A\nshell,B\nfront,B\ncartel,C\n");
        Run roles = Run.of("analyze", "brokerage", "--edges", money.toString(), "--nodes", nodes.toString(), "--directed", "--format", "csv");
        assertThat(roles.exit()).as(roles.err()).isZero();
        // payer(A) -> shell(B) -> cartel(C) is closed by payer -> cartel, so nobody brokers.
        assertThat(roles.out().lines().skip(1).map(l -> l.substring(l.lastIndexOf(',') + 1))).containsOnly("0");
        Run undirected = Run.of("analyze", "brokerage", "--edges", money.toString(), "--nodes", nodes.toString());
        assertThat(undirected.exit()).isEqualTo(2);
        assertThat(undirected.err()).contains("need a directed network");
    }

    @Test
    void flowOverWorkspacePaymentsCitesThePaymentsWithDatesAndAmounts() throws Exception {
        assertThat(Run.of("--workspace", ws(), "ingest", "--quiet", PAYMENTS.toString()).exit()).isZero();
        Run run = Run.of("--workspace", ws(), "analyze", "flow", "--source", "p1", "--target", "p4", "--format", "json");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode flow = EntityJson.JSON.readTree(run.out());
        assertThat(flow.get("value").asDouble()).isEqualTo(150_000.0);
        JsonNode firstLeg = null;
        for (JsonNode e : flow.get("edges")) {
            if (e.get("from").asText().equals("p1") && e.get("to").asText().equals("p2")) {
                firstLeg = e;
            }
        }
        assertThat(firstLeg).isNotNull();
        assertThat(firstLeg.get("capacity").asDouble()).isEqualTo(150_000.0);
        assertThat(firstLeg.get("evidence").toString()).contains("\"id\":\"pay-1\"").contains("2023-02-01")
                .contains("\"id\":\"pay-5\"").contains("30000");
        Run companies = Run.of("--workspace", ws(), "analyze", "metrics", "--node-schemata", "Company", "--format", "csv");
        assertThat(companies.out().lines()).hasSize(5);
        Run people = Run.of("--workspace", ws(), "analyze", "metrics", "--node-schemata", "Person");
        assertThat(people.exit()).isEqualTo(2);
        assertThat(people.err()).contains("no party in the workspace is a Person");
        Run table = Run.of("--workspace", ws(), "analyze", "flow", "--source", "p1", "--target", "p4");
        assertThat(table.out()).contains("maximum flow from p1 to p4: 150000").contains("pay-3 2023-03-10 50000 USD");
        Run path = Run.of("--workspace", ws(), "analyze", "paths", "--source", "p1", "--target", "p4", "--directed", "--format", "csv");
        assertThat(path.exit()).as(path.err()).isZero();
        assertThat(path.out()).contains("pay-2 2023-02-03 100000 USD").contains("pay-1 2023-02-01 120000 USD; pay-5 2023-04-01 30000 USD");
    }
}
