package org.corridor.extract.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.corridor.extract.text.EntityKind;
import org.corridor.extract.text.Mention;
import org.junit.jupiter.api.Test;

class AcronymsAndGazetteerTest {
    @Test
    void acronymsMustSpellTheInitialsInOrder() {
        assertThat(AcronymStage.initialsFit("TdA", "Tren de Aragua")).isTrue();
        assertThat(AcronymStage.initialsFit("CJNG", "Cártel de Jalisco Nueva Generación")).isTrue();
        assertThat(AcronymStage.initialsFit("ELN", "Ejército de Liberación Nacional")).isTrue();
        assertThat(AcronymStage.initialsFit("MS-13", "Mara Salvatrucha")).isTrue();
        assertThat(AcronymStage.initialsFit("DEA", "Tren de Aragua")).isFalse();
        // a small word is skipped, never clipped: "DEA" is not "de Apoyo"; "Semar" still skips the "de" of its name
        assertThat(AcronymStage.clippedFit("DEA", "Unidad Especial de Apoyo")).isFalse();
        assertThat(AcronymStage.clippedFit("Semar", "Secretaría de Marina")).isTrue();
        assertThat(AcronymStage.initialsFit("CJ", "Cártel de Jalisco Nueva Generación")).isFalse();
    }

    @Test
    void theGazetteerFindsListedNamesAsWrittenInNewsButNotOrdinaryWords() {
        Gazetteer g = CountryNames.addTo(new Gazetteer());
        Mention.Listed listed = new Mention.Listed("ofac-17671", "Organization", "CARTEL DE JALISCO NUEVA GENERACION",
                "CARTEL DE JALISCO NUEVA GENERACION");
        g.addParty("CARTEL DE JALISCO NUEVA GENERACION", EntityKind.ORGANIZATION, listed);
        g.addParty("CJNG", EntityKind.ORGANIZATION, listed);
        g.addParty("GUZMAN", EntityKind.PERSON, null);
        String text = "El Cártel de Jalisco Nueva Generación (CJNG) opera en México; the U.S. said it told us that Guzman left.";
        List<Mention> found = g.find(text);
        assertThat(found).extracting(Mention::text).containsExactly("Cártel de Jalisco Nueva Generación", "CJNG", "México", "U.S.");
        assertThat(found.get(0).listed().entityId()).isEqualTo("ofac-17671");
        assertThat(found.get(3).code()).isEqualTo("us");
        assertThat(found).extracting(Mention::text).doesNotContain("us", "Guzman");
        // the older name news still writes, in both languages
        assertThat(g.find("Searches in Slovakia and the Czech Republic; registros en la República Checa."))
                .filteredOn(m -> m.kind() == EntityKind.COUNTRY).extracting(Mention::code).containsExactly("sk", "cz", "cz");
    }

    @Test
    void aMatchIsWeakOnAGivenNameAWordOrANameTwoPartiesShareAndFirmOtherwise() {
        Gazetteer g = new Gazetteer();
        Mention.Listed trafficker = new Mention.Listed("ofac-1", "LegalEntity", "NICOLAS", "RODRIGUEZ, Nicolas");
        g.addParty("NICOLAS", EntityKind.ORGANIZATION, trafficker);
        Mention.Listed company = new Mention.Listed("ofac-2", "LegalEntity", "CUBATABACO", "EMPRESA CUBANA DEL TABACO");
        g.addParty("CUBATABACO", EntityKind.ORGANIZATION, company);
        g.addParty("Typhoon", EntityKind.ORGANIZATION, new Mention.Listed("ofac-3", "LegalEntity", "TYPHOON", "TYPHOON"));
        // a name two parties share, unless they are one party now (merged records)
        g.addParty("ORION SHIPPING", EntityKind.ORGANIZATION, new Mention.Listed("ofac-4", "LegalEntity", "ORION SHIPPING", "A"));
        g.addParty("ORION SHIPPING", EntityKind.ORGANIZATION, new Mention.Listed("ofac-5", "LegalEntity", "ORION SHIPPING", "B"));
        g.addParty("DELTA MARINE", EntityKind.ORGANIZATION, new Mention.Listed("ofac-6", "LegalEntity", "DELTA MARINE", "C"), "nk-1");
        g.addParty("DELTA MARINE", EntityKind.ORGANIZATION, new Mention.Listed("old.ofac-6", "LegalEntity", "DELTA MARINE", "C"), "nk-1");
        // a list's "SURNAME, Given" form makes its given names given names
        g.addParty("ZETAQUI MORO, Velkiro", EntityKind.ORGANIZATION, new Mention.Listed("ofac-7", "LegalEntity", "x", "x"));
        g.addParty("VELKIRO", EntityKind.ORGANIZATION, new Mention.Listed("ofac-8", "LegalEntity", "VELKIRO", "VELKIRO"));

        List<Mention> found = g.find("Nicolás spoke. Cubatabaco exported. Typhoon hit. Orion Shipping paid. Delta Marine sailed. Velkiro left.");
        java.util.Map<String, Mention.Listed> byText = new java.util.HashMap<>();
        found.forEach(m -> byText.put(m.text(), m.listed()));
        assertThat(byText.get("Nicolás").weak()).isTrue();
        assertThat(byText.get("Nicolás").why()).contains("given name");
        assertThat(byText.get("Cubatabaco").weak()).isFalse();
        assertThat(byText.get("Typhoon").why()).contains("ordinary word");
        assertThat(byText.get("Orion Shipping").why()).contains("2 listed parties");
        assertThat(byText.get("Delta Marine").weak()).isFalse();
        assertThat(byText.get("Velkiro").weak()).isTrue();
    }

    @Test
    void listsWritePeopleAsSurnameCommaGivenOrGivenThenSurnameInCapitals() {
        assertThat(MentionChooser.personForm("Ismael ZAMBADA GARCIA")).isTrue();
        assertThat(MentionChooser.personForm("MORENO TUBERQUIA Carlos Antonio")).isTrue();
        assertThat(MentionChooser.personForm("GUZMAN LOERA, Joaquin")).isTrue();
        assertThat(MentionChooser.personForm("Tren de Aragua")).isFalse();
        assertThat(MentionChooser.personForm("CARTEL DE JALISCO NUEVA GENERACION")).isFalse();
        assertThat(MentionChooser.personForm("Los Choneros")).isFalse();
    }
}
