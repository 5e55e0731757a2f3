package org.corridor.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.corridor.extract.facts.Extraction;
import org.corridor.extract.pipeline.CountryNames;
import org.corridor.extract.pipeline.Gazetteer;
import org.corridor.extract.text.EntityKind;
import org.corridor.extract.text.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shapes of held-out set 112 (Bulgaria, Togo, Kenya, Cape Verde) worked on in the thirtieth session: finds summed "in two
 * separate operations on March 21" and told one by one without their day; "found seven kilograms" and "found the heroin.";
 * a find "on 11 and 15 June"; "In the same period" opening another arrest; a ship "detained ... at sea" and the "MV" before
 * its name; the area a post covers ("who leads the police on Kenya's coast"); "la operación la hicieron el sábado" after an
 * announcement; "who heads the agency's department".
 */
class TwoDayFindsAndHeldShipsTest {
    @TempDir
    Path dir;

    @Test
    void partsOfADaysSummaryTakeItsDay() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example News | Bulgaria | World

                Customs find cocaine at Varna port and Sofia Airport

                14 May 2025

                Bulgaria's Customs Agency said on Wednesday that its officers had seized a total of 30 kilograms of cocaine in two \
                separate operations on May 9.

                Ivan Petrov, who heads the agency's department for drug cases, said most of it was found at the port of Varna.

                At Varna, officers checking a container of pineapples from Colombia found 24 kilograms of cocaine in 20 packages.

                At Sofia Airport, a man arriving from Brazil was detained after officers found six kilograms of the drug in his \
                luggage.
                """);
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.place())
                .containsExactlyInAnyOrder("seizure 2025-05-09 Varna", "seizure 2025-05-09 Sofia Airport", "arrest 2025-05-09 Sofia Airport");
        assertThat(x.ties()).extracting(t -> t.schema() + " " + t.person().name() + " " + t.organization().name())
                .contains("Employment Ivan Petrov Customs Agency");
    }

    @Test
    void aFindToldAgainOnItsDayAndUnderAWeekdayDateLine() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example Agency | Bulgaria | Crime

                Heroin found in a lorry at the port of Varna

                Crime | June 20, 2024, Thursday // 11:05

                Bulgaria's customs officers have found 120 kilograms of heroin at the port of Varna, the regional prosecutor said.

                The lorry had stood at the port for two weeks. On June 17 a scan showed hollow spaces in its floor. Officers cut \
                them open and found the heroin.
                """);
        assertThat(x.document().published()).hasToString("2024-06-20");
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.place())
                .containsExactly("seizure 2024-06-17 Varna");
    }

    @Test
    void aFindOnTwoDaysIsTwoAndTheSamePeriodTellsAnother() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example News | Togo | Society

                Cocaine and cannabis seized in Lomé

                30 June 2012

                The anti-drug office seized 150 kilograms of cocaine at the Autonomous Port of Lomé on 12 and 19 June, the police \
                said on Saturday.

                The drug was hidden in two containers. Two Ghanaians for whom it was meant were arrested.

                In the same period, on 21 June, two Togolese men were arrested with 30 kilograms of cannabis at Gnassingbé Eyadéma \
                International Airport.
                """);
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.place())
                .containsExactlyInAnyOrder("seizure 2012-06-12 Autonomous Port of Lomé", "seizure 2012-06-19 Autonomous Port of Lomé",
                        "arrest 2012-06-30 null", "arrest 2012-06-21 Gnassingbé Eyadéma International Airport",
                        "seizure 2012-06-21 Gnassingbé Eyadéma International Airport");
    }

    @Test
    void aShipHeldAtSeaIsStoppedAndItsNameIsNoPerson() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example Maritime | News | Ports

                Heroin found in ship's tank at Mombasa

                August 20, 2015

                Mombasa, Kenya, Aug 20 – Kenyan police on Thursday found 200 kg of heroin in a water tank of a ship in the port of \
                Mombasa.

                The ship, the MV Noor Salama Jadid, flies no flag. Police detained it at sea on August 11 on a tip that it was \
                carrying drugs.

                Seven crew members were arrested on August 12, said Joseph Otieno, who leads the anti-narcotics police on Kenya's \
                coast.
                """);
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.PERSON).extracting(e -> e.name())
                .containsExactly("Joseph Otieno");
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.place())
                .containsExactlyInAnyOrder("seizure 2015-08-20 Mombasa", "interdiction 2015-08-11 null", "arrest 2015-08-12 null");
    }

    @Test
    void aPartOfAnotherBodyIsNoPostInIt() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example News | Bulgaria | World

                Ministry reports drug figures

                14 May 2025

                Bulgaria's Interior Ministry said on Wednesday that drug seizures rose last year.

                Ivan Petrov, who heads the agency's department for drug cases, said the figures were the highest in a decade.
                """);
        assertThat(x.ties()).isEmpty();
    }

    @Test
    void theDayTheOperationWasMadeDatesWhatWasAnnounced() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.ES, """
                Noticias de Ejemplo | África | Sucesos

                Cabo Verde incauta cocaína en un pesquero

                10 de marzo de 2020

                La Policía Judicial de Cabo Verde anunció este martes que se incautó de 900 kilos de cocaína hallados a bordo de un \
                pesquero y que detuvo a cuatro tripulantes.

                Según un comunicado de la policía, la operación la hicieron el domingo agentes de la Sección Central de Tráfico de \
                Estupefacientes junto con la Guardia Costera.
                """);
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date())
                .containsExactlyInAnyOrder("seizure 2020-03-08", "arrest 2020-03-08");
        // an operation dated by its own day, not by when it was announced, keeps it
        Extraction own = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.ES, """
                Noticias de Ejemplo | África | Sucesos

                Detenidos dos hombres en Praia

                10 de marzo de 2020

                La Policía Judicial de Cabo Verde detuvo el lunes 9 de marzo a dos hombres en Praia.

                Según un comunicado de la policía, la operación la hicieron el sábado agentes de la Sección Central de Tráfico de \
                Estupefacientes junto con la Guardia Costera.
                """);
        assertThat(own.operations()).extracting(op -> op.type() + " " + op.date()).contains("arrest 2020-03-09");
    }
}
