package org.corridor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.corridor.app.EntityJson;
import org.corridor.testkit.HostileFiles;
import org.corridor.testkit.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    @TempDir
    Path dir;

    String ws() {
        return dir.resolve("ws").toString();
    }

    @Test
    void theSdnListLoadsIsFoundByNameWithItsProgramsAndReingestsAsANoOp() throws Exception {
        Run first = Run.of("--workspace", ws(), "ingest", "--quiet", "--report", "json", TestData.sdn2024().toString());
        assertThat(first.exit()).as(first.err()).isZero();
        JsonNode report = EntityJson.JSON.readTree(first.out()).get(0);
        assertThat(report.get("records").asLong()).isEqualTo(14_965);
        assertThat(report.get("statementsAdded").asLong()).isPositive();

        Run found = Run.of("--workspace", ws(), "entities", "--query", "sinaloa cartel", "--format", "json");
        assertThat(found.exit()).isZero();
        JsonNode hit = EntityJson.JSON.readTree(found.out()).get(0);
        assertThat(hit.get("id").asText()).isEqualTo("ofac-11440");
        assertThat(hit.get("caption").asText()).isEqualTo("SINALOA CARTEL");
        assertThat(hit.get("programs").toString()).isEqualTo("[\"SDNTK\",\"ILLICIT-DRUGS-EO14059\"]");

        Run again = Run.of("--workspace", ws(), "ingest", "--quiet", "--report", "json", TestData.sdn2024().toString());
        assertThat(EntityJson.JSON.readTree(again.out()).get(0).get("statementsAdded").asLong()).isZero();
    }

    @Test
    void showPrintsEveryStatementWithItsSourceAndTheLinkedToTie() {
        assertThat(Run.of("--workspace", ws(), "ingest", "--quiet", TestData.sdn2021().toString()).exit()).isZero();
        Run show = Run.of("--workspace", ws(), "show", "ofac-2686");
        assertThat(show.exit()).isZero();
        assertThat(show.out()).contains("NASRALLAH, Hasan  [Person ofac-2686]")
                .contains("ofac_sdn_csv_2021-04-25/sdn.csv")
                .containsPattern("passportNumber +042833 +ofac_sdn_csv_2021-04-25/sdn.csv +line \\d+ Remarks +0.90")
                .contains("alt.csv")
                .contains("object=HIZBALLAH (ofac-4697), role=Linked To");
        Run byName = Run.of("--workspace", ws(), "show", "Hasan", "Nasrallah");
        assertThat(byName.out()).contains("[Person ofac-2686]");
    }

    @Test
    void aHostileFileFailsWithOneSentenceOnStderrAndNoStackTrace() {
        Path xxe = HostileFiles.xxe(dir);
        Run run = Run.of("--workspace", ws(), "ingest", "--quiet", xxe.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("corridor: " + xxe + " line 2: DOCTYPE declarations are refused (they allow "
                + "entity expansion and external entity reads); export the file without one");
        assertThat(run.out()).contains("failed");
    }

    @Test
    void usageErrorsExitWithTwoAndSayWhatToDo() {
        Run unknown = Run.of("--workspace", ws(), "ingest", "--bogus", "x");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("corridor: Unknown option: '--bogus'").contains("--help");

        assertThat(Run.of("--workspace", ws(), "ingest", "--quiet", TestData.smallSample().toString()).exit()).isZero();
        Run badSchema = Run.of("--workspace", ws(), "entities", "--schema", "Cartel");
        assertThat(badSchema.exit()).isEqualTo(2);
        assertThat(badSchema.err()).startsWith("corridor: unknown schema 'Cartel'");

        Run badLabel = Run.of("--workspace", ws(), "ingest", "--label", "a&b|c", TestData.sdn2024().toString());
        assertThat(badLabel.exit()).isEqualTo(2);
        assertThat(badLabel.err()).contains("mixed without parentheses");
    }

    @Test
    void aMissingFileFailsWithExitOne() {
        Run run = Run.of("--workspace", ws(), "ingest", dir.resolve("nope.csv").toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("nope.csv: no such file or folder; check the path");
    }

    @Test
    void labelledStatementsAreHiddenFromReadersWithoutTheToken() {
        Path file = TestData.smallSample();
        assertThat(Run.of("--workspace", ws(), "ingest", "--quiet", "--label", "partner-a", file.toString()).exit()).isZero();
        assertThat(Run.of("--workspace", ws(), "--auths", "partner-b", "entities", "--format", "csv").out().lines())
                .containsExactly("id,schema,name,programs,sources");
        assertThat(Run.of("--workspace", ws(), "--auths", "partner-a", "entities", "--format", "csv").out().lines())
                .hasSize(8);
        assertThat(Run.of("--workspace", ws(), "--auths", "partner-b", "export").out()).isEmpty();
    }

    @Test
    void exportWritesFtmLinesToStdout() throws Exception {
        Run.of("--workspace", ws(), "ingest", "--quiet", TestData.smallSample().toString());
        Run export = Run.of("--workspace", ws(), "export", "--format", "ftm");
        assertThat(export.exit()).isZero();
        assertThat(export.out().lines()).hasSize(7);
        for (String line : export.out().lines().toList()) {
            assertThat(EntityJson.JSON.readTree(line).get("schema").asText()).isNotEmpty();
        }
        Run geojson = Run.of("--workspace", ws(), "export", "--format", "geojson");
        assertThat(geojson.exit()).isZero();
        assertThat(EntityJson.JSON.readTree(geojson.out()).get("features")).isEmpty();
        Run unknown = Run.of("--workspace", ws(), "export", "--format", "xlsx");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("use ftm, csv, gexf, graphml or geojson");
    }

    @Test
    void everyCommandAnswersHelpWithoutItsRequiredArguments() {
        for (String command : new String[] {"quickstart", "ingest", "entities", "show", "export", "analyze"}) {
            Run help = Run.of(command, "--help");
            assertThat(help.exit()).as(command).isZero();
            assertThat(help.out()).as(command).startsWith("Usage: corridor " + command);
        }
    }

    @Test
    void helpListsTheCommands() {
        Run help = Run.of("--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("quickstart", "ingest", "entities", "show", "export");
    }
}
