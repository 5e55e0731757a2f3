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
 * "A Navy admiral", "US Navy pilots": a service's name used as an adjective names a kind of officer, not the body acting (the
 * first real set's two reports on the admiral's testimony counted no "Navy" body for him); "the Navy said" still names it.
 */
class ServicesNamedAsAdjectivesTest {
    @TempDir
    Path dir;

    @Test
    void aServiceBeforeItsOfficerIsNoBody() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example Post | World

                Navy admiral defends second strike on drug boat

                5 December 2025

                WASHINGTON — A Navy admiral told senators on Thursday that the second strike on the boat was lawful. US Navy \
                pilots had watched it from above.
                """);
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.ORGANIZATION).isEmpty();
    }

    @Test
    void theServiceActingIsOne() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example Post | World

                Navy keeps ships in the Caribbean

                5 December 2025

                WASHINGTON — A Navy admiral told senators on Thursday that the strike was lawful, and the Navy said it would keep \
                its ships in the Caribbean.
                """);
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.ORGANIZATION).extracting(e -> e.name()).containsExactly("Navy");
    }
}
