package org.corridor.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.corridor.extract.facts.Extraction;
import org.corridor.extract.facts.OperationFact;
import org.corridor.extract.pipeline.CountryNames;
import org.corridor.extract.pipeline.Gazetteer;
import org.corridor.extract.text.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shapes of held-out set 95 worked on in the twenty-third session: people arrested on a boat under way were stopped at sea,
 * and the hashish they carried weighed is a seizure; "El segundo se hizo el 9 de mayo" dates the boarding told next; packages
 * found in a search are a seizure, packages of cash are not.
 */
class BoatsUnderWayAndRankedOperationsTest {
    @TempDir
    Path dir;

    @Test
    void boatsUnderWayAndTheSecondOperationByItsRank() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.ES, """
                Diario de Ejemplo | Sucesos

                Cinco detenidos en dos operativos contra el hachís en Cádiz

                20 de mayo de 2025

                La Guardia Civil ha detenido a cinco personas en dos operativos en la costa de Cádiz este mes.

                El primer operativo fue el 7 de mayo: los agentes detuvieron a dos hombres que navegaban frente a Barbate en una \
                lancha neumática en la que llevaban 450 kilos de hachís.

                El segundo se hizo el 9 de mayo, en aguas de Algeciras. Los guardias abordaron un velero, hallaron dentro decenas \
                de fardos de hachís y detuvieron a sus tres tripulantes.
                """);
        assertThat(x.operations()).extracting(OperationFact::type).doesNotContain("raid");
        assertThat(x.operations()).filteredOn(op -> op.date() != null && op.date().equals(LocalDate.of(2025, 5, 7)))
                .extracting(OperationFact::type).contains("interdiction", "arrest", "seizure");
        assertThat(x.operations()).filteredOn(op -> op.type().equals("seizure") && op.seizedKg() != null)
                .extracting(OperationFact::seizedKg, OperationFact::substance).containsExactly(org.assertj.core.groups.Tuple.tuple(450.0, "hashish"));
        assertThat(x.operations()).filteredOn(op -> op.type().equals("interdiction")).extracting(OperationFact::date)
                .containsExactlyInAnyOrder(LocalDate.of(2025, 5, 7), LocalDate.of(2025, 5, 9));
        assertThat(x.operations()).filteredOn(op -> op.type().equals("seizure")).extracting(OperationFact::date)
                .containsExactlyInAnyOrder(LocalDate.of(2025, 5, 7), LocalDate.of(2025, 5, 9));
    }

    @Test
    void packagesFoundInASearchAreASeizureButPackagesOfCashAreNot() throws Exception {
        Extraction drugs = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example Wire | Australia

                Two travellers charged at Perth Airport

                4 March 2025

                Border Force officers stopped two women arriving at Perth Airport from Bangkok on Monday. Searching their bags, the \
                officers found dozens of packages, and the women were arrested.
                """);
        assertThat(drugs.operations()).extracting(OperationFact::type).contains("seizure", "arrest");
        Extraction cash = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example Wire | Australia

                Two travellers charged at Perth Airport

                4 March 2025

                Border Force officers stopped two women arriving at Perth Airport from Bangkok on Monday. Searching their bags, the \
                officers found dozens of packages of cash, and the women were arrested.
                """);
        assertThat(cash.operations()).extracting(OperationFact::type).doesNotContain("seizure");
    }

    @Test
    void theBoatToldBeforeAndAShoreAfterTheTimePlaceWhatFollows() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.ES, """
                Diario de Ejemplo | Sucesos

                Persecución de una narcolancha en Conil

                14/06/2025

                La Guardia Civil ha detenido a tres personas que iban en una narcolancha con 900 kilos de hachís frente a la \
                costa de Conil.

                La persecución duró casi una hora y hubo que pedir ayuda a un helicóptero.

                Al final los agentes lograron interceptar la embarcación en plena noche.

                Poco después, en una playa de Barbate, los agentes sorprendieron a varios hombres con garrafas de gasolina. En \
                total se incautaron 60 bidones de combustible.
                """);
        assertThat(x.operations()).filteredOn(op -> op.type().equals("interdiction")).extracting(OperationFact::place)
                .containsExactly("Conil");
        assertThat(x.operations()).filteredOn(op -> op.type().equals("seizure")).extracting(OperationFact::place)
                .contains("Barbate");
    }
}
