package org.corridor.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.corridor.extract.doc.Document;
import org.corridor.extract.facts.Extraction;
import org.corridor.extract.pipeline.DocEntity;
import org.corridor.extract.pipeline.Gazetteer;
import org.corridor.extract.pipeline.Pipeline;
import org.corridor.extract.text.Language;
import org.corridor.extract.text.Lexicon;
import org.corridor.extract.text.Names;
import org.corridor.testkit.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 21, acceptance 2: every one-word name in OFAC's 2025 names file that is also a given name
 * or an ordinary English or Spanish word (CoreNLP's first-name list, Datafaker's Spanish-speaking countries' given
 * names, Debian's wamerican and myspell-es: see extract's lexicon README), or an English proper noun of wamerican (a surname
 * or a place, such as "Robson"), is mentioned alone in a short report, and no report
 * links or merges anything with a listed party on it; each such mention is at most proposed for
 * review. A fuller name of a listed party in the same workspace still links, with its reason.
 */
class FalseLinkPropertyTest {
    @TempDir
    Path dir;

    @Test
    void aGivenNameOrOrdinaryWordAloneNeverLinksToAListedParty() throws Exception {
        Map<String, String> words = commonOneWordNames();
        assertThat(words).as("one-word list names that are given names or words").hasSizeGreaterThan(300)
                .containsKeys("nicolas", "daniel", "mayo", "romina", "robson");

        try (Corridor corridor = Corridor.open(CorridorConfig.defaults().withWorkspace(dir.resolve("ws")), IngestServiceTest.FROZEN)) {
            corridor.ingest().ingest(List.of(TestData.namesJsonl2025()), IngestOptions.defaults(), IngestListener.NONE);
            Gazetteer gazetteer = DocumentIngest.gazetteer(corridor.view());
            Pipeline pipeline = Pipeline.standard(DocumentIngest.tagger(), gazetteer);
            List<String> linked = new ArrayList<>();
            StringBuilder all = new StringBuilder("Officials met in the capital\n\n");
            for (String listed : words.values()) {
                String name = titleCase(listed);
                String text = "Officials said " + name + " would attend the hearing in the capital on Monday. " + name
                        + " did not answer questions from reporters.";
                all.append(text).append("\n\n");
                Extraction x = pipeline.extract(new Document("report.txt", "text", text, "", null, "", "", Language.EN, List.of()));
                for (DocEntity e : x.entities()) {
                    if (e.listed() != null && !e.listed().weak()) {
                        linked.add(name + " -> " + e.listed().entityId() + " (" + e.listedBecause() + ")");
                    }
                }
            }
            assertThat(linked).as("links made on a given name or an ordinary word alone").isEmpty();

            // through the whole ingest: one report holding them all merges nothing, and proposes instead
            Path report = Files.writeString(dir.resolve("all-names.txt"), all, StandardCharsets.UTF_8);
            int before = corridor.review().log(0).size();
            List<FileReport> reports = corridor.ingest().ingest(List.of(report), IngestOptions.defaults(), IngestListener.NONE);
            assertThat(reports.get(0).failed()).isFalse();
            assertThat(corridor.review().log(0)).hasSize(before);
            assertThat(corridor.review().queue(0)).isNotEmpty()
                    .allSatisfy(c -> assertThat(c.explanation()).contains("not linked on this alone"));

            // a fuller listed name still links, and says why
            Path fuller = Files.writeString(dir.resolve("fuller.txt"), "Cartel leaders charged\n\nProsecutors said the Cartel de los Soles "
                    + "moved cocaine through Venezuela with the help of Tren de Aragua.\n", StandardCharsets.UTF_8);
            corridor.ingest().ingest(List.of(fuller), IngestOptions.defaults(), IngestListener.NONE);
            assertThat(corridor.review().log(0)).hasSize(before + 2)
                    .allSatisfy(d -> assertThat(d.explanation()).contains("linked: a name of"));
        }
    }

    /**
     * Folded one-word names of the file that the lexicon calls a given name, an ordinary word or an English proper noun (a
     * surname, a place: "Robson"), with one spelling each.
     */
    private static Map<String, String> commonOneWordNames() throws Exception {
        Lexicon lexicon = Lexicon.standard();
        Map<String, String> out = new TreeMap<>();
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader in = Files.newBufferedReader(TestData.namesJsonl2025(), StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                for (JsonNode n : json.readTree(line).path("names")) {
                    String name = n.path("full_name").asText().strip();
                    List<String> keys = Names.keys(name);
                    if (keys.size() == 1 && keys.get(0).length() >= 3 && name.chars().allMatch(Character::isLetter)
                            && (lexicon.givenName(keys.get(0)) || lexicon.ordinaryWord(keys.get(0)) || lexicon.properNoun(keys.get(0)))) {
                        out.putIfAbsent(keys.get(0), name);
                    }
                }
            }
        }
        return out;
    }

    private static String titleCase(String word) {
        return word.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + word.substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
