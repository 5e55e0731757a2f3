package org.corridor.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.corridor.extract.facts.Extraction;
import org.corridor.extract.pipeline.CountryNames;
import org.corridor.extract.pipeline.Gazetteer;
import org.corridor.extract.text.EntityKind;
import org.corridor.extract.text.Language;
import org.corridor.extract.text.Mention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shapes of held-out set 102 (the first Indian, Malaysian and Ghanaian reports) worked on in the twenty-sixth session: "(With
 * inputs from PTI)" is a wire's credit, and "PTI" alone, a news agency's name, never links to the listed company whose short
 * form it also is; "Coast Guard" after "the Indian Coast Guard" is that body; "recovered about 60 kilograms" is a seizure; "a
 * joint operation" that seized drugs in territorial waters is that seizure, not a raid; "Taman Impian Emas" is a housing
 * estate; "there" is where the sentence before put a find, not the area a district police chief covers nor a place named after
 * it; "The Accra Times (Accra)" is the aggregator's source line; and staff "interdicted" in Ghana are suspended, not stopped.
 */
class WireCreditsEstatesAndSuspendedStaffTest {
    @TempDir
    Path dir;

    private static Gazetteer listingPti() {
        Gazetteer list = CountryNames.addTo(new Gazetteer());
        for (String name : new String[] {"POLY TECHNOLOGIES INCORPORATED", "Poly Technologies Inc", "PTI"}) {
            list.addParty(name, EntityKind.ORGANIZATION, new Mention.Listed("ofac-49446", "LegalEntity", name,
                    "POLY TECHNOLOGIES INCORPORATED"));
        }
        return list;
    }

    @Test
    void aWireAgencyIsNeitherAnEntityOfItsCreditNorAListedCompany() throws Exception {
        Extraction x = Reports.extract(dir, listingPti(), Language.EN, """
                Example Times | Nation | Gujarat

                Coast Guard recovers heroin off Okha

                February 2, 2024

                The Indian Coast Guard recovered about 40 kilograms of heroin on Friday off the Okha coast, PTI reported.

                Coast Guard personnel found the packets hidden in a fishing boat.
                """);
        // "PTI reported": proposed as the listed company at most, never linked on a news agency's name alone
        assertThat(x.entities()).noneMatch(e -> e.listed() != null && !e.listed().weak());
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.ORGANIZATION).extracting(e -> e.name())
                .containsExactlyInAnyOrder("Indian Coast Guard", "PTI");
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.place())
                .contains("seizure 2024-02-02 Okha");
    }

    @Test
    void aWiresCreditIsNoEntity() throws Exception {
        Extraction x = Reports.extract(dir, listingPti(), Language.EN, """
                Example Times | Nation | Gujarat

                Heroin found on boat off Okha

                February 2, 2024

                The Indian Coast Guard recovered about 40 kilograms of heroin on Friday off the Okha coast.

                (With inputs from PTI)
                """);
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.ORGANIZATION).extracting(e -> e.name())
                .containsExactly("Indian Coast Guard");
    }

    @Test
    void aJointOperationAtSeaIsItsSeizure() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example Times | Nation | Gujarat

                Heroin seized at sea off Okha

                May 3, 2024

                The Indian Navy and the Narcotics Control Bureau seized about 300 kilograms of heroin on Friday in Indian \
                territorial waters off the coast of Okha in a joint operation.
                """);
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.place())
                .containsExactly("seizure 2024-05-03 Okha");
    }

    @Test
    void anEstateAndThereAfterADistrictChief() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example Mail | Malaysia | Life

                Syabu found in Skudai house

                Friday, 07 June 2019

                JOHOR BARU, June 7 — Police arrested a woman in a raid on a two-storey house in Taman Impian Emas, Skudai, \
                yesterday.

                The Kota Tinggi district police chief, Superintendent Ahmad Fuad Karim, said the raid followed a tip-off.

                Officers found 9.4 kilograms of syabu in the kitchen and arrested the woman who rented the house there.

                He said the drugs might be linked to the bust in Kluang in April. On April 9, narcotics officers seized 1.2 \
                tonnes of syabu there, the largest haul in Malaysia that month.
                """);
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.place())
                .containsExactlyInAnyOrder("raid 2019-06-06 Taman Impian Emas", "arrest 2019-06-06 Taman Impian Emas",
                        "seizure 2019-06-06 Taman Impian Emas", "seizure 2019-04-09 Kluang");
    }

    @Test
    void anAggregatorsSourceLineAndSuspendedStaff() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                allAfrica | Ghana | Africa

                Ghana: Cannabis found in luggage at Kotoka

                3 July 2024

                The Ghana Chronicle (Accra)

                The Narcotics Control Commission (NACOC) arrested a passenger at the Kotoka International Airport on Monday \
                after officers found 20 kilograms of cannabis in his luggage.

                In May, two members of the airport's staff were interdicted after an inquiry found they had helped traffickers.
                """);
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.ORGANIZATION).extracting(e -> e.name())
                .containsExactly("Narcotics Control Commission");
        assertThat(x.operations()).extracting(op -> op.type()).doesNotContain("interdiction").contains("arrest");
    }
}
