package org.corridor.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.corridor.extract.facts.Extraction;
import org.corridor.extract.pipeline.CountryNames;
import org.corridor.extract.pipeline.Gazetteer;
import org.corridor.extract.text.EntityKind;
import org.corridor.extract.text.Language;
import org.corridor.extract.text.Mention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shapes the seventy-second held-out set showed the rules missing (corpus/real-heldout-72): a navy's three interdictions
 * summed up first and then told one by one, an operation's day and place told in the sentence after it ("La intervención
 * fue en la madrugada de este martes, a N millas de X"; "The searches ... were carried out on July 27 at two houses in X"),
 * names a nationality introduces, a financial-intelligence unit that worked with the sanctioning government, a station
 * named by network and channel, and a street named like a listed alias. Names of people here are invented.
 */
class SeriesOfStopsAndNationalsTest {
    @TempDir
    Path dir;

    @Test
    void threeStopsSummedUpThenToldOneByOneAreThreeInterdictionsAndThreeSeizures() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.ES, """
                Diario Ejemplo | Nación | Mundo

                Incautan cinco toneladas de droga en el Pacífico

                10 de marzo de 2026

                La Fuerza Naval informó que decomisó más de cinco toneladas de estupefacientes en tres operaciones.

                Unidades de la Armada se desplegaron en el Pacífico y, coordinadas, detectaron y detuvieron tres embarcaciones.

                Frente a la isla Gorgona, la Fuerza Naval encontró un semisumergible con 1.950 kilogramos de cocaína.

                A 60 millas náuticas de Buenaventura, los marinos vieron una lancha que navegaba sin luces. Sus tripulantes \
                intentaron huir y la volcaron; los guardacostas recuperaron 870 kilogramos de cocaína.

                La tercera interdicción fue en la jurisdicción de Tumaco, donde la estación localizó una lancha con 2.100 \
                kilogramos de marihuana.
                """);
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.place())
                .containsExactlyInAnyOrder("interdiction 2026-03-10 Gorgona", "seizure 2026-03-10 Gorgona",
                        "interdiction 2026-03-10 Buenaventura", "seizure 2026-03-10 Buenaventura",
                        "interdiction 2026-03-10 Tumaco", "seizure 2026-03-10 Tumaco");
    }

    @Test
    void anInterventionsDayAndPlaceToldAfterItDateTheInterdictionTheSeizureAndTheArrests() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.ES, """
                Noticias Ejemplo | Sucesos | Deportes

                Decomisan 900 kilos de cocaína en el Pacífico

                25 de febrero de 2026

                El Ministerio de Seguridad Pública incautó un cargamento de droga en aguas del Pacífico Sur.

                En la operación trabajaron oficiales del Servicio Nacional de Guardacostas, la Unidad Especial de Apoyo (UEA) y \
                la Policía de Control de Drogas, con el apoyo de la DEA.

                La intervención fue en la madrugada de este martes, a 120 millas náuticas del Cabo Matapalo, después de un aviso \
                sobre una embarcación sospechosa. La localizaron en altamar y la interceptaron.

                Fueron detenidos dos colombianos de apellidos Rentería Castro, de 28 años, y Quiñones Mina, de 33.
                """);
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.place())
                .contains("interdiction 2026-02-24 Cabo Matapalo", "arrest 2026-02-24 Cabo Matapalo")
                .anyMatch(o -> o.startsWith("seizure 2026-02-24"));
        assertThat(x.entities()).anyMatch(e -> e.name().equals("DEA") || e.name().equals("Drug Enforcement Administration"))
                .noneMatch(e -> e.name().equals("Unidad Especial de Apoyo") && e.mentions().stream().anyMatch(m -> m.text().equals("DEA")));
    }

    @Test
    void searchesDatedAndPlacedInTheNextSentenceAndAStationByItsChannel() throws Exception {
        Gazetteer list = CountryNames.addTo(new Gazetteer());
        list.addParty("Robson", EntityKind.ORGANIZATION, new Mention.Listed("ofac-77", "LegalEntity", "Robson", "Someone Listed"), "ofac-77");
        Extraction x = Reports.extract(dir, list, Language.EN, """
                Example Times | News | Local | Sports

                Fentanyl found in Ohio raids

                Published: Sep. 09, 2023, 8:00 a.m.

                COLUMBUS – Federal agents who searched three homes in central Ohio tied to a suspected dealer last week \
                recovered more than four pounds of fentanyl, authorities said.

                The searches, the result of a Drug Enforcement Administration investigation, were carried out on Sept. 1 at two \
                houses in Columbus and an apartment in Dublin, according to NBC 4 Columbus.

                In the first house, on Robson Street, agents found two rifles.
                """);
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.place())
                .contains("raid 2023-09-01 Columbus", "seizure 2023-09-01 Columbus");
        assertThat(x.entities()).extracting(e -> e.name()).contains("NBC 4 Columbus").doesNotContain("NBC", "Robson");
        assertThat(x.entities()).noneMatch(e -> e.listed() != null && e.listed().entityId().equals("ofac-77") && !e.listed().weak());
    }

    @Test
    void namesANationalityIntroducesArePeopleAndAUnitThatWorkedWithTheSanctionsIsNotDesignated() throws Exception {
        Gazetteer list = CountryNames.addTo(new Gazetteer());
        list.addParty("Wang Lixin", EntityKind.ORGANIZATION, new Mention.Listed("ofac-88", "LegalEntity", "Wang Lixin", "Wang Lixin"), "ofac-88");
        Extraction x = Reports.extract(dir, list, Language.ES, """
                Diario Ejemplo | Nacional | Internacional

                EU sanciona a lavadores de dinero del Cártel de Sinaloa

                3 de junio de 2025

                El gobierno de Estados Unidos, en colaboración con la Unidad de Inteligencia Financiera (UIF) de México, \
                sancionó a tres presuntos lavadores de dinero vinculados al Cártel de Sinaloa.

                La Oficina de Control de Activos Extranjeros (OFAC) informó que los sancionados son el mexicano Ramiro Salcedo \
                Ibarra y los ciudadanos chinos Wang Lixin y Zhou Minhao.
                """);
        assertThat(Reports.kinds(x)).containsEntry("Wang Lixin", EntityKind.PERSON).containsEntry("Zhou Minhao", EntityKind.PERSON)
                .containsEntry("Ramiro Salcedo Ibarra", EntityKind.PERSON);
        assertThat(x.designations()).extracting(d -> d.target().name())
                .contains("Ramiro Salcedo Ibarra", "Wang Lixin", "Zhou Minhao").doesNotContain("Unidad de Inteligencia Financiera");
    }
}
