package org.corridor.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.corridor.extract.facts.Extraction;
import org.corridor.extract.facts.OperationFact;
import org.corridor.extract.pipeline.CountryNames;
import org.corridor.extract.pipeline.Gazetteer;
import org.corridor.extract.text.EntityKind;
import org.corridor.extract.text.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shapes of held-out set 96 worked on in the twenty-third session: a wire release's dateline ("COUTTS, AB, May 2, 2023 /CNW/
 * -") dates the page and is read as its date line, so its province code is no body; its closing "SOURCE" line names the body
 * alone; "at the Coutts border crossing" is a place; "arrested the driver" is the arrest of the find told before, that day and
 * there. In Spanish: "Los agentes lo pararon el pasado 2 de octubre" dates the arrest told before it; "registraron su casa" is
 * a raid; the crew of a stopped boat were arrested where it was stopped.
 */
class WireReleasesAndRoadChecksTest {
    @TempDir
    Path dir;

    @Test
    void aWireReleaseAtABorderCrossing() throws Exception {
        // set 96's own report
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Canada NewsWire | News Releases | Government

                Border officers find 30 kg of suspected cocaine in truck at Coutts crossing

                COUTTS, AB, May 2, 2023 /CNW/ -

                Officers of the Canada Border Services Agency (CBSA) found about 30 kilograms of suspected cocaine in a \
                commercial truck at the Coutts border crossing in southern Alberta on April 9, 2023, the agency and the Royal \
                Canadian Mounted Police (RCMP) said.

                The truck had been sent for a secondary examination. Its driver was hauling a load bound for Calgary. The \
                officers also turned up 5.7 grams of suspected opium while searching the vehicle.

                The CBSA arrested the driver and handed him, with the drugs, to the Alberta RCMP Integrated Border Enforcement \
                Unit. On April 10, 2023, the RCMP charged the 35-year-old with importing and possessing a controlled substance \
                for the purpose of trafficking, and with smuggling. He is due in Lethbridge Provincial Court on May 26, 2023.

                \"Stopping illegal drugs at the border keeps our communities safe,\" said Public Safety Minister Marco Mendicino.

                SOURCE Canada Border Services Agency
                """);
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.ORGANIZATION).extracting(e -> e.name())
                .contains("Canada Border Services Agency").doesNotContain("AB").noneMatch(name -> name.startsWith("SOURCE"));
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.place())
                .containsExactlyInAnyOrder("seizure 2023-04-09 Coutts", "arrest 2023-04-09 Coutts");
    }

    @Test
    void aPageDatedArrestWithNoFindBeforeKeepsThePageDate() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Canada NewsWire | News Releases

                Driver arrested

                SARNIA, ON, March 3, 2024 /CNW/ -

                The agency arrested the driver of a truck after a chase, officials said.
                """);
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.datePrecision())
                .containsExactly("arrest 2024-03-03 publication");
        Extraction two = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Canada NewsWire | News Releases

                Two finds at the border

                SARNIA, ON, March 3, 2024 /CNW/ -

                Officers found 20 kilograms of cocaine at the Emerson border crossing on February 12, 2024.

                Officers found 15 kilograms of cocaine at the Coutts border crossing on February 20, 2024.

                A detector dog had alerted on both loads.

                The agency arrested the driver and handed him to the police.
                """);
        assertThat(two.operations()).filteredOn(op -> op.type().equals("arrest")).extracting(op -> op.date() + " " + op.datePrecision())
                .containsExactly("2024-03-03 publication");
    }

    @Test
    void aRoadCheckDatesTheArrestAndTheHomeSearchIsARaid() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.ES, """
                Diario de Ejemplo | Galicia | Sucesos

                Detenido en Lugo con tres kilos de cocaína en el coche

                9 de noviembre de 2025

                La Guardia Civil ha detenido en Mondoñedo a un vecino de Vigo que llevaba en su coche tres kilos de cocaína.

                Los agentes lo pararon el pasado 4 de noviembre en un control en la autovía A-8.

                Después, los guardias registraron su casa en Vigo y encontraron otros dos kilos de cocaína.
                """);
        assertThat(x.operations()).filteredOn(op -> op.type().equals("arrest")).extracting(OperationFact::date)
                .containsExactly(LocalDate.of(2025, 11, 4));
        assertThat(x.operations()).filteredOn(op -> op.type().equals("raid")).extracting(OperationFact::place).containsExactly("Vigo");
    }

    @Test
    void theCrewOfAStoppedBoatWereArrestedWhereItWasStopped() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.ES, """
                Diario de Ejemplo | Nacional

                La Armada intercepta una lancha con cocaína

                14 de enero de 2026

                El ministro de Defensa informó que la Armada de Colombia interceptó cerca de Tumaco una lancha cargada con una \
                tonelada de cocaína.

                Según el ministro, la lancha iba hacia Centroamérica.

                Era una lancha rápida con tres tripulantes, que fue interceptada tras una larga persecución.

                La operación terminó con la captura de los tres tripulantes.
                """);
        assertThat(x.operations()).filteredOn(op -> op.type().equals("arrest")).extracting(OperationFact::place)
                .containsExactly("Tumaco");
    }
}
