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
    }
}
