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
 * Memberships held-out sets 54 and 61 missed, worked on in the twenty-third session: "X and four other leaders of the group"
 * makes X one of them; "the group's cell leaders were sanctioned too, among them A, B and C" makes each one of them. A list
 * after "among them" with no group's role before it ties no one. "sanctioned two senior members of the Gulf Cartel. The sanctions
 * target A, ..., and B, ...": each person the measures reach, not another person named on the way.
 */
class OthersAndAmongThemTest {
    @TempDir
    Path dir;

    private static final String SANCTIONS = """
            Example Wire | Treasury

            Treasury sanctions leaders of Tren de Aragua

            9 April 2025

            The Treasury sanctioned Yordan Alexis Pineda Mora, known as "El Gocho," and four other leaders of Tren de Aragua on \
            Wednesday. Alleged Tren de Aragua cell leaders in Peru were sanctioned too, among them Marcos Antonio Rivas Leal, \
            Dayana Carolina Ortiz Mejia and Luis Eduardo Salcedo Paz.
            """;

    @Test
    void oneOfOtherLeadersAndTheListAmongThemAreMembers() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, SANCTIONS);
        assertThat(x.ties()).filteredOn(t -> t.schema().equals("Membership") && t.organization().name().equals("Tren de Aragua"))
                .extracting(t -> t.person().name())
                .contains("Yordan Alexis Pineda Mora", "Marcos Antonio Rivas Leal", "Dayana Carolina Ortiz Mejia", "Luis Eduardo Salcedo Paz");
    }

    @Test
    void aListAfterAmongThemWithNoGroupsRoleTiesNoOne() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example Wire | Mexico

                Mexico sends 20 prisoners to the United States

                9 April 2025

                Mexico sent 20 prisoners wanted in Texas to the United States on Wednesday, among them Marcos Antonio Rivas Leal \
                and Luis Eduardo Salcedo Paz. Officials said both had worked for the Sinaloa Cartel.
                """);
        assertThat(x.ties()).filteredOn(t -> t.schema().equals("Membership")).isEmpty();
    }

    @Test
    void whomTheMeasuresReachAreTheGroupsPeopleCountedBefore() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example Wire | Treasury

                Treasury sanctions two Gulf Cartel members

                9 April 2025

                The Treasury sanctioned two senior members of the Gulf Cartel on Wednesday, the department said. The sanctions \
                target Marcos Antonio Rivas Leal, alias "El Contador", who runs the group's payments in Reynosa, and Luis Eduardo Salcedo Paz, whom \
                prosecutors accuse of ordering the killing of the reporter Dayana Carolina Ortiz Mejia.
                """);
        assertThat(x.ties()).filteredOn(t -> t.schema().equals("Membership")).extracting(t -> t.person().name() + " -> "
                + t.organization().name()).containsExactlyInAnyOrder("Marcos Antonio Rivas Leal -> Gulf Cartel",
                        "Luis Eduardo Salcedo Paz -> Gulf Cartel");
    }
}
