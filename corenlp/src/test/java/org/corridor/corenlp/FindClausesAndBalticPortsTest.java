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
 * Shapes of held-out set 110 (the first reports from Angola, Benin and Poland) worked on in the twenty-ninth session: "the
 * Atlantic port of Lomé" is Lomé; "COMAB-TRANSAF" is one name; "the state news channel TVT Direct" is a medium; "heroin from
 * Pakistan" is where the drugs came from and "said on Friday in Lomé" where it was told, neither where anything was done; "the
 * heroin that customs found on Tuesday ... at the Autonomous Port of Lomé" is a find there, and an arrest on Thursday over it is
 * not placed by it.
 */
class FindClausesAndBalticPortsTest {
    @TempDir
    Path dir;

    @Test
    void aPortOfARegionAJoinedNameAndANewsChannel() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                AfricaWire | Togo | Crime

                Cocaine found in a Lomé container

                15 March 2019

                Gendarmes seized 30 kilos of cocaine at the Atlantic port of Lomé on Tuesday.

                It began at dawn at the port, when gendarmes stopped a container from Brazil addressed to COMAB-TRANSAF, a \
                company a businessman owns.

                "It was very pure," a gendarmerie officer told the state news channel TVT Direct.
                """);
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.ORGANIZATION).extracting(e -> e.name())
                .containsExactlyInAnyOrder("COMAB-TRANSAF", "TVT Direct");
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.place())
                .containsExactly("seizure 2019-03-12 Lomé");
    }

    @Test
    void anArrestOnAnotherDayThanTheFindItIsOver() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                AfricaWire | Togo | Crime

                Three held over heroin in rice container

                15 March 2019

                Three Togolese have been arrested on suspicion of trafficking 20 kilograms of heroin from Pakistan, a police \
                source said on Friday in Lomé.

                The three were arrested on Thursday over the heroin that customs found on Tuesday in a container of rice at the \
                Autonomous Port of Lomé, the source said.
                """);
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.place())
                .containsExactlyInAnyOrder("arrest 2019-03-14 null", "seizure 2019-03-12 Autonomous Port of Lomé");
    }
}
