package org.corridor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.corridor.app.CorridorConfig;
import org.corridor.model.label.Authorizations;
import org.corridor.server.CorridorServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Issue 24, acceptance 4 (begun): the workbench in a real browser, Debian's Chromium driven through
 * its own chromedriver (installed by ./run-tests; nothing is downloaded). The real server on a real
 * workspace: search, follow the link, read the sentence with the words marked; a party named
 * {@code <img src=x onerror=alert(1)>} is shown as text and no script runs.
 */
class BrowserJourneyTest {
    private static final Path REPORTS = Path.of("..", "corpus", "reports");
    private static final String HOSTILE = "<img src=x onerror=alert(1)>";

    @TempDir
    Path dir;

    /** Screenshots for docs/ (copied there by hand when the pages change): written under target/screenshots on every run. */
    private static void screenshot(ChromeDriver browser, String name) throws java.io.IOException {
        Path out = Path.of("target", "screenshots");
        Files.createDirectories(out);
        Files.write(out.resolve(name), browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    }

    /** Waits up to ten seconds for a page that a form's post brings back; a page being replaced counts as not yet. */
    private static void until(java.util.function.BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            try {
                if (condition.getAsBoolean()) {
                    return;
                }
            } catch (org.openqa.selenium.WebDriverException reloading) {
                // the page was being replaced
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the page did not come back as expected within ten seconds");
    }

    /** Follows a page that reloads itself while its work runs, up to {@code seconds}, and gives the status it ends with. */
    private static String statusWhenEnded(ChromeDriver browser, int seconds) throws InterruptedException {
        String state = "running";
        for (int i = 0; i < seconds * 10 && state.equals("running"); i++) {
            Thread.sleep(100);
            try {
                state = browser.findElement(By.id("status")).getText();
            } catch (org.openqa.selenium.WebDriverException reloading) {
                // the page was being replaced by its next reload
            }
        }
        return state;
    }

    private ChromeDriver chromium() {
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1200,900",
                "--user-data-dir=" + dir.resolve("chromium-profile"));
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return browser;
    }

    /**
     * Upload → it appears: files chosen in the ingest page's form are ingested, the page follows each
     * file to its end without script, a hostile file fails with its sentence in the page, and the
     * good file's party is found by search.
     */
    @Test
    void uploadedFilesAppearAndAHostileOneFailsInThePage() throws Exception {
        String ws = dir.resolve("ws").toString();
        Run init = Run.of("--workspace", ws, "ingest", "--quiet", REPORTS.resolve("en-01.txt").toString());
        assertThat(init.exit()).as(init.err()).isZero();
        Path good = dir.resolve("uploaded-party.ftm.json");
        Files.writeString(good, "{\"id\":\"up-7\",\"schema\":\"Organization\",\"properties\":{\"name\":[\"Naviera Ejemplo Uploaded\"]}}\n");
        Path xxe = org.corridor.testkit.HostileFiles.xxe(Files.createDirectories(dir.resolve("hostile")));
        try (CorridorServer server = CorridorServer.start(new CorridorConfig(Path.of(ws), Authorizations.ALL), "127.0.0.1", 0)) {
            ChromeDriver browser = chromium();
            try {
                String base = "http://127.0.0.1:" + server.port();
                browser.get(base + "/search");
                browser.findElement(By.linkText("Ingest")).click();
                until(() -> browser.getCurrentUrl().endsWith("/ingest"));
                WebElement input = browser.findElement(By.cssSelector("input[type=file]"));
                input.sendKeys(good.toAbsolutePath() + "\n" + xxe.toAbsolutePath());
                browser.findElement(By.cssSelector("form.upload button")).click();
                // the page reloads itself until the ingest ends
                assertThat(statusWhenEnded(browser, 60)).isEqualTo("done");
                List<WebElement> rows = browser.findElements(By.cssSelector("#files tr"));
                assertThat(rows).hasSize(3);
                String table = browser.findElement(By.id("files")).getText();
                assertThat(table).contains("uploaded-party.ftm.json").contains("xxe.xml").contains("DOCTYPE");
                assertThat(browser.findElement(By.cssSelector("#files tr.failed")).getText()).contains("xxe.xml");
                assertThat(browser.findElement(By.cssSelector("#files tr.done")).getText()).contains("uploaded-party.ftm.json");
                screenshot(browser, "ingest-per-file.png");
                browser.findElement(By.linkText("Search the workspace")).click();
                until(() -> browser.getCurrentUrl().endsWith("/search"));
                WebElement box = browser.findElement(By.name("q"));
                box.sendKeys("Naviera Ejemplo");
                box.submit();
                // the results page replaces the form; under load Chromium may return from submit() before it has
                until(() -> browser.getCurrentUrl().contains("q=") && !browser.findElements(By.id("results")).isEmpty());
                List<WebElement> links = browser.findElements(By.cssSelector("#results td a"));
                assertThat(links).extracting(WebElement::getText).containsExactly("Naviera Ejemplo Uploaded");
            } finally {
                browser.quit();
            }
        }
    }

    private static String person(String id, String name, String birth) {
        return "{\"id\":\"" + id + "\",\"schema\":\"Person\",\"properties\":{\"name\":[\"" + name + "\"],\"birthDate\":[\"" + birth
                + "\"]}}";
    }

    /** Review a pair → undo: the pair side by side with its explanation, decided "same", gone from the queue, then undone and back. */
    @Test
    void reviewAPairThenUndoIt() throws Exception {
        String ws = dir.resolve("ws").toString();
        Path news = dir.resolve("news.ftm.jsonl");
        Files.writeString(news, person("n-chapo", "Joaquín Guzmán Loera", "1957-04-04") + "\n", StandardCharsets.UTF_8);
        Path list = dir.resolve("list.ftm.jsonl");
        Files.writeString(list, String.join("\n", person("l-1", "GUZMAN LOERA, Joaquin", "1957-04-04"),
                person("l-9", "GUZMAN LOERA, Joaquin", "1957-04-04"), person("l-2", "GUZMAN LOPEZ, Ovidio", "1990-03-29")) + "\n",
                StandardCharsets.UTF_8);
        assertThat(Run.of("--workspace", ws, "ingest", "--quiet", news.toString(), list.toString()).exit()).isZero();
        assertThat(Run.of("--workspace", ws, "resolve").exit()).isZero();
        try (CorridorServer server = CorridorServer.start(new CorridorConfig(Path.of(ws), Authorizations.ALL), "127.0.0.1", 0)) {
            ChromeDriver browser = chromium();
            try {
                String base = "http://127.0.0.1:" + server.port();
                browser.get(base + "/search");
                browser.findElement(By.linkText("Review")).click();
                until(() -> browser.getCurrentUrl().endsWith("/review"));
                List<WebElement> pairs = browser.findElements(By.cssSelector("section.pair"));
                assertThat(pairs).isNotEmpty();
                int before = pairs.size();
                WebElement first = pairs.get(0);
                String sides = first.findElement(By.cssSelector(".sides")).getText();
                assertThat(sides).contains("GUZMAN LOERA").contains("1957-04-04");
                assertThat(first.getText()).contains("score");
                screenshot(browser, "review-pair.png");
                first.findElement(By.cssSelector("button[value=same]")).click();
                // the form posts and the page comes back: wait for the new page, not the old one
                until(() -> browser.findElements(By.cssSelector("section.pair")).size() == before - 1);
                WebElement decided = browser.findElement(By.cssSelector("#log tr:nth-child(2)"));
                assertThat(decided.getText()).contains("same");
                decided.findElement(By.cssSelector("form.undo button")).click();
                until(() -> browser.findElements(By.cssSelector("section.pair")).size() == before);
                assertThat(browser.findElement(By.cssSelector("#log tr:nth-child(2)")).getAttribute("class")).isEqualTo("undone");
                // the command line sees the decision and its undo
                Run log = Run.of("--workspace", ws, "review", "log", "--format", "json");
                assertThat(log.out()).contains("\"verdict\" : \"same\"").contains("\"undone_by\" : \"web\"");
            } finally {
                browser.quit();
            }
        }
    }

    /**
     * The map shows the located operations: UCDP GED's Mexican events filtered in the page's form, one
     * circle for each operation the API's GeoJSON gives for the same filters, a timeline with a bar per
     * month that has events, and a circle followed to the operation's page with its source.
     */
    @Test
    void theMapShowsTheLocatedOperationsAndTheTimelineTheirMonths() throws Exception {
        String ws = dir.resolve("ws").toString();
        Run ingest = Run.of("--workspace", ws, "ingest", "--quiet", org.corridor.testkit.TestData.ucdpGedMexico().toString());
        assertThat(ingest.exit()).as(ingest.err()).isZero();
        try (CorridorServer server = CorridorServer.start(new CorridorConfig(Path.of(ws), Authorizations.ALL), "127.0.0.1", 0)) {
            ChromeDriver browser = chromium();
            try {
                String base = "http://127.0.0.1:" + server.port();
                browser.get(base + "/search");
                browser.findElement(By.linkText("Operations")).click();
                until(() -> browser.getCurrentUrl().endsWith("/operations"));
                browser.findElement(By.name("since")).sendKeys("2014-01");
                browser.findElement(By.name("until")).sendKeys("2014-12");
                browser.findElement(By.cssSelector("form.filters button")).click();
                until(() -> browser.getCurrentUrl().contains("since=2014-01"));
                java.net.http.HttpResponse<String> api = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(base + "/api/v1/ledger.geojson?since=2014-01&until=2014-12")).GET().build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
                int located = org.corridor.app.EntityJson.JSON.readTree(api.body()).get("features").size();
                assertThat(located).isGreaterThan(20);
                List<WebElement> circles = browser.findElements(By.cssSelector("#map circle.op"));
                assertThat(circles).hasSize(located);
                assertThat(browser.findElements(By.cssSelector("#map .land path"))).isNotEmpty();
                assertThat(browser.findElement(By.id("located")).getText()).startsWith(located + " located operations");
                List<WebElement> bars = browser.findElements(By.cssSelector("#timeline rect.events"));
                assertThat(bars).hasSizeBetween(1, 12);
                assertThat(browser.findElements(By.cssSelector("#timeline path.band"))).hasSize(1);
                screenshot(browser, "operations-map-timeline.png");
                // the circles sit inside the drawing, and one leads to its operation's page
                WebElement svg = browser.findElement(By.id("map"));
                assertThat(circles.get(0).getRect().getX()).isBetween(svg.getRect().getX(), svg.getRect().getX() + svg.getRect().getWidth());
                String href = browser.findElement(By.cssSelector("#map a")).getDomAttribute("href");
                assertThat(href).startsWith("/operation/");
                browser.get(base + href);
                assertThat(browser.findElement(By.tagName("h1")).getText()).contains("2014");
                assertThat(browser.findElements(By.cssSelector("section.source"))).isNotEmpty();
                assertThat(((Number) ((JavascriptExecutor) browser).executeScript("return document.scripts.length")).intValue()).isZero();
            } finally {
                browser.quit();
            }
        }
    }

    /**
     * Run a strategy → the plot shows: two strategies of the test scenario chosen in the form, the
     * page follows the run to its end, each plotted outcome has a mean line and a 95% band per
     * strategy, the table gives the probability of victory, and the CSV download is what
     * {@code corridor simulate --format csv} writes for the same runs and seed.
     */
    @Test
    void runStrategiesAndThePlotsShowTheirBands() throws Exception {
        String ws = dir.resolve("ws").toString();
        assertThat(Run.of("--workspace", ws, "ingest", "--quiet", REPORTS.resolve("en-01.txt").toString()).exit()).isZero();
        try (CorridorServer server = CorridorServer.start(new CorridorConfig(Path.of(ws), Authorizations.ALL), "127.0.0.1", 0)) {
            ChromeDriver browser = chromium();
            try {
                String base = "http://127.0.0.1:" + server.port();
                browser.get(base + "/search");
                browser.findElement(By.linkText("Strategies")).click();
                until(() -> browser.getCurrentUrl().endsWith("/strategies"));
                browser.findElement(By.cssSelector("input[value=interdiction_surge]")).click();
                WebElement runs = browser.findElement(By.name("runs"));
                runs.clear();
                runs.sendKeys("20");
                WebElement seed = browser.findElement(By.name("seed"));
                seed.clear();
                seed.sendKeys("5");
                browser.findElement(By.cssSelector("form.run button")).click();
                String state = statusWhenEnded(browser, 120);
                assertThat(state).isEqualTo("done");
                for (String outcome : List.of("delivered", "seizures", "violence")) {
                    assertThat(browser.findElements(By.cssSelector("#plot-" + outcome + " path.mean"))).as(outcome).hasSize(2);
                    assertThat(browser.findElements(By.cssSelector("#plot-" + outcome + " path.band"))).as(outcome).hasSize(2);
                }
                List<WebElement> rows = browser.findElements(By.cssSelector("#outcomes tr"));
                assertThat(rows).hasSize(3);
                assertThat(rows.get(2).getText()).startsWith("interdiction_surge");
                assertThat(rows.get(2).findElement(By.cssSelector("td.victory")).getText()).matches("(?s)\\d+%.*below baseline.*");
                screenshot(browser, "strategies-plot.png");
                String csvHref = browser.findElement(By.id("csv")).getDomAttribute("href");
                String csv = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + csvHref))
                        .GET().build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body();
                Run cli = Run.of("simulate", "test", "--strategy", "baseline,interdiction_surge", "--runs", "20", "--seed", "5", "--format", "csv");
                assertThat(cli.exit()).as(cli.err()).isZero();
                assertThat(csv).isEqualTo(cli.out());
            } finally {
                browser.quit();
            }
        }
    }

    /**
     * The network view draws the expected node count: the whole mapped network has one circle per
     * node the metrics route counts; the wheel zooms, a dragged party moves with its ties, a party
     * centred on shows itself and exactly its neighbours in the whole network's ties, a click goes to
     * its page, and the GEXF download holds the parties drawn.
     */
    @Test
    void theNetworkViewDrawsEveryPartyZoomsDragsAndCentres() throws Exception {
        String ws = dir.resolve("ws").toString();
        Run ingest = Run.of("--workspace", ws, "ingest", "--quiet", org.corridor.testkit.TestData.ownershipCluster().toString());
        assertThat(ingest.exit()).as(ingest.err()).isZero();
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        try (CorridorServer server = CorridorServer.start(new CorridorConfig(Path.of(ws), Authorizations.ALL), "127.0.0.1", 0)) {
            ChromeDriver browser = chromium();
            try {
                String base = "http://127.0.0.1:" + server.port();
                java.util.function.Function<String, com.fasterxml.jackson.databind.JsonNode> api = path -> {
                    try {
                        return org.corridor.app.EntityJson.JSON.readTree(http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + path))
                                .GET().build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                };
                int nodes = api.apply("/api/v1/metrics?algorithms=degree").size();
                assertThat(nodes).isGreaterThan(10);
                browser.get(base + "/search");
                browser.findElement(By.linkText("Network")).click();
                until(() -> browser.getCurrentUrl().endsWith("/network"));
                List<WebElement> circles = browser.findElements(By.cssSelector("#network circle.party"));
                assertThat(circles).hasSize(nodes);
                com.fasterxml.jackson.databind.JsonNode whole = api.apply("/api/v1/network");
                assertThat(browser.findElements(By.cssSelector("#network line"))).hasSize(whole.get("edges").size());
                screenshot(browser, "network-view.png");
                // a dragged party moves, and its ties with it
                WebElement party = browser.findElement(By.cssSelector("#network circle.party"));
                ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", party);
                String id = party.getDomAttribute("data-id");
                String cx = party.getDomAttribute("cx");
                new org.openqa.selenium.interactions.Actions(browser).clickAndHold(party).moveByOffset(30, 20).moveByOffset(10, 5).release().perform();
                assertThat(browser.findElement(By.cssSelector("#network circle.party[data-id='" + id + "']")).getDomAttribute("cx")).isNotEqualTo(cx);
                assertThat(browser.getCurrentUrl()).contains("/network");
                // the wheel zooms in: the drawing's view box narrows
                WebElement svg = browser.findElement(By.id("network"));
                String before = svg.getDomAttribute("viewBox");
                new org.openqa.selenium.interactions.Actions(browser).scrollFromOrigin(
                        org.openqa.selenium.interactions.WheelInput.ScrollOrigin.fromElement(svg), 0, -300).perform();
                Object width = ((JavascriptExecutor) browser).executeScript("return document.getElementById('network').viewBox.baseVal.width");
                assertThat(((Number) width).doubleValue()).isLessThan(1000);
                assertThat(before).isEqualTo("0 0 1000 700");
                // centred on the most connected party, one hop out: itself and exactly its neighbours
                String hub = null;
                double best = -1;
                for (com.fasterxml.jackson.databind.JsonNode n : whole.get("nodes")) {
                    if (n.get("value").asDouble() > best) {
                        best = n.get("value").asDouble();
                        hub = n.get("id").asText();
                    }
                }
                java.util.Set<String> expected = new java.util.TreeSet<>(List.of(hub));
                for (com.fasterxml.jackson.databind.JsonNode e : whole.get("edges")) {
                    if (e.get("source").asText().equals(hub)) {
                        expected.add(e.get("target").asText());
                    }
                    if (e.get("target").asText().equals(hub)) {
                        expected.add(e.get("source").asText());
                    }
                }
                WebElement focus = browser.findElement(By.name("focus"));
                focus.sendKeys(hub);
                browser.findElement(By.cssSelector("form.filters button")).click();
                until(() -> browser.getCurrentUrl().contains("focus="));
                java.util.Set<String> drawn = new java.util.TreeSet<>();
                browser.findElements(By.cssSelector("#network circle.party")).forEach(c -> drawn.add(c.getDomAttribute("data-id")));
                assertThat(drawn).isEqualTo(expected);
                assertThat(browser.findElements(By.cssSelector("#network circle.party.focus"))).hasSize(1);
                // the GEXF download holds the parties drawn
                String gexf = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + browser.findElement(By.id("gexf"))
                        .getDomAttribute("href"))).GET().build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body();
                org.w3c.dom.Document doc = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                        .parse(new java.io.ByteArrayInputStream(gexf.getBytes(StandardCharsets.UTF_8)));
                assertThat(doc.getElementsByTagName("node").getLength()).isEqualTo(expected.size());
                // a click (no drag) goes to the party's page
                browser.findElement(By.cssSelector("#network circle.party.focus")).click();
                until(() -> browser.getCurrentUrl().contains("/entity/"));
                assertThat(browser.getCurrentUrl()).contains("/entity/");
                assertThat(browser.findElement(By.tagName("h1")).getText()).isNotBlank();
            } finally {
                browser.quit();
            }
        }
    }

    @Test
    void searchEntityAndSentenceInChromiumWithAHostileNameShownAsText() throws Exception {
        String ws = dir.resolve("ws").toString();
        Path hostile = dir.resolve("hostile.ftm.jsonl");
        Files.writeString(hostile, "{\"id\":\"x-1\",\"schema\":\"Person\",\"properties\":{\"name\":[\"" + HOSTILE + " Alvarez\"]}}\n",
                StandardCharsets.UTF_8);
        Run ingest = Run.of("--workspace", ws, "ingest", "--quiet", hostile.toString(), REPORTS.resolve("en-01.txt").toString());
        assertThat(ingest.exit()).as(ingest.err()).isZero();
        try (CorridorServer server = CorridorServer.start(new CorridorConfig(Path.of(ws), Authorizations.ALL), "127.0.0.1", 0)) {
            ChromeDriver browser = chromium();
            try {
                String base = "http://127.0.0.1:" + server.port();
                // the hostile name: typed into the search box as a user would, shown as text, no image, no alert
                browser.get(base + "/search");
                WebElement box = browser.findElement(By.name("q"));
                box.sendKeys("Alvarez");
                box.submit();
                until(() -> browser.getCurrentUrl().contains("q=") && !browser.findElements(By.id("results")).isEmpty());
                List<WebElement> links = browser.findElements(By.cssSelector("#results td a"));
                screenshot(browser, "search-hostile-name.png");
                assertThat(links).hasSize(1);
                assertThat(links.get(0).getText()).isEqualTo(HOSTILE + " Alvarez");
                assertThat(browser.findElements(By.tagName("img"))).isEmpty();
                assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
                Object scripts = ((JavascriptExecutor) browser).executeScript("return document.scripts.length");
                assertThat(((Number) scripts).intValue()).isZero();
                links.get(0).click();
                assertThat(browser.findElement(By.tagName("h1")).getText()).contains(HOSTILE);
                assertThat(browser.findElements(By.tagName("img"))).isEmpty();
                // the journey: search for a name from the report, open it, read the sentence with the words marked
                browser.get(base + "/search?q=Rubio");
                browser.findElement(By.cssSelector("#results td a")).click();
                assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Rubio");
                List<WebElement> marks = browser.findElements(By.cssSelector("blockquote mark"));
                assertThat(marks).isNotEmpty();
                String report = Files.readString(REPORTS.resolve("en-01.txt")).replaceAll("\\s+", " ");
                for (WebElement mark : marks) {
                    assertThat(report).contains(mark.getText());
                }
                screenshot(browser, "entity-with-sentence.png");
                // the stylesheet arrived (served from here, allowed by the CSP): marks are highlighted
                assertThat(marks.get(0).getCssValue("background-color")).isEqualTo("rgba(255, 229, 138, 1)");
            } finally {
                browser.quit();
            }
        }
    }
}
