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
import java.util.ArrayList;
import java.util.List;
import org.corridor.app.CorridorConfig;
import org.corridor.app.EntityJson;
import org.corridor.model.label.Authorizations;
import org.corridor.server.CorridorServer;
import org.corridor.testkit.TestData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 24, acceptance 4: yente's {@code /match} and the Reconciliation Service API answer requests
 * shaped exactly as their clients send them, with the same hits as {@code corridor screen}. The
 * request bodies follow yente's own test suite (tests/unit/test_match.py, test_reconcile.py: a
 * Person with names, birth date and a country written as a name; a query with an id passed
 * through; queries posted as the form field OpenRefine sends); the names are this repository's
 * sanctions fixtures (the 2024 SDN list and the 2025 names file).
 */
class ScreeningProtocolsTest {
    @TempDir
    static Path shared;
    private static CorridorServer server;
    private static String base;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    static String ws() {
        return shared.resolve("lists").toString();
    }

    @BeforeAll
    static void serveTheLists() {
        Run run = Run.of("--workspace", ws(), "ingest", "--quiet", TestData.sdn2024().toString(), TestData.namesJsonl2025().toString());
        assertThat(run.exit()).as(run.err()).isZero();
        server = CorridorServer.start(new CorridorConfig(Path.of(ws()), Authorizations.ALL), "127.0.0.1", 0);
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode screen(String schema, String country, String... names) throws Exception {
        List<String> args = new ArrayList<>(List.of("--workspace", ws(), "screen", "--format", "json"));
        if (schema != null) {
            args.addAll(List.of("--schema", schema));
        }
        if (country != null) {
            args.addAll(List.of("--country", country));
        }
        args.addAll(List.of(names));
        Run run = Run.of(args.toArray(String[]::new));
        assertThat(run.exit()).as(run.err()).isZero();
        return EntityJson.JSON.readTree(run.out());
    }

    private static HttpResponse<String> post(String path, String type, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void yenteMatchGivesTheHitsCorridorScreenGives() throws Exception {
        String body = """
                {"queries": {
                  "cjng": {"schema": "Organization", "properties": {"name": ["Cartel de Jalisco Nueva Generacion"], "country": "Mexico"}},
                  "tda": {"schema": "Organization", "properties": {"name": ["Tren de Aragua"]}},
                  "nobody": {"schema": "Person", "properties": {"name": ["Zebulon Quillfeather"], "birthDate": ["1952"]}}
                }}""";
        HttpResponse<String> r = post("/match/default", "application/json", body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode data = EntityJson.JSON.readTree(r.body());
        assertThat(data.get("limit").asInt()).isEqualTo(5);
        assertThat(data.get("matcher").size()).isPositive();
        String[][] expected = {{"cjng", "Organization", "Mexico", "Cartel de Jalisco Nueva Generacion"},
                {"tda", "Organization", null, "Tren de Aragua"}, {"nobody", "Person", null, "Zebulon Quillfeather"}};
        for (String[] e : expected) {
            JsonNode res = data.get("responses").get(e[0]);
            assertThat(res.get("status").asInt()).isEqualTo(200);
            assertThat(res.get("query").get("schema").asText()).isEqualTo(e[1]);
            JsonNode cli = screen(e[1], e[2], e[3]).get(0).get("hits");
            List<String> cliIds = new ArrayList<>();
            cli.forEach(h -> cliIds.add(h.get("entity_id").asText() + " " + h.get("score").asDouble()));
            List<String> apiIds = new ArrayList<>();
            res.get("results").forEach(h -> apiIds.add(h.get("id").asText() + " " + h.get("score").asDouble()));
            assertThat(apiIds).as(e[0]).isEqualTo(cliIds);
            assertThat(res.get("total").get("value").asInt()).isEqualTo(cliIds.size());
        }
        JsonNode first = data.get("responses").get("cjng").get("results").get(0);
        assertThat(first.get("id").asText()).isEqualTo("ofac-17671");
        assertThat(first.get("target").asBoolean()).isTrue();
        assertThat(first.get("match").asBoolean()).isTrue();
        assertThat(first.get("properties").get("name").size()).isPositive();
        assertThat(first.get("features").size()).isPositive();
        assertThat(first.get("explanation").get(0).has("listed")).isTrue();
        assertThat(data.get("responses").get("tda").get("results").size()).isPositive();
        assertThat(data.get("responses").get("nobody").get("results")).isEmpty();
    }

    @Test
    void yenteQueriesWithSeveralNamesTakeTheBestAndPassTheIdThrough() throws Exception {
        String body = """
                {"queries": {"no1": {"id": "my-cjng", "schema": "Organization",
                  "properties": {"name": ["Zebulon Quillfeather", "CJNG", "Jalisco Cartel New Generation"]}}}}""";
        HttpResponse<String> r = post("/match/default?limit=3", "application/json", body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode res = EntityJson.JSON.readTree(r.body()).get("responses").get("no1");
        assertThat(res.get("query").get("id").asText()).isEqualTo("my-cjng");
        assertThat(res.get("query").get("properties").get("name")).hasSize(3);
        assertThat(res.get("results").size()).isBetween(1, 3);
        assertThat(res.get("results").get(0).get("id").asText()).isEqualTo("ofac-17671");
        // the best over the names: no lower than either name screened alone
        double alone = Math.max(screen("Organization", null, "CJNG").get(0).get("hits").get(0).get("score").asDouble(),
                screen("Organization", null, "Jalisco Cartel New Generation").get(0).get("hits").get(0).get("score").asDouble());
        assertThat(res.get("results").get(0).get("score").asDouble()).isEqualTo(alone);
    }

    @Test
    void yenteRefusesWhatYenteRefuses() throws Exception {
        // yente answers 422 for a query with no schema and 400 for a schema it does not know
        HttpResponse<String> noSchema = post("/match/default", "application/json", "{\"queries\": {\"fail\": {\"properties\": {\"name\": \"Banana\"}}}}");
        assertThat(noSchema.statusCode()).isEqualTo(422);
        assertThat(noSchema.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(EntityJson.JSON.readTree(noSchema.body()).get("detail").asText()).contains("fail").contains("schema");
        HttpResponse<String> unknown = post("/match/default", "application/json",
                "{\"queries\": {\"fail\": {\"schema\": \"xxx\", \"properties\": {\"name\": \"Banana\"}}}}");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(EntityJson.JSON.readTree(unknown.body()).get("detail").asText()).contains("xxx");
        assertThat(post("/match/other", "application/json", "{\"queries\": {}}").statusCode()).isEqualTo(404);
        assertThat(post("/match/default", "application/json", "not json").statusCode()).isEqualTo(400);
    }

    @Test
    void openRefineReconcilesAColumnWithTheExplanationInEachCandidate() throws Exception {
        HttpResponse<String> manifest = get("/reconcile/default");
        assertThat(manifest.statusCode()).isEqualTo(200);
        JsonNode m = EntityJson.JSON.readTree(manifest.body());
        assertThat(m.get("versions").toString()).contains("0.2");
        assertThat(m.get("identifierSpace").asText()).startsWith(base);
        assertThat(m.get("defaultTypes").size()).isGreaterThan(3);
        assertThat(m.has("suggest")).isTrue();
        assertThat(m.get("view").get("url").asText()).contains("{{id}}");

        // OpenRefine posts the batch as a form field
        String queries = "{\"q0\": {\"query\": \"Cartel de Jalisco Nueva Generacion\", \"type\": \"Organization\", \"limit\": 3},"
                + " \"q1\": {\"query\": \"Tren de Aragua\", \"type\": \"Organization\"},"
                + " \"q2\": {\"query\": \"Zebulon Quillfeather\"}}";
        HttpResponse<String> r = post("/reconcile/default", "application/x-www-form-urlencoded; charset=UTF-8",
                "queries=" + URLEncoder.encode(queries, StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode data = EntityJson.JSON.readTree(r.body());
        JsonNode q0 = data.get("q0").get("result");
        assertThat(q0.size()).isBetween(1, 3);
        assertThat(q0.get(0).get("id").asText()).isEqualTo("ofac-17671");
        assertThat(q0.get(0).get("type").get(0).get("id").asText()).isEqualTo("Organization");
        assertThat(q0.get(0).get("match").asBoolean()).isTrue();
        assertThat(q0.get(0).get("description").asText()).contains("matched").contains("SDNTK");
        assertThat(q0.get(0).get("features").size()).isPositive();
        JsonNode cli = screen("Organization", null, "Cartel de Jalisco Nueva Generacion").get(0).get("hits");
        assertThat(q0.get(0).get("score").asDouble()).isEqualTo(cli.get(0).get("score").asDouble());
        assertThat(data.get("q1").get("result").size()).isPositive();
        assertThat(data.get("q2").get("result")).isEmpty();

        // the same batch as a GET parameter, and the unversioned address
        HttpResponse<String> viaGet = get("/reconcile?queries=" + URLEncoder.encode(queries, StandardCharsets.UTF_8));
        assertThat(EntityJson.JSON.readTree(viaGet.body())).isEqualTo(data);

        // yente's invalid query (a number where the name goes) is a 400 with a sentence
        HttpResponse<String> bad = post("/reconcile/default", "application/x-www-form-urlencoded",
                "queries=" + URLEncoder.encode("{\"mutti\": {\"query\": 37473874}}", StandardCharsets.UTF_8));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(EntityJson.JSON.readTree(bad.body()).get("detail").asText()).contains("mutti");
    }

    @Test
    void suggestServicesAnswerByPrefix() throws Exception {
        JsonNode types = EntityJson.JSON.readTree(get("/reconcile/default/suggest/type?prefix=organ").body());
        assertThat(types.get("result")).hasSize(1);
        assertThat(types.get("result").get(0).get("id").asText()).isEqualTo("Organization");
        assertThat(EntityJson.JSON.readTree(get("/reconcile/default/suggest/type").body()).get("result")).isEmpty();
        JsonNode props = EntityJson.JSON.readTree(get("/reconcile/default/suggest/property?prefix=country").body()).get("result");
        List<String> ids = new ArrayList<>();
        props.forEach(p -> ids.add(p.get("id").asText()));
        assertThat(ids).anyMatch(i -> i.endsWith(":country"));
        JsonNode entities = EntityJson.JSON.readTree(get("/reconcile/default/suggest/entity?prefix=" + URLEncoder.encode("Tren de Aragua",
                StandardCharsets.UTF_8)).body()).get("result");
        assertThat(entities.size()).isPositive();
        assertThat(entities.get(0).get("name").asText().toLowerCase()).contains("aragua");
        assertThat(EntityJson.JSON.readTree(get("/reconcile/default/suggest/entity?prefix=banana%20man").body()).get("result")).isEmpty();
    }

    /** Issue 24, item 3: the search box shows the listed parties a name may be, with scores and their explanation, as the command line screens. */
    @Test
    void theSearchPageShowsScreeningScoresAndTheirExplanation() throws Exception {
        HttpResponse<String> page = get("/search?q=" + URLEncoder.encode("CJNG", StandardCharsets.UTF_8));
        assertThat(page.statusCode()).isEqualTo(200);
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(page.body());
        org.jsoup.select.Elements rows = doc.select("#screening tr");
        JsonNode cli = screen(null, null, "CJNG").get(0).get("hits");
        assertThat(rows).hasSize(cli.size() + 1);
        assertThat(rows.get(1).select("a").attr("href")).isEqualTo("/entity/" + cli.get(0).get("entity_id").asText());
        assertThat(rows.get(1).text()).contains(String.format(java.util.Locale.ROOT, "%.2f", cli.get(0).get("score").asDouble()))
                .contains("'cjng'").contains("SDNTK");
        org.jsoup.nodes.Document none = org.jsoup.Jsoup.parse(get("/search?q=Zebulon%20Quillfeather").body());
        assertThat(none.select("#no-screening")).hasSize(1);
    }
}
