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
 * Shapes of held-out set 109 (the first reports from Samoa) worked on in the twenty-ninth session: a date line of its own that
 * opens with where the report was filed ("Apia, Samoa – 30 January 2025") dates the page and names its country; drugs "that was
 * intercepted at the port" or "that police took at the airport" were seized, not a boat stopped; "one of three people in police
 * custody" was arrested; the name before "airport" in lower case is a place; a name after a rank written in full is a person's
 * even where the tagger misses it, and the rank is no part of it where the tagger took it in.
 */
class FiledDatelinesAndDrugsTakenTest {
    @TempDir
    Path dir;

    @Test
    void aFiledDatelineDrugsTakenAtAnAirportAndARankedName() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example News | Pacific | Law

                Two women arrested after airport parcels held methamphetamine

                By Example Writer

                Nuku'alofa, Tonga – Friday 14 June 2024

                Two women were arrested over 3.2 kilograms of methamphetamine that customs took at Fua'amotu airport on Tuesday.

                Police spokesperson Inspector Fa'amoe Tui Fa'amoe said the parcels had been posted in New Zealand. \
                Superintendent Lose'a Pita Lose'a agreed.
                """);
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.COUNTRY).extracting(e -> e.name())
                .containsExactlyInAnyOrder("Tonga", "New Zealand");
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.PERSON).extracting(e -> e.name())
                .containsExactlyInAnyOrder("Fa'amoe Tui Fa'amoe", "Lose'a Pita Lose'a");
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.place())
                .containsExactlyInAnyOrder("seizure 2024-06-11 Fua'amotu", "arrest 2024-06-11 Fua'amotu");
    }

    @Test
    void drugsInterceptedAtAPortAndPeopleInCustody() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example News | Pacific | Law

                Record methamphetamine find at the wharf

                Nuku'alofa, Tonga – 3 May 2023

                A retired teacher is one of four people in police custody over 12 kilograms of methamphetamine that was \
                intercepted at the Nuku'alofa wharf on Sunday.

                Officers said it was the largest amount of the drug ever seized at the wharf.
                """);
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.seizedKg())
                .containsExactlyInAnyOrder("seizure 2023-04-30 12.0", "arrest 2023-04-30 12.0");
    }
}
