package org.corridor.extract.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Group-name expressions tried only where a match can start find what a plain scan finds. */
class GroupNameCandidatesTest {
    @Provide
    Arbitrary<String> groupLike() {
        Arbitrary<String> word = Arbitraries.of("Sinaloa", "sinaloa", "Cartel", "cartel", "CARTEL", "Cártel", "cártel", "Carteles",
                "Gang", "gang", "Clan", "clan", "del", "de", "de los", "Golfo", "Tren", "Aragua", "of the", "Suns", "La", "Los", "Las",
                "Nueva", "Familia", "Michoacana", "Choneros", "MS-13", "Mara Salvatrucha", "Barrio", "18", "Barrio 18", "Calle 18",
                "anti-Sinaloa", "O'Neill", "D’Amico", "𝐒inaloa", "Ⅻ", "the", "Mexican", "x", "7Up", "_", ",", ".", "(", "Centro", "contra",
                "el", "y", "Narcotráfico", "Directorate", "for", "Combating", "Crime's", "and", "Prosecutor's", "Office", "Office for",
                "Anti-drug", "Anti-", "Customs", "Department", "Brigade", "Section", "des", "du", "Recherche");
        Arbitrary<String> gap = Arbitraries.of(" ", " ", " ", "  ", "\t", "\n", "", "-", ",", "\u00a0");
        return Combinators.combine(word, gap).as((w, g) -> w + g).list().ofMinSize(0).ofMaxSize(10)
                .map(parts -> String.join("", parts));
    }

    @Property(tries = 4000)
    void eachPatternFindsWhatItsOwnScanFinds(@ForAll("groupLike") String text) {
        for (int p = 0; p < GroupNameStage.PATTERNS.length; p++) {
            List<String> expected = new ArrayList<>();
            Matcher m = GroupNameStage.PATTERNS[p].matcher(text);
            while (m.find()) {
                expected.add(m.start() + "-" + m.end());
            }
            assertThat(GroupNameStage.find(p, text).stream().map(r -> r.start() + "-" + r.end()).toList())
                    .as("pattern %d on \"%s\"", p, text).isEqualTo(expected);
        }
    }

    @Test
    void aBattalionIsFoundByItsFieldButNotCutBeforeItsNumber() {
        int battalion = GroupNameStage.PATTERNS.length - 1;
        assertThat(GroupNameStage.find(battalion, "a cargo del Primer Batallón de Tropas Navales \"Comandante X\"")).extracting(r -> r.group())
                .containsExactly("Primer Batallón de Tropas Navales");
        assertThat(GroupNameStage.find(battalion, "el Batallón de Infantería Motorizado N.º 38 Ambato")).isEmpty();
    }

    @Test
    void aBodyNamedForWhatItWorksAgainstKeepsItsSmallWords() {
        List<String> found = new ArrayList<>();
        for (int p = 0; p < GroupNameStage.PATTERNS.length; p++) {
            GroupNameStage.find(p, "con el Centro de Análisis y Operaciones Marítimas contra el Narcotráfico (MAOC-N), con sede en Lisboa")
                    .forEach(r -> found.add(r.group()));
            GroupNameStage.find(p, "el Centro de Salud de Mindelo, contra la opinión del médico").forEach(r -> found.add(r.group()));
        }
        assertThat(found).containsExactly("Centro de Análisis y Operaciones Marítimas contra el Narcotráfico");
    }

    @Test
    void anEnglishBodyNamedForItsWorkStopsAtAPossessiveAndAtAnotherBody() {
        List<String> found = new ArrayList<>();
        for (int p = 0; p < GroupNameStage.PATTERNS.length; p++) {
            GroupNameStage.find(p, "prosecutors of the Directorate for Investigating Organized Crime and Terrorism said")
                    .forEach(r -> found.add(r.group()));
            GroupNameStage.find(p, "officers of the Directorate for Combating Organized Crime's anti-drug department")
                    .forEach(r -> found.add(r.group()));
            GroupNameStage.find(p, "the Agency for Drug Control and the National Police").forEach(r -> found.add(r.group()));
            GroupNameStage.find(p, "the Office for the District of Columbia and the Division").forEach(r -> found.add(r.group()));
            GroupNameStage.find(p, "a Service for all").forEach(r -> found.add(r.group()));
        }
        assertThat(found).containsExactly("Directorate for Investigating Organized Crime and Terrorism",
                "Directorate for Combating Organized Crime", "Agency for Drug Control");
    }

    @Test
    void aProsecutorsOfficeForTheCrimeItFightsAnAntiDrugBodyAndAFrenchNamedUnitAreFound() {
        List<String> found = new ArrayList<>();
        for (int p = 0; p < GroupNameStage.PATTERNS.length; p++) {
            GroupNameStage.find(p, "prosecutors of the Prosecutor's Office for Combating Organized Crime and Special Causes (PCCOCS) said")
                    .forEach(r -> found.add(r.group()));
            GroupNameStage.find(p, "Officers of the Anti-drug Department and the anti-drug squad").forEach(r -> found.add(r.group()));
            GroupNameStage.find(p, "officers of the Customs Anti-Narcotics Unit (CANU)").forEach(r -> found.add(r.group()));
            GroupNameStage.find(p, "The Anti-Smuggling Forces in Kassala State").forEach(r -> found.add(r.group()));
            GroupNameStage.find(p, "The gendarmerie, through its \"Brigade de Recherche\", seized it").forEach(r -> found.add(r.group()));
            // not a body: an office for a purpose in lower case, a brigade of something in English, a French word after "Service"
            GroupNameStage.find(p, "the office for combating crime; a Brigade of Guards; the Service de presse").forEach(r -> found.add(r.group()));
        }
        assertThat(found).containsExactlyInAnyOrder("Prosecutor's Office for Combating Organized Crime and Special Causes",
                "Anti-drug Department", "Anti-Smuggling Forces", "Brigade de Recherche");
    }

    @Test
    void aNameRunningIntoTheGroupWordAfterAHyphenIsFound() {
        assertThat(GroupNameStage.find(0, "an anti-Sinaloa Cartel raid and the Barrio Azteca gang")).extracting(r -> r.group())
                .containsExactly("Sinaloa Cartel", "Barrio Azteca gang");
    }

    @Test
    void aCustomsServiceIsNamedByItsCountryOrCity() {
        String text = "According to Japan Customs, the man denied it; the Narita branch of Tokyo Customs valued the drugs. "
                + "US Customs and Border Protection, the Burgas Customs Office and Mexican Customs were not involved.";
        Work work = new Work(new org.corridor.extract.doc.Document("d", "text", text, "", null, "", "", null, new ArrayList<>()));
        new GroupNameStage().apply(work);
        assertThat(work.candidates).extracting(m -> m.text()).contains("Japan Customs", "Tokyo Customs")
                .doesNotContain("US Customs", "Burgas Customs", "Mexican Customs");
    }
}
