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
 * Shapes of held-out set 111 (the first reports from Nicaragua and Uganda) worked on in the twenty-ninth session: "el Segundo
 * Batallón de Tropas Navales" is a body, and the commander whose name it bears in quotes is no person of the report; "la droga fue hallada en la playa de Pochomil" is the
 * find told at sea before, told again where it was made; "officers
 * found narcotic drugs", "four kilogrammes of heroin were recovered" and "recovered 12 packages of suspected methamphetamine"
 * are finds; "officers who searched Ochieng's house" searched a home.
 */
class BattalionsAndDatedFindsTest {
    @TempDir
    Path dir;

    @Test
    void aBattalionAndTheNameItBears() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.ES, """
                Ejemplo Noticias | América | Agencias

                La Fuerza Naval incauta cocaína en una playa del Pacífico

                15 Mar, 2023 10:00 a.m. EST

                Managua, 14 mar (EFE).- La Fuerza Naval del Ejército de Nicaragua informó este martes que se incautó de tres \
                bultos con 60 paquetes de cocaína en la costa del océano Pacífico, sin detener a nadie.

                Según el informe, la droga fue hallada en la playa de Pochomil, en el municipio de San Rafael del Sur.

                La operación estuvo a cargo del Segundo Batallón de Tropas Navales "Comandante Ernesto Ruiz Solano", precisó el \
                Ejército.
                """);
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.ORGANIZATION).extracting(e -> e.name())
                .contains("Segundo Batallón de Tropas Navales");
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.PERSON).isEmpty();
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.place())
                .containsExactly("seizure 2023-03-14 Pochomil");
    }

    @Test
    void findsToldByTheDrugsAndAHomeByItsOwnersName() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example Monitor | News | National

                Heroin found in cargo at the airport

                Wednesday May 15 2019

                On May 9 a cargo firm reported a suspicious bag, in which officers found narcotic drugs.

                On May 11 a courier firm helped police stop a consignment bound for Ghana, in which drugs were also found.

                On May 13 another consignment was stopped and four kilogrammes of heroin were recovered.

                Police spokesperson Jane Akello said officers who searched Ochieng's house in Bweyogerere on May 14 recovered 12 \
                packages of suspected methamphetamine.
                """);
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date())
                .containsExactlyInAnyOrder("seizure 2019-05-09", "seizure 2019-05-11", "seizure 2019-05-13", "raid 2019-05-14",
                        "seizure 2019-05-14");
    }
}
