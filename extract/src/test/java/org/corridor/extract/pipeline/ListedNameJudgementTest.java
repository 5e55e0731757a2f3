package org.corridor.extract.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.corridor.extract.text.EntityKind;
import org.corridor.extract.text.Lexicon;
import org.corridor.extract.text.Mention;
import org.junit.jupiter.api.Test;

/**
 * How a listed name found in a report is judged: companies are listed with their legal form and
 * reported without it ("SUMILAB, S.A. DE C.V." is "Sumilab"); an article and one word ("El Señor") is one word.
 */
class ListedNameJudgementTest {
    @Test
    void theLegalFormIsCutFromTheEndOnly() {
        assertThat(Gazetteer.withoutLegalForm("SUMILAB, S.A. DE C.V.")).isEqualTo("SUMILAB");
        assertThat(Gazetteer.withoutLegalForm("AGROLAREN S.P.R. DE R.L. DE C.V.")).isEqualTo("AGROLAREN");
        assertThat(Gazetteer.withoutLegalForm("Banco de Venezuela, S.A.")).isEqualTo("Banco de Venezuela");
        assertThat(Gazetteer.withoutLegalForm("Acme Trading LLC")).isEqualTo("Acme Trading");
        assertThat(Gazetteer.withoutLegalForm("TREN DE ARAGUA")).isNull();
        assertThat(Gazetteer.withoutLegalForm("S.A. DE C.V.")).as("nothing left").isNull();
        assertThat(Gazetteer.withoutLegalForm("SA LEON")).as("a form only counts at the end").isNull();
    }

    @Test
    void aCompanyWithItsLegalFormAfterACommaIsNotWrittenAsAPerson() {
        assertThat(MentionChooser.personForm("SUMILAB, S.A. DE C.V.")).isFalse();
        assertThat(MentionChooser.personForm("MADURO MOROS, Nicolas")).isTrue();
    }

    private static List<Mention> find(Gazetteer g, String text) {
        return g.find(text);
    }

    @Test
    void theBareNameLinksAndACompanyNamedAfterAListedSurnameOnlyProposes() {
        Gazetteer g = new Gazetteer(Lexicon.standard());
        g.addParty("SUMILAB, S.A. DE C.V.", EntityKind.ORGANIZATION, new Mention.Listed("ofac-1", "LegalEntity", "SUMILAB, S.A. DE C.V.",
                "SUMILAB, S.A. DE C.V."));
        g.addParty("ZAMBADA, S.A.", EntityKind.ORGANIZATION, new Mention.Listed("ofac-2", "LegalEntity", "ZAMBADA, S.A.", "ZAMBADA, S.A."));
        g.addParty("ZAMBADA GARCIA, Ismael", EntityKind.PERSON, new Mention.Listed("ofac-3", "Person", "ZAMBADA GARCIA, Ismael",
                "ZAMBADA GARCIA, Ismael"));

        List<Mention> sumilab = find(g, "One of them is Sumilab, a chemical supplier.");
        assertThat(sumilab).hasSize(1);
        assertThat(sumilab.get(0).listed().entityId()).isEqualTo("ofac-1");
        assertThat(sumilab.get(0).listed().weak()).isFalse();

        List<Mention> zambada = find(g, "Prosecutors said Zambada had surrendered.");
        assertThat(zambada).hasSize(1);
        assertThat(zambada.get(0).listed().weak()).as(zambada.get(0).listed().why()).isTrue();
    }

    @Test
    void aListedNameWrittenAfterAGivenNameAndAOneWordAliasTheListGivesAsAGivenNameOnlyPropose() {
        Gazetteer g = new Gazetteer(Lexicon.standard());
        g.addParty("Diriye Ahmed", EntityKind.ORGANIZATION, new Mention.Listed("ofac-18008", "Person", "Diriye Ahmed", "Diriye Ahmed"));
        g.addParty("Yusuf", EntityKind.ORGANIZATION, new Mention.Listed("ofac-17166", "Person", "Yusuf", "Khalaf Juday"));
        g.addParty("MANSUR Muhammad Yusuf Ahmad", EntityKind.PERSON, new Mention.Listed("ofac-16152", "Person",
                "MANSUR Muhammad Yusuf Ahmad", "MANSUR Muhammad Yusuf Ahmad"));
        // "Mohamed Ahmed Diriye": Mohamed, son of Ahmed, son of Diriye; someone else than the listed Ahmed Diriye
        List<Mention> longer = find(g, "The deputy commissioner, Mohamed Ahmed Diriye, watched.");
        assertThat(longer).extracting(m -> m.text()).containsExactly("Ahmed Diriye");
        assertThat(longer.get(0).listed().weak()).as(longer.get(0).listed().why()).isTrue();
        List<Mention> alone = find(g, "The police chief said Ahmed Diriye was sought.");
        assertThat(alone.get(0).listed().weak()).as(alone.get(0).listed().why()).isFalse();
        // (a word that is a given name and an ordinary word opens the sentence here, no longer name)
        List<Mention> asked = find(g, "Will Ahmed Diriye face trial?");
        assertThat(asked.get(0).listed().weak()).as(asked.get(0).listed().why()).isFalse();
        // "Yusuf" is no given name in the US-drawn list, but the list writes it as one ("MANSUR Muhammad Yusuf Ahmad")
        List<Mention> yusuf = find(g, "The mayor, Yusuf, spoke.");
        assertThat(yusuf).hasSize(1);
        assertThat(yusuf.get(0).listed().weak()).as(yusuf.get(0).listed().why()).isTrue();
    }

    @Test
    void aOneWordAliasThatIsAPeoplesNameIsNoMention() {
        Gazetteer g = new Gazetteer(Lexicon.standard());
        g.addParty("Serbian", EntityKind.ORGANIZATION, new Mention.Listed("ofac-38666", "Person", "Serbian", "Milchakov Alexey Yurevich"));
        g.addParty("Milchakov Alexey", EntityKind.PERSON, new Mention.Listed("ofac-38666", "Person", "Milchakov Alexey",
                "Milchakov Alexey Yurevich"));
        assertThat(find(g, "Its occupants, an Italian woman and a Serbian man, were arrested.")).isEmpty();
        assertThat(find(g, "The court named Milchakov Alexey.")).hasSize(1);
    }

    @Test
    void aOneWordAliasOpeningACountrysOrAnOrdinaryCompoundNameIsNoMention() {
        Gazetteer g = new Gazetteer(Lexicon.standard());
        g.addParty("Sierra", EntityKind.ORGANIZATION, new Mention.Listed("ofac-29487", "Vessel", "Sierra", "SIERRA"));
        g.addParty("Green", EntityKind.ORGANIZATION, new Mention.Listed("ofac-44911", "Person", "Green", "Mozhaev Alexander Vyacheslavovich"));
        assertThat(find(g, "Officers stopped a 41-year-old Sierra Leonean in the Green Channel; he had flown in from Sierra Leone."))
                .isEmpty();
        assertThat(find(g, "The tanker Sierra was boarded. Green was named by the court.")).extracting(Mention::text)
                .containsExactly("Sierra", "Green");
    }

    @Test
    void aOneWordAliasThatIsASurnameOrPlaceOfEnglishIsOnlyProposed() {
        Gazetteer g = new Gazetteer(Lexicon.standard());
        g.addParty("Robson", EntityKind.ORGANIZATION, new Mention.Listed("ofac-23244", "LegalEntity", "Robson", "Tatulian Ruben Albertovich"));
        g.addParty("Cubatabaco", EntityKind.ORGANIZATION, new Mention.Listed("ofac-9", "LegalEntity", "Cubatabaco", "Cubatabaco"));
        List<Mention> street = find(g, "Agents searched a house on Robson Street.");
        assertThat(street).hasSize(1);
        assertThat(street.get(0).listed().weak()).isTrue();
        assertThat(street.get(0).listed().why()).contains("proper noun of English");
        List<Mention> distinctive = find(g, "The firm traded with Cubatabaco for years.");
        assertThat(distinctive).hasSize(1);
        assertThat(distinctive.get(0).listed().weak()).isFalse();
    }

    @Test
    void anArticleAndOneOrdinaryWordOrGivenNameIsOneWord() {
        Gazetteer g = new Gazetteer(Lexicon.standard());
        g.addParty("El Senor", EntityKind.ORGANIZATION, new Mention.Listed("ofac-4108", "LegalEntity", "El Senor", "RODRIGUEZ OREJUELA"));
        g.addParty("El Ricky", EntityKind.ORGANIZATION, new Mention.Listed("ofac-54225", "LegalEntity", "El Ricky", "Ricardo Sauceda"));
        g.addParty("LOS ZETAS", EntityKind.ORGANIZATION, new Mention.Listed("ofac-11438", "LegalEntity", "LOS ZETAS", "CARTEL DEL NORESTE"));
        List<Mention> found = find(g, "Pedro, El Señor de la Silla, y El Ricky; Los Zetas.");
        assertThat(found).extracting(m -> m.text() + " " + m.listed().weak()).containsExactly("El Señor true", "El Ricky true",
                "Los Zetas false");
    }

    private static Mention.Listed legalEntity(String id, String name) {
        return new Mention.Listed(id, "LegalEntity", name, name);
    }

    @Test
    void aPersonListedSurnamesFirstInTitleCaseIsFoundGivenNamesFirst() {
        Gazetteer g = new Gazetteer(Lexicon.standard());
        for (String[] p : new String[][] {{"ofac-51421", "Esparragoza Rosas Enrique Dann"}, {"ofac-52046", "Diaz Rodriguez Salvador"},
                {"ofac-90", "Fuentes De La Cruz Maria Elena"}, {"ofac-9", "Garcia Juan"}, {"ofac-52435", "Cartel De Los Viagras"}}) {
            g.addParty(p[1], EntityKind.ORGANIZATION, legalEntity(p[0], p[1]));
        }
        List<Mention> found = find(g, "Treasury named Enrique Dann Esparragoza Rosas, Salvador Diaz Rodriguez and Maria Elena Fuentes "
                + "de la Cruz; Juan Garcia was not listed, nor Viagras Cartel De Los.");
        assertThat(found).extracting(m -> m.text() + " " + m.listed().entityId() + " " + m.listed().weak()).containsExactly(
                "Enrique Dann Esparragoza Rosas ofac-51421 false", "Salvador Diaz Rodriguez ofac-52046 false",
                "Maria Elena Fuentes de la Cruz ofac-90 false");
        assertThat(Gazetteer.givenFirstInTitleCase("Garcia Juan", Lexicon.standard())).as("two words turned round are anyone's").isNull();
        assertThat(Gazetteer.givenFirstInTitleCase("Los Hermanos Juan Perez", Lexicon.standard())).as("a group's name").isNull();
        assertThat(Gazetteer.givenFirstInTitleCase("ESPARRAGOZA ROSAS Enrique", Lexicon.standard())).as("the capitals' shape").isNull();
    }

    @Test
    void aCompanyNamedAfterAPlaceIsNotLinkedOnItsBareName() {
        Gazetteer g = new Gazetteer(Lexicon.standard());
        g.addParty("ARIZONA S.A.", EntityKind.ORGANIZATION, legalEntity("ofac-7285", "ARIZONA S.A."));
        g.addParty("SUMILAB, S.A. DE C.V.", EntityKind.ORGANIZATION, legalEntity("ofac-41896", "SUMILAB, S.A. DE C.V."));
        List<Mention> found = find(g, "Counterfeit pills in Arizona; Sumilab sold chemicals; Arizona S.A. was listed.");
        assertThat(found).extracting(m -> m.text() + " " + m.listed().weak()).containsExactly("Arizona true", "Sumilab false",
                "Arizona S.A. false");
        assertThat(found.get(0).listed().why()).contains("proper noun");
    }

    @Test
    void aGivenNameAndFirstSurnameIsOnlyProposed() {
        Gazetteer g = new Gazetteer(Lexicon.standard());
        g.addParty("MADURO MOROS, Nicolas", EntityKind.ORGANIZATION, legalEntity("ofac-22790", "MADURO MOROS, Nicolas"));
        g.addParty("Ismael ZAMBADA GARCIA", EntityKind.ORGANIZATION, legalEntity("ofac-7226", "Ismael ZAMBADA GARCIA"));
        g.addParty("Esparragoza Rosas Enrique Dann", EntityKind.ORGANIZATION, legalEntity("ofac-51421", "Esparragoza Rosas Enrique Dann"));
        g.addParty("GUZMAN LOPEZ Joaquin", EntityKind.ORGANIZATION, legalEntity("ofac-41897", "GUZMAN LOPEZ Joaquin"));
        g.addParty("Joaquin GUZMAN", EntityKind.ORGANIZATION, legalEntity("ofac-9", "Joaquin GUZMAN"));
        List<Mention> found = find(g, "Nicolás Maduro spoke; Nicolás Maduro Moros too. Ismael Zambada was held. Enrique Dann Esparragoza "
                + "laundered money. Joaquín Guzmán was named.");
        assertThat(found).extracting(m -> m.text() + " " + m.listed().entityId() + " " + m.listed().weak()).containsExactly(
                "Nicolás Maduro ofac-22790 true", "Nicolás Maduro Moros ofac-22790 false", "Ismael Zambada ofac-7226 true",
                "Enrique Dann Esparragoza ofac-51421 true", "Joaquín Guzmán ofac-9 true");
        assertThat(found.get(0).listed().why()).contains("given names and first surname");
        assertThat(found.get(4).listed().why()).as("a listed name of its own, shared with another's short form").contains("2 listed parties");
    }

    @Test
    void givenNamesAroundTwoSurnamesAreReadAsTheListsNamePartsCameOut() {
        Gazetteer g = new Gazetteer(Lexicon.standard());
        g.addParty("Luis Barragan Chavez Enrique", EntityKind.ORGANIZATION, legalEntity("ofac-54699", "Luis Barragan Chavez Enrique"));
        g.addParty("Juan Garcia Salvador", EntityKind.ORGANIZATION, legalEntity("ofac-8", "Juan Garcia Salvador"));
        List<Mention> found = find(g, "Treasury named Luis Enrique Barragán Chávez. Juan Salvador Garcia and Salvador Juan Garcia are "
                + "other people; Juan Garcia Salvador is listed.");
        assertThat(found).extracting(m -> m.text() + " " + m.listed().entityId() + " " + m.listed().weak()).containsExactly(
                "Luis Enrique Barragán Chávez ofac-54699 false", "Juan Garcia Salvador ofac-8 false");
    }

    @Test
    void aGenerationalSuffixNeedNotBeWritten() {
        Gazetteer g = new Gazetteer(Lexicon.standard());
        g.addParty("IBARRA DIAZ JR. Michael", EntityKind.ORGANIZATION, legalEntity("ofac-54054", "IBARRA DIAZ JR. Michael"));
        List<Mention> found = find(g, "The tourism businessman Michael Ibarra Díaz was sanctioned.");
        assertThat(found).extracting(m -> m.text() + " " + m.listed().entityId() + " " + m.listed().weak())
                .containsExactly("Michael Ibarra Díaz ofac-54054 false");
    }
}
