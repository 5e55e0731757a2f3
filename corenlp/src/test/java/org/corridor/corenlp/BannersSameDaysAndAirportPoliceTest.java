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
 * Shapes of held-out set 126 (Zimbabwe, North Macedonia, Egypt, Malawi) worked on in the thirty-seventh session: a running
 * story's banner of titles between bars; a headline's shortened country; Kosovo; arrests listed by place, then told one by one;
 * a second arrest in a "while" clause on the first's day; a street before its suburb; a medicine's brand; a place located by the
 * city it lies north of; police stationed at an airport in a town; a country's airport; another group broken up.
 */
class BannersSameDaysAndAirportPoliceTest {
    @TempDir
    Path dir;

    @Test
    void aBannerOfTitlesIsNoStoryAndAnotherGroupBrokenUpIsItsOwnArrest() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example Radio | Europe

                ELECTION WATCH: Live updates | Polls close across Ohio as the count begins | Ukraine's envoy 'confident' of \
                more aid from Congress | How to vote in the runoff

                N. Macedonia: Police seize 80 kg of cannabis, arrest 2 men

                April 7, 2022

                SKOPJE, North Macedonia (AP) — Police in North Macedonia have arrested two men and seized about 80 kilograms of \
                cannabis thought to be bound for Greece, authorities said Thursday.

                The drugs were found late Tuesday in the trunk of a van outside a petrol station in the town of Kumanovo. The two \
                men, both citizens of Kosovo, were arrested after a short chase.

                Police said they had also broken up an Albanian-Macedonian drug smuggling group on Tuesday. Four men, two of them \
                Albanian nationals, were arrested, and several kilograms of amphetamines were seized in searches of their homes.
                """);
        // (told as the arrests alone, "Three men were arrested.", the second case is still merged into the first: left)
        assertThat(x.operations()).filteredOn(op -> op.type().equals("arrest")).extracting(op -> op.date() + " " + op.place())
                .containsExactlyInAnyOrder("2022-04-05 Kumanovo", "2022-04-05 null");
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.COUNTRY).extracting(e -> e.code())
                .containsExactlyInAnyOrder("mk", "gr", "xk");
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.PERSON).isEmpty();
    }

    @Test
    void arrestsListedByPlaceThenToldOneByOneAndASecondArrestOnTheSameDay() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example Herald | News

                Police in more drug busts

                July 20, 2023

                The police confirmed the arrest of drug dealers in Gweru and Bulawayo as the crackdown goes on.

                On 15 July 2023, detectives from CID Gweru arrested Tinashe Moyo (31) at a house in Mkoba, Senga, for unlawful \
                possession of 2 kilograms of dagga.

                On 16 July 2023, detectives arrested Nyasha Dube (27) along Fifth Avenue, Makokoba, for possessing 40 bottles of \
                Adco-Linctopent cough syrup.

                On the same day Tatenda Ncube was arrested in Bulawayo for possession of 3 grammes of crystal meth, while Rudo \
                Sibanda (33) was arrested at Entumbane Shopping Centre, Entumbane, for possession of 1 kilogramme of dagga.
                """);
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.place())
                .containsExactlyInAnyOrder("arrest 2023-07-15 Mkoba", "arrest 2023-07-16 Makokoba", "arrest 2023-07-16 Bulawayo",
                        "arrest 2023-07-16 Entumbane Shopping Centre");
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.ORGANIZATION).extracting(e -> e.name())
                .doesNotContain("Adco-Linctopent");
        // one arrest told after the listing does not make it a summary: the other place's arrest is told only there
        Extraction one = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example Herald | News

                Police in more drug busts

                July 20, 2023

                The police confirmed the arrest of drug dealers in Gweru and Bulawayo as the crackdown goes on.

                On 15 July 2023, detectives from CID Gweru arrested Tinashe Moyo (31) at a house in Mkoba, Senga, for unlawful \
                possession of 2 kilograms of dagga.
                """);
        assertThat(one.operations()).filteredOn(op -> op.type().equals("arrest")).hasSize(2);
    }

    @Test
    void aPlaceNorthOfACityAndPoliceAtAnAirportInATown() throws Exception {
        Extraction egypt = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example TV | World

                Egypt foils smuggling of 2 tonnes of drugs

                March 11, 2021

                Egyptian authorities on Tuesday foiled an attempt to smuggle a large quantity of illegal drugs into the country, \
                Egypt's Interior Ministry said in a statement.

                The statement said the General Administration of Narcotics Control in Damietta, north of Mansoura, found 2,000 kg \
                of hashish in a container, hidden inside boxes of tiles.
                """);
        assertThat(egypt.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.place())
                .containsExactly("seizure 2021-03-09 Damietta");
        Extraction malawi = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example Times | National News

                Traveller arrested at Malawi airport with drugs

                May 8, 2021

                Police at Chileka International Airport in Blantyre have arrested a man who was trying to export drugs.

                Police said Daniel Mwale was found with 3.1 kg of methamphetamine. He was arrested on Saturday in the departure \
                lounge as he waited to board a flight to Johannesburg.
                """);
        assertThat(malawi.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.place())
                .containsExactlyInAnyOrder("arrest 2021-05-08 Chileka International Airport",
                        "seizure 2021-05-08 Chileka International Airport");
        assertThat(malawi.entities()).filteredOn(e -> e.kind() == EntityKind.COUNTRY).extracting(e -> e.code()).containsExactly("mw");
    }

    @Test
    void aBoatsNameIsNoPersonAndBosniaIsACountry() throws Exception {
        // (set 127, worked on at the session's end: a Libyan boat's name, and Bosnia written short and by its initials)
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example Peninsula | Middle East

                Drug haul off the coast

                March 3, 2014

                A navy spokesman, Omar Haddad, said the crew of five were arrested on Thursday. The boat, named Sidi Bilal, was \
                taken to the naval base, where it arrived on Friday, Haddad said.

                Police in Bosnia said the drugs were bound for BiH and Croatia.
                """);
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.PERSON).extracting(e -> e.name())
                .containsExactly("Omar Haddad");
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.COUNTRY).extracting(e -> e.code())
                .containsExactlyInAnyOrder("ba", "hr");
    }
}
