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
 * Shapes of held-out set 121 (Ukraine, Kazakhstan, Switzerland, Iraq) worked on in the thirty-fifth session: a wire's date line
 * with its month in capitals and its credit between slashes; a route across a country; those who "took part" in an operation
 * recalled from months before; a case recalled "in a similar case"; a Swiss town with its canton's letters; a body cut at "and";
 * pills found told by "they"; a spokesman for a body named by its last words.
 */
class WireDatelinesAndRecalledCasesTest {
    @TempDir
    Path dir;

    @Test
    void aCapitalMonthDatesThePageAndTheSlashCreditIsNoBody() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                TASS | World

                14 MAR 2021, 09:15

                Moldova's border police stop a van of heroin

                CHISINAU, March 14. /TASS/. Moldova's border police have seized 60 kg of heroin that was being moved from Turkey \
                across Romania towards Germany, the service said on Sunday.

                The driver was detained on March 12 near the crossing.
                """);
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.ORGANIZATION).extracting(e -> e.name()).doesNotContain("TASS");
        // the route's countries are where the load went, not where it was stopped
        assertThat(x.operations()).filteredOn(op -> op.type().equals("seizure")).extracting(op -> op.date() + " " + op.place())
                .containsExactly("2021-03-14 null");
        assertThat(x.operations()).filteredOn(op -> op.type().equals("arrest")).extracting(op -> op.date().toString())
                .containsExactly("2021-03-12");
    }

    @Test
    void thoseWhoTookPartWereInTheOperationRecalledBefore() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example Wire | Society

                Police break a synthetic drug network

                Published: November 20, 2020

                Police said on Friday they had arrested 14 people in a probe into an amphetamine network.

                In August, the police reported breaking up another ring that sold drugs online; 25 people were detained at the \
                time. About 600 officers took part and searched almost 90 places, among them warehouses and garages, finding \
                2.4 tonnes of chemicals and 30 kg of amphetamine.
                """);
        assertThat(x.operations()).filteredOn(op -> op.type().equals("raid")).extracting(op -> op.date() + " " + op.datePrecision())
                .containsExactly("2020-08-01 month");
        assertThat(x.operations()).filteredOn(op -> op.type().equals("seizure")).extracting(op -> op.date() + " " + op.datePrecision())
                .containsExactly("2020-08-01 month");
    }

    @Test
    void aCaseRecalledAsSimilarHasNoDayOfItsOwn() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example News | Crime

                12 May 2023 | 10:02

                Drug laboratory found in Shymkent

                Police have closed a laboratory making mephedrone in Shymkent. A 41-year-old man was detained and officers \
                seized 9 kilograms of the drug.

                In a similar case, police raided a bar in Taraz and detained a man selling mephedrone.
                """);
        assertThat(x.operations()).filteredOn(op -> "Taraz".equals(op.place())).extracting(op -> op.type() + " " + op.date())
                .containsExactlyInAnyOrder("raid null", "arrest null");
        assertThat(x.operations()).filteredOn(op -> op.type().equals("arrest") && !"Taraz".equals(op.place()))
                .extracting(op -> op.date().toString()).containsExactly("2023-05-12");
    }

    @Test
    void aSwissTownWithItsCantonIsAPlaceAndTheOfficersServiceIsNotWhere() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example News | Switzerland

                Mendrisio TI: 12 kilos of heroin found in a lorry

                SDA

                03.02.2025 - 09:40

                Border officers in Ticino found 12 kilograms of heroin in a lorry in Mendrisio TI on Sunday, and the driver was \
                arrested. The Federal Office for Customs and Border Security and the cantonal police said so on Monday.
                """);
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.PERSON).isEmpty();
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.ORGANIZATION).extracting(e -> e.name())
                .contains("Federal Office for Customs and Border Security").doesNotContain("SDA");
        assertThat(x.operations()).filteredOn(op -> op.type().equals("seizure")).extracting(op -> op.date() + " " + op.place())
                .containsExactly("2025-02-02 Mendrisio TI");
    }

    @Test
    void pillsTheSentenceBeforeToldOfAreFoundAsThey() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example News | Iraq

                Iraq stops captagon bound for the Gulf

                July 4, 2023

                Iraqi police said on Tuesday they had arrested a dealer and taken 80,000 captagon tablets.

                The white pills were wrapped in sacks of flour. The police said they were found with the dealer in the province \
                of Kirkuk. In May, officers seized two million tablets on the border with Syria, from where the drug passes \
                through Iraq to the Gulf.

                The National Security Service said in May that use of the drug was growing. Karim al-Saadi, a spokesman for the \
                security service, said the border was hard to watch.
                """);
        assertThat(x.operations()).filteredOn(op -> op.type().equals("seizure")).extracting(op -> op.date() + " " + op.place())
                .containsExactlyInAnyOrder("2023-07-04 Kirkuk", "2023-05-01 null");
        assertThat(x.ties()).extracting(t -> t.person().name() + " -> " + t.organization().name())
                .containsExactly("Karim al-Saadi -> National Security Service");
    }

    @Test
    void drugsNamedAsTheSubjectOrTakenAfterAnArrestAreSeized() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example News | Iraq

                Two held with ecstasy in Erbil

                March 6, 2024

                Police said on Monday they had arrested two men and taken 3,000 ecstasy tablets in Erbil.

                On Sunday, captagon pills were found in a lorry at the Trebil crossing.
                """);
        assertThat(x.operations()).filteredOn(op -> op.type().equals("seizure")).extracting(op -> op.date() + " " + op.place())
                .containsExactlyInAnyOrder("2024-03-04 Erbil", "2024-03-03 Trebil");
    }
}
