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
 * Shapes of held-out set 114 (Montenegro, Ethiopia) worked on in the thirty-first session: people "caught" by the police in
 * the active voice; a sum over "the past three months"; a body named for two fields joined by "and", which the tagger cuts.
 */
class CaughtTravellersAndFieldsOfABodyTest {
    @TempDir
    Path dir;

    @Test
    void peopleCaughtAreArrestedAndThePastMonthsAreASum() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example Africa | English

                Courier held at airport

                March 12, 2021

                Police on Tuesday caught a Kenyan man trying to take 3 kilograms of heroin to Dubai at Jomo Kenyatta \
                International Airport.

                Police have seized about 60 kilograms of heroin at the airport over the past three months.
                """);
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date())
                .containsExactly("arrest 2021-03-09", "seizure 2021-03-09"); // the heroin he was trying to take, seized
    }

    @Test
    void caughtWithoutPeopleIsNoArrest() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example Africa | English

                Airport cameras

                March 12, 2021

                New cameras at the airport caught a glimpse of the smuggling route, officials said on Tuesday.
                """);
        assertThat(x.operations()).isEmpty();
    }

    @Test
    void aBodyForTwoFieldsIsOneBody() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example Wire | Europe

                Customs chief speaks

                14-01-2022

                Ana Kovacevic, acting director of the Administration for Customs and Revenues, said a customs officer at the \
                port of Bar first found the drugs. The Administration for Customs and the Police then followed the cargo.
                """);
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.ORGANIZATION).extracting(e -> e.name())
                .contains("Administration for Customs and Revenues").doesNotContain("Administration for Customs and the Police");
        assertThat(x.ties()).extracting(t -> t.schema() + " " + t.person().name() + " -> " + t.organization().name())
                .contains("Employment Ana Kovacevic -> Administration for Customs and Revenues");
    }
}
