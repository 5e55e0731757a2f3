package org.corridor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.corridor.app.EntityJson;
import org.corridor.testkit.Pdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20, item 2: the program as packaged (target/corridor-cli.jar and target/lib, what the
 * launcher runs), not the test classpath, ingests a folder of text, HTML and PDF documents. Run by
 * Failsafe after the package phase; a dependency left out of target/lib by a wrong scope fails it.
 */
class PackagedCliIT {
    @TempDir
    Path dir;

    @Test
    void thePackagedProgramIngestsTextHtmlAndPdfFromOneFolder() throws Exception {
        Path target = Path.of("target").toAbsolutePath();
        Path jar = target.resolve("corridor-cli.jar");
        assertThat(jar).as("the packaged jar; run with mvn verify").isRegularFile();
        assertThat(target.resolve("lib")).isDirectory();

        Path folder = Files.createDirectories(dir.resolve("reports"));
        Files.writeString(folder.resolve("a-wire.txt"), """
                Bogotá, 3 March 2025

                Colombian police arrested two men in Cartagena on Monday, the national police said.
                """);
        Files.writeString(folder.resolve("b-page.html"), """
                <html><head><title>Police statement</title></head><body><article>
                <p>Mexican authorities detained three suspects in Culiacán on Tuesday, prosecutors said.</p>
                </article></body></html>
                """);
        Pdfs.write(folder.resolve("c-statement.pdf"), null, "The Treasury sanctioned two companies in Panama on Friday, officials said.");

        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-cp", jar + File.pathSeparator + target.resolve("lib") + File.separator + "*",
                Main.class.getName(), "--workspace", dir.resolve("ws").toString(), "ingest", "--report", "json", "--quiet",
                "--date", "2025-03-03", "--language", "en", folder.toString()));
        Process process = new ProcessBuilder(command).redirectError(dir.resolve("err.txt").toFile()).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String err = Files.readString(dir.resolve("err.txt"));
        assertThat(process.exitValue()).as(err).isZero();

        JsonNode reports = EntityJson.JSON.readTree(out);
        assertThat(reports).hasSize(3);
        List<String> formats = new ArrayList<>();
        for (JsonNode r : reports) {
            assertThat(r.path("error").asText("")).as(r.toString()).isEmpty();
            assertThat(r.get("statementsAdded").asLong()).as(r.toString()).isPositive();
            formats.add(r.get("format").asText());
        }
        assertThat(formats).containsExactly("text", "html", "pdf");
    }
}
