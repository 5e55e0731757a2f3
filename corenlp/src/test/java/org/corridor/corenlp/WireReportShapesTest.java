package org.corridor.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.corridor.extract.doc.DocumentReaders;
import org.corridor.extract.facts.Extraction;
import org.corridor.extract.pipeline.CountryNames;
import org.corridor.extract.pipeline.Gazetteer;
import org.corridor.extract.pipeline.Pipeline;
import org.corridor.extract.text.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shapes of wire reports the held-out real-reporting sets showed the rules missing (corpus/real-heldout*). */
class WireReportShapesTest {
    @TempDir
    Path dir;

    private Extraction extract(String name, String text, Language language) throws Exception {
        return Reports.extract(dir, name, text, language);
    }

    @Test
    void attackedBoatsAreAStrikeAndATollToldOverTwoSentencesIsOneTotal() throws Exception {
        Extraction x = extract("attack.txt", """
                Three boats hit in the Pacific

                December 16, 2025

                The U.S. military said on Monday night that it had attacked three boats in the eastern Pacific, killing eight people.
                The strikes bring the number of people killed in the campaign to 95. At least 25 strikes have been carried out \
                since September. Since then, the administration has attacked vessels in the Caribbean and the Pacific.
                """, Language.EN);
        assertThat(x.operations()).hasSize(1);
        assertThat(x.operations().get(0).type()).isEqualTo("strike");
        assertThat(x.operations().get(0).date()).isEqualTo(java.time.LocalDate.of(2025, 12, 15));
        assertThat(x.operations().get(0).fatalities()).isEqualTo(8);
        assertThat(x.totals()).hasSize(1);
        assertThat(x.totals().get(0).strikes()).isEqualTo(25);
        assertThat(x.totals().get(0).deaths()).isEqualTo(95);
    }

    @Test
    void aGroupWhoseMembersWereKilledIsTheStrikesTargetNotItsAuthor() throws Exception {
        Extraction x = extract("tda.txt", """
                Ataque en el Caribe

                2 de septiembre de 2025

                El presidente Donald Trump afirmó que las fuerzas armadas de su país mataron a once integrantes del Tren de Aragua \
                este martes, en un ataque contra una embarcación en aguas del Caribe.
                """, Language.ES);
        assertThat(x.operations()).hasSize(1);
        assertThat(x.operations().get(0).conducting()).isEmpty();
        assertThat(x.operations().get(0).targeted()).extracting(e -> e.name()).containsExactly("Tren de Aragua");
    }

    @Test
    void businessesAreOrganisationsAndNeitherThePlaceOfAnOfficeNorAFamilyIsAPerson() throws Exception {
        Extraction x = extract("rosarito.txt", """
                Sanciones en Rosarito

                18 de septiembre de 2025

                El empresario Jesús González Lomelí, dueño de bares y restaurantes como Coco Beach Club y Mariscos El Caimán, fue \
                acusado de lavar dinero en Rosarito para los hermanos Arzate. La OFAC también señaló a un operador cercano a la \
                exalcaldesa de Rosarito Hilda Araceli Brown Figueredo.
                """, Language.ES);
        java.util.Map<String, org.corridor.extract.text.EntityKind> kinds = new java.util.HashMap<>();
        x.entities().forEach(e -> kinds.put(e.name(), e.kind()));
        assertThat(kinds).containsEntry("Coco Beach Club", org.corridor.extract.text.EntityKind.ORGANIZATION)
                .containsEntry("Mariscos El Caimán", org.corridor.extract.text.EntityKind.ORGANIZATION)
                .containsEntry("Hilda Araceli Brown Figueredo", org.corridor.extract.text.EntityKind.PERSON)
                .containsEntry("Jesús González Lomelí", org.corridor.extract.text.EntityKind.PERSON)
                .doesNotContainKey("Rosarito Hilda Araceli Brown Figueredo").doesNotContainKey("Arzate");
    }

    @Test
    void moneyOfferedForInformationIsARewardWithoutTheWord() throws Exception {
        Extraction x = extract("recompensa.txt", """
                Sanciones a Los Mayos

                18 de septiembre de 2025

                El Departamento de Estado ofrece hasta cinco millones de dólares por información que lleve a la captura de \
                Juan José Ponce Félix. El Tesoro ofreció su apoyo a las autoridades de México.
                """, Language.ES);
        assertThat(x.operations()).extracting(o -> o.type() + " " + o.date() + " " + o.amount())
                .containsExactly("reward 2025-09-18 5000000.0");
    }

    @Test
    void anInterceptionWithDrugsOnBoardIsASeizureTooAtThePlaceItIsMeasuredFrom() throws Exception {
        Extraction x = extract("semisumergible.txt", """
                Semar intercepta semisumergible

                19 de febrero de 2026

                La Armada de México interceptó el 18 de febrero de 2026 un semisumergible con cerca de 4 toneladas de cocaína a \
                más de 250 millas náuticas al sur suroeste de Manzanillo, Colima.
                """, Language.ES);
        assertThat(x.operations()).extracting(o -> o.type() + " " + o.date() + " " + o.place())
                .containsExactlyInAnyOrder("interdiction 2026-02-18 Manzanillo", "seizure 2026-02-18 Manzanillo");
    }

    @Test
    void aGroupRoleNamedByADescriptionIsAMembershipOfTheGroupItDescribes() throws Exception {
        Extraction en = extract("founders.txt", """
                Treasury targets a faction

                September 18, 2025

                Los Mayos grew after the arrests of the Sinaloa Cartel's leaders. The faction now fights the sons of the cartel's \
                founders, Joaquín Guzmán Loera and Ismael Zambada García, for the routes.
                """, Language.EN);
        assertThat(en.ties()).extracting(t -> t.schema() + " " + t.person().name() + " -> " + t.organization().name())
                .containsExactlyInAnyOrder("Membership Joaquín Guzmán Loera -> Sinaloa Cartel",
                        "Membership Ismael Zambada García -> Sinaloa Cartel");
        Extraction es = extract("jefe.txt", """
                Sanciones en Rosarito

                18 de septiembre de 2025

                El Tesoro sancionó a la facción Los Mayos del Cártel de Sinaloa, a su jefe armado, Juan José Ponce Félix, y a \
                cinco empresas.
                """, Language.ES);
        assertThat(es.ties()).extracting(t -> t.schema() + " " + t.person().name() + " -> " + t.organization().name())
                .containsExactly("Membership Juan José Ponce Félix -> Los Mayos");
    }

    @Test
    void aHeadlineVerbAnOfficeAloneAStateAndATownAreNotPersons() throws Exception {
        Extraction x = extract("busqueda.txt", """
                Suspenderán búsqueda del náufrago tras ataque

                1 de noviembre de 2025

                La búsqueda se hace a unos 830 kilómetros al suroeste de Acapulco, en el estado de Guerrero. Según Trump, el \
                Secretario de Guerra ordenó la operación. Otro hombre fue capturado en un operativo en Jesús María, cerca de \
                Culiacán, Sinaloa.
                """, Language.ES);
        assertThat(x.entities()).filteredOn(e -> e.kind() == org.corridor.extract.text.EntityKind.PERSON).extracting(e -> e.name())
                .doesNotContain("Suspenderán", "Guerrero", "Secretario de Guerra", "Jesús María").contains("Trump");
    }

    @Test
    void aFactionLedByAPersonAndLeadersNamedAsTheFactionsAreMembers() throws Exception {
        Extraction x = extract("mayos.txt", """
                Treasury sanctions a faction

                September 18, 2025

                The Treasury Department sanctioned the Los Mayos faction of the Sinaloa Cartel on Thursday. The faction's armed \
                wing is led by Juan José Ponce Félix. Treasury also named Alfonso Arzate García and René Arzate García as the \
                faction's leaders in Rosarito. Treasury Secretary Scott Bessent said the group was headed by criminals.
                """, Language.EN);
        assertThat(x.ties()).filteredOn(t -> t.schema().equals("Membership"))
                .extracting(t -> t.person().name() + " -> " + t.organization().name()).containsExactlyInAnyOrder(
                        "Juan José Ponce Félix -> Los Mayos", "Alfonso Arzate García -> Los Mayos", "René Arzate García -> Los Mayos");
    }

    @Test
    void aHeadlinesWordsNamedNowhereInTheReportAreNoEntity() throws Exception {
        Extraction x = extract("soles.txt", """
                Treasury Sanctions Venezuelan Cartel Headed by Maduro

                July 25, 2025

                The Treasury Department sanctioned the Cartel de los Soles on Friday. Treasury Secretary Scott Bessent said the \
                group works with the Sinaloa Cartel.
                """, Language.EN);
        assertThat(x.entities()).extracting(e -> e.name()).doesNotContain("Treasury Sanctions Venezuelan Cartel")
                .contains("Treasury Department", "Sinaloa Cartel");
    }

    @Test
    void aRenamedDepartmentACapitalisedSeaAndTheCampaignsStartAreRead() throws Exception {
        Extraction x = extract("war.txt", """
                Night strike in the Caribbean

                October 24, 2025

                Secretary of War Pete Hegseth said on Friday that the U.S. Department of War had struck a boat in the Caribbean, \
                killing six people. It was the ninth strike \
                since the campaign began in early September, while the Navy sent more ships. On Tuesday the Department of War had \
                struck another boat in international waters of the Eastern Pacific.
                """, Language.EN);
        // the renamed department whole, as first written, and "the Department of War" later is the same body
        assertThat(x.entities()).extracting(e -> e.name()).contains("U.S. Department of War").doesNotContain("Department of War");
        assertThat(x.operations()).extracting(o -> o.type() + " " + o.date() + " " + o.place()).containsExactlyInAnyOrder(
                "strike 2025-10-24 Caribbean", "strike 2025-10-21 Eastern Pacific");
        assertThat(x.operations()).allSatisfy(o -> assertThat(o.targeted()).extracting(e -> e.name()).doesNotContain("Navy"));
    }

    @Test
    void aHeadlineWithEeUuIsAHeadlineAndItsStrikeIsTheBodys() throws Exception {
        Extraction x = extract("caribe.txt", """
                EE. UU. lanza nuevo ataque en el Caribe contra buque del narcotráfico: tres muertos

                2 de noviembre de 2025

                El Departamento de Guerra confirmó un nuevo ataque contra una embarcación en el mar Caribe, en el que murieron tres \
                personas. El ataque ocurrió el sábado en aguas internacionales.
                """, Language.ES);
        assertThat(x.operations()).extracting(o -> o.type() + " " + o.date() + " " + o.fatalities())
                .containsExactly("strike 2025-11-01 3");
    }

    @Test
    void theOperationAfterAStrikeIsThatStrikeAndTheCommandOfTheUsIsOneName() throws Exception {
        Extraction x = extract("ataque.txt", """
                Nuevo ataque en el Pacífico

                17 de diciembre de 2025

                El Comando Sur de EE. UU. informó este miércoles que atacó una lancha en el Pacífico oriental y que murieron cuatro \
                personas. El operativo es parte de una campaña que ha sumado numerosas acciones en el Caribe.
                """, Language.ES);
        assertThat(x.operations()).extracting(o -> o.type() + " " + o.date() + " " + o.fatalities())
                .containsExactly("strike 2025-12-17 4");
        assertThat(x.entities()).extracting(e -> e.name()).contains("Comando Sur de EE.UU.").doesNotContain("Comando Sur");
    }

    @Test
    void aWeakAliasIsCorroboratedByTheNameTheDocumentGivesItsOwner() throws Exception {
        Gazetteer gazetteer = CountryNames.addTo(new Gazetteer());
        org.corridor.extract.text.Mention.Listed zambada = new org.corridor.extract.text.Mention.Listed("ofac-7226", "Person",
                "ZAMBADA GARCIA, Ismael", "ZAMBADA GARCIA, Ismael");
        gazetteer.addParty("ZAMBADA GARCIA, Ismael", org.corridor.extract.text.EntityKind.PERSON, zambada);
        gazetteer.addParty("EL MAYO", org.corridor.extract.text.EntityKind.PERSON, new org.corridor.extract.text.Mention.Listed(
                "ofac-7226", "Person", "EL MAYO", "ZAMBADA GARCIA, Ismael"));
        Pipeline pipeline = Pipeline.standard(new CoreNlpTagger().preload(Language.ES), gazetteer);
        Path both = dir.resolve("both.txt");
        Files.writeString(both, "Envío de presos\n\n20 de enero de 2026\n\nEntre los enviados está el yerno de El Mayo. Es Juan "
                + "Carlos Félix Gastélum, yerno de Ismael \"El Mayo\" Zambada, según la Fiscalía.\n");
        Extraction x = pipeline.extract(new DocumentReaders().read(both, "both.txt", DocumentReaders.Options.DEFAULT));
        assertThat(x.entities()).filteredOn(e -> e.listed() != null).extracting(e -> e.listed().entityId() + " " + e.listed().weak())
                .containsExactly("ofac-7226 false");
        Path alone = dir.resolve("alone.txt");
        Files.writeString(alone, "Envío de presos\n\n20 de enero de 2026\n\nEntre los enviados está el yerno de El Mayo, según la "
                + "Fiscalía.\n");
        Extraction y = pipeline.extract(new DocumentReaders().read(alone, "alone.txt", DocumentReaders.Options.DEFAULT));
        assertThat(y.entities()).filteredOn(e -> e.listed() != null).extracting(e -> e.listed().entityId() + " " + e.listed().weak())
                .containsExactly("ofac-7226 true");
    }

    @Test
    void arrestAndTransferReportingItsTiesItsTransferAndNoRifleForAPerson() throws Exception {
        Extraction es = extract("lexus.txt", """
                Detienen a El Lexus

                27 de febrero de 2026

                Fue detenido Antonio Guadalupe "N", alias "El Lexus", integrante del Cártel del Golfo. Se aseguraron fusiles \
                Barrett calibre .50 y granadas. El secretario anunció el envío a Estados Unidos de 37 personas presas.
                """, Language.ES);
        assertThat(es.ties()).extracting(t -> t.person().name() + " -> " + t.organization().name())
                .contains("Antonio Guadalupe -> Cártel del Golfo");
        assertThat(es.entities()).extracting(e -> e.name()).doesNotContain("Barrett");
        assertThat(es.operations()).extracting(o -> o.type()).contains("extradition");
        Extraction en = extract("mencho.txt", """
                Days after El Mencho

                February 27, 2026

                The arrest came days after Nemesio Oseguera Cervantes, "El Mencho", leader of the Jalisco New Generation Cartel, \
                was killed in Jalisco.
                """, Language.EN);
        assertThat(en.ties()).extracting(t -> t.person().name() + " -> " + t.organization().name())
                .contains("Nemesio Oseguera Cervantes -> Jalisco New Generation Cartel");
    }

    @Test
    void aJointOrSecurityOperationIsARaidButAnAnnouncedMilitaryOperationOrANamedOneIsNot() throws Exception {
        Extraction x = extract("raid.txt", """
                Arrest in Tamaulipas

                February 27, 2026

                El Lexus was detained on February 26 in a joint operation of Army special forces in Tamaulipas. Hegseth announced a \
                military operation against narco-terrorists. Operation Southern Spear goes on.
                """, Language.EN);
        assertThat(x.operations()).extracting(o -> o.type()).contains("raid").doesNotHaveDuplicates();
        assertThat(x.operations()).filteredOn(o -> o.type().equals("raid")).extracting(o -> o.date().toString())
                .containsExactly("2026-02-26");
    }

    @Test
    void aSurnameTwoRelativesShareIsTheFirstNamedsAndAListIsNoParty() throws Exception {
        Extraction en = extract("family.txt", """
                Treasury lists a governor and his son

                May 6, 2025

                OFAC designated Governor Rodrigo Almeida Fuentes on Tuesday and his son, Mateo Rodrigo Almeida Cruz. Washington \
                accuses Almeida of protecting traffickers. Both now appear on what Latin American media call the Clinton List.
                """, Language.EN);
        assertThat(en.entities()).filteredOn(e -> e.kind() == org.corridor.extract.text.EntityKind.PERSON)
                .extracting(e -> e.name()).containsExactlyInAnyOrder("Rodrigo Almeida Fuentes", "Mateo Rodrigo Almeida Cruz");
        assertThat(en.entities()).filteredOn(e -> e.name().equals("Rodrigo Almeida Fuentes")).singleElement()
                .satisfies(e -> assertThat(e.mentions()).extracting(m -> m.text()).contains("Almeida"));
        Extraction es = extract("lista.txt", """
                Sancionan a un gobernador

                6 de mayo de 2025

                Estados Unidos incluyó al gobernador Rodrigo Almeida en la Lista Clinton. La Lista de Nacionales Especialmente \
                Designados y Personas Bloqueadas la administra la OFAC.
                """, Language.ES);
        assertThat(es.entities()).extracting(e -> e.name()).doesNotContain("Lista Clinton", "Clinton",
                "Lista de Nacionales Especialmente Designados y Personas Bloqueadas");
    }

    @Test
    void theBoatAttackedLaterInTheReportIsTheSameStrikeAndAnOngoingOfferIsAReward() throws Exception {
        Extraction es = extract("lancha.txt", """
                Ataque en el Pacífico

                17 de noviembre de 2025

                Fuerzas de Estados Unidos atacaron el sábado 15 de noviembre una lancha en el Pacífico Oriental y mataron a dos \
                personas. El ataque hace parte de una campaña que comenzó en septiembre. Según el comunicado, la lancha llevaba \
                droga y navegaba en aguas internacionales cuando fue atacada.
                """, Language.ES);
        assertThat(es.operations()).singleElement().satisfies(op -> {
            assertThat(op.type()).isEqualTo("strike");
            assertThat(op.date()).isEqualTo(java.time.LocalDate.of(2025, 11, 15));
            assertThat(op.fatalities()).isEqualTo(2);
        });
        Extraction en = extract("offer.txt", """
                Gang leader sanctioned

                June 25, 2025

                The Treasury sanctioned Ramon Ortiz Vela on Tuesday. The State Department is offering up to $2 million for \
                information leading to his arrest.
                """, Language.EN);
        assertThat(en.operations()).extracting(op -> op.type()).containsExactly("reward");
    }

    @Test
    void anOwnersOfficeDefinedByAnAcronymIsTheOfficeAndTheOwnersShortNamesAreTheOwner() throws Exception {
        Extraction x = extract("ofac.txt", """
                U.S. Treasury sanctions a gang leader

                June 25, 2025

                The U.S. Treasury Department said on Tuesday that it had sanctioned Ramon Ortiz Vela. Treasury's Office of \
                Foreign Assets Control (OFAC) listed Ortiz Vela for his part in the gang's drug trafficking, and OFAC said \
                Treasury would go on.
                """, Language.EN);
        assertThat(x.entities()).filteredOn(e -> e.kind() == org.corridor.extract.text.EntityKind.ORGANIZATION)
                .extracting(e -> e.name()).containsExactlyInAnyOrder("U.S. Treasury Department", "Office of Foreign Assets Control");
        assertThat(x.entities()).filteredOn(e -> e.name().equals("Office of Foreign Assets Control")).singleElement()
                .satisfies(e -> assertThat(e.mentions()).extracting(m -> m.text()).contains("OFAC"));
    }

    @Test
    void aShipNamedAfterAPersonIsNeitherAPersonNorAParty() throws Exception {
        Extraction es = extract("buque.txt", """
                Despliegue en el Caribe

                17 de noviembre de 2025

                El despliegue incluye al portaaviones USS Gerald R. Ford, ya en el mar Caribe, y al destructor USS Jason Dunham.
                """, Language.ES);
        assertThat(es.entities()).extracting(e -> e.name()).doesNotContain("Gerald R. Ford", "USS Gerald R. Ford", "Jason Dunham",
                "USS Jason Dunham");
    }

    @Test
    void aRoleTheSanctionerGivesAndALeaderNamedByAliasAreMemberships() throws Exception {
        Extraction en = extract("whom.txt", """
                Treasury sanctions a gang boss

                June 3, 2025

                The Treasury sanctioned Ramon Ortiz Vela, whom it describes as a senior leader of the Venezuelan gang Los Halcones.
                """, Language.EN);
        assertThat(en.ties()).extracting(t -> t.schema() + " " + t.person().name() + " -> " + t.organization().name())
                .contains("Membership Ramon Ortiz Vela -> Los Halcones");
        Extraction es = extract("alias.txt", """
                Sanciones a Los Halcones

                3 de junio de 2025

                El Gobierno celebró las sanciones que Estados Unidos impuso a Los Halcones y a su líder, alias Tilo.
                """, Language.ES);
        assertThat(es.ties()).extracting(t -> t.schema() + " " + t.person().name() + " -> " + t.organization().name())
                .contains("Membership Tilo -> Los Halcones");
    }

    @Test
    void aWarrantForExtraditionDrugsSentNorthAndACaptorsHandoverAreNoExtraditionButAnOlderArrestIsItsOwn() throws Exception {
        Extraction es = extract("cubano.txt", """
                Detienen a un jefe de facción

                15 de enero de 2026

                Agentes de la Marina detuvieron este jueves en Culiacán a Ramón Ortiz Vela, jefe de una facción que coordinaba el \
                envío de droga sintética a Estados Unidos. El detenido tiene una orden de detención provisional con fines de \
                extradición. La facción vive una guerra interna tras la detención en julio de 2024 de su fundador, Tomás Vela \
                Ruiz, a quien Mateo Ortiz Cruz, hijo de otro capo, entregó a Estados Unidos.
                """, Language.ES);
        assertThat(es.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.place())
                .containsExactlyInAnyOrder("arrest 2026-01-15 Culiacán", "arrest 2024-07-01 null");
    }

    @Test
    void twoStrikesInOneSentenceAreTwoEachWithItsDeaths() throws Exception {
        Extraction es = extract("dos.txt", """
                Dos ataques en dos días

                1 de enero de 2026

                El Pentágono anunció la muerte de tres personas en un ataque contra una lancha el miércoles, que se suman a los dos \
                muertos de otro ataque el martes.
                """, Language.ES);
        assertThat(es.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.fatalities())
                .containsExactlyInAnyOrder("strike 2025-12-31 3", "strike 2025-12-30 2");
        assertThat(es.totals()).isEmpty();
    }

    @Test
    void aStrikeDatedByItsAnnouncementAndTheSameStrikeDatedInTheStatementAreOne() throws Exception {
        Extraction es = extract("anuncio.txt", """
                Ataque en el Pacífico

                28 de octubre de 2025

                Fuerzas de Estados Unidos mataron a nueve personas al atacar dos lanchas en el Pacífico oriental, informó este \
                martes el secretario. En su cuenta de X, el secretario explicó que el lunes sus fuerzas realizaron dos ataques \
                letales contra dos embarcaciones en el Pacífico oriental.
                """, Language.ES);
        assertThat(es.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.fatalities())
                .containsExactly("strike 2025-10-27 9");
    }

    @Test
    void aClashsDeathsAreNotTheArrestsAndAnEarlierArrestInTheSameSentenceIsItsOwn() throws Exception {
        Extraction es = extract("culiacan.txt", """
                Operativo en Culiacán

                22 de octubre de 2025

                Un enfrentamiento entre fuerzas federales y un grupo armado dejó un agresor muerto y seis personas detenidas en \
                Culiacán durante un operativo. Entre los detenidos están Ramón Ortiz Vela y Tomás Vela Ruiz, que ya habían sido \
                arrestados en diciembre de 2024 y luego liberados por un juez.
                """, Language.ES);
        assertThat(es.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.fatalities())
                .contains("arrest 2025-10-22 null", "arrest 2024-12-01 null")
                .anyMatch(o -> o.equals("raid 2025-10-22 1"));
    }

    @Test
    void aCuttersNameIsTheServiceAndATotalBetweenTwoMonthsIsNoStrike() throws Exception {
        Extraction en = extract("cutter.txt", """
                First strike of the year

                January 23, 2026

                The U.S. Coast Guard said the crew of the Coast Guard Cutter Stone seized cocaine in the Caribbean on Monday. The \
                U.S. military struck a boat in the eastern Pacific on Friday, killing two people. It is the first such strike since the \
                January 3 operation in Venezuela in which a former minister was captured. Before Friday, the United States had carried \
                out at least 35 strikes between September and December 2025, killing at least 117 people.
                """, Language.EN);
        assertThat(en.entities()).filteredOn(e -> e.kind() == org.corridor.extract.text.EntityKind.ORGANIZATION)
                .extracting(e -> e.name()).containsExactly("U.S. Coast Guard");
        assertThat(en.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.fatalities())
                .contains("strike 2026-01-23 2", "arrest 2026-01-03 null").doesNotContain("strike 2026-01-03 null");
        assertThat(en.totals()).singleElement().satisfies(t -> {
            assertThat(t.strikes()).isEqualTo(35);
            assertThat(t.deaths()).isEqualTo(117);
        });
    }

    @Test
    void theStrikesDatedInTheNextSentenceAnotherSeriesAndAnAcceptedExtradition() throws Exception {
        Extraction es = extract("convoy.txt", """
                Ataques a un convoy

                1 de enero de 2026

                El Comando Sur informó que atacó tres embarcaciones que viajaban en convoy y que tres personas murieron. Según el \
                comunicado, los ataques se produjeron el 30 de diciembre. Horas después anunció otra serie de ataques, en la víspera \
                de Año Nuevo, contra otras dos embarcaciones. En ellos murieron cinco personas. El viernes, el capo Ramón Ortiz había \
                aceptado ser extraditado a Estados Unidos.
                """, Language.ES);
        assertThat(es.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.fatalities())
                .containsExactlyInAnyOrder("strike 2025-12-30 3", "strike 2025-12-31 5");
    }

    @Test
    void aGroupAPersonLedOrIsOfIsAMembershipButAnAuthorityIsNot() throws Exception {
        Extraction es = extract("enviados.txt", """
                México envía a 26 presos

                13 de agosto de 2025

                También fue enviado Tomás Vela Ruiz, El Tigre, que dirigió Los Halcones, y Mateo Ortiz Cruz, yerno de Ramón Ortiz \
                Vela, del Cártel del Norte. Habló Luisa Pardo, de la Fiscalía General de la República.
                """, Language.ES);
        assertThat(es.ties()).extracting(t -> t.schema() + " " + t.person().name() + " -> " + t.organization().name())
                .contains("Membership Tomás Vela Ruiz -> Los Halcones", "Membership Ramón Ortiz Vela -> Cártel del Norte")
                .noneMatch(t -> t.startsWith("Membership") && t.contains("Fiscalía"));
    }

    @Test
    void theDetaineesOfAnEarlierArrestAreNoNewArrest() throws Exception {
        Extraction es = extract("detenido.txt", """
                Detienen a un jefe regional

                20 de julio de 2025

                Agentes federales detuvieron el martes en Culiacán a Ramón Ortiz Vela. El viernes, el detenido había aceptado ser \
                extraditado a Estados Unidos. Los detenidos fueron llevados el sábado a una cárcel de Sinaloa.
                """, Language.ES);
        assertThat(es.operations()).extracting(op -> op.type() + " " + op.date()).containsExactly("arrest 2025-07-15");
    }

    @Test
    void aCountrysTerrorRegisterAGovernmentACaptureThankedForAndASeizureFromAbroad() throws Exception {
        Extraction es = extract("felicitan.txt", """
                Felicitan a Ecuador

                16 nov 2025 , 18:26

                Argentina y Perú felicitaron este domingo a Ecuador por la captura de Tomás Vela Ruiz, jefe de Los Halcones. El \
                canciller argentino recordó que hace un mes Argentina incluyó a Los Halcones en su Registro Público de Personas y \
                Entidades Vinculadas al Terrorismo y su Financiamiento. El Gobierno de Panamá también felicitó a Ecuador.
                """, Language.ES);
        assertThat(es.designations()).extracting(d -> d.target().name() + " / " + d.program())
                .containsExactly("Los Halcones / national terrorism register");
        assertThat(es.operations()).extracting(op -> op.type() + " " + op.date()).containsExactly("arrest 2025-11-16");
        assertThat(es.entities()).extracting(e -> e.name()).doesNotContain("Gobierno de Panamá");
        Extraction port = extract("puerto.txt", """
                Hallan cocaína en el puerto

                EFE Algeciras (Cádiz)

                La Guardia Civil se ha incautado de 2.011 kilos de cocaína que llegaron al puerto de Algeciras en un contenedor \
                procedente de Ecuador. El alijo supera al de la Operación Jumilla, en la que el 29 de abril de 2021 se interceptaron 1.616 kilos de cocaína.
                """, Language.ES);
        assertThat(port.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.place())
                .containsExactlyInAnyOrder("seizure null Algeciras", "seizure 2021-04-29 null");
        assertThat(port.entities()).extracting(e -> e.name()).doesNotContain("EFE Algeciras", "EFE");
    }

    @Test
    void peopleSeizedAreArrestedAndShipsAreNoEntities() throws Exception {
        Extraction en = extract("seized.txt", """
                Capture in Caracas

                January 5, 2026

                On January 3, special forces seized Ramon Ortiz Vela and Luisa Pardo in Caracas and took them to a warship. The \
                operation also involved the cutter USCGC Hamilton, the USS Minneapolis-Saint Paul and the Dutch vessel HNLMS \
                Friesland. Besides Hamilton, two more cutters took part.
                """, Language.EN);
        assertThat(en.operations()).extracting(op -> op.type() + " " + op.date()).contains("arrest 2026-01-03")
                .noneMatch(o -> o.startsWith("seizure"));
        assertThat(en.entities()).extracting(e -> e.name()).doesNotContain("Hamilton", "Paul", "Minneapolis-Saint Paul", "Friesland");
    }

    @Test
    void aBylineWithATimeARequestedExtraditionAChiefOfAPublicBodyAndABureausFullName() throws Exception {
        Extraction es = extract("monteria.txt", """
                Cae un extraditable en Montería

                Ana María Rojas Peña | 16 de septiembre de 2025, 3:27 p. m.

                La Policía capturó en Montería a Tomás Vela Ruiz, cuya extradición pide Estados Unidos. El jefe de la Policía, \
                Ramón Ortiz Vela, lo anunció.
                """, Language.ES);
        assertThat(es.entities()).extracting(e -> e.name()).doesNotContain("Ana María Rojas Peña");
        assertThat(es.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.place())
                .containsExactly("arrest 2025-09-16 Montería");
        assertThat(es.ties()).extracting(t -> t.schema() + " " + t.person().name() + " -> " + t.organization().name())
                .contains("Employment Ramón Ortiz Vela -> Policía").noneMatch(t -> t.startsWith("Membership"));
        Extraction en = extract("atf.txt", """
                Treasury sanctions two cartel leaders

                May 26, 2025

                The sanctions target Ramon Ortiz Vela, who buys guns for the cartel from Nuevo Laredo, Tamaulipas, and Tomas Vela \
                Ruiz, who leads its gunmen, the Treasury said. The action was coordinated with the Bureau of Alcohol, Tobacco, \
                Firearms and Explosives.
                """, Language.EN);
        assertThat(en.designations()).extracting(d -> d.target().name()).contains("Ramon Ortiz Vela", "Tomas Vela Ruiz");
        assertThat(en.entities()).extracting(e -> e.name()).contains("Bureau of Alcohol, Tobacco, Firearms and Explosives");
    }

    @Test
    void aCityNamedAsACountryAnAliasAloneAnOperationsNameAndAFutureExtradition() throws Exception {
        Extraction es = extract("fenix.txt", """
                Caen dos fugitivos

                25 de septiembre de 2025

                La Policía capturó el miércoles en Armenia, capital del Quindío, a dos hombres de la llamada operación Fénix. \
                Serán extraditados a España en los próximos días. Se trata de alias 'El Tigre', que según la Policía coordinaba \
                envíos de droga, y de su socio. Pocos días antes, el gobierno declarara al grupo Los Halcones como organización \
                terrorista.
                """, Language.ES);
        assertThat(es.entities()).filteredOn(e -> e.name().equals("Armenia")).extracting(e -> e.kind())
                .containsOnly(org.corridor.extract.text.EntityKind.PLACE);
        assertThat(es.entities()).extracting(e -> e.name()).doesNotContain("Fénix");
        assertThat(es.entities()).filteredOn(e -> e.name().equals("El Tigre")).extracting(e -> e.kind())
                .containsOnly(org.corridor.extract.text.EntityKind.PERSON);
        assertThat(es.operations()).extracting(op -> op.type() + " " + op.place()).containsExactly("arrest Armenia");
        Extraction en = extract("offload.txt", """
                Coast Guard offloads cocaine

                August 6, 2025

                The crew of a Coast Guard cutter unloaded the cocaine at Port Everglades on Tuesday, and the drugs were handed \
                to partner agencies. The Coast Guard patrols the eastern Pacific for smuggled drugs, and a Coast Guard helicopter \
                interdiction squadron helped seize the shipment on Monday.
                """, Language.EN);
        assertThat(en.operations()).extracting(op -> op.type()).containsExactly("seizure");
    }

    @Test
    void threeStrikesOnMondayTheCampaignsStrikesAndARegionBesideAPlace() throws Exception {
        Extraction es = extract("lunes.txt", """
                Estados Unidos mata a 14 personas

                28 de octubre de 2025

                El secretario anunció que el Ejército de Estados Unidos hizo tres ataques el lunes en aguas del Pacífico oriental \
                contra embarcaciones sospechosas de llevar drogas, con 14 muertos. El anuncio, hecho el martes, muestra que los \
                ataques, que empezaron en septiembre, son cada vez más frecuentes. La Policía detuvo a un jefe del grupo en la costa \
                Caribe y el Magdalena Medio.
                """, Language.ES);
        assertThat(es.operations()).filteredOn(op -> op.type().equals("strike"))
                .extracting(op -> op.date() + " " + op.place() + " " + op.fatalities()).containsExactly("2025-10-27 Pacífico oriental 14");
        assertThat(es.entities()).filteredOn(e -> e.name().equals("Magdalena Medio")).extracting(e -> e.kind())
                .containsOnly(org.corridor.extract.text.EntityKind.PLACE);
    }

    @Test
    void aStrikeToldInTheLeadAndInTheStatementIsOneAndACampaignCountedInBoatsIsATotal() throws Exception {
        Extraction es = extract("dos.txt", """
                Otro ataque contra una narcolancha

                30 de diciembre de 2025

                Estados Unidos anunció el lunes un nuevo ataque contra una supuesta narcolancha en el Pacífico y dijo que mató a dos \
                personas. El Comando Sur de Estados Unidos informó que el 29 de diciembre la fuerza atacó en aguas internacionales \
                un buque operado por organizaciones terroristas designadas. El Comando acompañó el mensaje con un video. Desde \
                septiembre, el gobierno estadounidense ha destruido una treintena de embarcaciones, y las operaciones han causado \
                la muerte de más de 100 de sus ocupantes. El hallazgo de la lancha fue el pasado 28 de diciembre.
                """, Language.ES);
        assertThat(es.operations()).filteredOn(op -> op.type().equals("strike")).singleElement()
                .satisfies(op -> assertThat(op.date()).isEqualTo(java.time.LocalDate.of(2025, 12, 29)));
        assertThat(es.totals()).singleElement().satisfies(t -> assertThat(t.deaths()).isEqualTo(100));
        assertThat(es.entities()).filteredOn(e -> e.kind() == org.corridor.extract.text.EntityKind.ORGANIZATION)
                .extracting(e -> e.name()).singleElement().satisfies(n -> assertThat(n).startsWith("Comando Sur"));
    }

    @Test
    void drugsUnloadedAtAPortWereSeizedAtSeaAndANetworksReachIsNoPlace() throws Exception {
        Extraction en = extract("offload.txt", """
                Coast Guard offloads cocaine

                March 21, 2025

                The Coast Guard unloaded about 46,000 pounds of seized drugs at Port Everglades on Thursday, after 14 interdictions in \
                the Eastern Pacific Ocean. The drugs were seized by the crews of the cutters Stone and Mohawk during a deployment.
                """, Language.EN);
        assertThat(en.operations()).filteredOn(op -> op.type().equals("seizure")).extracting(op -> op.place())
                .doesNotContain("Port Everglades", "Mohawk");
        Extraction es = extract("brasil.txt", """
                Detienen a un narcotraficante

                17 de febrero de 2026

                La Policía detuvo este martes a un hombre que lideraba una organización con presencia en Uruguay, Brasil, Chile y \
                Europa, encargada de distribuir cargamentos de droga.
                """, Language.ES);
        assertThat(es.operations()).extracting(op -> op.type() + " " + op.place()).containsExactly("arrest null");
        assertThat(es.entities()).filteredOn(e -> e.kind() == org.corridor.extract.text.EntityKind.ORGANIZATION)
                .extracting(e -> e.name()).doesNotContain("Europa");
    }

    @Test
    void peopleAlreadyHeldAFailedCaptureAndLeadersDescribedAreNoArrestsNorSanctionedGroups() throws Exception {
        Extraction es = extract("hermanos.txt", """
                Recompensa por un hijo de un capo

                28 de agosto de 2025

                El Tesoro sancionó a Ramón Tomás y a su hermano Mateo Ortiz Zárate, a quienes identifica como líderes de Los \
                Halcones, la facción del Cártel del Norte. Tomás Vela Ruiz y Luis Vela Ruiz ya están detenidos en Estados Unidos. \
                Ramón Tomás escapó por un túnel durante un intento fallido de captura en Culiacán.
                """, Language.ES);
        assertThat(es.operations()).extracting(op -> op.type()).doesNotContain("arrest");
        assertThat(es.designations()).extracting(d -> d.target().name()).containsExactlyInAnyOrder("Ramón Tomás", "Mateo Ortiz Zárate");
    }

    @Test
    void aRaidInAFavelaItsLaterSeizureAndAGangNamedAsMembersAre() throws Exception {
        Extraction x = Reports.extract(dir, "favela.txt", """
                Deadly police raid in Salvador

                March 12, 2026

                SALVADOR, March 12 — At least 19 people were killed and 40 were arrested on Tuesday in a police operation against \
                the Bonde do Norte gang in the Complexo da Liberdade, in Salvador, Brazil, officials said.

                Officials said the dead included 15 suspected Bonde do Norte members and one police officer.

                Police seized 12 rifles and two tonnes of marijuana.
                """, Language.EN);
        assertThat(x.entities()).filteredOn(e -> e.name().startsWith("Bonde do Norte")).extracting(e -> e.name() + " " + e.kind())
                .containsExactly("Bonde do Norte ORGANIZATION");
        assertThat(x.operations()).extracting(o -> o.type() + " " + o.date() + " " + o.place())
                .containsExactlyInAnyOrder("raid 2026-03-10 Complexo da Liberdade", "arrest 2026-03-10 Complexo da Liberdade",
                        "seizure 2026-03-10 Complexo da Liberdade");
    }

    @Test
    void aNeighbourhoodAfterItsKindIsAPlaceEuropeanPoliceBodiesAreOrganisationsAndCountedLoadsAreNoSeizure() throws Exception {
        Extraction es = Reports.extract(dir, "barrio.txt", """
                Cae un narco en Cochabamba

                4 de febrero de 2026

                La policía capturó este miércoles en Cochabamba a un contador acusado de lavar dinero. En el mismo operativo, \
                realizado en el barrio Los Olivos, se incautaron dos fusiles.
                """, Language.ES);
        assertThat(es.entities()).extracting(e -> e.name() + " " + e.kind()).contains("Los Olivos PLACE")
                .doesNotContain("Los Olivos ORGANIZATION");
        assertThat(es.operations()).extracting(o -> o.type() + " " + o.place()).contains("seizure Los Olivos");
        Extraction en = Reports.extract(dir, "frontex.txt", """
                Trawler crew held at sea

                March 3, 2026

                Four cocaine shipments seized in Portugal and Belgium were linked to the crew, investigators said. Frontex tracked \
                the trawler and MAOC-N coordinated the boarding with Europol.
                """, Language.EN);
        assertThat(en.entities()).extracting(e -> e.name() + " " + e.kind())
                .contains("Frontex ORGANIZATION", "MAOC-N ORGANIZATION", "Europol ORGANIZATION").doesNotContain("Frontex PERSON");
        assertThat(en.operations()).extracting(o -> o.type()).doesNotContain("seizure");
    }

    @Test
    void dominicanSeizuresAHandedOverCrewAndAnExtraditionMonthsLater() throws Exception {
        Extraction es = Reports.extract(dir, "dncd.txt", """
                Decomiso en Samaná

                3 de marzo de 2026

                La DNCD ocupó 410 paquetes de cocaína en una lancha frente a las costas de Samaná. Los dos hombres que la \
                tripulaban fueron puestos a disposición del Ministerio Público. El ministro ocupó el cargo en 2024.
                """, Language.ES);
        assertThat(es.operations()).extracting(o -> o.type() + " " + o.date()).containsExactlyInAnyOrder("seizure 2026-03-03",
                "arrest 2026-03-03");
        Extraction en = Reports.extract(dir, "months.txt", """
                Former mayor pardoned

                May 5, 2026

                The former mayor was arrested in Quito in March 2023 and extradited to the United States three months later. \
                He was freed less than a month after his sentencing.
                """, Language.EN);
        assertThat(en.operations()).extracting(o -> o.type() + " " + o.date()).contains("arrest 2023-03-01", "extradition 2023-06-01");
        Extraction counted = Reports.extract(dir, "paquetes.txt", """
                Lancha interceptada

                7 de marzo de 2026

                La Armada interceptó frente a Barahona una lancha con 220 paquetes de cocaína.
                """, Language.ES);
        assertThat(counted.operations()).extracting(o -> o.type() + " " + o.date()).containsExactlyInAnyOrder(
                "interdiction 2026-03-07", "seizure 2026-03-07");
    }

    @Test
    void searchWarrantsAreARaidWhereTheyWereServedNotWhereThePoliceAreAndDrugsAreNoBodies() throws Exception {
        Extraction en = Reports.extract(dir, "warrants.txt", """
                Labs shut in Ontario

                June 12, 2025

                Provincial police in Ontario executed search warrants on June 3 in the towns of Barrie and Orillia, where \
                officers found equipment used to make MDMA and GHB.
                """, Language.EN);
        assertThat(en.operations()).extracting(o -> o.type() + " " + o.date() + " " + o.place()).contains("raid 2025-06-03 Barrie");
        assertThat(en.entities()).extracting(e -> e.name()).doesNotContain("MDMA", "GHB");
    }

    @Test
    void quotedFactionsStreetsRunningCountsAndTheDetaineesOfAnotherEventsDate() throws Exception {
        Extraction es = Reports.extract(dir, "faccion.txt", """
                Cae una célula en Antofagasta

                20 de abril de 2025

                La policía detuvo el jueves a cinco integrantes de una facción conocida como "Los Halcones del Norte". \
                Los allanamientos se hicieron en Valparaíso y Santiago, y uno de ellos en una casa de la avenida Grecia. \
                Con otros operativos de marzo, ya son 40 las personas detenidas por pertenecer al grupo. \
                El fiscal dijo que varios de los detenidos están ligados a un homicidio de enero de 2023.
                """, Language.ES);
        assertThat(es.entities()).extracting(e -> e.name() + " " + e.kind()).contains("Los Halcones del Norte ORGANIZATION",
                "Grecia PLACE");
        // the arrests of the day were made in the report's one raid, so they are where it was (not in the headline's town)
        assertThat(es.operations()).extracting(o -> o.type() + " " + o.date() + " " + o.place()).containsExactlyInAnyOrder(
                "arrest 2025-04-17 Valparaíso", "raid 2025-04-17 Valparaíso");
    }

    @Test
    void officesNamedForTheirFieldShortFormsMadeOfSyllablesAndAYachtStoppedAtSea() throws Exception {
        Extraction es = Reports.extract(dir, "yate.txt", """
                Cocaína en un yate frente a Tumbes

                9 de marzo de 2026

                La Dirección Antidrogas (Dirandro) informó que un yate intervenido frente a las costas de Tumbes llevaba una \
                tonelada de cocaína. La Fiscalía Especializada en Tráfico Ilícito de Drogas abrió una investigación. Dos de los \
                detenidos tendrían antecedentes en Panamá. La intervención se hizo en el asentamiento humano Villa Primavera.
                """, Language.ES);
        assertThat(es.entities()).extracting(e -> e.name() + " " + e.kind()).contains(
                "Fiscalía Especializada en Tráfico Ilícito de Drogas ORGANIZATION", "Villa Primavera PLACE")
                .doesNotContain("Dirandro ORGANIZATION");
        assertThat(es.operations()).extracting(o -> o.type()).contains("interdiction", "seizure");
        assertThat(es.operations()).extracting(o -> o.place()).doesNotContain("Panamá");
    }

    @Test
    void aRankedSeizureIsTheOneToldAndABriefingDayIsNoArrestDay() throws Exception {
        Extraction en = Reports.extract(dir, "port.txt", """
                Record meth load at the border

                March 12, 2026

                Customs and Border Protection officers at the port of entry in Calexico seized 900 pounds of methamphetamine \
                on Sunday, worth about $2 million. A 30-year-old driver was arrested, the port director told a press conference \
                on Wednesday. The load, worth about $2.1 million with the trailer, was the second-largest seizure of the drug in \
                California.
                """, Language.EN);
        assertThat(en.operations()).extracting(o -> o.type() + " " + o.date()).containsExactlyInAnyOrder("seizure 2026-03-08",
                "arrest 2026-03-08");
        assertThat(en.entities()).extracting(e -> e.name()).contains("Customs and Border Protection");
    }

    @Test
    void aMotorcycleClubIsAGroupAndTonnesInWordsOnAnInterceptedBoatAreASeizure() throws Exception {
        Extraction en = Reports.extract(dir, "club.txt", """
                Bikers charged over cocaine

                May 4, 2026

                Police charged the president of the Perth chapter of the Rebels outlaw motorcycle club on Sunday.
                """, Language.EN);
        assertThat(en.entities()).extracting(e -> e.name() + " " + e.kind()).contains("Rebels ORGANIZATION");
        Extraction es = Reports.extract(dir, "tres.txt", """
                Semisumergible en el Pacífico

                6 de mayo de 2026

                La Armada interceptó frente a Buenaventura un semisumergible que llevaba más de tres toneladas de cocaína.

                Más noticias
                Tumaco celebra su carnaval
                """, Language.ES);
        assertThat(es.operations()).extracting(o -> o.type()).containsExactlyInAnyOrder("interdiction", "seizure");
        assertThat(es.entities()).extracting(e -> e.name()).doesNotContain("Tumaco");
    }

    @Test
    void groupsDeclaredTerroristGroupsAreDesignated() throws Exception {
        Extraction x = Reports.extract(dir, "grupos.txt", """
                Washington declara terroristas a dos bandas

                10 de marzo de 2026

                El secretario de Estado declaró este martes como grupos terroristas a Los Halcones Negros y Los Zorros, tras una \
                reunión en Lima.
                """, Language.ES);
        assertThat(x.designations()).extracting(d -> d.target().name()).containsExactlyInAnyOrder("Los Halcones Negros", "Los Zorros");
    }

    @Test
    void findsAroundAPortTalliesAndABylineWithOneWord() throws Exception {
        Extraction x = Reports.extract(dir, "port.txt", """
                Three held after cocaine find at Rotterdam

                Wed 12 Mar 2025

                By Staff, NLN

                (NLN) — Police arrested three men on Monday after 3.1 tonnes of cocaine were found in a container of pineapples from \
                Costa Rica at the port of Rotterdam. Two bodies were found in a car nearby the same day.

                On 2 March, 1.2 tonnes of cocaine were also found in a container of bananas from Colombia.

                In February alone more than 9 tonnes of cocaine were seized at the port, and customs intercepted 30 tonnes there in the \
                first half of last year.
                """, Language.EN);
        assertThat(x.entities()).extracting(e -> e.name()).doesNotContain("Staff", "NLN");
        assertThat(x.operations()).extracting(o -> o.type() + " " + o.date() + " " + o.place())
                .containsExactlyInAnyOrder("arrest 2025-03-10 Rotterdam", "seizure 2025-03-10 Rotterdam", "seizure 2025-03-02 null");
    }

    @Test
    void goodsIntervenedAreASeizure() throws Exception {
        Extraction x = Reports.extract(dir, "alijo.txt", """
                Detenidos cuatro hombres con 900 kilos de hachís en Almería

                3 de noviembre de 2025

                La Guardia Civil detuvo el domingo a cuatro hombres en la costa de Almería. En la operación se intervinieron 30 fardos \
                de hachís y una furgoneta. Los agentes intervinieron cuando los sospechosos cargaban la droga.
                """, Language.ES);
        assertThat(x.operations()).extracting(o -> o.type() + " " + o.date())
                .containsExactlyInAnyOrder("arrest 2025-11-02", "seizure 2025-11-02");
    }

    @Test
    void islandsWaterwaysSearchesAndAYearsSeizureTally() throws Exception {
        Extraction es = Reports.extract(dir, "islas.txt", """
                Droga en una lancha cerca de Coiba

                4 de marzo de 2026

                Agentes de la Policía Nacional decomisaron 800 paquetes de droga y aprehendieron a dos hombres al norte de la isla \
                Coiba, en el archipiélago de Los Cocos. Un día antes hallaron otros 300 paquetes en un buque que esperaba cruzar el \
                Canal de Panamá.

                En lo que va del año, la institución ha incautado 9.5 toneladas de drogas en 14 operaciones.
                """, Language.ES);
        assertThat(es.entities()).extracting(e -> e.name() + " " + e.kind()).contains("Los Cocos PLACE", "Canal de Panamá PLACE")
                .doesNotContain("Los Cocos ORGANIZATION", "Canal de Panamá ORGANIZATION");
        assertThat(es.operations()).extracting(o -> o.type() + " " + o.place())
                .containsExactlyInAnyOrder("seizure Coiba", "arrest Coiba", "seizure Canal de Panamá");
        assertThat(es.totals()).isEmpty();
        Extraction en = Reports.extract(dir, "searches.txt", """
                Eleven held in cocaine inquiry

                June 9, 2026

                Police in Spain and Portugal arrested eleven people on Monday, and officers searched more than 20 homes.
                """, Language.EN);
        assertThat(en.operations()).extracting(o -> o.type()).containsExactlyInAnyOrder("arrest", "raid");
    }

    @Test
    void aListOfMembersACountedObjectAndForcesOfACountry() throws Exception {
        Extraction x = Reports.extract(dir, "lista.txt", """
                Sanciones a operadores del cártel

                6 de octubre de 2021

                Estados Unidos aumentó la presión sobre el Cártel del Noreste al sancionar a cuatro mexicanos que identificó como \
                integrantes de la organización.

                El Tesoro designó a Mario Ruiz Ortega, Pedro Salas Vidal, Luis Mora Campos y Jorge Peña Soto, todos ellos miembros \
                del Cártel del Noreste.

                En enero, fuerzas de Estados Unidos capturaron a Tomás Herrera Gil en Monterrey.
                """, Language.ES);
        assertThat(x.designations()).extracting(d -> d.target().name())
                .containsExactlyInAnyOrder("Mario Ruiz Ortega", "Pedro Salas Vidal", "Luis Mora Campos", "Jorge Peña Soto");
        assertThat(x.ties()).filteredOn(t -> t.schema().equals("Membership")).extracting(t -> t.person().name())
                .containsExactlyInAnyOrder("Mario Ruiz Ortega", "Pedro Salas Vidal", "Luis Mora Campos", "Jorge Peña Soto");
        assertThat(x.operations()).extracting(o -> o.type() + " " + o.place()).containsExactly("arrest Monterrey");
    }

    @Test
    void anExtraditionAfterAnAppositionRelativeMonthsAndAnAirportOwnedByACity() throws Exception {
        Extraction x = Reports.extract(dir, "airport.txt", """
                Syndicate boss extradited

                Fri, Dec 23, 2022 - page 6

                AFP and Reuters, SYDNEY

                The head of an Asian cartel called Kong Lo, Wei Ming Chan, known as Big Brother, has been extradited to Australia, \
                police said yesterday.

                Chan was detained at Amsterdam's Schiphol Airport in January last year. Another suspect was arrested at the end of \
                October in Bangkok.

                Read more:
                Peru's congress opens impeachment debate
                """, Language.EN);
        assertThat(x.document().published()).isEqualTo(java.time.LocalDate.of(2022, 12, 23));
        assertThat(x.operations()).extracting(o -> o.type() + " " + o.date() + " " + o.place()).containsExactlyInAnyOrder(
                "extradition 2022-12-22 Australia", "arrest 2021-01-01 Schiphol Airport", "arrest 2022-10-01 Bangkok");
        assertThat(x.entities()).extracting(e -> e.name() + " " + e.kind()).contains("Kong Lo ORGANIZATION")
                .doesNotContain("Reuters ORGANIZATION", "Asian cartel ORGANIZATION", "Peru COUNTRY");
    }

    @Test
    void aliasesListedTogetherOtherArrestsAndAnInsurgentArmy() throws Exception {
        Extraction x = Reports.extract(dir, "alias.txt", """
                Caen extraditables en el Caribe

                12 de septiembre de 2025

                La Policía capturó en Barranquilla a tres hombres conocidos con los alias de 'El Tuerto', 'Cachaco' y 'Bombillo', \
                pedidos por tribunales de los distritos de Georgia y Florida. En acciones simultáneas en Cartagena fueron capturados \
                otros dos integrantes de la red.

                Según la Policía, alias Tito, señalado como coordinador de finanzas del Ejército Gaitanista de Colombia (EGC), \
                también fue capturado. Estados Unidos designó al Ejército de Liberación Nacional como organización terrorista.
                """, Language.ES);
        assertThat(x.entities()).filteredOn(e -> e.kind() == org.corridor.extract.text.EntityKind.PERSON).extracting(e -> e.name())
                .contains("El Tuerto", "Cachaco", "Bombillo", "Tito");
        assertThat(x.entities()).extracting(e -> e.name() + " " + e.kind()).doesNotContain("Georgia COUNTRY");
        assertThat(x.operations()).filteredOn(o -> o.type().equals("arrest")).extracting(o -> o.place())
                .contains("Barranquilla", "Cartagena");
        assertThat(x.ties()).extracting(t -> t.person().name() + " " + t.organization().name())
                .contains("Tito Ejército Gaitanista de Colombia");
        assertThat(x.designations()).extracting(d -> d.target().name()).contains("Ejército de Liberación Nacional");
    }

    @Test
    void aLeadDatedByTheReportIsTheOperationItTellsLaterWithItsDate() throws Exception {
        Extraction en = Reports.extract(dir, "kent.txt", """
                Four arrested over cocaine haul

                12 November 2024

                Officers have arrested three men and seized about 400 kilos of cocaine after a fishing boat was stopped at sea off the \
                Kent coast.

                Border Force officers intercepted the boat on Sunday morning (10 November) and found the drugs.
                """, Language.EN);
        assertThat(en.operations()).extracting(o -> o.type() + " " + o.date() + " " + o.place()).containsExactlyInAnyOrder(
                "interdiction 2024-11-10 Kent", "seizure 2024-11-10 Kent", "arrest 2024-11-10 Kent");
        Extraction es = Reports.extract(dir, "ebro.txt", """
                Desarticulada una red de cocaína

                11 de octubre de 2025

                La Guardia Civil ha desarticulado una organización e intervino 510 kilos de cocaína, según informó este sábado.

                El pasado 30 de abril los investigadores supieron que el grupo planeaba llevar la droga de Huelva a Tarragona. Los \
                agentes interceptaron las tres furgonetas a su paso por la provincia de Sevilla, intervinieron los 510 kilos de \
                cocaína y detuvieron a los tres conductores.

                La operación culminó el 25 de septiembre; dos de los detenidos fueron arrestados en Deltebre.
                """, Language.ES);
        assertThat(es.operations()).extracting(o -> o.type() + " " + o.date() + " " + o.place()).containsExactlyInAnyOrder(
                "interdiction 2025-04-30 Sevilla", "seizure 2025-04-30 Sevilla", "arrest 2025-04-30 Sevilla", "arrest 2025-09-25 Deltebre");
    }

    @Test
    void aGroupsPossessiveBeforeANameAndGroupsDeclaredTerrorists() throws Exception {
        Extraction en = Reports.extract(dir, "possessive.txt", """
                Mexico sends 26 fugitives to the United States

                August 12, 2025

                Among those sent was the Gulf Cartel's Mario Ruiz Ortega, charged with trafficking cocaine, officials said on Tuesday.
                """, Language.EN);
        assertThat(en.ties()).extracting(t -> t.schema() + " " + t.person().name() + " " + t.organization().name())
                .contains("Membership Mario Ruiz Ortega Gulf Cartel");
        Extraction es = Reports.extract(dir, "declarados.txt", """
                Detienen a dos miembros de Los Halcones

                22 de febrero de 2026

                La Policía arrestó este domingo a dos integrantes de Los Halcones en la provincia de Manabí. Los Halcones es uno \
                de los grupos declarados «terroristas» en el marco del conflicto armado interno.
                """, Language.ES);
        assertThat(es.designations()).extracting(d -> d.target().name()).containsExactly("Los Halcones");
    }

    @Test
    void aPostOnXEndsASentenceAndADayAfterARelativeClauseOfTheSentenceBefore() throws Exception {
        Extraction x = Reports.extract(dir, "x.txt", """
                EE.UU. ataca una nueva narcolancha en el Pacífico

                10 de febrero de 2026

                Estados Unidos mató a dos presuntos narcoterroristas en un ataque contra una embarcación en el océano Pacífico este \
                lunes, informó el Comando Sur en su cuenta oficial de X. La campaña militar ya suma cerca de 130 víctimas desde que \
                empezó, según la misma dependencia.
                """, Language.ES);
        assertThat(x.operations()).extracting(o -> o.type() + " " + o.date() + " " + o.fatalities())
                .containsExactly("strike 2026-02-09 2");
        assertThat(x.totals()).extracting(t -> t.deaths()).containsExactly(130);
        Extraction y = Reports.extract(dir, "hoy.txt", """
                EU ataca otra embarcación en el Pacífico

                24 de enero de 2026

                El Comando Sur informó hoy que llevó a cabo un nuevo ataque en el Pacífico contra una narcolancha, que dejó dos \
                personas muertas.

                "El 23 de enero, bajo la dirección del Secretario de Guerra, Pete Hegseth, la Fuerza de Tarea Conjunta Lanza del Sur \
                realizó un ataque cinético letal contra un buque", publicó la institución.
                """, Language.ES);
        assertThat(y.operations()).extracting(o -> o.type() + " " + o.date()).containsExactly("strike 2026-01-23");
        assertThat(y.entities()).extracting(e -> e.name()).doesNotContain("Secretario de Guerra");
    }

    @Test
    void aStrikeToldAsTheCampaignIsScrutinisedIsNoRunningTotal() throws Exception {
        Extraction x = Reports.extract(dir, "scrutiny.txt", """
                New US strike kills three on a vessel in Caribbean

                24-02-2026

                US Southern Command said three men were killed in a strike on a vessel in the Caribbean Sea, as scrutiny of the \
                administration's military campaign grows.

                Since the administration began striking small vessels last year, at least 148 people have been killed, according to \
                official figures.
                """, Language.EN);
        assertThat(x.operations()).extracting(o -> o.type() + " " + o.date() + " " + o.fatalities())
                .containsExactly("strike 2026-02-24 3");
        assertThat(x.totals()).extracting(t -> t.deaths()).containsExactly(148);
        Extraction y = Reports.extract(dir, "narino.txt", """
                Armada intercepta lancha con cocaína

                15 de enero de 2026

                La Armada interceptó una lancha con dos toneladas de cocaína a 140 millas náuticas de Tumaco, Nariño, informó el \
                ministro de Defensa.
                """, Language.ES);
        assertThat(y.entities()).extracting(e -> e.name() + " " + e.kind()).doesNotContain("Nariño PERSON");
    }

    @Test
    void aRecordSeizureRecalledFromMonthsBeforeKeepsItsOwnDate() throws Exception {
        Extraction x = Reports.extract(dir, "record.txt", """
                Incautan cargamento de cocaína en el Pacífico Sur

                febrero 15 de 2026
                11:29 a. m.

                La Armada Nacional decomisó en las últimas horas 2,3 toneladas de cocaína en el Pacífico Sur.

                En noviembre pasado, Colombia logró la mayor incautación de cocaína de la última década, con 14 toneladas en \
                Buenaventura.
                """, Language.ES);
        assertThat(x.operations()).extracting(o -> o.type() + " " + o.date()).containsExactlyInAnyOrder(
                "seizure 2026-02-15", "seizure 2025-11-01");
    }
}
