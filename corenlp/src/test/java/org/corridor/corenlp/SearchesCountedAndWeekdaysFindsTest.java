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
 * Shapes of held-out set 128 (Moldova, Madagascar, Mauritania, Sudan) worked on in the thirty-eighth session: a state agency's
 * date line with its section after it; searches counted; drugs "taken" in a town; a country's city the headline names by its
 * country; a term of arrest counted in days; a weight converted in brackets; a find dated by "Monday's seizure"; arrests "on the
 * spot"; a territory's claimant; a governor's post the tagger took for a body; French-named units and the gendarmerie.
 */
class SearchesCountedAndWeekdaysFindsTest {
    @TempDir
    Path dir;

    @Test
    void searchesCountedAreARaidDrugsTakenInATownAreAFindAndTheHeadlinesCountryIsNoPlace() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                ro ru en

                Four suspected dealers detained in south Moldova town

                09:40 | 14.03.2024 Category: Regional

                Chisinau, 14 March /MOLDPRES/ - Police say drugs worth 300,000 lei have been taken in Comrat. Four men suspected \
                of selling drugs have been detained.

                Officers of the National Investigations Inspectorate (INI) carried out 9 searches. They took PVP, cannabis and \
                money thought to come from sales.

                Any material published on the website of the Moldpres News Agency is the agency's intellectual property.
                """);
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.place())
                .containsExactlyInAnyOrder("seizure 2024-03-14 Comrat", "raid 2024-03-14 Comrat", "arrest 2024-03-14 Comrat");
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.ORGANIZATION).extracting(e -> e.name())
                .containsExactly("National Investigations Inspectorate");
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.COUNTRY).extracting(e -> e.code()).containsExactly("md");
    }

    @Test
    void aTermOfArrestInDaysIsNoDayAndAnOfficeNamedForTheCrimeItFightsIsABody() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                ro ru en

                Law-enforcers report cannabis taken in Orhei

                11:05 | 02.04.2024 Category: Regional

                Chisinau, 2 April /MOLDPRES/ - Three men from the Orhei district have been placed under arrest for 20 days after \
                officers found cannabis on them.

                Officers of the Anti-drug Department, working with prosecutors of the Prosecutor's Office for Combating Organized \
                Crime and Special Causes (PCCOCS), say they took 4 kg of marijuana in Orhei.
                """);
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.place())
                .contains("seizure 2024-04-02 Orhei").allMatch(s -> s.contains(" 2024-04-02 "));
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.ORGANIZATION).extracting(e -> e.name())
                .containsExactlyInAnyOrder("Anti-drug Department", "Prosecutor's Office for Combating Organized Crime and Special Causes");
    }

    @Test
    void aFindDatedByItsWeekdaysSeizureAndArrestsOnTheSpotAreWhereAndWhenItWas() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Wednesday, March 12, 2008

                640 kg of cocaine seized in Mauritania

                NOUAKCHOTT, March 12 (Reuters) - Police in Mauritania found 640 kg (1,411 lb) of cocaine hidden under sacks of \
                flour in a parked lorry.

                The police came upon the lorry while looking for the people behind 300 kg of cocaine seized in January at the \
                northern port of Nouadhibou.

                The police arrested three men on the spot, two from Mali and one from Western Sahara, a territory Morocco claims.

                Officials say Guinea Bissau is a hub for such loads, which would make Tuesday's seizure worth $25 million.
                """);
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.place())
                .containsExactlyInAnyOrder("seizure 2008-03-11 Mauritania", "arrest 2008-03-11 Mauritania",
                        "seizure 2008-01-01 Nouadhibou");
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.COUNTRY).extracting(e -> e.code())
                .contains("mr", "gw", "eh");
    }

    @Test
    void aGovernorsPostIsNoBodyAndAFrenchNamedUnitAndTheGendarmerieAreBodies() throws Exception {
        Extraction sudan = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                allAfrica | Sudan | Africa

                Sudan: Customs Seize Pills in Kassala State

                5 February 2026

                The Anti-Smuggling Forces in Kassala State seized 90,000 Captagon pills and arrested two suspects.

                The Wali of Kassala State, Maj. Gen. Ahmed Osman Hamza, came to inspect the seizure.
                """);
        assertThat(sudan.entities()).filteredOn(e -> e.kind() == EntityKind.ORGANIZATION).extracting(e -> e.name())
                .containsExactly("Anti-Smuggling Forces");
        Extraction madagascar = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                News | Crime

                Cannabis seized, two held

                Toliara, 2024, 3rd June – The National Gendarmerie, through its "Section de Recherches", has seized 12 kg of \
                cannabis in Toliara and arrested two men.
                """);
        assertThat(madagascar.entities()).filteredOn(e -> e.kind() == EntityKind.ORGANIZATION).extracting(e -> e.name())
                .containsExactlyInAnyOrder("National Gendarmerie", "Section de Recherches");
        assertThat(madagascar.operations()).extracting(op -> op.type() + " " + op.date())
                .containsExactlyInAnyOrder("seizure 2024-06-03", "arrest 2024-06-03");
    }
}
