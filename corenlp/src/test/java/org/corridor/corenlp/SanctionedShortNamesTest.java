package org.corridor.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.corridor.extract.facts.Extraction;
import org.corridor.extract.pipeline.CountryNames;
import org.corridor.extract.pipeline.DocEntity;
import org.corridor.extract.pipeline.Gazetteer;
import org.corridor.extract.text.EntityKind;
import org.corridor.extract.text.Language;
import org.corridor.extract.text.Mention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shapes of the fortieth held-out set (corpus/real-heldout-40): people lists write with middle names and reports without,
 * a group listed as an "organized crime group" that reports call a gang, and the report's own statement of sanctions as the
 * corroboration a short name needs. The listed names here are invented.
 */
class SanctionedShortNamesTest {
    @TempDir
    Path dir;

    private static Gazetteer list() {
        Gazetteer g = CountryNames.addTo(new Gazetteer());
        person(g, "ofac-901", "KELLAGHAN Declan Fintan");
        person(g, "ofac-902", "MURPHY Sean Patrick");
        g.addParty("KELLAGHAN ORGANIZED CRIME GROUP", EntityKind.ORGANIZATION, new Mention.Listed("ofac-900", "Organization",
                "KELLAGHAN ORGANIZED CRIME GROUP", "KELLAGHAN ORGANIZED CRIME GROUP"));
        return g;
    }

    private static void person(Gazetteer g, String id, String name) {
        g.addParty(name, EntityKind.PERSON, new Mention.Listed(id, "Person", name, name));
    }

    private Extraction extract(Gazetteer gazetteer, Language language, String text) throws Exception {
        return Reports.extract(dir, gazetteer, language, text);
    }

    private static DocEntity named(Extraction x, String name) {
        return x.entities().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity '" + name + "' in " + x.entities()));
    }

    @Test
    void aShortNameWithARareSurnameLinksWhenTheReportSaysTreasurySanctionedItAndACommonOneStaysAProposal() throws Exception {
        Extraction x = extract(list(), Language.EN, """
                Treasury sanctions gang leaders

                March 4, 2024

                The United States moved against the Kellaghan gang, an Irish crime group, on Monday. The Treasury's Office of \
                Foreign Assets Control (OFAC) sanctioned the gang's leaders, Declan Kellaghan and Sean Murphy, a step the \
                police chief, Aoife Brennan, said would hurt the group.
                """);
        DocEntity declan = named(x, "Declan Kellaghan");
        assertThat(declan.listed()).isNotNull();
        assertThat(declan.listed().entityId()).isEqualTo("ofac-901");
        assertThat(declan.listed().weak()).isFalse();
        assertThat(declan.listed().why()).contains("sanctioned").contains("rare");
        DocEntity sean = named(x, "Sean Murphy");
        assertThat(sean.listed()).isNotNull();
        assertThat(sean.listed().weak()).as("Murphy is a common name: only proposed").isTrue();
        DocEntity gang = named(x, "Kellaghan gang");
        assertThat(gang.kind()).isEqualTo(EntityKind.ORGANIZATION);
        assertThat(gang.listed().entityId()).isEqualTo("ofac-900");
        assertThat(x.designations()).extracting(d -> d.target().name()).contains("Declan Kellaghan", "Sean Murphy")
                .doesNotContain("Aoife Brennan");
        assertThat(x.ties()).extracting(t -> t.person().name() + " -> " + t.organization().name())
                .contains("Declan Kellaghan -> Kellaghan gang", "Sean Murphy -> Kellaghan gang");
    }

    @Test
    void theSameShortNameWithoutAStatementOfSanctionsIsOnlyProposed() throws Exception {
        Extraction x = extract(list(), Language.EN, """
                Boxing night in Dublin

                March 4, 2024

                Declan Kellaghan watched the fight from the front row, a spokesman for the venue said.
                """);
        assertThat(named(x, "Declan Kellaghan").listed().weak()).isTrue();
    }

    @Test
    void aPaidRewardNamesNoArrestAndAnAgencyForAPortfolioIsOneBody() throws Exception {
        Extraction x = extract(CountryNames.addTo(new Gazetteer()), Language.EN, """
                Reward offered

                March 4, 2024

                The United States will pay up to $5 million for information that leads to the arrest and conviction of the \
                gang's leaders. The work was done with the European Union Agency for Law Enforcement Cooperation.
                """);
        assertThat(x.operations()).extracting(o -> o.type()).containsExactly("reward");
        assertThat(x.entities()).extracting(DocEntity::name).contains("European Union Agency for Law Enforcement Cooperation");
    }

    @Test
    void marinesStormingAHideoutAreTheRaidTheSentenceBeforeNamedAndGunmenStormingAStationAreNoRaid() throws Exception {
        Extraction raid = extract(CountryNames.addTo(new Gazetteer()), Language.ES, """
                Así fue el operativo

                11 de enero de 2016

                La captura del narcotraficante llegó tras un allanamiento de las fuerzas mexicanas en la madrugada del viernes. \
                Un escuadrón de la Marina irrumpió en su escondite en Los Mochis y, tras un tiroteo, cinco de ellos murieron.
                """);
        assertThat(raid.operations()).filteredOn(o -> o.type().equals("raid"))
                .extracting(o -> o.date() + " " + o.place() + " " + o.fatalities()).containsExactly("2016-01-08 Los Mochis 5");
        Extraction attack = extract(CountryNames.addTo(new Gazetteer()), Language.EN, """
                Gunmen storm a station

                January 9, 2024

                Gunmen stormed a television station in Guayaquil during a live broadcast on Tuesday.
                """);
        assertThat(attack.operations()).extracting(o -> o.type()).doesNotContain("raid");
    }

    @Test
    void aFamilysClanCountedSearchesAndAnEarlierInterceptionOfLoads() throws Exception {
        Extraction x = extract(CountryNames.addTo(new Gazetteer()), Language.ES, """
                Cae una red de hachís

                17/07/2020

                La Guardia Civil ha detenido a 20 personas de una organización que actuaba sobre todo en el río Guadalquivir. \
                Los agentes hicieron 30 registros: 25 en la provincia de Sevilla y cinco en la de Huelva. La operación \
                arrancó después de que se interceptaran dos alijos en Isla Mayor que había intentado introducir el clan de \
                los Peces.
                """);
        assertThat(x.entities()).extracting(e -> e.name() + " " + e.kind()).contains("clan de los Peces ORGANIZATION");
        assertThat(x.operations()).extracting(o -> o.type() + " " + o.date() + " " + o.place())
                .contains("raid 2020-07-17 Sevilla", "seizure null Isla Mayor").doesNotContain("arrest 2020-07-17 Guadalquivir");
    }

    @Test
    void agesMakePersonsALegalFormBelongsToTheListedCompanyAndWhereAGroupIsBasedIsNoPartOfItsName() throws Exception {
        Gazetteer g = CountryNames.addTo(new Gazetteer());
        g.addParty("Lin Haoran", EntityKind.ORGANIZATION, new Mention.Listed("ofac-911", "LegalEntity", "Lin Haoran", "Lin Haoran"));
        g.addParty("NANJING QIANXI CHEMICAL CO., LTD", EntityKind.ORGANIZATION, new Mention.Listed("ofac-912", "LegalEntity",
                "NANJING QIANXI CHEMICAL CO., LTD", "NANJING QIANXI CHEMICAL CO., LTD"));
        Extraction x = extract(g, Language.EN, """
                Chemical sellers sanctioned

                April 14, 2023

                The Treasury sanctioned Nanjing Qianxi Chemical Co., Ltd. and two people: Lin Haoran, 34; and Zhou Meiling, 29. \
                The company sold precursors to the Mexico-based Sinaloa Cartel.
                """);
        assertThat(x.entities()).extracting(e -> e.name() + " " + e.kind()).contains("Lin Haoran PERSON", "Zhou Meiling PERSON",
                "Nanjing Qianxi Chemical Co., Ltd. ORGANIZATION", "Sinaloa Cartel ORGANIZATION")
                .doesNotContain("Mexico-based Sinaloa Cartel ORGANIZATION", "Nanjing Qianxi Chemical Co ORGANIZATION");
        assertThat(named(x, "Nanjing Qianxi Chemical Co., Ltd.").listed().entityId()).isEqualTo("ofac-912");
    }

    @Test
    void anArrestInAYearIsDatedByItAndAYearsRecordIsNoSeizure() throws Exception {
        Extraction en = extract(CountryNames.addTo(new Gazetteer()), Language.EN, """
                Kingpin sentenced

                February 27, 2024

                The gang leader was sentenced to life on Tuesday. He was arrested in Dubai in 2019.
                """);
        assertThat(en.operations()).extracting(o -> o.type() + " " + o.date() + " " + o.datePrecision() + " " + o.place())
                .containsExactly("arrest 2019-01-01 year Dubai");
        Extraction es = extract(CountryNames.addTo(new Gazetteer()), Language.ES, """
                Decomiso en Guayaquil

                3 de marzo de 2022

                La policía incautó este jueves dos toneladas de cocaína en el puerto de Guayaquil. En 2021 Ecuador incautó un récord \
                de 210 toneladas de drogas. El narcotraficante sigue en el penal del Altiplano.
                """);
        assertThat(es.operations()).extracting(o -> o.type() + " " + o.date()).containsExactly("seizure 2022-03-03");
        assertThat(es.entities()).extracting(e -> e.name() + " " + e.kind()).doesNotContain("Altiplano ORGANIZATION");
    }

    @Test
    void twoListedJoaquinGuzmansStayApartAndTheSameArrestToldAgainIsOne() throws Exception {
        Gazetteer g = CountryNames.addTo(new Gazetteer());
        g.addParty("GUZMAN Joaquin Chapo", EntityKind.ORGANIZATION, new Mention.Listed("ofac-921", "LegalEntity", "GUZMAN Joaquin Chapo",
                "GUZMAN LOERA Joaquin"));
        g.addParty("GUZMAN LOPEZ Joaquin", EntityKind.ORGANIZATION, new Mention.Listed("ofac-922", "LegalEntity", "GUZMAN LOPEZ Joaquin",
                "GUZMAN LOPEZ Joaquin"));
        g.addParty("LOS CHAPITOS", EntityKind.ORGANIZATION, new Mention.Listed("ofac-923", "LegalEntity", "LOS CHAPITOS", "LOS CHAPITOS"));
        g.addParty("SINALOA CARTEL", EntityKind.ORGANIZATION, new Mention.Listed("ofac-924", "LegalEntity", "SINALOA CARTEL", "SINALOA CARTEL"));
        Extraction x = extract(g, Language.EN, """
                Drug lords arrested

                Jul 26, 2024

                Rodolfo Quintana, the veteran trafficker who co-founded the Sinaloa Cartel, was arrested on Thursday, July 25, in \
                El Paso together with a son of the jailed Joaquin "El Chapo" Guzman. The two men were detained at a small \
                airport near the city. The son is Joaquin Guzman Lopez, who the Justice Department says belongs to the \
                Chapitos, the faction run by El Chapo's sons.
                """);
        assertThat(named(x, "Joaquin Guzman Lopez").listed().entityId()).isEqualTo("ofac-922");
        assertThat(named(x, "Joaquin \"El Chapo\" Guzman").listed().entityId()).isEqualTo("ofac-921");
        assertThat(x.ties()).extracting(t -> t.person().name() + " -> " + t.organization().name())
                .contains("Rodolfo Quintana -> Sinaloa Cartel", "Joaquin Guzman Lopez -> Chapitos")
                .doesNotContain("Joaquin \"El Chapo\" Guzman -> Sinaloa Cartel");
        assertThat(x.operations()).extracting(o -> o.type() + " " + o.date() + " " + o.place()).containsExactly("arrest 2024-07-25 El Paso");
    }

    @Test
    void aListedOneWordOrganisationInLowerCaseAfterItsElidedArticleAndACrackdownThatIsNoStrike() throws Exception {
        Gazetteer g = CountryNames.addTo(new Gazetteer());
        g.addParty("'NDRANGHETA ORGANIZATION", EntityKind.ORGANIZATION, new Mention.Listed("ofac-931", "LegalEntity",
                "'NDRANGHETA ORGANIZATION", "'NDRANGHETA ORGANIZATION"));
        Extraction x = extract(g, Language.EN, """
                Raids against the mafia

                May 4, 2023

                BERLIN — Police arrested dozens of people, searched homes and seized millions of euros in assets across Europe on \
                Wednesday in a joint strike against Italy's 'ndrangheta. One of its central figures was a former boss arrested in \
                Brazil in 2021. In Germany, more than 1,000 officers searched dozens of homes in Bavaria.
                """);
        assertThat(named(x, "ndrangheta").listed().entityId()).isEqualTo("ofac-931");
        assertThat(x.operations()).extracting(o -> o.type() + " " + o.date())
                .containsExactlyInAnyOrder("arrest 2023-05-03", "raid 2023-05-03", "seizure 2023-05-03", "arrest 2021-01-01");
    }

    @Test
    void aDateOpeningTheParagraphIsThePagesAndTheNextSentenceDatesTheSeizure() throws Exception {
        Extraction x = extract(CountryNames.addTo(new Gazetteer()), Language.ES, """
                Decomisan droga en un barco

                Jueves 05 de Julio de 2018.- Agentes de la Dirección Antidrogas de la Policía Nacional del Perú (Dirandro PNP) \
                decomisaron 24 kilos de cocaína en un barco en el puerto del Callao.

                La intervención se hizo el pasado 29 junio en la zona sur de los muelles. Los agentes de la Dirandro PNP \
                revisaron la nave.
                """);
        assertThat(x.operations()).extracting(o -> o.type() + " " + o.date() + " " + o.place()).containsExactly("seizure 2018-06-29 Callao");
        assertThat(x.entities()).extracting(e -> e.name() + " " + e.kind())
                .contains("Dirección Antidrogas de la Policía Nacional del Perú ORGANIZATION")
                .doesNotContain("Dirandro PNP ORGANIZATION", "Julio PERSON");
    }

    @Test
    void anApprovedExtraditionIsNoneAnArrestToTheMonthIsTheArrestToTheDayAndACourtsCityIsNoPlace() throws Exception {
        Extraction x = extract(CountryNames.addTo(new Gazetteer()), Language.ES, """
                Aprueban extradición de exministro

                7 de octubre de 2025

                Un tribunal aprobó este martes extraditar a Estados Unidos al exministro Rolando Quesada, detenido en junio, un mes \
                después de que el país aprobara una reforma que permite extraditar a sus ciudadanos. Quesada fue arrestado el 23 de \
                junio con una orden de captura de una corte de Texas.
                """);
        assertThat(x.operations()).extracting(o -> o.type() + " " + o.date() + " " + o.place()).containsExactly("arrest 2025-06-23 null");
    }

    @Test
    void foundWithAQuantityIsASeizureThatAfternoonIsTheDayLastNamedAndAnEditorsNoteIsFurniture() throws Exception {
        Extraction x = extract(CountryNames.addTo(new Gazetteer()), Language.EN, """
                Cocaine plot foiled

                07 March 2024, 6:34pm

                In November 2023 Brazilian police searched four consignments bound for Australia and found 600kg of cocaine. The \
                consignments were delivered on Wednesday, 6 March 2024, to a warehouse in Sydney. That afternoon officers arrested \
                two men as they tried to leave.

                Editor's note: images are available on request.
                """);
        assertThat(x.operations()).extracting(o -> o.type() + " " + o.date())
                .containsExactlyInAnyOrder("seizure 2023-11-01", "arrest 2024-03-06");
        assertThat(x.entities()).extracting(DocEntity::name).doesNotContain("Editor");
    }

    @Test
    void aTotalToldInTheStrikesSentenceAndTheNextKeepsTheStrikesOwnDeaths() throws Exception {
        Extraction x = extract(CountryNames.addTo(new Gazetteer()), Language.ES, """
                Otro ataque en el Pacífico

                5 de diciembre de 2025

                El Comando Sur informó que murieron tres hombres en una lancha bombardeada en el Pacífico, en una campaña que, desde \
                septiembre, ya se ha cobrado la vida de más de 70 personas. El 4 de diciembre la fuerza de tarea atacó un buque en \
                el Pacífico oriental y mató a los tres tripulantes. Antes de este ataque sumaban ya 75 muertos en 19 operaciones.
                """);
        assertThat(x.operations()).extracting(o -> o.type() + " " + o.date() + " " + o.fatalities())
                .containsExactly("strike 2025-12-04 3");
        assertThat(x.totals()).extracting(t -> t.strikes() + " " + t.deaths()).containsExactlyInAnyOrder("null 70", "19 75");
    }

    @Test
    void oneDeathIsReadAndBoatsAttackedCountedAreTheCampaignsNotAStrike() throws Exception {
        Extraction x = extract(CountryNames.addTo(new Gazetteer()), Language.ES, """
                Ataque a una narcolancha

                23 de diciembre de 2025

                El Comando Sur confirmó este lunes un nuevo ataque contra una lancha en el Pacífico oriental, en el que murió una \
                persona. Estados Unidos asegura haber atacado más de 30 embarcaciones en el Caribe y el Pacífico en los últimos meses.
                """);
        assertThat(x.operations()).extracting(o -> o.type() + " " + o.fatalities()).containsExactly("strike 1");
        assertThat(x.totals()).extracting(t -> t.strikes() + " " + t.bound()).containsExactly("30 at least");
    }
}
