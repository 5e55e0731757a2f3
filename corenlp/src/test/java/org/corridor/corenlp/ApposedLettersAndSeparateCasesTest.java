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
 * Shapes of held-out set 113 (Romania, Cambodia) worked on in the thirty-first session: a body's letters set beside its long
 * English name by a comma ("DIICOT, the Directorate for Investigating ..."), or beside a description, where the tagger reads
 * the letters as a place; arrests "in the operation" told before; a gang "led by" someone; a lead counting "two separate cases"
 * told one by one; months' sums; a district "of" a city; a town named as "the provincial capital"; "la agencia X".
 */
class ApposedLettersAndSeparateCasesTest {
    @TempDir
    Path dir;

    @Test
    void lettersBesideALongNameAreThatBody() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example Wire | News | Romania

                Cocaine found in fruit containers at Romanian port

                12 March 2022

                Romanian prosecutors seized 640 kilograms of cocaine in containers of bananas at the port of Constanta in \
                March, the authorities said.

                The seizure was made by prosecutors of DIICOT, the Directorate for Investigating Organized Crime and Terrorism, \
                with police officers of the Directorate for Combating Organized Crime's Constanta office. The drugs were bound \
                for Western Europe, said Ioana Marinescu, a chief prosecutor of DIICOT.
                """);
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.ORGANIZATION)
                .extracting(e -> e.name() + " " + e.mentions().stream().map(m -> m.text()).distinct().sorted().toList())
                .contains("Directorate for Investigating Organized Crime and Terrorism [DIICOT, Directorate for Investigating Organized"
                        + " Crime and Terrorism]", "Directorate for Combating Organized Crime [Directorate for Combating Organized Crime]");
        assertThat(x.ties()).extracting(t -> t.schema() + " " + t.person().name() + " -> " + t.organization().name())
                .containsExactly("Employment Ioana Marinescu -> Directorate for Investigating Organized Crime and Terrorism");
    }

    @Test
    void lettersBesideAnotherBodysNameInAListStandForNoneOfIt() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example Wire | News | United States

                Joint raid in Houston

                5 May 2023

                Agents of the DEA, the Federal Bureau of Investigation and the Houston police searched a house in Houston on \
                Thursday and arrested two men.
                """);
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.ORGANIZATION)
                .extracting(e -> e.name() + " " + e.mentions().stream().map(m -> m.text()).distinct().sorted().toList())
                .contains("Federal Bureau of Investigation [Federal Bureau of Investigation]");
    }

    @Test
    void lettersTheTaggerReadsAsAPlaceStayOneWithoutBothStaffAndADescription() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example Wire | News | Africa

                Cannabis seized on the road north

                9 September 2022

                Officers found 300 kilograms of cannabis in a lorry near KANO, the police service said on Friday. The driver \
                was questioned by investigators from LAGOS. Officers of the UAE, the country's police service said, had asked \
                for help.
                """);
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.ORGANIZATION).extracting(e -> e.name())
                .doesNotContain("KANO", "LAGOS", "UAE");
    }

    @Test
    void lettersBesideADescriptionAreABodyAndArrestsInTheOperationAreItsOwn() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example Business Daily | Justice

                Cocaine seized in Timisoara warehouse

                June 3, 2010

                Prosecutors of DIICOT, Romania's office for investigating organized crime and terrorism, seized 150 kilograms \
                of cocaine stored in a warehouse in Timisoara, in western Romania, on Tuesday, as a man from Serbia came to \
                pick the drugs up.

                The container had come from Ecuador by way of the port of Constanta, where police watched it.

                Four Romanian and Serbian citizens were arrested in the operation. Two of them are said to be close to members \
                of the Lupu gang led by Marian Lupu, whose members are already in prison.
                """);
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.ORGANIZATION).extracting(e -> e.name())
                .contains("DIICOT");
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.PLACE).extracting(e -> e.name())
                .doesNotContain("DIICOT");
        assertThat(x.ties()).extracting(t -> t.schema() + " " + t.person().name() + " -> " + t.organization().name())
                .containsExactly("Membership Marian Lupu -> Lupu");
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.place())
                .containsExactlyInAnyOrder("seizure 2010-06-01 Timisoara", "arrest 2010-06-01 Timisoara");
    }

    @Test
    void arrestsInAnOperationTheReportDoesNotDateAreLeftAsTold() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example Business Daily | Justice

                Go-fast boat stopped with a tonne of cocaine

                March 2, 2026

                The navy stopped a go-fast boat carrying 40 bales of cocaine several nautical miles south of Barahona after a \
                chase of ten hours.

                Five men were arrested during the operation and will face trial.
                """);
        assertThat(x.operations()).filteredOn(op -> op.type().equals("arrest")).extracting(op -> op.place())
                .containsOnlyNulls();
    }

    @Test
    void separateCasesAreTheOperationsAndMonthsAreASum() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example Asia Daily | Asia

                Four drug suspects held in Cambodia

                14th April 2024

                (Phnom Penh) Cambodian anti-drug police have arrested four suspects in two separate cases and seized about 21 \
                kilograms of drugs in all, police said on Monday.

                In the first case, police stopped three Thai men in Kratie province on Sunday as they carried 12 kg of \
                methamphetamine, according to the provincial police.

                In the second case, police arrested a local woman in Sen Sok district of Phnom Penh on Friday and seized 9 kg \
                of drugs from her, the National Police said.

                The Anti-Drug Police Department said 1,950 drug suspects were arrested in January and February, and 96 kg of \
                drugs were seized.
                """);
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.place())
                .containsExactlyInAnyOrder("arrest 2024-04-14 Kratie province", "seizure 2024-04-14 Kratie province",
                        "arrest 2024-04-12 Sen Sok district", "seizure 2024-04-12 Sen Sok district");
    }

    @Test
    void aClauseJoinedToMonthsSumWithADayOfItsOwnIsAnOperation() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, """
                Example Asia Daily | Asia

                Police report drug figures

                10th March 2024

                Police said 800 drug suspects were arrested in January and February, and 4 kg of heroin were seized in \
                Phnom Penh on Saturday.
                """);
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.place())
                .containsExactly("seizure 2024-03-09 Phnom Penh");
    }

    @Test
    void theProvincialCapitalIsTheProvincesTownAndTheLeadTakesItsDay() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.ES, """
                Ejemplo Noticias | Mundo | Asia

                Camboya decomisa 15 kilos de metanfetamina

                8 de mayo de 2024

                La policía de la provincia de Kampot, en el sur de Camboya, detuvo a un presunto traficante y se incautó de unos \
                15 kilos de metanfetamina, informó la policía provincial.

                El sospechoso, de 31 años, fue detenido el domingo por la mañana en la capital de la provincia, según la agencia \
                Xinhua.
                """);
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.place())
                .containsExactlyInAnyOrder("arrest 2024-05-05 Kampot", "seizure 2024-05-05 Kampot");
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.ORGANIZATION).extracting(e -> e.name())
                .contains("Xinhua");
    }

    @Test
    void aLeadsOperationPlacedItselfKeepsItsPlace() throws Exception {
        Extraction x = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.ES, """
                Ejemplo Noticias | Mundo | Asia

                Camboya decomisa 15 kilos de metanfetamina

                8 de mayo de 2024

                La policía de la provincia de Kampot, en el sur de Camboya, detuvo a un presunto traficante y se incautó de unos \
                15 kilos de metanfetamina en una casa de Sihanoukville, informó la policía provincial.

                El sospechoso, de 31 años, fue detenido el domingo por la mañana en la capital de la provincia.
                """);
        assertThat(x.operations()).extracting(op -> op.type() + " " + op.date() + " " + op.place())
                .containsExactlyInAnyOrder("arrest 2024-05-05 Kampot", "seizure 2024-05-05 Sihanoukville");
    }

    @Test
    void theProvincialCapitalIsTheOneProvinceNamed() throws Exception {
        String report = """
                Example Asia Daily | Asia

                Heroin courier held in Cambodia

                2nd July 2024

                Police in Koh Kong province have arrested a courier carrying 4 kilograms of heroin, police said.

                The man was arrested on Sunday in the provincial capital after a tip-off.
                """;
        Extraction one = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN, report);
        assertThat(one.operations()).filteredOn(op -> op.type().equals("arrest")).extracting(op -> op.date() + " " + op.place())
                .singleElement().asString().startsWith("2024-06-30 Koh Kong");
        // two provinces named: which one's capital is not said
        Extraction two = Reports.extract(dir, CountryNames.addTo(new Gazetteer()), Language.EN,
                report.replace("Police in Koh Kong province", "Police from Pursat province and Koh Kong province"));
        assertThat(two.operations()).extracting(op -> String.valueOf(op.place())).noneMatch(p -> p.startsWith("Koh Kong") || p.startsWith("Pursat"));
    }
}
