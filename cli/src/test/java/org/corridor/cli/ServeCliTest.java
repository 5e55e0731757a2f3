package org.corridor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.corridor.app.CorridorConfig;
import org.corridor.app.EntityJson;
import org.corridor.model.label.Authorizations;
import org.corridor.server.CorridorServer;
import org.corridor.testkit.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 24, acceptance 2 (begun): the command and the route call the same app use case and give the
 * same JSON, on a real workspace (a FollowTheMoney file and a news report read by CoreNLP) served over
 * real HTTP on the loopback interface.
 */
class ServeCliTest {
    private static final Path REPORTS = Path.of("..", "corpus", "reports");

    @TempDir
    Path dir;

    @Test
    void searchAndTheEntityPageGiveTheSameJsonFromTheCommandLineAndTheApi() throws Exception {
        String ws = dir.resolve("ws").toString();
        Run ftm = Run.of("--workspace", ws, "ingest", "--quiet", TestData.ownershipCluster().toString());
        assertThat(ftm.exit()).as(ftm.err()).isZero();
        Run report = Run.of("--workspace", ws, "ingest", "--quiet", REPORTS.resolve("en-01.txt").toString());
        assertThat(report.exit()).as(report.err()).isZero();
        HttpClient http = HttpClient.newHttpClient();
        try (CorridorServer server = CorridorServer.start(new CorridorConfig(Path.of(ws), Authorizations.ALL), "127.0.0.1", 0)) {
            String base = "http://127.0.0.1:" + server.port();
            Run search = Run.of("--workspace", ws, "entities", "--limit", "0", "--format", "json");
            assertThat(search.exit()).as(search.err()).isZero();
            JsonNode all = EntityJson.JSON.readTree(search.out());
            assertThat(all.size()).isGreaterThan(50);
            assertThat(EntityJson.JSON.readTree(get(http, base + "/api/v1/entities?limit=0"))).isEqualTo(all);
            int withEvidence = 0;
            for (JsonNode e : all) {
                String id = e.get("id").asText();
                Run show = Run.of("--workspace", ws, "show", id, "--format", "json");
                assertThat(show.exit()).as(show.err()).isZero();
                JsonNode page = EntityJson.JSON.readTree(get(http, base + "/api/v1/entities/" + URLEncoder.encode(id, StandardCharsets.UTF_8)));
                assertThat(page).as(id).isEqualTo(EntityJson.JSON.readTree(show.out()));
                for (JsonNode s : page.get("statements")) {
                    if (s.has("sentence")) {
                        assertThat(s.get("sentence").asText()).contains(s.get("quote").asText());
                        withEvidence++;
                    }
                }
            }
            // the news report's statements carry the sentence they were read from
            assertThat(withEvidence).isGreaterThan(10);
            // screening the first few names as the command line does
            java.util.List<String> names = new java.util.ArrayList<>();
            for (JsonNode e : all) {
                if (names.size() < 3 && java.util.List.of("Person", "Organization", "Company", "LegalEntity").contains(e.get("schema").asText())) {
                    names.add(e.get("caption").asText());
                }
            }
            assertThat(names).hasSize(3);
            java.util.List<String> screenArgs = new java.util.ArrayList<>(java.util.List.of("--workspace", ws, "screen", "--format", "json",
                    "--threshold", "0.7"));
            screenArgs.addAll(names);
            Run screen = Run.of(screenArgs.toArray(String[]::new));
            assertThat(screen.exit()).as(screen.err()).isZero();
            StringBuilder q = new StringBuilder("/api/v1/screen?threshold=0.7");
            names.forEach(n -> q.append("&name=").append(URLEncoder.encode(n, StandardCharsets.UTF_8)));
            JsonNode screened = EntityJson.JSON.readTree(get(http, base + q));
            assertThat(screened).isEqualTo(EntityJson.JSON.readTree(screen.out()));
            assertThat(screened.get(0).get("hits").size()).isPositive();
            // the network's metrics, with the defaults and with a choice of algorithms on a directed, weighted network
            Run metrics = Run.of("--workspace", ws, "analyze", "metrics", "--format", "json");
            assertThat(metrics.exit()).as(metrics.err()).isZero();
            assertThat(EntityJson.JSON.readTree(get(http, base + "/api/v1/metrics"))).isEqualTo(EntityJson.JSON.readTree(metrics.out()));
            Run chosen = Run.of("--workspace", ws, "analyze", "metrics", "--algorithms", "pagerank,indegree,component", "--directed",
                    "--weighted", "--format", "json");
            assertThat(chosen.exit()).as(chosen.err()).isZero();
            assertThat(EntityJson.JSON.readTree(get(http, base + "/api/v1/metrics?algorithms=pagerank,indegree,component&directed=true"
                    + "&weighted=true"))).isEqualTo(EntityJson.JSON.readTree(chosen.out()));
            String word = all.get(0).get("caption").asText().split(" ")[0];
            Run query = Run.of("--workspace", ws, "entities", "--query", word, "--format", "json");
            assertThat(EntityJson.JSON.readTree(get(http, base + "/api/v1/entities?query=" + URLEncoder.encode(word, StandardCharsets.UTF_8))))
                    .isEqualTo(EntityJson.JSON.readTree(query.out()));
        }
    }

    @Test
    void theLedgerListedAndGroupedGivesTheSameJsonFromTheCommandLineAndTheApi() throws Exception {
        String ws = dir.resolve("ws").toString();
        Run ingest = Run.of("--workspace", ws, "ingest", "--quiet", CampaignDataset.copyTo(dir.resolve("campaign")).toString());
        assertThat(ingest.exit()).as(ingest.err()).isZero();
        HttpClient http = HttpClient.newHttpClient();
        try (CorridorServer server = CorridorServer.start(new CorridorConfig(Path.of(ws), Authorizations.ALL), "127.0.0.1", 0)) {
            String base = "http://127.0.0.1:" + server.port() + "/api/v1/ledger";
            String[][] cases = {
                {"", ""},
                {"?type=strike&group-by=month", "--type strike --group-by month"},
                {"?group-by=month,type&since=2025-10&until=2026-01", "--group-by month,type --since 2025-10 --until 2026-01"},
                {"?grade=single-claim", "--grade single-claim"},
            };
            for (String[] c : cases) {
                java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("--workspace", ws, "ledger", "--format", "json"));
                if (!c[1].isEmpty()) {
                    args.addAll(java.util.List.of(c[1].split(" ")));
                }
                Run cli = Run.of(args.toArray(String[]::new));
                assertThat(cli.exit()).as(cli.err()).isZero();
                JsonNode fromCli = EntityJson.JSON.readTree(cli.out());
                assertThat(fromCli.isEmpty()).as(c[1]).isFalse();
                assertThat(EntityJson.JSON.readTree(get(http, base + c[0]))).as(c[0]).isEqualTo(fromCli);
            }
            HttpResponse<String> bad = http.send(HttpRequest.newBuilder(URI.create(base + "?since=last-week")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(bad.statusCode()).isEqualTo(400);
            assertThat(bad.body()).contains("since 'last-week' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD").doesNotContain("--since");
        }
    }

    @Test
    void aSeededSimulationRunGivesTheSameJsonAsTheCommand() throws Exception {
        String ws = dir.resolve("ws").toString();
        assertThat(Run.of("--workspace", ws, "ingest", "--quiet", TestData.smallSample().toString()).exit()).isZero();
        Run cli = Run.of("simulate", "test", "--strategy", "baseline,leader_removal,interdiction_surge", "--runs", "12", "--seed", "7",
                "--format", "json");
        assertThat(cli.exit()).as(cli.err()).isZero();
        HttpClient http = HttpClient.newHttpClient();
        try (CorridorServer server = CorridorServer.start(new CorridorConfig(Path.of(ws), Authorizations.ALL), "127.0.0.1", 0)) {
            String base = "http://127.0.0.1:" + server.port();
            HttpResponse<String> started = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/simulations"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                            "{\"scenario\": \"test\", \"strategies\": [\"baseline\", \"leader_removal\", \"interdiction_surge\"], "
                                    + "\"runs\": 12, \"seed\": 7}")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
            String location = started.headers().firstValue("Location").orElseThrow();
            JsonNode status = EntityJson.JSON.readTree(started.body());
            assertThat(status.get("total").asLong()).isEqualTo(36);
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (!status.get("status").asText().equals("done") && System.nanoTime() < deadline) {
                assertThat(status.get("status").asText()).isNotEqualTo("failed");
                Thread.sleep(50);
                status = EntityJson.JSON.readTree(get(http, base + location));
            }
            assertThat(status.get("status").asText()).isEqualTo("done");
            assertThat(status.get("done").asLong()).isEqualTo(36);
            assertThat(status.get("result")).isEqualTo(EntityJson.JSON.readTree(cli.out()));
            // a long run is cancelled and says so; the finished one is kept
            HttpResponse<String> longRun = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/simulations"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                            "{\"scenario\": \"andes\", \"runs\": 5000, \"seed\": 1}")).build(), HttpResponse.BodyHandlers.ofString());
            String longLocation = longRun.headers().firstValue("Location").orElseThrow();
            HttpResponse<String> cancel = http.send(HttpRequest.newBuilder(URI.create(base + longLocation)).DELETE().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(cancel.statusCode()).as(cancel.body()).isEqualTo(200);
            JsonNode cancelled = EntityJson.JSON.readTree(get(http, base + longLocation));
            for (int i = 0; i < 600 && !cancelled.get("status").asText().equals("cancelled"); i++) {
                Thread.sleep(50);
                cancelled = EntityJson.JSON.readTree(get(http, base + longLocation));
            }
            assertThat(cancelled.get("status").asText()).isEqualTo("cancelled");
            assertThat(cancelled.get("done").asLong()).isLessThan(cancelled.get("total").asLong());
        }
        // a finished run survives a restart of the server, with its CSV
        try (CorridorServer again = CorridorServer.start(new CorridorConfig(Path.of(ws), Authorizations.ALL), "127.0.0.1", 0)) {
            String base = "http://127.0.0.1:" + again.port();
            JsonNode kept = EntityJson.JSON.readTree(get(http, base + "/api/v1/simulations/1"));
            assertThat(kept.get("status").asText()).isEqualTo("done");
            assertThat(kept.get("result")).isEqualTo(EntityJson.JSON.readTree(cli.out()));
            Run csv = Run.of("simulate", "test", "--strategy", "baseline,leader_removal,interdiction_surge", "--runs", "12", "--seed", "7",
                    "--format", "csv");
            assertThat(get(http, base + "/api/v1/simulations/1/csv")).isEqualTo(csv.out());
        }
    }

    @Test
    void oneOperationAndTheMapOfOperationsAreTheSameThroughTheApi() throws Exception {
        String ws = dir.resolve("ws").toString();
        Run ingest = Run.of("--workspace", ws, "ingest", "--quiet", TestData.ucdpGedMexico().toString());
        assertThat(ingest.exit()).as(ingest.err()).isZero();
        HttpClient http = HttpClient.newHttpClient();
        try (CorridorServer server = CorridorServer.start(new CorridorConfig(Path.of(ws), Authorizations.ALL), "127.0.0.1", 0)) {
            String base = "http://127.0.0.1:" + server.port() + "/api/v1/ledger";
            Run map = Run.of("--workspace", ws, "ledger", "--format", "geojson", "--country", "mx");
            assertThat(map.exit()).as(map.err()).isZero();
            JsonNode features = EntityJson.JSON.readTree(map.out());
            assertThat(features.get("features").size()).isPositive();
            HttpResponse<String> geo = http.send(HttpRequest.newBuilder(URI.create(base + ".geojson?country=mx")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(geo.statusCode()).isEqualTo(200);
            assertThat(geo.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/geo+json"));
            assertThat(EntityJson.JSON.readTree(geo.body())).isEqualTo(features);
            JsonNode list = EntityJson.JSON.readTree(Run.of("--workspace", ws, "ledger", "--format", "json").out());
            for (int i = 0; i < 3; i++) {
                String id = list.get(i).get("id").asText();
                Run show = Run.of("--workspace", ws, "ledger", "show", id, "--format", "json");
                assertThat(show.exit()).as(show.err()).isZero();
                assertThat(EntityJson.JSON.readTree(get(http, base + "/operations/" + URLEncoder.encode(id, StandardCharsets.UTF_8))))
                        .isEqualTo(EntityJson.JSON.readTree(show.out()));
            }
            HttpResponse<String> missing = http.send(HttpRequest.newBuilder(URI.create(base + "/operations/nope")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(missing.statusCode()).isEqualTo(404);
            assertThat(missing.body()).contains("no operation with id 'nope'");
        }
    }

    private static String person(String id, String name, String birth) {
        return "{\"id\":\"" + id + "\",\"schema\":\"Person\",\"properties\":{\"name\":[\"" + name + "\"],\"birthDate\":[\"" + birth
                + "\"]}}";
    }

    @Test
    void theReviewQueueADecisionAndItsUndoAreTheSameThroughTheApiAsOnTheCommandLine() throws Exception {
        String ws = dir.resolve("ws").toString();
        Path news = dir.resolve("news.ftm.jsonl");
        java.nio.file.Files.writeString(news, person("n-chapo", "Joaquín Guzmán Loera", "1957-04-04") + "\n", StandardCharsets.UTF_8);
        Path list = dir.resolve("list.ftm.jsonl");
        java.nio.file.Files.writeString(list, String.join("\n", person("l-1", "GUZMAN LOERA, Joaquin", "1957-04-04"),
                person("l-9", "GUZMAN LOERA, Joaquin", "1957-04-04"), person("l-2", "GUZMAN LOPEZ, Ovidio", "1990-03-29")) + "\n",
                StandardCharsets.UTF_8);
        assertThat(Run.of("--workspace", ws, "ingest", "--quiet", news.toString(), list.toString()).exit()).isZero();
        assertThat(Run.of("--workspace", ws, "resolve").exit()).isZero();
        HttpClient http = HttpClient.newHttpClient();
        try (CorridorServer server = CorridorServer.start(new CorridorConfig(Path.of(ws), Authorizations.ALL), "127.0.0.1", 0)) {
            String base = "http://127.0.0.1:" + server.port() + "/api/v1/review";
            JsonNode queue = EntityJson.JSON.readTree(Run.of("--workspace", ws, "review", "--format", "json").out());
            assertThat(queue.toString()).contains("l-9");
            assertThat(EntityJson.JSON.readTree(get(http, base))).isEqualTo(queue);
            HttpResponse<String> decided = post(http, base + "/decisions",
                    "{\"left\": \"l-1\", \"right\": \"l-9\", \"verdict\": \"same\", \"by\": \"alice\", \"note\": \"listed twice\"}");
            assertThat(decided.statusCode()).as(decided.body()).isEqualTo(201);
            JsonNode decision = EntityJson.JSON.readTree(decided.body());
            assertThat(decision.get("verdict").asText()).isEqualTo("same");
            assertThat(decision.get("by").asText()).isEqualTo("alice");
            assertThat(decision.get("canonical").isNull()).isFalse();
            JsonNode log = EntityJson.JSON.readTree(Run.of("--workspace", ws, "review", "log", "--format", "json").out());
            assertThat(log.get(0)).isEqualTo(decision);
            assertThat(EntityJson.JSON.readTree(get(http, base + "/log"))).isEqualTo(log);
            assertThat(EntityJson.JSON.readTree(get(http, base)).toString()).doesNotContain("\"l-9\"");
            HttpResponse<String> undone = post(http, base + "/undo", "{\"by\": \"bob\"}");
            assertThat(undone.statusCode()).as(undone.body()).isEqualTo(200);
            assertThat(EntityJson.JSON.readTree(undone.body()).get("undone_by").asText()).isEqualTo("bob");
            assertThat(EntityJson.JSON.readTree(get(http, base + "/log")))
                    .isEqualTo(EntityJson.JSON.readTree(Run.of("--workspace", ws, "review", "log", "--format", "json").out()));
            assertThat(EntityJson.JSON.readTree(get(http, base)).toString()).contains("l-9");
            HttpResponse<String> bad = post(http, base + "/decisions", "{\"left\": \"l-1\", \"right\": \"l-2\", \"verdict\": \"maybe\"}");
            assertThat(bad.statusCode()).isEqualTo(400);
            assertThat(bad.body()).contains("verdict must be same, different or unsure, got 'maybe'");
        }
    }

    private static HttpResponse<String> post(HttpClient http, String url, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void badOptionsAreUsageErrorsBeforeAnythingListens() {
        Run port = Run.of("--workspace", dir.resolve("ws").toString(), "serve", "--port", "70000");
        assertThat(port.exit()).isEqualTo(2);
        assertThat(port.err()).contains("--port must be from 0 to 65535, got 70000");
        Run bind = Run.of("--workspace", dir.resolve("ws").toString(), "serve", "--bind", "no-such-host.invalid");
        assertThat(bind.exit()).isEqualTo(2);
        assertThat(bind.err()).contains("--bind 'no-such-host.invalid' is not an address of this machine");
        Run none = Run.of("--workspace", dir.resolve("none").toString(), "serve", "--port", "0");
        assertThat(none.exit()).isNotZero();
        assertThat(none.err()).contains("none");
    }

    private static String get(HttpClient http, String url) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(url + ": " + r.body()).isEqualTo(200);
        return r.body();
    }

    @Test
    void pathsAndCommunitiesAreTheSameThroughTheApiAsOnTheCommandLine() throws Exception {
        String ws = dir.resolve("ws").toString();
        assertThat(Run.of("--workspace", ws, "ingest", "--quiet", TestData.ownershipCluster().toString()).exit()).isZero();
        HttpClient http = HttpClient.newHttpClient();
        try (CorridorServer server = CorridorServer.start(new CorridorConfig(Path.of(ws), Authorizations.ALL), "127.0.0.1", 0)) {
            String base = "http://127.0.0.1:" + server.port() + "/api/v1";
            // two parties three ties apart, found from the network's own ties
            JsonNode network = EntityJson.JSON.readTree(get(http, base + "/network"));
            java.util.Map<String, java.util.List<String>> next = new java.util.HashMap<>();
            for (JsonNode e : network.get("edges")) {
                next.computeIfAbsent(e.get("source").asText(), k -> new java.util.ArrayList<>()).add(e.get("target").asText());
                next.computeIfAbsent(e.get("target").asText(), k -> new java.util.ArrayList<>()).add(e.get("source").asText());
            }
            String source = null;
            String target = null;
            for (String start : new java.util.TreeSet<>(next.keySet())) {
                java.util.Map<String, Integer> depth = new java.util.HashMap<>(java.util.Map.of(start, 0));
                java.util.ArrayDeque<String> queue = new java.util.ArrayDeque<>(java.util.List.of(start));
                while (!queue.isEmpty() && target == null) {
                    String v = queue.poll();
                    for (String w : next.get(v)) {
                        if (!depth.containsKey(w)) {
                            depth.put(w, depth.get(v) + 1);
                            queue.add(w);
                            if (depth.get(w) == 3) {
                                target = w;
                            }
                        }
                    }
                }
                if (target != null) {
                    source = start;
                    break;
                }
            }
            assertThat(target).as("two parties three ties apart").isNotNull();
            for (String kind : java.util.List.of("shortest", "widest")) {
                Run paths = Run.of("--workspace", ws, "analyze", "paths", "--source", source, "--target", target, "--kind", kind, "--format", "json");
                assertThat(paths.exit()).as(paths.err()).isZero();
                JsonNode api = EntityJson.JSON.readTree(get(http, base + "/paths?source=" + URLEncoder.encode(source, StandardCharsets.UTF_8)
                        + "&target=" + URLEncoder.encode(target, StandardCharsets.UTF_8) + "&kind=" + kind));
                assertThat(api).isEqualTo(EntityJson.JSON.readTree(paths.out()));
                assertThat(api.get("nodes").size()).isEqualTo(kind.equals("shortest") ? 4 : api.get("nodes").size());
            }
            Run communities = Run.of("--workspace", ws, "analyze", "communities", "--runs", "5", "--seed", "3", "--format", "json");
            assertThat(communities.exit()).as(communities.err()).isZero();
            JsonNode grouped = EntityJson.JSON.readTree(get(http, base + "/communities?runs=5&seed=3"));
            assertThat(grouped).isEqualTo(EntityJson.JSON.readTree(communities.out()));
            assertThat(grouped.get("membership").size()).isEqualTo(network.get("nodes").size());
            // a party's ties: exactly its neighbours in the network, each with its records
            JsonNode ties = EntityJson.JSON.readTree(get(http, base + "/entities/" + URLEncoder.encode(source, StandardCharsets.UTF_8) + "/ties"));
            java.util.Set<String> tied = new java.util.TreeSet<>();
            ties.forEach(t -> tied.add(t.get("party").asText()));
            assertThat(tied).isEqualTo(new java.util.TreeSet<>(next.get(source)));
            ties.forEach(t -> assertThat(t.get("records").size()).as(t.toString()).isPositive());
            // the listed company's sanction
            JsonNode sanctions = EntityJson.JSON.readTree(get(http, base + "/sanctions?limit=0"));
            assertThat(sanctions.size()).isPositive();
            assertThat(sanctions.get(0).get("entity").asText()).isNotBlank();
            String program = sanctions.get(0).get("programs").get(0).asText();
            assertThat(EntityJson.JSON.readTree(get(http, base + "/sanctions?program=" + URLEncoder.encode(program, StandardCharsets.UTF_8))))
                    .allSatisfy(x -> assertThat(x.toString()).contains(program));
            assertThat(EntityJson.JSON.readTree(get(http, base + "/sanctions?program=NO-SUCH-PROGRAMME"))).isEmpty();
            Run exposure = Run.of("--workspace", ws, "analyze", "exposure", "--format", "json");
            assertThat(exposure.exit()).as(exposure.err()).isZero();
            JsonNode exposed = EntityJson.JSON.readTree(get(http, base + "/exposure"));
            assertThat(exposed).isEqualTo(EntityJson.JSON.readTree(exposure.out()));
            assertThat(exposed.size()).isPositive();
            for (String rule : java.util.List.of("betweenness", "degree", "random")) {
                Run disruption = Run.of("--workspace", ws, "analyze", "disruption", "--rule", rule, "--steps", "5", "--seed", "4", "--format", "json");
                assertThat(disruption.exit()).as(disruption.err()).isZero();
                JsonNode api = EntityJson.JSON.readTree(get(http, base + "/disruption?rule=" + rule + "&steps=5&seed=4"));
                assertThat(api).as(rule).isEqualTo(EntityJson.JSON.readTree(disruption.out()));
                assertThat(api.get("steps").size()).isEqualTo(6);
            }
            for (String objective : java.util.List.of("fragmentation", "reach")) {
                Run players = Run.of("--workspace", ws, "analyze", "keyplayers", "--objective", objective, "--size", "2", "--format", "json");
                assertThat(players.exit()).as(players.err()).isZero();
                assertThat(EntityJson.JSON.readTree(get(http, base + "/keyplayers?objective=" + objective + "&size=2")))
                        .isEqualTo(EntityJson.JSON.readTree(players.out()));
            }
            Run brokerage = Run.of("--workspace", ws, "analyze", "brokerage", "--directed", "--group", "schema", "--format", "json");
            assertThat(brokerage.exit()).as(brokerage.err()).isZero();
            assertThat(EntityJson.JSON.readTree(get(http, base + "/brokerage"))).isEqualTo(EntityJson.JSON.readTree(brokerage.out()));
            HttpResponse<String> none = http.send(HttpRequest.newBuilder(URI.create(base + "/paths?source=nobody&target=" + target)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(none.statusCode()).isEqualTo(400);
            assertThat(none.body()).contains("node 'nobody' is not in the network");
        }
    }

    @Test
    void flowOverPaymentsIsTheSameThroughTheApiAsOnTheCommandLine() throws Exception {
        String ws = dir.resolve("ws").toString();
        Path payments = Path.of("src/test/resources/flows/payments.ftm.jsonl").toAbsolutePath();
        assertThat(Run.of("--workspace", ws, "ingest", "--quiet", payments.toString()).exit()).isZero();
        HttpClient http = HttpClient.newHttpClient();
        try (CorridorServer server = CorridorServer.start(new CorridorConfig(Path.of(ws), Authorizations.ALL), "127.0.0.1", 0)) {
            Run flow = Run.of("--workspace", ws, "analyze", "flow", "--source", "p1", "--target", "p4", "--format", "json");
            assertThat(flow.exit()).as(flow.err()).isZero();
            JsonNode api = EntityJson.JSON.readTree(get(http, "http://127.0.0.1:" + server.port() + "/api/v1/flow?source=p1&target=p4"));
            assertThat(api).isEqualTo(EntityJson.JSON.readTree(flow.out()));
            assertThat(api.get("value").asDouble()).isEqualTo(150_000.0);
        }
    }
}
