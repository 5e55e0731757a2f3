package org.corridor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corridor.app.EntityJson;
import org.corridor.testkit.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 21, acceptance 1: on the real-reporting set, read in a workspace holding OFAC's 2025
 * names file, no link is made that the gold does not list and none the gold forbids (first
 * names, namesakes); persons and organisations reach P and R 0.90, operations (type, date,
 * place, deaths) F1 0.85, designations R 0.90, and running totals are read as totals.
 */
class RealReportingLinksTest {
    private static final Path REAL = Path.of("..", "corpus", "real");

    @TempDir
    Path dir;

    @Test
    void realReportingMakesNoFalseLinkToAListedParty() throws Exception {
        String ws = dir.resolve("ws").toString();
        assertThat(Run.of("--workspace", ws, "ingest", "--quiet", TestData.namesJsonl2025().toString()).exit()).isZero();
        Run run = Run.of("--workspace", ws, "eval", "extraction", "--errors", "--format", "json", "--gold",
                REAL.resolve("gold.jsonl").toString(), REAL.resolve("reports").toString());
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode result = EntityJson.JSON.readTree(run.out());
        assertThat(result.get("documents").asInt()).isGreaterThanOrEqualTo(10);
        Map<String, JsonNode> measures = measures(result);
        JsonNode link = measures.get("link to listed party");
        assertThat(link).isNotNull();
        assertThat(link.get("false_positives").asInt()).as(run.err()).isZero();
        assertThat(link.get("true_positives").asInt()).isGreaterThanOrEqualTo(8);
        assertThat(run.err()).doesNotContain("FORBIDDEN").doesNotContain("false link");

        for (String entity : List.of("entity person", "entity organization")) {
            assertThat(measures.get(entity).get("precision").asDouble()).as(entity + "\n" + run.err()).isGreaterThanOrEqualTo(0.90);
            assertThat(measures.get(entity).get("recall").asDouble()).as(entity + "\n" + run.err()).isGreaterThanOrEqualTo(0.90);
        }
        assertThat(measures.get("operation type+date+place+deaths").get("f1").asDouble()).as(run.err()).isGreaterThanOrEqualTo(0.85);
        assertThat(measures.get("designation").get("recall").asDouble()).as(run.err()).isGreaterThanOrEqualTo(0.90);
        assertThat(measures.get("running total").get("recall").asDouble()).as(run.err()).isGreaterThanOrEqualTo(0.90);
        assertThat(measures.get("running total").get("precision").asDouble()).as(run.err()).isGreaterThanOrEqualTo(0.90);
    }

    /** The held-out sets (written after the rules were tuned; docs/extraction.md): no false or forbidden link either. */
    @Test
    void theHeldOutSetsMakeNoFalseLinkEither() throws Exception {
        String ws = dir.resolve("held").toString();
        assertThat(Run.of("--workspace", ws, "ingest", "--quiet", TestData.namesJsonl2025().toString()).exit()).isZero();
        int made = 0;
        for (String set : List.of("real-heldout", "real-heldout-2", "real-heldout-3", "real-heldout-4", "real-heldout-5",
                "real-heldout-6", "real-heldout-7", "real-heldout-8", "real-heldout-9", "real-heldout-10",
                "real-heldout-11", "real-heldout-12", "real-heldout-13", "real-heldout-14",
                "real-heldout-15", "real-heldout-16", "real-heldout-17", "real-heldout-18",
                "real-heldout-19", "real-heldout-20", "real-heldout-21", "real-heldout-22", "real-heldout-23", "real-heldout-24", "real-heldout-25", "real-heldout-26", "real-heldout-27", "real-heldout-28", "real-heldout-29", "real-heldout-30",
                "real-heldout-31", "real-heldout-32", "real-heldout-33",
                "real-heldout-34", "real-heldout-35", "real-heldout-36",
                "real-heldout-37", "real-heldout-38", "real-heldout-39", "real-heldout-40", "real-heldout-41", "real-heldout-42", "real-heldout-43", "real-heldout-44", "real-heldout-45", "real-heldout-46", "real-heldout-47", "real-heldout-48", "real-heldout-49", "real-heldout-50", "real-heldout-51", "real-heldout-52", "real-heldout-53", "real-heldout-54", "real-heldout-55", "real-heldout-56", "real-heldout-57", "real-heldout-58", "real-heldout-59", "real-heldout-60", "real-heldout-61", "real-heldout-62", "real-heldout-63", "real-heldout-64", "real-heldout-65", "real-heldout-66", "real-heldout-67", "real-heldout-68",
                "real-heldout-69", "real-heldout-70", "real-heldout-71", "real-heldout-72", "real-heldout-73", "real-heldout-74", "real-heldout-75", "real-heldout-76", "real-heldout-77", "real-heldout-78", "real-heldout-79",
                "real-heldout-80", "real-heldout-81", "real-heldout-82", "real-heldout-83", "real-heldout-84", "real-heldout-85", "real-heldout-86",
                "real-heldout-87", "real-heldout-88", "real-heldout-89", "real-heldout-90", "real-heldout-91", "real-heldout-92",
                "real-heldout-93", "real-heldout-94", "real-heldout-95", "real-heldout-96", "real-heldout-97", "real-heldout-98",
                "real-heldout-99", "real-heldout-100", "real-heldout-101",
                "real-heldout-102", "real-heldout-103", "real-heldout-104", "real-heldout-105", "real-heldout-106",
                "real-heldout-107", "real-heldout-108", "real-heldout-109", "real-heldout-110",
                "real-heldout-111", "real-heldout-112", "real-heldout-113",
                "real-heldout-114", "real-heldout-115", "real-heldout-116", "real-heldout-117", "real-heldout-118",
                "real-heldout-119", "real-heldout-120", "real-heldout-121",
                "real-heldout-122", "real-heldout-123", "real-heldout-124", "real-heldout-125", "real-heldout-126", "real-heldout-127",
                "real-heldout-128", "real-heldout-129")) {
            Path folder = Path.of("..", "corpus", set);
            Run run = Run.of("--workspace", ws, "eval", "extraction", "--errors", "--format", "json", "--gold",
                    folder.resolve("gold.jsonl").toString(), folder.resolve("reports").toString());
            assertThat(run.exit()).as(run.err()).isZero();
            JsonNode link = measures(EntityJson.JSON.readTree(run.out())).get("link to listed party");
            assertThat(link).isNotNull();
            assertThat(link.get("false_positives").asInt()).as(set + "\n" + run.err()).isZero();
            // links are made at all (the fifteenth set has one to make), and across the sets about as many as now (223)
            // the nineteenth set names no listed party; the forty-fourth's two are only proposed (a given name the lexicon lacks, a
            // given name spelt otherwise than the list spells it), and so are the fifty-second's (Maduro and Delcy Rodríguez named
            // by a given name and first surname only), and so is the seventieth's (Maduro again)
            if (link.get("true_positives").asInt() + link.get("false_negatives").asInt() > 0 && !set.equals("real-heldout-44")
                    && !set.equals("real-heldout-52") && !set.equals("real-heldout-70")) {
                assertThat(link.get("true_positives").asInt()).as(set).isGreaterThanOrEqualTo(1);
            }
            made += link.get("true_positives").asInt();
            assertThat(run.err()).as(set).doesNotContain("FORBIDDEN").doesNotContain("false link");
        }
        assertThat(made).as("links made over the held-out sets").isGreaterThanOrEqualTo(200);
    }

    /** The result's measures by name. */
    private static Map<String, JsonNode> measures(JsonNode result) {
        Map<String, JsonNode> measures = new HashMap<>();
        result.get("measures").forEach(m -> measures.put(m.get("measure").asText(), m));
        return measures;
    }
}
