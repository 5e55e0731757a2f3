package org.corridor.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.corridor.extract.facts.Extraction;
import org.corridor.extract.pipeline.CountryNames;
import org.corridor.extract.pipeline.Gazetteer;
import org.corridor.extract.text.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shapes the sixty-second and sixty-fourth held-out sets showed the rules missing (corpus/real-heldout-62, -64): a strike told
 * in the sentence that also gives the campaign's toll in lives, a boat "accused of" trafficking before the strike's day, a
 * recalled strike shown at a briefing somewhere else, a minister's "each tonne seized" that is no seizure, the police
 * "asegurando" (saying) something, and the organisation "de alias X" after another man is named. Names of people here are
 * invented.
 */
class RecalledStrikeAndCampaignTollTest {
    @TempDir
    Path dir;

    @Test
    void theStrikeItsTollAndARecalledStrikeKeepTheirOwnDaysAndPlaces() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example Daily | World | Asia | Sport

                New US strike on alleged drug boat kills 3

                World Desk Published: 12 December 2025, 09:15 AM

                A US strike on a boat accused of drug trafficking in the eastern Pacific Ocean killed three people on Wednesday, \
                the US military said, as criticism grows of a campaign that has now cost more than 90 lives.

                Officials face questions over an incident in early September, when US forces hit a boat that had already been \
                struck and killed two survivors.

                On Wednesday senators were shown footage of the September strike at a closed briefing on Capitol Hill.
                """);
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.place() + " " + op.fatalities())
                .containsExactlyInAnyOrder("strike 2025-12-10 eastern Pacific Ocean 3", "strike 2025-09-01 null 2");
        assertThat(x.totals()).extracting(t -> t.date() + " " + t.deaths()).containsExactly("2025-12-12 90");
    }

    @Test
    void aMinistersEachTonneSeizedIsNoSeizure() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.ES, """
                Radio Ejemplo | Nacional

                La Armada incauta una tonelada de cocaína

                14 de enero de 2026

                La Armada de Colombia interceptó en el Pacífico Sur una lancha con una tonelada de cocaína.

                El ministro dijo que cada tonelada incautada es más seguridad para Colombia.
                """);
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.place())
                .noneMatch(s -> s.endsWith("Colombia"))
                .contains("interdiction Pacífico", "seizure Pacífico");
    }

    @Test
    void thePoliceSayingSomethingIsNoSeizureAndAGroupsLeaderByAliasIsAnotherMan() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.ES, """
                Diario Ejemplo | Colombia | Judicial

                La Policía dice que acorrala a las disidencias

                10 de marzo de 2026

                La Policía Nacional aseguró en las últimas horas que mantiene una ofensiva contra el narcotráfico en 2026.

                Sobre las disidencias, el general Ernesto Villalba Duarte dijo que se golpeó a la organización de alias Calarcá.
                """);
        assertThat(x.operations()).isEmpty();
        assertThat(x.entities()).filteredOn(e -> e.kind() == org.corridor.extract.text.EntityKind.PERSON)
                .extracting(org.corridor.extract.pipeline.DocEntity::name)
                .contains("Ernesto Villalba Duarte", "Calarcá");
    }
}
