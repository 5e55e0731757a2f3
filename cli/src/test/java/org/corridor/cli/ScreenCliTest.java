package org.corridor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.corridor.app.EntityJson;
import org.corridor.testkit.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScreenCliTest {
    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    static String ws() {
        return shared.resolve("lists").toString();
    }

    @BeforeAll
    static void loadTheLists() {
        Run run = Run.of("--workspace", ws(), "ingest", "--quiet", TestData.sdn2024().toString(),
                TestData.namesJsonl2025().toString());
        assertThat(run.exit()).as(run.err()).isZero();
    }

    private static JsonNode screen(String... names) throws Exception {
        String[] args = new String[names.length + 5];
        args[0] = "--workspace";
        args[1] = ws();
        args[2] = "screen";
        args[3] = "--format";
        args[4] = "json";
        System.arraycopy(names, 0, args, 5, names.length);
        Run run = Run.of(args);
        assertThat(run.exit()).as(run.err()).isZero();
        return EntityJson.JSON.readTree(run.out());
    }

    @Test
    void cjngIsFoundFirstByItsSpanishNameAndByItsAcronymWithAnExplanation() throws Exception {
        JsonNode results = screen("Cartel de Jalisco Nueva Generacion", "CJNG", "Jalisco Cartel New Generation");
        for (JsonNode r : results) {
            JsonNode first = r.get("hits").get(0);
            assertThat(first.get("entity_id").asText()).as(r.get("query").asText()).isEqualTo("ofac-17671");
            assertThat(first.get("explanation")).isNotEmpty();
            assertThat(first.get("programs").toString()).contains("SDNTK");
        }
        assertThat(results.get(1).get("hits").get(0).get("explanation").get(0).get("feature").asText()).isIn("acronym", "same word");
    }

    @Test
    void trenDeAraguaIsFoundThroughThe2025NamesFile() throws Exception {
        JsonNode hit = screen("Tren de Aragua").get(0).get("hits").get(0);
        assertThat(hit.get("entity_id").asText()).isEqualTo("ofac-49756");
        assertThat(hit.get("score").asDouble()).isEqualTo(1.0);
        assertThat(hit.get("explanation").toString()).contains("aragua");
    }

    @Test
    void csvHasOneRowPerHitAndNoneForAQueryWithoutHits() throws Exception {
        Path queries = dir.resolve("queries.csv");
        Files.writeString(queries, "name,schema,country\n\"ZAMBADA GARCIA, Ismael\",Person,mx\nZzyzx Qwerty Holdings,Company,\n",
                StandardCharsets.UTF_8);
        Run run = Run.of("--workspace", ws(), "screen", "--file", queries.toString(), "--format", "csv", "--limit", "1");
        assertThat(run.exit()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("query,rank,entity_id,schema,name,score,explanation");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith("\"ZAMBADA GARCIA, Ismael\",1,ofac-").contains("Person").contains("same word 'zambada'");
    }

    @Test
    void badInputGetsOneSentenceAndANonZeroExit() throws Exception {
        Run empty = Run.of("--workspace", ws(), "screen", "  ");
        assertThat(empty.exit()).isEqualTo(2);
        assertThat(empty.err()).contains("an empty name cannot be screened");

        String huge = "A".repeat(10 * 1024 * 1024);
        Run long1 = Run.of("--workspace", ws(), "screen", huge);
        assertThat(long1.exit()).isEqualTo(2);
        assertThat(long1.err()).contains("too long to screen").hasSizeLessThan(400);

        Path big = dir.resolve("big.csv");
        Files.writeString(big, "name\n" + huge + "\n", StandardCharsets.UTF_8);
        Run long2 = Run.of("--workspace", ws(), "screen", "--file", big.toString());
        assertThat(long2.exit()).isNotZero();
        assertThat(long2.err()).contains("big.csv line 2").contains("too long to screen").hasSizeLessThan(400);

        Path noName = dir.resolve("noname.csv");
        Files.writeString(noName, "full,country\nJuan Perez,mx\n", StandardCharsets.UTF_8);
        Run missing = Run.of("--workspace", ws(), "screen", "--file", noName.toString());
        assertThat(missing.exit()).isNotZero();
        assertThat(missing.err()).contains("noname.csv line 1: has no name column");

        for (String t : List.of("1.5", "-0.1", "NaN")) {
            Run threshold = Run.of("--workspace", ws(), "screen", "--threshold", t, "CJNG");
            assertThat(threshold.exit()).isEqualTo(2);
            assertThat(threshold.err()).contains("--threshold must be between 0 and 1");
        }
    }
}
