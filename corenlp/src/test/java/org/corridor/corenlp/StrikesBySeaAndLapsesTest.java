package org.corridor.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.corridor.extract.facts.Extraction;
import org.corridor.extract.pipeline.CountryNames;
import org.corridor.extract.pipeline.DocEntity;
import org.corridor.extract.pipeline.Gazetteer;
import org.corridor.extract.text.EntityKind;
import org.corridor.extract.text.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shapes the seventieth held-out set showed the rules missing (corpus/real-heldout-70): one day's strikes whose dead are told
 * per boat and per sea a few sentences after the strikes, an operation the news comes "un mes después de", and a photo's
 * caption with its photographer. Names of people here are invented.
 */
class StrikesBySeaAndLapsesTest {
    @TempDir
    Path dir;

    @Test
    void oneDaysStrikesToldPerBoatAreOnePerSeaWithTheirDead() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.ES, """
                Diario Ejemplo | Noticias | Mundo | Deportes

                Estados Unidos destruye otras tres narcolanchas

                17 de febrero de 2026

                El Comando Sur anunció que destruyó otras tres supuestas narcolanchas, con un saldo de 11 muertos.

                Los ataques, hechos ayer, forman parte de una operación en el Pacífico y el Caribe. Según la publicación, las \
                embarcaciones navegaban por rutas del narcotráfico. Los ataques ocurrieron el lunes.

                Según el comando, la orden la dio su comandante. Ningún militar resultó herido. Murieron once hombres: cuatro en la \
                primera embarcación, en el Pacífico Oriental; cuatro en la segunda, también en el Pacífico Oriental, y tres en la \
                tercera, en el Caribe.
                """);
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.place() + " " + op.fatalities())
                .containsExactlyInAnyOrder("strike 2026-02-16 Pacífico Oriental 8", "strike 2026-02-16 Caribe 3");
    }

    @Test
    void aCaptureAMonthBeforeTheNewsIsDatedSoAndACaptionIsNoOnesName() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.ES, """
                Voz Ejemplo | Política | Internacional

                Un nuevo ataque contra una narcolancha deja tres muertos

                14 de febrero de 2026

                Es la primera embarcación hundida desde diciembre y llega un mes después de la captura de Ramiro Castañeda Ortiz \
                en Caracas.

                Ernesto Villalba, secretario de Defensa, en Florida / Tomás Ibarra

                El 13 de febrero la fuerza de tarea hizo un ataque contra una embarcación en el Caribe; murieron tres hombres.
                """);
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date())
                .containsExactlyInAnyOrder("arrest 2026-01-01", "strike 2026-02-13");
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.PERSON).extracting(DocEntity::name)
                .doesNotContain("Ernesto Villalba", "Tomás Ibarra");
    }
}
