package org.corridor.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.corridor.extract.facts.Extraction;
import org.corridor.extract.text.EntityKind;
import org.corridor.extract.text.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shapes the thirty-eighth and thirty-ninth held-out sets showed the rules missing (corpus/real-heldout-38, -39). */
class IndictmentAndListShapesTest {
    @TempDir
    Path dir;

    private Extraction extract(String name, String text, Language language) throws Exception {
        return Reports.extract(dir, name, text, language);
    }

    private static Map<String, EntityKind> kinds(Extraction x) {
        return Reports.kinds(x);
    }

    @Test
    void evadingSanctionsIsNoDesignationAndATitleCaseHeadlineNamesNoOne() throws Exception {
        Extraction x = extract("indictment.txt", """
                Port Gang Chief 'Sparrow' Charged Over Sanctions Scheme

                March 3, 2025

                Prosecutors in Miami have charged Ronel Baptiste, the gang boss known as "Sparrow" who leads the Ti Kanpay \
                alliance, with conspiring to evade US sanctions by sending money to his fighters.

                Baptiste once served in the national police. Prosecutors say he heads the Northern Brothers of the Bay Front, \
                a coalition of armed groups blamed for a massacre in 2019.
                """, Language.EN);
        assertThat(x.designations()).isEmpty();
        Map<String, EntityKind> kinds = kinds(x);
        assertThat(kinds).doesNotContainKey("Port Gang Chief 'Sparrow' Charged Over Sanctions Scheme").doesNotContainKey("Sparrow")
                .containsEntry("Northern Brothers of the Bay Front", EntityKind.ORGANIZATION);
        assertThat(x.ties()).extracting(t -> t.schema() + " " + t.person().name() + " -> " + t.organization().name())
                .contains("Membership Ronel Baptiste -> Northern Brothers of the Bay Front");
    }

    @Test
    void aFieldOfficeIsItsAgencyAndADivisionOfADepartmentIsTwoBodies() throws Exception {
        Extraction x = extract("agencies.txt", """
                Charges unsealed

                March 3, 2025

                The FBI's Tampa Field Office and the Boston Field Office of Homeland Security Investigations led the inquiry. \
                The Criminal Division of the Justice Department and the U.S. Attorney's Office for the District of Columbia \
                are prosecuting the case.
                """, Language.EN);
        Map<String, EntityKind> kinds = kinds(x);
        assertThat(kinds).containsEntry("Homeland Security Investigations", EntityKind.ORGANIZATION)
                .containsEntry("Criminal Division", EntityKind.ORGANIZATION)
                .containsEntry("Justice Department", EntityKind.ORGANIZATION)
                .containsEntry("U.S. Attorney's Office for the District of Columbia", EntityKind.ORGANIZATION)
                .doesNotContainKey("Tampa Field Office").doesNotContainKey("Boston Field Office of Homeland Security Investigations");
    }

    @Test
    void theNamesOfAListOfGangsAreGroupsAndACantonIsAPlace() throws Exception {
        Extraction x = extract("bandas.txt", """
                La policía detiene a doce personas en Manabí

                4 de marzo de 2025

                Los detenidos formarían parte de las bandas Los Tigrillos, Cobra Kings y Pedro Navaja, según la policía. \
                El operativo se hizo en Portoviejo y en el cantón de Jipijapa.
                """, Language.ES);
        Map<String, EntityKind> kinds = kinds(x);
        assertThat(kinds).containsEntry("Cobra Kings", EntityKind.ORGANIZATION).containsEntry("Pedro Navaja", EntityKind.ORGANIZATION)
                .containsEntry("Los Tigrillos", EntityKind.ORGANIZATION);
        assertThat(kinds.get("Jipijapa")).isNotEqualTo(EntityKind.PERSON);
    }

    @Test
    void servedWarrantsAreARaidAndArrestsAndASearchAndSeizureWarrantIsNoArrest() throws Exception {
        Extraction served = extract("mandados.txt", """
                Golpe a las finanzas de una facción

                28/08/2024 09:10

                Unos 150 agentes cumplen este miércoles 28 ocho órdenes de prisión preventiva y 40 de registro y aprehensión en \
                el estado de Paraná.
                """, Language.ES);
        assertThat(served.operations()).extracting(o -> o.type()).containsExactlyInAnyOrder("raid", "arrest");
        Extraction searched = extract("registro.txt", """
                Registros en Curitiba

                28/08/2024 09:10

                Los agentes cumplen este miércoles 28 cuarenta órdenes de registro y aprehensión en Curitiba.
                """, Language.ES);
        assertThat(searched.operations()).extracting(o -> o.type()).containsExactly("raid");
    }

    @Test
    void aCampaignOfInterdictionIsNoOperationAndWhereAGroupIsBasedIsNotWhereItWasHit() throws Exception {
        Extraction x = extract("ataque.txt", """
                Otro ataque en el Pacífico

                30 de diciembre de 2025

                El Comando Sur confirmó otro ataque contra una lancha en el Pacífico oriental, en el que murieron dos personas. \
                Fue un ataque letal contra una lancha que, según el Comando, operaban grupos con base en las costas de Venezuela. \
                Los ataques son parte de la campaña de interdicción marítima de Washington contra grupos catalogados como \
                terroristas, en especial el Tren de Aragua y el Cartel de los Soles, que según Washington dirige Nicolás Maduro.
                """, Language.ES);
        assertThat(x.operations()).extracting(o -> o.type() + " " + o.place()).containsExactly("strike Pacífico oriental");
        assertThat(x.designations()).extracting(d -> d.target().name()).contains("Tren de Aragua", "Cartel de los Soles");
        assertThat(x.ties()).extracting(t -> t.schema() + " " + t.person().name() + " -> " + t.organization().name())
                .contains("Membership Nicolás Maduro -> Cartel de los Soles");
    }

    @Test
    void aTollInTheHeadlineAndTheCountInTheBodyAreOneTotal() throws Exception {
        Extraction x = extract("total.txt", """
                Estados Unidos ejecuta otro ataque y eleva a 109 los muertos

                30 de diciembre de 2025

                El Comando Sur confirmó un nuevo ataque contra una lancha en el Pacífico oriental, con dos muertos. Con este \
                serían 31 los ataques en el Caribe y el Pacífico, que suman 109 muertos y dos sobrevivientes.
                """, Language.ES);
        assertThat(x.totals()).hasSize(1);
        assertThat(x.totals().get(0).strikes()).isEqualTo(31);
        assertThat(x.totals().get(0).deaths()).isEqualTo(109);
    }
}
