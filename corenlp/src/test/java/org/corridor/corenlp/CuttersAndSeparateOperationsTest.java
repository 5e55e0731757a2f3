package org.corridor.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.corridor.extract.facts.Extraction;
import org.corridor.extract.pipeline.CountryNames;
import org.corridor.extract.pipeline.Gazetteer;
import org.corridor.extract.text.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shapes the eighty-fourth held-out set showed the rules missing (corpus/real-heldout-84): a cutter named after "el
 * guardacostas", an operation word inside a unit's name, a second operation told "en un operativo separado" with the load "en
 * un carguero a unas dos millas" of a place, a fiscal year's sum, and an operation dated "la semana pasada" after it was told.
 */
class CuttersAndSeparateOperationsTest {
    @TempDir
    Path dir;

    @Test
    void aCuttersNameIsNoPersonAndAUnitsNameTellsNoOperation() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.ES, """
                Diario Ejemplo | Internacional

                La Guardia Costera incauta cocaína en el Caribe

                12 de marzo de 2026

                La Guardia Costera de Estados Unidos incautó 3.000 libras de cocaína el pasado lunes en el mar Caribe.

                En un video, un tirador del Escuadrón Táctico de Interdicción en Helicóptero dispara contra el motor de la lancha; \
                después el guardacostas Ramsden Hale sube a bordo.

                Según el comunicado, el Ramsden Hale llevó la droga a Miami.
                """);
        assertThat(x.entities()).extracting(e -> e.kind() + " " + e.name()).doesNotContain("PERSON Ramsden Hale");
        assertThat(x.operations()).extracting(op -> op.type()).doesNotContain("interdiction");
    }

    @Test
    void anOperationToldSeparatelyKeepsItsOwnDateAndPlaceAndItsBoatAtSea() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.ES, """
                Diario Ejemplo | Internacional

                La Guardia Costera incauta cocaína en el Pacífico

                6 de diciembre de 2025

                La Guardia Costera de Estados Unidos incautó 9.000 libras de cocaína el pasado martes en el Pacífico Oriental.

                En el año fiscal 2025, del 1 de octubre de 2024 al 30 de septiembre de 2025, la Guardia Costera incautó 510.000 \
                libras de cocaína.

                En un operativo separado, la Guardia Costera arrestó a dos personas después de incautar 900 kilogramos de cocaína \
                frente a Cayo Hueso. La droga, que vale unos 15 millones de dólares, estaba en un carguero a unas dos millas de la costa.
                """);
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.place()).containsExactlyInAnyOrder(
                "seizure 2025-12-02 Pacífico Oriental", "interdiction 2025-12-06 Cayo Hueso", "seizure 2025-12-06 Cayo Hueso",
                "arrest 2025-12-06 Cayo Hueso");
    }

    /** Told right after the first and placed nowhere, the separate operation still takes nothing of it. */
    @Test
    void anOperationToldSeparatelyRightAfterTheFirstTakesNothingOfIt() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.ES, """
                Diario Ejemplo | Internacional

                La Guardia Costera incauta cocaína en el Pacífico

                6 de diciembre de 2025

                La Guardia Costera de Estados Unidos interceptó el pasado martes en el Pacífico Oriental una lancha y decomisó \
                9.000 libras de cocaína.

                En un operativo separado, la Guardia Costera arrestó a dos personas después de incautar 900 kilogramos de cocaína. \
                La droga estaba en un carguero a unas dos millas de la costa.
                """);
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date()).containsExactlyInAnyOrder(
                "interdiction 2025-12-02", "seizure 2025-12-02", "interdiction 2025-12-06", "seizure 2025-12-06", "arrest 2025-12-06");
        assertThat(x.operations()).filteredOn(op -> op.date().getDayOfMonth() == 6).extracting(op -> op.place()).containsOnlyNulls();
    }

    @Test
    void anOperationDoneLastWeekDatesTheOperationToldBeforeToItsMonth() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.ES, """
                Diario Ejemplo | Puerto Rico

                Incautan cocaína al norte de Puerto Rico

                18 de febrero de 2026

                La Guardia Costera detuvo una lancha rápida al norte de Aguadilla con 30 fardos de cocaína.

                La Guardia Costera informó este miércoles que la droga pesaba unas 2.000 libras.

                La operación se hizo la semana pasada, durante una patrulla nocturna.
                """);
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.datePrecision()).containsExactlyInAnyOrder(
                "interdiction 2026-02-01 month", "seizure 2026-02-01 month");
    }

    @Test
    void aWireStopToldEarlierThisMonthIsTheStopTheReportDatesAfter() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Advertisement

                Coast Guard stops fishing boat carrying $40M in cocaine

                March 20, 2024

                March 20 (UPI) -- The U.S. Coast Guard stopped a fishing boat loaded with $40 million worth of cocaine earlier \
                this month, officials said on Wednesday.

                The crew of the Coast Guard Cutter Example tracked the boat in the Caribbean Sea on March 4 and sent a small boat \
                to board it. The boarding team found 3,000 pounds of cocaine and three suspected smugglers, who were arrested.
                """);
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.place()).containsExactlyInAnyOrder(
                "interdiction 2024-03-04 Caribbean Sea", "seizure 2024-03-04 Caribbean Sea", "arrest 2024-03-04 Caribbean Sea");
    }

    /** The set's English report (a wire's dateline, "Sept. 24 (UPI) --", before the stop told "earlier this month"), and one boat stopped. */
    @Test
    void theSetsWireReportAndABoatStoppedGiveTheStop() throws Exception {
        String report = Files.readString(Path.of("..", "corpus", "real-heldout-84", "reports", "h84-en-01.txt"));
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, report);
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.place()).containsExactlyInAnyOrder(
                "interdiction 2019-09-05 Eastern Pacific Ocean", "seizure 2019-09-05 Eastern Pacific Ocean",
                "arrest 2019-09-05 Eastern Pacific Ocean");
        Extraction stopped = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example Gazette | News

                Navy finds cocaine on speedboat

                March 6, 2024

                Sailors of the Royal Navy stopped a speedboat off Anguilla on Monday, March 4, and later found 500 kilos of cocaine.
                """);
        assertThat(stopped.operations()).extracting(op -> op.type() + " " + op.date()).contains("interdiction 2024-03-04");
    }

    /** Set 85's shape: "casi 4 toneladas de cocaína, que se entregaron en St. Petersburg, Florida": not where they were taken. */
    @Test
    void whereTheDrugsWereHandedOverIsNotWhereTheyWereTaken() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.ES, """
                Diario Ejemplo | Internacional

                La Armada incauta cocaína en el Caribe

                10 de marzo de 2026

                La Armada de Colombia interceptó el lunes una lancha rápida.

                En esa intervención se incautaron casi cuatro toneladas de cocaína, que se entregaron en Cartagena, Bolívar.
                """);
        assertThat(x.operations()).extracting(op -> op.type()).contains("interdiction", "seizure");
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.place())
                .noneMatch(op -> op.contains("Cartagena") || op.contains("Bolívar"));
    }

    /** The set's Spanish report with the two operations, as scraped. */
    @Test
    void theSetsReportOfTwoOperationsGivesEachItsOwnDateAndPlace() throws Exception {
        String report = Files.readString(Path.of("..", "corpus", "real-heldout-84", "reports", "h84-es-01.txt"));
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.ES, report);
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.place()).contains(
                "seizure 2025-12-02 Pacífico Oriental", "interdiction 2025-12-06 Miami Beach", "seizure 2025-12-06 Miami Beach",
                "arrest 2025-12-06 Miami Beach");
        assertThat(x.entities()).extracting(e -> e.name()).doesNotContain("Munro");
        // "Government Cut, el canal que une ...": a waterway by its name, no organisation
        assertThat(x.entities()).extracting(e -> e.kind() + " " + e.name()).doesNotContain("ORGANIZATION Government Cut");
    }
}
