package org.corridor.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.corridor.extract.facts.Extraction;
import org.corridor.extract.pipeline.CountryNames;
import org.corridor.extract.pipeline.Gazetteer;
import org.corridor.extract.text.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shapes the eightieth held-out set showed the rules missing (corpus/real-heldout-80, four port seizures): arrests a report
 * says did not happen, a year's tonnage told with "suma este año", a load named by where it came from, the port the next
 * sentence hides it in, recalled seizures ("the week before", "took N pounds of cocaine"), "U.K." inside an apposition and a
 * title the tagger read with the name after it as one organisation. Names of people are invented.
 */
class PortSeizuresAndNegatedArrestsTest {
    @TempDir
    Path dir;

    @Test
    void arrestsThatDidNotHappenAndAYearsTonnageAreNoOperations() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.ES, """
                Diario Ejemplo | Nacional | Sucesos

                Marina asegura 200 kilos de cocaína en el puerto de Manzanillo

                Martes, 12 de marzo de 2024

                Elementos de la Secretaría de Marina aseguraron 200 kilos de cocaína en el puerto de Manzanillo, Colima, durante una \
                revisión de contenedores.

                Hasta el momento no se ha informado de personas detenidas por el hallazgo.

                En todo el país, la Marina suma este año 95 toneladas de droga aseguradas.
                """);
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.place())
                .containsExactly("seizure 2024-03-12 Manzanillo");

        Extraction en = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example News | World

                Police find cocaine in port containers

                May 6, 2024

                Police found 40 kilograms of cocaine in two containers at the port of Napier on Sunday. No arrests were made.
                """);
        assertThat(en.operations()).extracting(op -> op.type()).containsExactly("seizure");
    }

    @Test
    void aLoadNamedByItsOriginIsPlacedWhereTheNextSentenceHidesItAndRecalledSeizuresAreTheirOwn() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example Wire | World | Business

                Officials seize cocaine hidden on ship from Ecuador

                June 14, 2025

                Officials said on Saturday that they had found 1.8 metric tons of cocaine aboard a freighter that had sailed to \
                Belgium from Ecuador.

                The cocaine, valued at 70 million euros, was hidden in banana crates on a ship docked at the port of Antwerp.

                The week before, Spanish police seized 2 tons of cocaine from a yacht off the Canary Islands. In March, a U.S. Coast \
                Guard crew took about 4,000 pounds of cocaine from a fishing boat in the Caribbean, the agency said.
                """);
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.place())
                .containsExactly("seizure 2025-06-14 Antwerp", "seizure 2025-06-01 Canary Islands", "seizure 2025-03-01 Caribbean");
    }

    @Test
    void aShipNamedByWhereItCameFromDoesNotPlaceTheSeizure() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example Wire | World

                UK seizes 900 kilograms of cocaine hidden on ship from Colombia

                August 4, 2025

                British officers found 900 kilograms of cocaine aboard a freighter, officials said on Monday.
                """);
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.place()).containsExactly("seizure null");
    }

    @Test
    void officesInAppositionsAndTitlesTaggedWithTheNameAreThePersonsPosts() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example News | World

                Border officers seize cocaine in Dover

                July 2, 2025

                British officers seized 300 kilograms of cocaine in a lorry at Dover on Tuesday. Grace Whitfield, the regional \
                director of U.K. Border Force, said the seizure followed months of work.

                Customs Group Manager Maritime Peter Collins said close work with partner agencies had kept a large amount of                 cocaine out of the country.
                """);
        assertThat(x.ties()).extracting(t -> t.schema() + " " + t.person().name() + " -> " + t.organization().name())
                .anyMatch(t -> t.startsWith("Employment Grace Whitfield -> ") && t.endsWith("Border Force"));
        assertThat(x.entities()).extracting(e -> e.kind() + " " + e.name()).contains("PERSON Peter Collins")
                .noneMatch(e -> e.contains("Manager Maritime"));
    }
}
