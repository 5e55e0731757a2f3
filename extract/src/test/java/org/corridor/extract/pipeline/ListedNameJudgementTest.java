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
    void anArticleAndOneOrdinaryWordOrGivenNameIsOneWord() {
        Gazetteer g = new Gazetteer(Lexicon.standard());
        g.addParty("El Senor", EntityKind.ORGANIZATION, new Mention.Listed("ofac-4108", "LegalEntity", "El Senor", "RODRIGUEZ OREJUELA"));
        g.addParty("El Ricky", EntityKind.ORGANIZATION, new Mention.Listed("ofac-54225", "LegalEntity", "El Ricky", "Ricardo Sauceda"));
        g.addParty("LOS ZETAS", EntityKind.ORGANIZATION, new Mention.Listed("ofac-11438", "LegalEntity", "LOS ZETAS", "CARTEL DEL NORESTE"));
        List<Mention> found = find(g, "Pedro, El Señor de la Silla, y El Ricky; Los Zetas.");
        assertThat(found).extracting(m -> m.text() + " " + m.listed().weak()).containsExactly("El Señor true", "El Ricky true",
                "Los Zetas false");
    }
}
