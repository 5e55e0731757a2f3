package org.corridor.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.corridor.model.Entity;
import org.corridor.model.NameFold;
import org.corridor.store.EntityFilter;
import org.corridor.testkit.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cached name index answers as the store's own name search (a scan of every name) does, on a
 * real list, for single words, several words, accents, punctuation and words nobody has; and it
 * sees a change to the workspace.
 */
class NameSearchTest {
    @TempDir
    Path dir;

    @Test
    void theIndexAnswersAsTheStoresScanAndSeesNewNames() {
        CorridorConfig config = CorridorConfig.defaults().withWorkspace(dir.resolve("ws"));
        try (Corridor c = Corridor.open(config)) {
            c.ingest().ingest(List.of(TestData.sdn2024()), IngestOptions.defaults(), IngestListener.NONE);
        }
        List<String> queries = List.of("jalisco", "Cartel de Jalisco", "GUZMAN", "Guzmán Loera", "de", "al-", "  ", "zebulon",
                "SA de CV", "ivan archivaldo", "1", "O'Neil", "tren aragua");
        try (Corridor c = Corridor.openExisting(config)) {
            for (String q : queries) {
                for (int limit : new int[] {0, 5}) {
                    EntityFilter filter = new EntityFilter(null, q, limit);
                    List<String> scan = c.view().entities(filter).stream().map(Entity::id).toList();
                    List<String> indexed = c.entities(filter).stream().map(Entity::id).toList();
                    assertThat(indexed).as(q + " limit " + limit).isEqualTo(scan);
                }
            }
            EntityFilter people = new EntityFilter("Person", "guzman", 0);
            assertThat(c.entities(people).stream().map(Entity::id).toList())
                    .isEqualTo(c.view().entities(people).stream().map(Entity::id).toList()).isNotEmpty();
            assertThat(c.entities(new EntityFilter(null, "Quillfeather", 0))).isEmpty();
        }
        Path more = dir.resolve("more.ftm.json");
        try {
            java.nio.file.Files.writeString(more, "{\"id\": \"zq-1\", \"schema\": \"Person\", \"properties\": {\"name\": [\"Zebulon Quillfeather\"]}}\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        try (Corridor c = Corridor.open(config)) {
            c.ingest().ingest(List.of(more), IngestOptions.defaults(), IngestListener.NONE);
        }
        try (Corridor c = Corridor.openExisting(config)) {
            assertThat(c.entities(new EntityFilter(null, "Quillfeather", 0))).extracting(Entity::id).containsExactly("zq-1");
        }
    }

    @Test
    void theAsciiFoldIsTheSlowFold() {
        for (String s : List.of("", "  ", "A", "Abc-Def  ghi", "--x--", "O'Neil & Sons, S.A. de C.V.", "\t tab\nline ", "ALL CAPS 123",
                "a.b.c", "~!@#$%^&*()_+")) {
            String slow = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                    .toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
            assertThat(NameFold.fold(s)).as("'" + s + "'").isEqualTo(slow);
        }
        assertThat(NameFold.fold("Guzmán LOERA")).isEqualTo("guzman loera");
    }
}
