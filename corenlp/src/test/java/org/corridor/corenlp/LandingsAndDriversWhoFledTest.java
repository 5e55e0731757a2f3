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
 * Shapes of held-out set 117 (Japan, Tunisia) worked on in the thirty-second session: an arrest the lead dates by the day the
 * police told it, told again with its own day; stimulants found on travellers as they landed, on the day of their flight; a
 * country's customs service the tagger misses; a driver who fled and was caught, where his truck's find was made.
 */
class LandingsAndDriversWhoFledTest {
    @TempDir
    Path dir;

    @Test
    void travellersFoundWithStimulantsOnLandingAndArrestedLater() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example News | Society

                Two Vietnamese held over stimulants in shoes

                September 19, 2024

                Two Vietnamese nationals have been arrested on suspicion of smuggling stimulants into Japan hidden in their shoes, \
                the Fukuoka Prefectural Police said on Wednesday.

                The two women, aged 33 and 29, are believed to have boarded a plane in Hanoi on August 28. They had six pairs of \
                shoes in their suitcases, with about 3 kilograms of stimulants in all.

                The women landed at Fukuoka Airport, where the customs branch found the stimulants on them. The police arrested \
                the two on September 2. According to Japan Customs, both deny the charges.
                """);
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.place())
                .containsExactlyInAnyOrder("seizure 2024-08-28 Fukuoka Airport", "arrest 2024-09-02 null");
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.ORGANIZATION).extracting(e -> e.name())
                .contains("Japan Customs");
    }

    @Test
    void aDriverWhoFledWasCaughtWhereHisTruckWasSearched() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.ES, """
                Diario Ejemplo | Sociedad

                Incautan cocaína en un camión en el puerto de Bizerta

                12 de mayo de 2023

                Agentes de aduanas incautaron el miércoles 10 de mayo, en el puerto de Bizerta, 12 kilos de cocaína ocultos en un \
                camión, según una fuente del puerto.

                Los aduaneros registraron el camión a la salida del puerto y encontraron en la cabina una maleta con 12 placas de \
                cocaína. El conductor intentó escapar, pero los aduaneros y la policía lo persiguieron y finalmente lo detuvieron.
                """);
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.place())
                .containsExactlyInAnyOrder("seizure 2023-05-10 Bizerta", "arrest 2023-05-10 Bizerta");
    }
}
