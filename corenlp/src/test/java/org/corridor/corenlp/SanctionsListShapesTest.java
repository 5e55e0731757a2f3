package org.corridor.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.corridor.extract.doc.DocumentReaders;
import org.corridor.extract.facts.Extraction;
import org.corridor.extract.pipeline.CountryNames;
import org.corridor.extract.pipeline.DocEntity;
import org.corridor.extract.pipeline.Gazetteer;
import org.corridor.extract.pipeline.Pipeline;
import org.corridor.extract.text.EntityKind;
import org.corridor.extract.text.Language;
import org.corridor.extract.text.Mention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sanctions report that lists people with their nicknames, as the fifth held-out set showed:
 * nicknames after "alias" or alone between commas, items separated by semicolons, listed names in
 * OFAC's later shapes ("Luis Barragan Chavez Enrique"). The nicknames are the people's, the people
 * are linked, and every one of them is sanctioned.
 */
class SanctionsListShapesTest {
    private static final CoreNlpTagger TAGGER = new CoreNlpTagger().preload(Language.ES);

    @TempDir
    Path dir;

    private static void list(Gazetteer g, String id, String... names) {
        for (String name : names) {
            g.addParty(name, EntityKind.ORGANIZATION, new Mention.Listed(id, "LegalEntity", name, names[0]), id);
        }
    }

    @Test
    void nicknamesJoinTheirPeopleAndEveryPersonOfTheListIsSanctioned() throws Exception {
        Gazetteer g = CountryNames.addTo(new Gazetteer());
        list(g, "ofac-1", "Alvarez Farias Juan Jose", "El Abuelo");
        list(g, "ofac-2", "Alfonso Fernandez Magallon", "Poncho");
        list(g, "ofac-3", "Luis Barragan Chavez Enrique", "Wicho");
        list(g, "ofac-4", "Cesar Sepulveda Arellano Alejandro", "El Botox");
        list(g, "ofac-5", "Los Viagras");
        list(g, "ofac-6", "Carteles Unidos");
        list(g, "ofac-7", "Los Chapitos");
        list(g, "ofac-8", "PAREDES CORDOVA Jorge Mario", "EL GORDO"); // a nickname two listed parties share
        list(g, "ofac-9", "GOMEZ LOPEZ Ramiro", "EL GORDO");
        Path file = dir.resolve("sanciones.txt");
        Files.writeString(file, """
                Sanciones a dos grupos de Michoacán

                14 de agosto de 2025

                El Departamento del Tesoro sancionó este jueves a Cárteles Unidos y Los Viagras. Por Cárteles Unidos fueron \
                sancionados Juan José Farías Álvarez, alias El Abuelo, por quien se ofrece una recompensa; Alfonso Fernández \
                Magallón, Poncho; y Luis Enrique Barragán Chávez, alias Wicho. Por Los Viagras fueron sancionados Nicolás Sierra \
                Santana, El Gordo, fundador y líder del grupo; y César Alejandro Sepúlveda Arellano, El Bótox. Otro grupo, \
                conocido como Los Chapitos, no fue mencionado.
                """);
        Extraction x = Pipeline.standard(TAGGER, g).extract(new DocumentReaders().read(file, "sanciones.txt", DocumentReaders.Options.DEFAULT));
        List<String> organisations = x.entities().stream().filter(e -> e.kind() == EntityKind.ORGANIZATION).map(DocEntity::name).toList();
        assertThat(organisations).contains("Cárteles Unidos", "Los Viagras", "Los Chapitos")
                .doesNotContain("El Abuelo", "Poncho", "Wicho", "El Gordo", "El Bótox");
        for (String[] p : new String[][] {{"Luis Enrique Barragán Chávez", "ofac-3"}, {"César Alejandro Sepúlveda Arellano", "ofac-4"},
                {"Alfonso Fernández Magallón", "ofac-2"}, {"Juan José Farías Álvarez", "ofac-1"}}) {
            DocEntity person = x.entities().stream().filter(e -> e.name().equals(p[0])).findFirst().orElseThrow();
            assertThat(person.kind()).isEqualTo(EntityKind.PERSON);
            assertThat(person.listed()).as(p[0]).extracting(Mention.Listed::entityId, Mention.Listed::weak).containsExactly(p[1], false);
        }
        assertThat(x.designations()).extracting(d -> d.target().name()).contains("Juan José Farías Álvarez", "Alfonso Fernández Magallón",
                "Luis Enrique Barragán Chávez", "Nicolás Sierra Santana", "César Alejandro Sepúlveda Arellano");
        assertThat(x.ties()).extracting(t -> t.person().name() + " -> " + t.organization().name())
                .contains("Nicolás Sierra Santana -> Los Viagras");
    }

    @Test
    void assetsFrozenAndAPersonNamedAfterADescribedOneAreSanctioned() throws Exception {
        Gazetteer g = CountryNames.addTo(new Gazetteer());
        list(g, "ofac-10", "AKALI REALTORS");
        list(g, "ofac-11", "CENTRO MEDIADOR DE LA COSTA, S.A. DE C.V.");
        list(g, "ofac-12", "IBARRA DIAZ JR. Michael");
        Path file = dir.resolve("timeshare.txt");
        Files.writeString(file, """
                Treasury targets timeshare fraud

                August 13, 2025

                Those sanctioned include Julio César Montero Pinzón, whom Treasury describes as an enforcer, and the businessman \
                Michael Ibarra Díaz. OFAC also froze the assets of 13 companies tied to Ibarra, among them Akali Realtors and \
                Centro Mediador de la Costa.
                """);
        Extraction x = Pipeline.standard(new CoreNlpTagger().preload(Language.EN), g)
                .extract(new DocumentReaders().read(file, "timeshare.txt", DocumentReaders.Options.DEFAULT));
        assertThat(x.designations()).extracting(d -> d.target().name()).contains("Julio César Montero Pinzón", "Michael Ibarra Díaz",
                "Akali Realtors", "Centro Mediador de la Costa");
    }

    @Test
    void aListedNicknameTheDocumentGivesSomeoneElseIsOnlyProposed() throws Exception {
        Gazetteer g = CountryNames.addTo(new Gazetteer());
        list(g, "ofac-11798", "MENDEZ VARGAS Jose de Jesus", "CHANGO");
        Path file = dir.resolve("culiacan.txt");
        Files.writeString(file, """
                Operativo en Culiacán

                22 de octubre de 2025

                Entre los detenidos están José Manuel "N", alias Mono Canelo, y Juan Carlos "N", alias Chango, que ya habían sido \
                arrestados en diciembre.
                """);
        Extraction x = Pipeline.standard(TAGGER, g).extract(new DocumentReaders().read(file, "culiacan.txt", DocumentReaders.Options.DEFAULT));
        assertThat(x.entities()).filteredOn(e -> e.listed() != null).allSatisfy(e -> {
            assertThat(e.listed().weak()).as(e.name()).isTrue();
            assertThat(e.listedBecause()).contains("not linked after all");
        });
        assertThat(x.entities()).anyMatch(e -> e.listed() != null && e.listed().entityId().equals("ofac-11798"));
    }

    @Test
    void aCartelListedWithDeIsFoundWithoutItAndEuInSpanishIsTheUnitedStates() throws Exception {
        Gazetteer g = CountryNames.addTo(new Gazetteer());
        list(g, "ofac-17671", "CARTEL DE JALISCO NUEVA GENERACION");
        list(g, "ofac-11440", "CARTEL DE SINALOA");
        Path file = dir.resolve("cjng.txt");
        Files.writeString(file, """
                EU sanciona a una red

                3 de junio de 2025

                EU sancionó a una red que, según el Tesoro, lava dinero para el Cártel Jalisco Nueva Generación. Ninguna empresa \
                del Cártel Sinaloa fue mencionada.
                """);
        Extraction x = Pipeline.standard(TAGGER, g).extract(new DocumentReaders().read(file, "cjng.txt", DocumentReaders.Options.DEFAULT));
        assertThat(x.entities()).filteredOn(e -> e.name().equals("Cártel Jalisco Nueva Generación")).singleElement()
                .satisfies(e -> assertThat(e.listed()).extracting(Mention.Listed::entityId, Mention.Listed::weak)
                        .containsExactly("ofac-17671", false));
        assertThat(x.entities()).filteredOn(e -> e.listed() != null).extracting(e -> e.listed().entityId())
                .as("one word after the cartel is no variant the list implies").doesNotContain("ofac-11440");
        assertThat(x.entities()).filteredOn(e -> e.name().equals("EU")).extracting(DocEntity::kind).containsOnly(EntityKind.COUNTRY);
    }

    @Test
    void siblingsTheSanctionerTargetsAfterTheActionAreSanctionedAndLinkedInEitherOrder() throws Exception {
        Gazetteer g = CountryNames.addTo(new Gazetteer());
        list(g, "ofac-1", "Ramon Ortiz Vela", "EL TORO");
        list(g, "ofac-2", "Ortiz Zarate Ubaldino", "Flaco");
        list(g, "ofac-3", "LOS HALCONES DEL NORTE", "LHN");
        Path file = dir.resolve("siblings.txt");
        Files.writeString(file, """
                Treasury sanctions gang leaders

                April 22, 2025

                The U.S. Department of the Treasury has sanctioned two members of the Mexican gang Los Halcones del Norte (LHN). \
                The Office of Foreign Assets Control (OFAC) targeted the group's co-leader, Ramon Ortiz Vela, and his brother, \
                Ubaldino Ortiz Zarate.
                """);
        Extraction x = Pipeline.standard(new CoreNlpTagger().preload(Language.EN), g)
                .extract(new DocumentReaders().read(file, "siblings.txt", DocumentReaders.Options.DEFAULT));
        assertThat(x.designations()).extracting(d -> d.target().name()).contains("Ramon Ortiz Vela", "Ubaldino Ortiz Zarate");
        assertThat(x.entities()).filteredOn(e -> e.name().equals("Ubaldino Ortiz Zarate")).singleElement()
                .satisfies(e -> assertThat(e.listed()).extracting(Mention.Listed::entityId, Mention.Listed::weak).containsExactly("ofac-2", false));
        assertThat(x.ties()).extracting(t -> t.schema() + " " + t.person().name() + " -> " + t.organization().name())
                .contains("Membership Ramon Ortiz Vela -> Los Halcones del Norte");
    }

    @Test
    void aShortNameAndAnAliasOfOneListedPartyCorroborateEachOther() throws Exception {
        Gazetteer g = CountryNames.addTo(new Gazetteer());
        list(g, "ofac-9", "Wilmer Geovanny Chavarria Barre", "Pipo");
        list(g, "ofac-8", "LOS LOBOS");
        Path file = dir.resolve("pipo.txt");
        Files.writeString(file, """
                Cae en Málaga el jefe de Los Lobos

                17 de noviembre de 2025

                Wilmer Geovanny Chavarría, alias 'Pipo', líder de Los Lobos, fue detenido este domingo en el aeropuerto de Málaga. \
                Otro hombre, Wilmer Geovanny Chavarría, también fue mencionado.
                """);
        Extraction x = Pipeline.standard(TAGGER, g).extract(new DocumentReaders().read(file, "pipo.txt", DocumentReaders.Options.DEFAULT));
        assertThat(x.entities()).filteredOn(e -> e.name().equals("Wilmer Geovanny Chavarría")).singleElement()
                .satisfies(e -> {
                    assertThat(e.listed()).extracting(Mention.Listed::entityId, Mention.Listed::weak).containsExactly("ofac-9", false);
                    assertThat(e.listed().why()).contains("alias 'Pipo'");
                });
    }

    @Test
    void brothersWhoShareSurnamesTheFatherAfterACartelInLowerCaseAndAListAfterTheFirstGroup() throws Exception {
        Gazetteer g = CountryNames.addTo(new Gazetteer());
        list(g, "ofac-1", "Tomas ORTIZ ZARATE Ramon");
        list(g, "ofac-2", "Mateo ORTIZ ZARATE");
        list(g, "ofac-3", "CARTEL DE SINALOA");
        list(g, "ofac-4", "LOS HALCONES");
        list(g, "ofac-5", "CARTEL DEL GOLFO");
        list(g, "ofac-6", "ORTIZ VELA Ramon", "Ramon Toro Ortiz");
        Path file = dir.resolve("hermanos.txt");
        Files.writeString(file, """
                Sanciones contra Los Halcones

                6 de octubre de 2025

                Los hermanos Ramón Tomás y Mateo Ortiz Zárate dirigen Los Halcones, hijos del exlíder del cártel de Sinaloa Ramón \
                "El Toro" Ortiz. En febrero, el Departamento de Estado designó al Cártel de Sinaloa como organización terrorista \
                extranjera junto con otros dos grupos mexicanos: Los Halcones y el Cártel del Golfo.
                """);
        Extraction x = Pipeline.standard(TAGGER, g).extract(new DocumentReaders().read(file, "hermanos.txt", DocumentReaders.Options.DEFAULT));
        assertThat(x.entities()).filteredOn(e -> e.name().equals("Ramón Tomás")).singleElement()
                .satisfies(e -> assertThat(e.listed()).extracting(Mention.Listed::entityId, Mention.Listed::weak).containsExactly("ofac-1", false));
        assertThat(x.entities()).filteredOn(e -> e.name().equals("cártel de Sinaloa")).singleElement()
                .satisfies(e -> assertThat(e.listed().entityId()).isEqualTo("ofac-3"));
        assertThat(x.ties()).extracting(t -> t.person().name() + " -> " + t.organization().name())
                .contains("Ramón Tomás -> Los Halcones", "Mateo Ortiz Zárate -> Los Halcones", "Ramón \"El Toro\" Ortiz -> cártel de Sinaloa");
        assertThat(x.designations()).extracting(d -> d.target().name())
                .containsExactlyInAnyOrder("cártel de Sinaloa", "Los Halcones", "Cártel del Golfo"); // one entity, named as first written
    }

    @Test
    void aRoleBeforeTheGroupTwoRewardsListedNamesGivenFirstAndStatementsThatAreNoSeizures() throws Exception {
        Gazetteer g = CountryNames.addTo(new Gazetteer());
        list(g, "ofac-21", "Tarquinez Pablo");
        list(g, "ofac-22", "Quintero Yoandri Jose");
        list(g, "ofac-23", "LOS RELAMPAGOS");
        Path file = dir.resolve("relampagos.txt");
        Files.writeString(file, """
                Washington sanciona a la banda Los Relámpagos

                10 de julio de 2025

                El Departamento del Tesoro sancionó al jefe de Los Relámpagos, Pablo Tarquínez, y ofreció una recompensa de hasta tres \
                millones de dólares por información sobre él. Las sanciones alcanzan también a Yoandri José Quintero, alias "El Flaco", \
                uno de los fundadores de Los Relámpagos y encargado de las finanzas de la banda en toda la costa norte del país. Por él \
                se ofrece una recompensa de hasta dos millones de dólares. En la lista negra figuran además Mario Ruiz Tello y Ana Gil \
                Soto. El secretario del Tesoro aseguró en un comunicado que la banda será desmantelada.

                Europa Press
                """);
        Extraction x = Pipeline.standard(TAGGER, g).extract(new DocumentReaders().read(file, "relampagos.txt", DocumentReaders.Options.DEFAULT));
        for (String[] p : new String[][] {{"Pablo Tarquínez", "ofac-21"}, {"Yoandri José Quintero", "ofac-22"}}) {
            assertThat(x.entities()).filteredOn(e -> e.name().equals(p[0])).singleElement()
                    .satisfies(e -> assertThat(e.listed()).as(p[0]).extracting(Mention.Listed::entityId, Mention.Listed::weak)
                            .containsExactly(p[1], false));
        }
        assertThat(x.designations()).extracting(d -> d.target().name())
                .containsExactlyInAnyOrder("Pablo Tarquínez", "Yoandri José Quintero", "Mario Ruiz Tello", "Ana Gil Soto");
        assertThat(x.ties()).extracting(t -> t.person().name() + " -> " + t.organization().name())
                .contains("Pablo Tarquínez -> Los Relámpagos", "Yoandri José Quintero -> Los Relámpagos");
        assertThat(x.operations()).extracting(o -> o.type() + " " + o.amount())
                .containsExactlyInAnyOrder("reward 3000000.0", "reward 2000000.0");
        assertThat(x.entities()).extracting(DocEntity::name).doesNotContain("Europa Press");
    }

    @Test
    void gangsNamedTerroristOrganizationsAndAListedLeaderOnAMostWantedList() throws Exception {
        Gazetteer g = CountryNames.addTo(new Gazetteer());
        list(g, "ofac-31", "Kaz Lame");
        list(g, "ofac-32", "Bel Vant");
        list(g, "ofac-33", "Lorvil Tijak", "Ti'jak Lorvil");
        list(g, "ofac-34", "Dorsainvil Ruben");
        Path file = dir.resolve("gangs.txt");
        Files.writeString(file, """
                US names two island gangs terrorist groups

                May 9, 2025

                The administration on Friday named the Kaz Lamè coalition and the Bèl Vant gang foreign terrorist organizations.

                The coalition was formed by the faction of Ruben Dorsainvil, a former customs officer, and of Ti'jak Lorvil, a gang \
                leader on the FBI's list of its ten most wanted fugitives. A Treasury sanctions notice names Kaz Lamè and counts among \
                its allies the Sept Lanmou gang.
                """);
        Extraction x = Pipeline.standard(new CoreNlpTagger().preload(Language.EN), g)
                .extract(new DocumentReaders().read(file, "gangs.txt", DocumentReaders.Options.DEFAULT));
        assertThat(x.designations()).extracting(d -> d.target().name()).containsOnly("Kaz Lamè", "Bèl Vant")
                .contains("Kaz Lamè", "Bèl Vant");
        assertThat(x.entities()).filteredOn(e -> e.name().equals("Ti'jak Lorvil")).singleElement()
                .satisfies(e -> {
                    assertThat(e.kind()).isEqualTo(EntityKind.PERSON);
                    assertThat(e.listed().entityId()).isEqualTo("ofac-33");
                });
        assertThat(x.entities()).filteredOn(e -> e.name().equals("Ruben Dorsainvil")).singleElement()
                .satisfies(e -> assertThat(e.listed()).extracting(Mention.Listed::entityId, Mention.Listed::weak)
                        .containsExactly("ofac-34", false));
        assertThat(x.ties()).extracting(t -> t.organization().name()).doesNotContain("FBI");
    }

    @Test
    void aCommonNameTurnedRoundIsOnlyProposedAndAGeneralStaffLedByAnAliasIsAGroup() throws Exception {
        Gazetteer g = CountryNames.addTo(new Gazetteer());
        list(g, "ofac-41", "RUIZ ORTEGA Mateo Andres", "LOPEZ Cesar"); // an alias: a common given name and surname
        list(g, "ofac-42", "GUZMAN Chapo");                              // a nickname is no common given name
        Path file = dir.resolve("lideres.txt");
        Files.writeString(file, """
                Golpe a las disidencias en el sur del país

                12 de marzo de 2026

                El Ejército atacó el martes al Estado Mayor Central, la estructura que dirige alias Tomás Rivera. Ese mismo día fue \
                deportado César López Larios, y en otra ciudad habló un vecino llamado César López. Un sobrino de Chapo Guzmán también \
                fue mencionado.
                """);
        Extraction x = Pipeline.standard(TAGGER, g).extract(new DocumentReaders().read(file, "lideres.txt", DocumentReaders.Options.DEFAULT));
        assertThat(x.entities()).filteredOn(e -> e.listed() != null && !e.listed().weak())
                .extracting(e -> e.name() + " " + e.listed().entityId()).containsExactly("Chapo Guzmán ofac-42");
        assertThat(x.ties()).extracting(t -> t.schema() + " " + t.person().name() + " -> " + t.organization().name())
                .contains("Membership Tomás Rivera -> Estado Mayor Central");
    }
}
