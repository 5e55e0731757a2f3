package org.corridor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.corridor.app.EntityJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * resolve and review through the CLI, on two small sources written here: a news-derived record
 * set (Spanish spellings, accents) and a list-style one ("LAST, First"), with namesakes of one
 * family and a record the list carries twice.
 */
class ResolveCliTest {
    @TempDir
    Path dir;

    private String ws;

    private static String person(String id, String name, String birth) {
        return "{\"id\":\"" + id + "\",\"schema\":\"Person\",\"properties\":{\"name\":[\"" + name + "\"],\"birthDate\":[\"" + birth
                + "\"]}}";
    }

    @BeforeEach
    void twoSources() throws Exception {
        ws = dir.resolve("ws").toString();
        Path news = dir.resolve("news.ftm.jsonl");
        Files.writeString(news, String.join("\n", person("n-chapo", "Joaquín Guzmán Loera", "1957-04-04"),
                person("n-ovidio", "Ovidio Guzmán López", "1990-03-29"),
                "{\"id\":\"n-cds\",\"schema\":\"Organization\",\"properties\":{\"name\":[\"Cártel de Sinaloa\"]}}",
                "{\"id\":\"n-tie\",\"schema\":\"UnknownLink\",\"properties\":{\"subject\":[\"n-ovidio\"],\"object\":[\"n-cds\"]}}") + "\n",
                StandardCharsets.UTF_8);
        Path list = dir.resolve("list.ftm.jsonl");
        Files.writeString(list, String.join("\n", person("l-1", "GUZMAN LOERA, Joaquin", "1957-04-04"),
                person("l-2", "GUZMAN LOPEZ, Ovidio", "1990-03-29"), person("l-3", "GUZMAN SALAZAR, Jesus Alfredo", "1986-05-17"),
                person("l-9", "GUZMAN LOERA, Joaquin", "1957-04-04"),
                "{\"id\":\"l-cds\",\"schema\":\"Organization\",\"properties\":{\"name\":[\"SINALOA CARTEL\"],"
                        + "\"alias\":[\"CARTEL DE SINALOA\"]}}") + "\n", StandardCharsets.UTF_8);
        Run run = Run.of("--workspace", ws, "ingest", "--quiet", news.toString(), list.toString());
        assertThat(run.exit()).as(run.err()).isZero();
    }

    private JsonNode json(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("--workspace", ws));
        all.addAll(List.of(args));
        Run run = Run.of(all.toArray(String[]::new));
        assertThat(run.exit()).as(run.err()).isZero();
        return EntityJson.JSON.readTree(run.out());
    }

    private Run run(String... args) {
        List<String> all = new ArrayList<>(List.of("--workspace", ws));
        all.addAll(List.of(args));
        return Run.of(all.toArray(String[]::new));
    }

    @Test
    void resolveMergesAcrossSourcesQueuesTheRestAndNeverJoinsNamesakes() throws Exception {
        JsonNode report = json("resolve", "--format", "json");
        List<String> merged = new ArrayList<>();
        report.get("merges").forEach(m -> merged.add(m.get("left").asText() + "=" + m.get("right").asText()));
        // Chapo merges with one of the list's two records of him; the other waits for review
        assertThat(merged).contains("l-2=n-ovidio", "l-cds=n-cds").hasSize(3);
        assertThat(merged).anyMatch(m -> m.matches("l-[19]=n-chapo"));
        assertThat(merged).noneMatch(m -> m.contains("l-3"));
        JsonNode queue = json("review", "--format", "json");
        List<String> queued = new ArrayList<>();
        queue.forEach(q -> queued.add(q.get("left").asText() + "=" + q.get("right").asText()));
        assertThat(queued).contains("l-1=l-9");
        assertThat(queued).noneMatch(q -> q.contains("l-3"));

        // the merged party shows under either id, with the tie re-pointed to the cluster
        JsonNode ovidio = json("show", "n-ovidio", "--format", "json");
        String cluster = ovidio.get("id").asText();
        assertThat(cluster).startsWith("nk-");
        Run export = run("export", "--format", "ftm", "--output", dir.resolve("out.ftm.jsonl").toString());
        assertThat(export.exit()).as(export.err()).isZero();
        String exported = Files.readString(dir.resolve("out.ftm.jsonl"));
        assertThat(exported).contains("\"id\":\"" + cluster + "\"").contains("\"referents\":[\"l-2\",\"n-ovidio\"]")
                .contains("\"subject\":[\"" + cluster + "\"]");
    }

    @Test
    void reviewRecordsWhoDecidedWhatAndUndoReversesIt() throws Exception {
        json("resolve", "--format", "json");
        Run same = run("review", "same", "l-1", "l-9", "--by", "alice", "--note", "one person listed twice");
        assertThat(same.exit()).as(same.err()).isZero();
        assertThat(same.out()).contains("are same, merged as nk-").contains("by alice");
        JsonNode log = json("review", "log", "--format", "json");
        assertThat(log.get(0).get("by").asText()).isEqualTo("alice");
        assertThat(log.get(0).get("verdict").asText()).isEqualTo("same");
        assertThat(log.get(0).get("explanation").asText()).isEqualTo("one person listed twice");
        assertThat(json("show", "l-9", "--format", "json").get("id").asText())
                .isEqualTo(json("show", "n-chapo", "--format", "json").get("id").asText());

        Run undo = run("review", "undo", "--by", "bob");
        assertThat(undo.exit()).as(undo.err()).isZero();
        log = json("review", "log", "--format", "json");
        assertThat(log.get(0).get("undone_by").asText()).isEqualTo("bob");
        assertThat(json("show", "l-9", "--format", "json").get("id").asText()).isEqualTo("l-9");
        assertThat(json("review", "--format", "json").toString()).contains("l-9");

        Run different = run("review", "different", "l-9", "l-1", "--by", "alice");
        assertThat(different.exit()).as(different.err()).isZero();
        assertThat(json("review", "--format", "json").toString()).doesNotContain("\"l-9\"");
        // a re-run of resolve respects the judgement
        JsonNode again = json("resolve", "--format", "json");
        assertThat(again.get("already_judged").asInt()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aPartyTwoSourcesTypeDifferentlyIsQueuedAndTheRestStillMerges() throws Exception {
        // OFAC's 2024 CSV calls ofac-15036 a vessel and its 2025 names file a legal entity: one id,
        // two schemata no party can have at once, so no merge may take it in
        Path vessels = Files.writeString(dir.resolve("vessels.ftm.jsonl"),
                "{\"id\":\"v-7\",\"schema\":\"Vessel\",\"properties\":{\"name\":[\"OCEAN PEARL STAR\"]}}\n",
                StandardCharsets.UTF_8);
        Path names = Files.writeString(dir.resolve("names.ftm.jsonl"),
                "{\"id\":\"v-7\",\"schema\":\"LegalEntity\",\"properties\":{\"name\":[\"OCEAN PEARL STAR\"]}}\n",
                StandardCharsets.UTF_8);
        Path older = Files.writeString(dir.resolve("older.ftm.jsonl"),
                "{\"id\":\"x-7\",\"schema\":\"Vessel\",\"properties\":{\"name\":[\"Ocean Pearl Star\"]}}\n",
                StandardCharsets.UTF_8);
        assertThat(run("ingest", "--quiet", vessels.toString(), names.toString(), older.toString()).exit()).isZero();
        Run resolve = run("resolve");
        assertThat(resolve.exit()).as(resolve.err()).isZero();
        assertThat(resolve.err()).doesNotContain("cannot be one party");
        // the other parties were merged as before, and the pair waits for a person
        assertThat(run("show", "l-2", "--format", "json").out()).contains("n-ovidio");
        String queue = run("review", "--format", "csv").out();
        assertThat(queue.lines().filter(l -> l.contains("v-7") && l.contains("x-7")).count()).as(queue + resolve.out()).isEqualTo(1);
    }

    @Test
    void badInputIsOneSentenceAndANonZeroExit() {
        Run threshold = run("resolve", "--auto-merge", "1.5");
        assertThat(threshold.exit()).isEqualTo(2);
        assertThat(threshold.err()).contains("--auto-merge must be between 0 and 1").doesNotContain("Exception");
        Run scorer = run("resolve", "--scorer", "names-v9");
        assertThat(scorer.exit()).isEqualTo(2);
        assertThat(scorer.err()).contains("there is no scorer 'names-v9'; use one of best, names-v1");
        Run unknown = run("review", "same", "l-1", "nobody");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("there is no entity nobody");
        Run nothing = run("review", "undo");
        assertThat(nothing.exit()).isEqualTo(2);
        assertThat(nothing.err()).contains("there is no decision to undo");
        Run namespace = run("ingest", "--namespace", "bad name", dir.resolve("news.ftm.jsonl").toString());
        assertThat(namespace.exit()).isEqualTo(2);
        assertThat(namespace.err()).contains("--namespace bad name is not usable in ids");
    }
}
