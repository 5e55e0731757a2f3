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
 * Shapes of held-out set 104 (the first Fijian and Bissau-Guinean reports) worked on in the twenty-seventh session: a police
 * rank in a report whose one public body is a police force is a post there ("The Acting Commissioner of Police, X"), and
 * "ACP X" is X named in full before; a man "in police custody over the find" was arrested in it, and "the raid" after a find
 * is its raid; "The drugs were packed in ... inside a shed in X" places the find; a page dated "05/03/2024" in British spelling
 * puts the day first; a find "over the weekend" retold "in a raid on Saturday" took place that Saturday; "Mali reported a
 * seizure ... in the north of the country" was in Mali; and an en dash joining two words is a hyphen in a body's name.
 * "ACP", the tagger's body before a surname, or "ACP Tuilau" tagged as one, is the rank of the person named in full.
 */
class PoliceRanksCustodyAndDayFirstPagesTest {
    @TempDir
    Path dir;

    @Test
    void aRankInTheOneForceAManInCustodyOverTheFindAndTheRaid() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example Times | Pacific | Sport

                Police make cocaine find in Lautoka

                March 4, 2024

                The Fiji Police Force seized about 400 kilograms of cocaine in Vuda, Lautoka, last night.

                Assistant Commissioner Joeli Ratu, who leads the inquiry, says tests confirmed the drug.

                A 45-year-old farmer from Sigatoka is in police custody over the find.

                ACP Ratu thanked the officers who helped with the raid.
                """);
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.PERSON).extracting(e -> e.name()).containsExactly("Joeli Ratu");
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.ORGANIZATION).extracting(e -> e.name())
                .as("'ACP', tagged alone before the surname, is his rank").containsExactly("Fiji Police Force");
        assertThat(x.ties()).extracting(t -> t.schema() + " " + t.person().name() + " -> " + t.organization().name())
                .containsExactly("Employment Joeli Ratu -> Fiji Police Force");
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.place())
                .containsExactlyInAnyOrder("seizure 2024-03-03 Vuda", "arrest 2024-03-03 Vuda", "raid 2024-03-03 Vuda");
    }

    @Test
    void aRankAndSurnameTaggedAsABodyIsThePersonNamedInFull() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example Post | Pacific

                Methamphetamine found in Nausori house

                August 12, 2024

                The Fiji Police Force seized about 80 kilograms of methamphetamine in a house in Nausori on Sunday.

                The Chief of Crime, Assistant Commissioner Mesake Tuilau, says the drug came by sea.

                ACP Tuilau thanked the public for the tip-off.
                """);
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.PERSON).extracting(e -> e.name()).containsExactly("Mesake Tuilau");
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.ORGANIZATION).extracting(e -> e.name())
                .containsExactly("Fiji Police Force");
        assertThat(x.ties()).extracting(t -> t.schema() + " " + t.person().name() + " -> " + t.organization().name())
                .containsExactly("Employment Mesake Tuilau -> Fiji Police Force");
    }

    @Test
    void drugsPackedInAShedAndTheCommissionerOfPolice() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example Times | Pacific

                Meth found in shed

                June 10, 2024

                The Fiji Police Force seized more than 200 kilograms of methamphetamine yesterday.

                The drugs were packed in 90 boxes inside a shed in Sabeto, Nadi.

                The Acting Commissioner of Police, Sitiveni Qiliho, says the find is a warning. The drugs are in police custody.
                """);
        assertThat(x.ties()).extracting(t -> t.schema() + " " + t.person().name() + " -> " + t.organization().name())
                .containsExactly("Employment Sitiveni Qiliho -> Fiji Police Force");
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.place())
                .containsExactly("seizure 2024-06-09 Sabeto");
    }

    @Test
    void aRankIsNoPostWhereAnotherBodyIsNamedToo() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example Times | Pacific

                Cocaine found at wharf

                June 10, 2024

                The Fiji Police Force and the Fiji Revenue and Customs Service seized 20 kilograms of cocaine at the wharf.

                Assistant Commissioner Mere Tora says the drugs came by sea.
                """);
        assertThat(x.entities()).extracting(e -> e.name()).contains("Mere Tora");
        assertThat(x.ties()).as("the rank could be the customs service's").isEmpty();
        Extraction twoForces = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example Times | Pacific

                Cocaine found at wharf

                June 10, 2024

                The Fiji Police Force and the Australian Federal Police seized 20 kilograms of cocaine at the wharf in Suva.

                Assistant Commissioner Mere Tora says the drugs came by sea.
                """);
        assertThat(twoForces.entities()).extracting(e -> e.name()).contains("Mere Tora", "Australian Federal Police");
        assertThat(twoForces.ties()).as("the rank could be either force's").isEmpty();
    }

    @Test
    void aDayFirstPageAWeekendFindRetoldOnSaturdayAndTheEastOfTheCountry() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example News | Africa | Sport

                Cocaine seized from jet in Conakry

                05/03/2024

                Police in Guinea seized 1.5 tonnes of cocaine over the weekend from a jet that had landed in Conakry, the police \
                said on Monday.

                Officers took 50 bales of the drug in a raid on Saturday night at Conakry's Gbessia International Airport, with \
                help from the U.S. Drug Enforcement Administration and the Maritime Analysis and Operations Centre\u2013Narcotics, a \
                European agency.

                Neighbouring Mali also reported a seizure of 300 kilograms of cocaine in the north of the country earlier this year.
                """);
        assertThat(x.document().published()).hasToString("2024-03-05");
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.ORGANIZATION).extracting(e -> e.name())
                .contains("Maritime Analysis and Operations Centre-Narcotics");
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.datePrecision() + " " + op.place())
                .containsExactlyInAnyOrder("seizure 2024-03-02 day Conakry",
                        "raid 2024-03-02 day Gbessia International Airport", "seizure 2024-01-01 year Mali");
        Extraction outside = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example News | Africa | Sport

                Cocaine seized from jet in Conakry

                05/03/2024

                Police in Guinea seized 1.5 tonnes of cocaine over the weekend from a jet that had landed in Conakry, the police \
                said on Monday.

                On Wednesday, officers had arrested two men at a hotel in Kaloum.
                """);
        assertThat(outside.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.datePrecision() + " " + op.place())
                .as("a Wednesday is not in the weekend").containsExactlyInAnyOrder("seizure 2024-03-01 month Conakry",
                        "arrest 2024-02-28 day Kaloum");
        Extraction another = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example News | Africa | Sport

                Cocaine seized from jet in Conakry

                05/03/2024

                Police in Guinea seized 1.5 tonnes of cocaine over the weekend from a jet that had landed in Conakry, the police \
                said on Monday.

                On Saturday, officers also seized 40 kilograms of cannabis at a market in Kindia.
                """);
        assertThat(another.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.datePrecision() + " " + op.place())
                .as("a seizure on Saturday is another seizure").containsExactlyInAnyOrder("seizure 2024-03-01 month Conakry",
                        "seizure 2024-03-02 day Kindia");
        Extraction longer = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example News | Africa | Sport

                Cocaine seized from jet in Conakry

                20/03/2024

                Police in Guinea seized 1.5 tonnes of cocaine earlier this month from a jet that had landed in Conakry, the police said.

                On 16 March, officers raided a house in Kindia and arrested three men.
                """);
        assertThat(longer.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.datePrecision() + " " + op.place())
                .as("'earlier this month' is no week").containsExactlyInAnyOrder("seizure 2024-03-01 month Conakry",
                        "raid 2024-03-16 day Kindia", "arrest 2024-03-16 day Kindia");
    }

    @Test
    void anAssistantChiefConstableInTheOneForce() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example Chronicle | UK News

                Cocaine found in lorry at Dover

                May 14, 2024

                Kent Police seized 300 kilograms of cocaine from a lorry at Dover on Monday.

                Assistant Chief Constable Tom Harlow said the driver had been charged.
                """);
        assertThat(x.ties()).extracting(t -> t.schema() + " " + t.person().name() + " -> " + t.organization().name())
                .containsExactly("Employment Tom Harlow -> Kent Police");
    }
}
