package org.corridor.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.corridor.app.Corridor;
import org.corridor.app.CorridorConfig;
import org.corridor.app.EntityJson;
import org.corridor.model.label.Authorizations;
import org.corridor.testkit.HostileFiles;
import org.corridor.testkit.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 24, item 2 and acceptance 5: files sent to {@code POST /api/v1/ingest} are ingested as
 * {@code corridor ingest} ingests them, each with its progress and report; hostile files (an XXE
 * probe, a truncated PDF, binary bytes, a cut-off JSON line, HTML nested a hundred thousand deep, a
 * name that climbs out of the folder)
 * fail one by one with a sentence while the good file lands and nothing stored is lost; too much
 * is a 413, a page elsewhere a 403, and nothing is written outside the workspace's uploads.
 */
class UploadTest {
    @TempDir
    Path dir;

    private CorridorServer server;
    private CorridorConfig config;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        config = new CorridorConfig(dir.resolve("ws"), Authorizations.ALL);
        try (Corridor c = Corridor.open(config)) {
            c.ingest().ingest(List.of(TestData.smallSample()), org.corridor.app.IngestOptions.defaults(), org.corridor.app.IngestListener.NONE);
        }
        server = CorridorServer.start(config, "127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String base() {
        return "http://127.0.0.1:" + server.port();
    }

    /** A multipart body as a browser's form or curl -F sends it. */
    static byte[] multipart(String boundary, Map<String, byte[]> files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        files.forEach((name, bytes) -> {
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + name
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(bytes);
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        });
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private HttpResponse<String> upload(Map<String, byte[]> files, String origin) throws Exception {
        String boundary = "corridor-test-boundary-7c1f";
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + "/api/v1/ingest"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, files)));
        if (origin != null) {
            b.header("Origin", origin);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode waitFor(String location) throws Exception {
        for (int i = 0; i < 1800; i++) {
            JsonNode status = EntityJson.JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(base() + location)).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            if (!status.get("status").asText().equals("running")) {
                return status;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the ingest did not end within three minutes");
    }

    private long entities() throws Exception {
        return EntityJson.JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/entities?limit=0")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body()).size();
    }

    @Test
    void goodFilesLandAndHostileOnesFailOneByOneWithASentence() throws Exception {
        long before = entities();
        Path hostile = Files.createDirectories(dir.resolve("hostile"));
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("new-people.ftm.json", ("{\"id\": \"up-1\", \"schema\": \"Person\", \"properties\": {\"name\": [\"Odalys Uploaded\"]}}\n")
                .getBytes(StandardCharsets.UTF_8));
        files.put("xxe.xml", Files.readAllBytes(HostileFiles.xxe(hostile)));
        files.put("cut.pdf", "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R".getBytes(StandardCharsets.US_ASCII));
        files.put("blob.bin", Files.readAllBytes(HostileFiles.binary(hostile)));
        files.put("truncated.ftm.jsonl", Files.readAllBytes(HostileFiles.truncatedJsonLine(hostile)));
        StringBuilder deep = new StringBuilder("<html><body><p>La Policía detuvo a dos hombres en Culiacán el lunes.</p>");
        deep.append("<div>".repeat(100_000)).append("x").append("</div>".repeat(100_000)).append("</body></html>");
        files.put("deep.html", deep.toString().getBytes(StandardCharsets.UTF_8));
        files.put("../../escape.ftm.json", ("{\"id\": \"up-2\", \"schema\": \"Person\", \"properties\": {\"name\": [\"Climber Outside\"]}}\n")
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = upload(files, null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        String location = r.headers().firstValue("Location").orElseThrow();
        JsonNode status = waitFor(location);
        assertThat(status.get("status").asText()).as(status.toString()).isEqualTo("done");
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        status.get("files").forEach(f -> byName.put(f.get("file").asText(), f));
        assertThat(byName).containsOnlyKeys(files.keySet());
        assertThat(byName.get("new-people.ftm.json").get("status").asText()).isEqualTo("done");
        assertThat(byName.get("new-people.ftm.json").get("report").get("entities").asLong()).isEqualTo(1);
        for (String bad : List.of("xxe.xml", "cut.pdf", "blob.bin")) {
            JsonNode f = byName.get(bad);
            assertThat(f.get("status").asText()).as(bad + ": " + f).isEqualTo("failed");
            String error = f.get("report").get("error").asText();
            assertThat(error).as(bad).contains(bad).doesNotContain(dir.toString()).doesNotContain("uploads/");
        }
        // the cut-off line is reported; the whole line before it still counts
        JsonNode truncated = byName.get("truncated.ftm.jsonl").get("report");
        assertThat(truncated.toString()).contains("truncated.ftm.jsonl").doesNotContain(dir.toString());
        // a hundred thousand nested tags do not exhaust the stack: the file ends with its own sentence (too little text to
        // tell its language), as on the command line, and the server goes on
        JsonNode deepReport = byName.get("deep.html");
        assertThat(deepReport.get("status").asText()).as(deepReport.toString()).isEqualTo("failed");
        assertThat(deepReport.get("report").get("error").asText()).startsWith("deep.html: ").doesNotContain("Exception").doesNotContain(dir.toString());
        // a name that climbs out is kept inside the uploads folder under its last segment
        assertThat(byName.get("../../escape.ftm.json").get("status").asText()).isEqualTo("done");
        try (Stream<Path> all = Files.walk(dir)) {
            List<Path> escaped = all.filter(p -> p.getFileName().toString().startsWith("escape")).toList();
            assertThat(escaped).hasSize(1);
            assertThat(escaped.get(0).startsWith(dir.resolve("ws").resolve("uploads"))).as(escaped.toString()).isTrue();
        }
        // nothing stored is lost; the good files' people are found
        assertThat(entities()).isGreaterThanOrEqualTo(before + 2);
        JsonNode found = EntityJson.JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(base()
                + "/api/v1/entities?query=Odalys%20Uploaded")).GET().build(), HttpResponse.BodyHandlers.ofString()).body());
        assertThat(found).hasSize(1);
        // the page of the ingest shows each file's error as text
        String page = http.send(HttpRequest.newBuilder(URI.create(base() + location.replace("/api/v1", ""))).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(page).contains("xxe.xml").contains("failed").contains("new-people.ftm.json").doesNotContain("<script");
    }

    @Test
    void tooMuchCrossSiteAndNotAFormAreRefusedWithNothingKept() throws Exception {
        Map<String, byte[]> big = new LinkedHashMap<>();
        big.put("huge.ftm.json", new byte[(int) CorridorServer.MAX_UPLOAD_BYTES + 1024]);
        HttpResponse<String> tooBig = upload(big, null);
        assertThat(tooBig.statusCode()).as(tooBig.body()).isEqualTo(413);
        assertThat(EntityJson.JSON.readTree(tooBig.body()).get("detail").asText()).contains("MB");

        Map<String, byte[]> one = Map.of("a.ftm.json", "{}".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> foreign = upload(one, "https://elsewhere.example");
        assertThat(foreign.statusCode()).isEqualTo(403);

        HttpResponse<String> notAForm = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/ingest"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(notAForm.statusCode()).isEqualTo(400);
        assertThat(EntityJson.JSON.readTree(notAForm.body()).get("detail").asText()).contains("multipart");

        HttpResponse<String> none = upload(new LinkedHashMap<>(), null);
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(Files.exists(dir.resolve("ws").resolve("uploads"))
                ? new ArrayList<>(List.of(dir.resolve("ws").resolve("uploads").toFile().list())) : List.of()).isEmpty();
    }
}
