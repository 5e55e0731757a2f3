package org.corridor.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.corridor.extract.doc.DocumentReaders;
import org.corridor.extract.facts.Extraction;
import org.corridor.extract.pipeline.CountryNames;
import org.corridor.extract.pipeline.Gazetteer;
import org.corridor.extract.pipeline.Pipeline;
import org.corridor.extract.text.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "sanctioned him": the target is the person the sentence before was about, not the office that acted. */
class DesignationTargetsTest {
    @TempDir
    Path dir;

    @Test
    void aPronounTargetIsThePersonOfThePreviousSentence() throws Exception {
        Path file = dir.resolve("report.txt");
        Files.writeString(file, """
                Former police chief arrested in Honduras

                April 21, 2022

                Police in Tegucigalpa arrested Juan Carlos Bonilla Valladares on Wednesday at the request of US prosecutors.
                Bonilla Valladares ran the national police from 2012 to 2013. The US Treasury later sanctioned him under the \
                Kingpin Act.
                """);
        Extraction x = Pipeline.standard(new CoreNlpTagger().preload(Language.EN), CountryNames.addTo(new Gazetteer()))
                .extract(new DocumentReaders().read(file, "report.txt", DocumentReaders.Options.DEFAULT));
        assertThat(x.designations()).hasSize(1);
        assertThat(x.designations().get(0).target().name()).isEqualTo("Juan Carlos Bonilla Valladares");
        assertThat(x.designations().get(0).program()).isEqualTo("Foreign Narcotics Kingpin Designation Act");
    }

    @Test
    void aNegatedDesignationIsNotOneButTheNextSentencesIs() throws Exception {
        Path file = dir.resolve("negated.txt");
        Files.writeString(file, """
                Treasury acts on one group, not another

                March 4, 2025

                The Gulf Clan was not sanctioned by the Treasury on Tuesday, officials said.
                The Treasury sanctioned the Sinaloa Cartel under the Kingpin Act on the same day.
                """);
        Extraction x = Pipeline.standard(new CoreNlpTagger().preload(Language.EN), CountryNames.addTo(new Gazetteer()))
                .extract(new DocumentReaders().read(file, "negated.txt", DocumentReaders.Options.DEFAULT));
        assertThat(x.designations()).extracting(d -> d.target().name()).containsExactly("Sinaloa Cartel");
    }

    private Extraction extract(String name, String text, Language language) throws Exception {
        return Reports.extract(dir, name, text, language);
    }

    @Test
    void vesselsRunByDesignatedTerroristOrganizationsDesignateNobody() throws Exception {
        Extraction en = extract("strike.txt", """
                New strikes in the Pacific

                December 16, 2025

                The strikes were carried out by Joint Task Force Southern Spear against three vessels run by Designated Terrorist \
                Organizations, the command said. In March the State Department designated the Gulf Clan a foreign terrorist organization.
                """, Language.EN);
        assertThat(en.designations()).extracting(d -> d.target().name()).containsExactly("Gulf Clan");
        Extraction es = extract("ataque.txt", """
                Nuevo ataque en el Pacífico

                29 de diciembre de 2025

                Lo ejecutó la Fuerza de Tarea Conjunta Southern Spear contra una lancha que, según su versión, operaban \
                Organizaciones Terroristas Designadas.
                """, Language.ES);
        assertThat(es.designations()).isEmpty();
    }

    @Test
    void theGroupTheSanctionedAreTiedToIsNotSanctioned() throws Exception {
        Extraction x = extract("treasury.txt", """
                US sanctions companies tied to Los Chapitos

                October 6, 2025

                The Treasury sanctioned eight Mexican nationals and 12 Mexican companies that it says are linked to Los Chapitos, a \
                faction of the Sinaloa Cartel. One of them is Sumilab, which OFAC sanctioned in 2023. The Treasury also sanctioned \
                the Gulf Clan, tied to smuggling routes in Colombia.
                """, Language.EN);
        assertThat(x.designations()).extracting(d -> d.target().name()).doesNotContain("Los Chapitos", "Sinaloa Cartel")
                .contains("Gulf Clan");
    }

    @Test
    void groupsTheNextSentenceSaysTheDecisionCoversAreDesignated() throws Exception {
        Extraction x = extract("fto.txt", """
                US lists eight groups

                February 20, 2025

                Secretary of State Marco Rubio announced on Thursday that eight criminal organizations are now Foreign Terrorist \
                Organizations under U.S. law. The decision, published in the Federal Register, covers Tren de Aragua and six \
                Mexican cartels: the Sinaloa Cartel, Carteles Unidos and the Gulf Cartel. Rubio's decision follows an order \
                President Donald Trump signed in January.
                """, Language.EN);
        assertThat(x.designations()).extracting(d -> d.target().name() + " / " + d.program()).containsExactlyInAnyOrder(
                "Tren de Aragua / Foreign Terrorist Organization", "Sinaloa Cartel / Foreign Terrorist Organization",
                "Carteles Unidos / Foreign Terrorist Organization", "Gulf Cartel / Foreign Terrorist Organization");
    }

    @Test
    void partiesAlsoNamedInTheActionAreSanctionedButTheCartelTheyServeAndTheFactionsParentAreNot() throws Exception {
        Extraction x = extract("ofac.txt", """
                Treasury sanctions a laundering network

                March 31, 2025

                The Office of Foreign Assets Control on Monday sanctioned six people that it accuses of laundering money for the \
                Sinaloa Cartel. The State Department designated the Sinaloa Cartel a Foreign Terrorist Organization on February \
                20, 2025. Salvador Diaz Rodriguez and Jorge Paez Vargas were also named. Treasury also sanctioned the Los \
                Mayos faction of the Sinaloa Cartel, and Treasury named Alfonso Arzate García as the faction's leader in Rosarito.
                """, Language.EN);
        assertThat(x.designations()).extracting(d -> d.target().name() + " / " + d.program()).containsExactlyInAnyOrder(
                "Sinaloa Cartel / Foreign Terrorist Organization", "Salvador Diaz Rodriguez / OFAC Specially Designated Nationals",
                "Jorge Paez Vargas / OFAC Specially Designated Nationals", "Los Mayos / sanctions",
                "Alfonso Arzate García / sanctions");
    }

    @Test
    void aGroupCalledADesignatedTerroristOrganizationIsOne() throws Exception {
        Extraction x = extract("tda.txt", """
                Ataque en el Caribe

                2 de septiembre de 2025

                En su red social, Trump describió al Tren de Aragua como una Organización Terrorista Extranjera designada.
                """, Language.ES);
        assertThat(x.designations()).extracting(d -> d.target().name() + " / " + d.program())
                .containsExactly("Tren de Aragua / Foreign Terrorist Organization");
    }

    @Test
    void groupsNamedInTheSentenceAfterADesignationGoWithIt() throws Exception {
        Extraction x = extract("named.txt", """
                Cartels listed as terrorists

                February 20, 2025

                The State Department designated the Sinaloa Cartel as a Foreign Terrorist Organization on Thursday. Four more \
                Mexican groups were named: the Gulf Cartel, La Nueva Familia Michoacana and Cárteles Unidos.
                """, Language.EN);
        assertThat(x.designations()).extracting(d -> d.target().name() + " / " + d.program()).containsExactlyInAnyOrder(
                "Sinaloa Cartel / Foreign Terrorist Organization", "Gulf Cartel / Foreign Terrorist Organization",
                "La Nueva Familia Michoacana / Foreign Terrorist Organization", "Cárteles Unidos / Foreign Terrorist Organization");
    }

    @Test
    void sanctionsAgainstGroupsAreDesignations() throws Exception {
        Extraction es = extract("sanciones.txt", """
                Sanciones en Michoacán

                14 de agosto de 2025

                El Gobierno de Estados Unidos impuso este 14 de agosto sanciones económicas contra Cárteles Unidos y Los Viagras.
                """, Language.ES);
        assertThat(es.designations()).extracting(d -> d.target().name()).containsExactlyInAnyOrder("Cárteles Unidos", "Los Viagras");
    }

    @Test
    void anOfficeHolderInTheObjectIsSanctionedButNotTheOneSpeaking() throws Exception {
        Extraction en = extract("minister.txt", """
                Treasury lists a minister

                May 6, 2025

                The Office of Foreign Assets Control designated Defense Minister Aurelio Quintana Robles on Tuesday, Treasury \
                Secretary Helen Marsh said. OFAC also designated his brother, Tomas Quintana Robles; his wife, Lidia Ferrer Soto; \
                and the mayor of Puerto Lindo, Ramiro Vaca.
                """, Language.EN);
        assertThat(en.designations()).extracting(d -> d.target().name())
                .containsExactlyInAnyOrder("Aurelio Quintana Robles", "Tomas Quintana Robles", "Lidia Ferrer Soto", "Ramiro Vaca");
        Extraction es = extract("ministro.txt", """
                Estados Unidos sanciona a un ministro

                6 de mayo de 2025

                Estados Unidos incluyó este martes al ministro de Defensa, Aurelio Quintana, en la llamada Lista Clinton. Junto a él \
                fueron incluidos su esposa, Lidia Ferrer; el hermano menor del ministro, Tomás Quintana, y el alcalde de Puerto Lindo, \
                Ramiro Vaca.
                """, Language.ES);
        assertThat(es.designations()).extracting(d -> d.target().name())
                .containsExactlyInAnyOrder("Aurelio Quintana", "Lidia Ferrer", "Tomás Quintana", "Ramiro Vaca");
    }

    @Test
    void theListsOwnNameAndAMostWantedListDesignateNobody() throws Exception {
        Extraction en = extract("wanted.txt", """
                Treasury sanctions a gang boss

                June 3, 2025

                The Treasury sanctioned Ramon Ortiz Vela, whom it calls a leader of the Los Halcones gang. Ortiz Vela is already on \
                the FBI's Ten Most Wanted list.
                """, Language.EN);
        assertThat(en.designations()).extracting(d -> d.target().name()).containsExactly("Ramon Ortiz Vela");
        Extraction es = extract("lista.txt", """
                Sancionan a un jefe de banda

                3 de junio de 2025

                El Gobierno celebró las sanciones que Estados Unidos impuso a Los Halcones y a su jefe, Ramón Ortiz. La Lista de \
                Nacionales Especialmente Designados se creó en 1995, durante el gobierno de Bill Clinton.
                """, Language.ES);
        assertThat(es.designations()).extracting(d -> d.target().name()).containsExactlyInAnyOrder("Los Halcones", "Ramón Ortiz");
    }
}
