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
 * Shapes of held-out set 98 (the first Nigerian reports) worked on in the twenty-fourth session: an airport by its name and its
 * short form is a place, not a body; "the airport" afterwards, and "a toilet of the arrival hall at" it, place what was done
 * there; "discovered the drug" and "found 200 grams" are finds; a parcel brought "for export to Accra, Ghana" was not seized in
 * Ghana, and what was found "when the parcel was searched" was found where it was brought; people arrested "with six wraps of
 * cocaine" had drugs seized; "the arrest of Okoro Daniel Nnaji" keeps his first name; "The agency's spokesman" is the agency's.
 */
class AirportFindsAndArrivalsTest {
    @TempDir
    Path dir;

    @Test
    void aFindInTheAirportsToiletAndItsOwnersArrest() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example Daily | News | Metro

                Anti-drug agency holds owner of heroin left at Abuja airport

                9 May 2022

                The National Drug Law Enforcement Agency (NDLEA) has arrested Chidi Okonkwo Eze over 1.2 kilograms of heroin \
                left in a toilet of the arrival hall at the Nnamdi Azikiwe International Airport (NAIA) in Abuja.

                The agency's spokesman, Ada Nwosu, said on Sunday that officers discovered the drug in the toilet on 3 May.

                Two days later Eze flew in from Addis Ababa and was arrested at the airport.
                """);
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.ORGANIZATION).extracting(e -> e.name())
                .containsExactly("National Drug Law Enforcement Agency");
        assertThat(x.ties()).extracting(t -> t.schema() + " " + t.person().name() + " " + t.organization().name())
                .containsExactly("Employment Ada Nwosu National Drug Law Enforcement Agency");
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.place())
                .contains("seizure 2022-05-03 Nnamdi Azikiwe International Airport");
    }

    @Test
    void aParcelForExportAFollowUpArrestAndAPassenger() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example Times | News | Crime

                Three held with drugs at Abuja airport

                12 March 2022

                Officers of the National Drug Law Enforcement Agency have arrested three suspected traffickers at the Nnamdi Azikiwe \
                International Airport, Abuja.

                A courier, Bola Adeyemi Ojo, was arrested on Monday, 7 March, at the cargo shed of the airport when she brought a \
                parcel for export to Accra, Ghana. When the parcel was searched, officers found 200 grams of heroin hidden in shoe soles.

                A follow-up operation led to the arrest of Okoro Daniel Nnaji at his home on Tuesday, 8 March.

                On Thursday, 10 March, a passenger from Brazil, Tunde Musa Bello, was arrested at the arrival hall of the airport with \
                six wraps of cocaine in his luggage.
                """);
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.PERSON).extracting(e -> e.name())
                .contains("Okoro Daniel Nnaji");
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.place())
                .contains("arrest 2022-03-07 Nnamdi Azikiwe International Airport", "seizure 2022-03-07 Nnamdi Azikiwe International Airport",
                        "arrest 2022-03-10 Nnamdi Azikiwe International Airport", "seizure 2022-03-10 Nnamdi Azikiwe International Airport")
                .noneMatch(op -> op.contains("Ghana") || op.contains("Accra"));
    }
}
