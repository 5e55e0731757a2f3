package org.corridor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.corridor.app.CorridorConfig;
import org.corridor.model.label.Authorizations;
import org.corridor.server.CorridorServer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbench's first journey, search, entity, source sentence, over real HTTP on a workspace
 * with a news report read by CoreNLP and a hostile name, the pages parsed as a browser's HTML parser
 * would (jsoup): the hostile name is text, never an element, and no page carries a script. A real
 * browser (issue 24, acceptance 4) is not used yet.
 */
class WorkbenchPagesTest {
    private static final Path REPORTS = Path.of("..", "corpus", "reports");
    private static final String HOSTILE = "<img src=x onerror=alert(1)>";

    @TempDir
    Path dir;

    @Test
    void searchLeadsToTheEntityAndTheSentenceItWasReadFromWithEveryValueEscaped() throws Exception {
        String ws = dir.resolve("ws").toString();
        Path hostile = dir.resolve("hostile.ftm.jsonl");
        Files.writeString(hostile, "{\"id\":\"x-1\",\"schema\":\"Person\",\"properties\":{\"name\":[\"" + HOSTILE + " Alvarez\"],"
                + "\"notes\":[\"</td><script>alert(2)</script>\"]}}\n", StandardCharsets.UTF_8);
        Run ingest = Run.of("--workspace", ws, "ingest", "--quiet", hostile.toString(), REPORTS.resolve("en-01.txt").toString());
        assertThat(ingest.exit()).as(ingest.err()).isZero();
        HttpClient http = HttpClient.newHttpClient();
        try (CorridorServer server = CorridorServer.start(new CorridorConfig(Path.of(ws), Authorizations.ALL), "127.0.0.1", 0)) {
            String base = "http://127.0.0.1:" + server.port();
            // the hostile name: found, shown as text, never parsed as an element
            Document found = page(http, base + "/search?q=" + URLEncoder.encode("Alvarez", StandardCharsets.UTF_8));
            assertThat(found.select("img")).isEmpty();
            assertThat(found.select("script")).isEmpty();
            assertThat(found.select("td a").text()).contains(HOSTILE);
            Document hostilePage = page(http, base + found.select("td a").first().attr("href"));
            assertThat(hostilePage.select("img, script")).isEmpty();
            assertThat(hostilePage.text()).contains(HOSTILE, "</td><script>alert(2)</script>");
            // the journey: search for a name from the report, open it, read the sentence with the words marked
            Document results = page(http, base + "/search?q=Rubio");
            Element link = results.select("td a").first();
            assertThat(link).as(results.html()).isNotNull();
            Document entity = page(http, base + link.attr("href"));
            assertThat(entity.select("h1").text()).contains("Rubio");
            assertThat(entity.select("blockquote mark")).isNotEmpty();
            for (Element mark : entity.select("blockquote mark")) {
                assertThat(mark.parent().text()).contains(mark.text());
                assertThat(Files.readString(REPORTS.resolve("en-01.txt")).replaceAll("\\s+", " ")).contains(mark.text());
            }
            assertThat(entity.select("script")).isEmpty();
            assertThat(entity.select("link[rel=stylesheet]").attr("href")).isEqualTo("/static/corridor.css");
            // a missing entity is a page too, naming what was asked for, escaped
            HttpResponse<String> missing = http.send(HttpRequest.newBuilder(URI.create(base + "/entity/"
                    + URLEncoder.encode("<b>nobody</b>", StandardCharsets.UTF_8))).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(missing.statusCode()).isEqualTo(404);
            assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
            Document notFound = Jsoup.parse(missing.body());
            assertThat(notFound.select("b")).isEmpty();
            assertThat(notFound.select("h1").text()).isEqualTo("404 Not Found");
            assertThat(notFound.text()).contains("no entity with id or name '<b>nobody</b>'");
            HttpResponse<String> css = http.send(HttpRequest.newBuilder(URI.create(base + "/static/corridor.css")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(css.statusCode()).isEqualTo(200);
            assertThat(css.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/css"));
        }
    }

    private static Document page(HttpClient http, String url) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(url + ": " + r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(v -> assertThat(v).contains("script-src 'self'"));
        return Jsoup.parse(r.body(), url);
    }
}
