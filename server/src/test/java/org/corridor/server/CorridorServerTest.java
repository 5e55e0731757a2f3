package org.corridor.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.corridor.app.Corridor;
import org.corridor.app.CorridorConfig;
import org.corridor.model.label.Authorizations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server on a real (empty) workspace, asked over real HTTP on the loopback interface. */
class CorridorServerTest {
    @TempDir
    Path dir;

    private CorridorServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        CorridorConfig config = new CorridorConfig(dir.resolve("ws"), Authorizations.ALL);
        Corridor.open(config).close();
        server = CorridorServer.start(config, "127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void answersJsonWithHeadersThatForbidFramingSniffingAndForeignScript() throws Exception {
        HttpResponse<String> r = get("/api/v1/entities?query=anything");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body().strip()).isEqualTo("[ ]");
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        assertThat(r.headers().firstValue("Content-Security-Policy")).hasValue(CorridorServer.CSP);
        assertThat(CorridorServer.CSP).contains("script-src 'self'").doesNotContain("unsafe-inline");
        assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(r.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        HttpResponse<String> home = get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("/api/v1/entities").doesNotContain("<script");
    }

    @Test
    void errorsAreProblemDetailsInOneSentenceNamingNoFolder() throws Exception {
        HttpResponse<String> missing = get("/api/v1/entities/no-such-id");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(missing.body()).contains("\"status\":404", "\"title\":\"Not Found\"", "no entity with id or name 'no-such-id'")
                .doesNotContain(dir.toString()).doesNotContain("Exception").doesNotContain("at org.");
        HttpResponse<String> limit = get("/api/v1/entities?limit=-3");
        assertThat(limit.statusCode()).isEqualTo(400);
        assertThat(limit.body()).contains("limit must be a whole number from 0 (all) to 10000, got '-3'");
        HttpResponse<String> nowhere = get("/api/v1/no/such/thing");
        assertThat(nowhere.statusCode()).isEqualTo(404);
        assertThat(nowhere.body()).contains("\"detail\":\"there is nothing at /api/v1/no/such/thing; the API is under /api/v1\"");
        // outside the API the same sentence comes as a page
        HttpResponse<String> page = get("/no/such/page");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
        assertThat(page.body()).contains("<h1>404 Not Found</h1>", "there is nothing at /no/such/page").doesNotContain("<script");
    }

    @Test
    void listensOnTheLoopbackInterfaceOnly() throws Exception {
        java.net.InetAddress other = java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces()).stream()
                .filter(i -> {
                    try {
                        return i.isUp() && !i.isLoopback();
                    } catch (java.net.SocketException e) {
                        return false;
                    }
                }).flatMap(i -> java.util.Collections.list(i.getInetAddresses()).stream())
                .filter(a -> a instanceof java.net.Inet4Address).findFirst().orElse(null);
        if (other == null) {
            // no other interface on this machine: nothing else could reach it either
            return;
        }
        try (java.net.Socket s = new java.net.Socket()) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.connect(new java.net.InetSocketAddress(other, server.port()), 2000))
                    .isInstanceOf(java.io.IOException.class);
        }
    }

    private HttpResponse<String> post(String path, String body, String type, String origin) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (type != null) {
            b.header("Content-Type", type);
        }
        if (origin != null) {
            b.header("Origin", origin);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aStateChangingRequestMustBeJsonFromThisOrigin() throws Exception {
        String own = "http://127.0.0.1:" + server.port();
        HttpResponse<String> foreign = post("/api/v1/simulations", "{\"scenario\": \"test\", \"runs\": 2, \"seed\": 1}",
                "application/json", "http://evil.example");
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.body()).contains("must come from this server's own pages");
        HttpResponse<String> form = post("/api/v1/simulations", "scenario=test", "application/x-www-form-urlencoded", own);
        assertThat(form.statusCode()).isEqualTo(415);
        HttpResponse<String> plain = post("/api/v1/simulations", "{}", "text/plain", null);
        assertThat(plain.statusCode()).isEqualTo(415);
        HttpResponse<String> same = post("/api/v1/simulations", "{\"scenario\": \"test\", \"runs\": 2, \"seed\": 1}", "application/json",
                own);
        assertThat(same.statusCode()).as(same.body()).isEqualTo(202);
        assertThat(same.headers().firstValue("Location")).hasValueSatisfying(v -> assertThat(v).startsWith("/api/v1/simulations/"));
    }

    @Test
    void aSimulationRequestIsCheckedBeforeItRunsAndAFileCannotBeNamed() throws Exception {
        HttpResponse<String> file = post("/api/v1/simulations", "{\"scenario\": \"/etc/passwd\"}", "application/json", null);
        assertThat(file.statusCode()).isEqualTo(400);
        assertThat(file.body()).contains("scenario '/etc/passwd' is not one of the bundled test, andes, road-grid");
        HttpResponse<String> strategy = post("/api/v1/simulations", "{\"strategies\": [\"nuke\"]}", "application/json", null);
        assertThat(strategy.statusCode()).isEqualTo(400);
        assertThat(strategy.body()).contains("there is no strategy 'nuke' in scenario test");
        HttpResponse<String> runs = post("/api/v1/simulations", "{\"runs\": 0}", "application/json", null);
        assertThat(runs.statusCode()).isEqualTo(400);
        assertThat(runs.body()).contains("runs must be a number from 1 to 10000, got 0");
        HttpResponse<String> broken = post("/api/v1/simulations", "{\"runs\": ", "application/json", null);
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(broken.body()).contains("the body is not JSON");
        HttpResponse<String> huge = post("/api/v1/simulations", "{\"pad\": \"" + "x".repeat(11 * 1024 * 1024) + "\"}", "application/json",
                null);
        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(huge.body()).contains("a request may carry at most 10 MB");
        HttpResponse<String> missing = get("/api/v1/simulations/999");
        assertThat(missing.statusCode()).isEqualTo(404);
    }

    @Test
    void theOpenApiDocumentListsEveryRouteTheServerAnswersAndNoOther() throws Exception {
        HttpResponse<String> r = get("/api/v1/openapi.json");
        assertThat(r.statusCode()).isEqualTo(200);
        com.fasterxml.jackson.databind.JsonNode doc = org.corridor.app.EntityJson.JSON.readTree(r.body());
        assertThat(doc.get("openapi").asText()).isEqualTo("3.1.0");
        java.util.List<String> documented = new java.util.ArrayList<>();
        doc.get("paths").properties().forEach(p -> p.getValue().properties().forEach(m -> documented.add(m.getKey() + " " + p.getKey())));
        assertThat(documented).hasSize(server.routesDocumented().size()).contains("get /api/v1/entities", "get /api/v1/entities/{id}",
                "get /api/v1/ledger", "get /api/v1/screen", "post /api/v1/simulations", "get /api/v1/simulations/{id}",
                "get /api/v1/openapi.json", "get /api/v1/metrics", "post /match/{dataset}", "get /reconcile", "post /reconcile/{dataset}",
                "get /reconcile/{dataset}/suggest/entity");
        HttpResponse<String> empty = get("/api/v1/metrics");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("the workspace has no people, organisations or assets to analyse").doesNotContain("--edges");
        for (ApiRoute route : server.routesDocumented()) {
            if (!route.method().equals("GET")) {
                continue;
            }
            String path = route.path().replace("{id}", "x").replace("{dataset}", "default").replace("/api/v1/screen", "/api/v1/screen?name=Someone");
            HttpResponse<String> answer = get(path);
            // a documented route answers: 200, or its own problem (an unknown id, an empty workspace to analyse), never "there is nothing at"
            assertThat(answer.body()).as(path).doesNotContain("there is nothing at");
            assertThat(answer.statusCode()).as(path).isIn(200, 400, 404);
        }
        HttpResponse<String> page = get("/api");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("GET /api/v1/ledger", "group-by").doesNotContain("<script");
        assertThat(OpenApi.esc("<img src=x onerror=alert(1)>")).isEqualTo("&lt;img src=x onerror=alert(1)&gt;");
    }
}
