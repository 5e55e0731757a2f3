package org.corridor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20, items 5 to 7: the review queue, its log, its decisions and merged ids respect labels.
 * A list held under the SECRET label and a public news source are resolved by the owner; a reader
 * without the token sees nothing of the secret side and cannot judge or undo anything touching it.
 */
class ReviewLabelsTest {
    @TempDir
    Path dir;

    private String ws;

    private static String person(String id, String name, String birth) {
        return "{\"id\":\"" + id + "\",\"schema\":\"Person\",\"properties\":{\"name\":[\"" + name + "\"],\"birthDate\":[\"" + birth
                + "\"]}}";
    }

    private Run as(String auths, String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "--workspace";
        all[1] = ws;
        all[2] = "--auths";
        all[3] = auths;
        System.arraycopy(args, 0, all, 4, args.length);
        return Run.of(all);
    }

    @BeforeEach
    void aSecretListAndPublicNewsResolvedByTheOwner() throws Exception {
        ws = dir.resolve("ws").toString();
        Path news = Files.writeString(dir.resolve("news.ftm.jsonl"), String.join("\n",
                person("n-ovidio", "Ovidio Guzmán López", "1990-03-29"),
                "{\"id\":\"n-cds\",\"schema\":\"Organization\",\"properties\":{\"name\":[\"Sinaloa Cartel\"]}}",
                "{\"id\":\"n-m1\",\"schema\":\"Membership\",\"properties\":{\"member\":[\"n-ovidio\"],"
                        + "\"organization\":[\"n-cds\"]}}") + "\n", StandardCharsets.UTF_8);
        Path list = Files.writeString(dir.resolve("secret-informants.ftm.jsonl"), String.join("\n",
                person("l-2", "GUZMAN LOPEZ, Ovidio", "1990-03-29"), person("l-1", "ZAMBADA NIEBLA, Serafin", "1990-07-09"),
                person("l-9", "ZAMBADA NIEBLA, Serafin", "1990-07-09")) + "\n", StandardCharsets.UTF_8);
        assertThat(Run.of("--workspace", ws, "ingest", "--quiet", news.toString()).exit()).isZero();
        assertThat(Run.of("--workspace", ws, "ingest", "--quiet", "--label", "SECRET", list.toString()).exit()).isZero();
        Run resolve = Run.of("--workspace", ws, "resolve");
        assertThat(resolve.exit()).as(resolve.err()).isZero();
        // the owner sees the secret pair queued and the cross-label merge logged
        assertThat(as("*", "review", "--format", "csv").out()).contains("l-1").contains("l-9");
        assertThat(as("*", "review", "log", "--format", "csv").out()).contains("l-2").contains("n-ovidio");
    }

    @Test
    void aReaderWithoutTheTokenSeesNoSecretPairDecisionNameOrSource() {
        Run queue = as("PUBLIC", "review", "--format", "csv");
        assertThat(queue.exit()).isZero();
        assertThat(queue.out()).doesNotContain("l-1").doesNotContain("l-9").doesNotContainIgnoringCase("zambada")
                .doesNotContain("secret-informants");
        Run log = as("PUBLIC", "review", "log", "--format", "csv");
        assertThat(log.exit()).isZero();
        assertThat(log.out()).doesNotContain("l-2").doesNotContain("GUZMAN LOPEZ").doesNotContain("1990-03-29");
    }

    @Test
    void aReaderWithoutTheTokenCannotJudgeOrUndoWhatTouchesSecretEntities() {
        Run same = as("PUBLIC", "review", "same", "l-1", "l-9");
        assertThat(same.exit()).isEqualTo(2);
        assertThat(same.err()).contains("no entity l-1 that you may judge");
        Run undo = as("PUBLIC", "review", "undo");
        assertThat(undo.exit()).isEqualTo(2);
        assertThat(undo.err()).contains("is not one you may undo");
        // nothing changed: the owner still has the merge and the queued pair
        assertThat(as("*", "review", "log", "--format", "csv").out().lines().filter(l -> l.contains("l-2")).count()).isEqualTo(1);
        assertThat(as("*", "review", "--format", "csv").out()).contains("l-1");
    }

    @Test
    void aSecretIdMergedIntoAPublicPartyShowsNothingToAReaderWithoutTheToken() {
        Run owner = as("*", "show", "l-2");
        assertThat(owner.exit()).isZero();
        assertThat(owner.out()).contains("Ovidio");
        Run reader = as("PUBLIC", "show", "l-2");
        assertThat(reader.exit()).isNotZero();
        assertThat(reader.out()).doesNotContain("Ovidio");
    }

    @Test
    void aPublicPartyMergedWithASecretOneKeepsItsOwnIdForAReaderWithoutTheToken() {
        // the owner sees the merge: n-ovidio lives in a cluster with the secret l-2
        Run ownerShow = as("*", "show", "n-ovidio", "--format", "json");
        assertThat(ownerShow.exit()).isZero();
        String cluster = ownerShow.out().replaceAll("(?s).*?\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        assertThat(cluster).isNotEqualTo("n-ovidio").startsWith("nk-");
        assertThat(as("*", "entities", "--format", "csv").out()).contains(cluster);

        // a public reader sees n-ovidio as it was read, and nowhere the cluster id
        Run show = as("PUBLIC", "show", "n-ovidio", "--format", "json");
        assertThat(show.exit()).as(show.err()).isZero();
        assertThat(show.out()).contains("\"n-ovidio\"").doesNotContain(cluster).doesNotContain("GUZMAN LOPEZ");
        assertThat(as("PUBLIC", "entities", "--format", "csv").out()).contains("n-ovidio").doesNotContain(cluster);
        assertThat(as("PUBLIC", "show", cluster).exit()).isNotZero();
        Run export = as("PUBLIC", "export", "--format", "ftm", "-o", dir.resolve("public.ftm.jsonl").toString());
        assertThat(export.exit()).as(export.err()).isZero();

        // paths by the id each reader knows: the public one by n-ovidio, the owner's through the merge
        Run publicPath = as("PUBLIC", "analyze", "paths", "--source", "n-cds", "--target", "n-ovidio", "--format", "csv");
        assertThat(publicPath.exit()).as(publicPath.err()).isZero();
        assertThat(publicPath.out()).contains("n-ovidio").doesNotContain(cluster);
        Run ownerPath = as("*", "analyze", "paths", "--source", "n-cds", "--target", "n-ovidio", "--format", "csv");
        assertThat(ownerPath.exit()).as(ownerPath.err()).isZero();
        assertThat(ownerPath.out()).contains(cluster);
    }

    @Test
    void aPublicExportNamesNoSecretCluster() throws Exception {
        Path out = dir.resolve("public.ftm.jsonl");
        assertThat(as("PUBLIC", "export", "--format", "ftm", "-o", out.toString()).exit()).isZero();
        String text = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(text).contains("\"n-ovidio\"").doesNotContain("\"nk-").doesNotContain("GUZMAN");
        // the membership still points at the party the reader knows
        assertThat(text.lines().filter(l -> l.contains("n-m1")).findFirst().orElseThrow()).contains("n-ovidio");
    }
}
