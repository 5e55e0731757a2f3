package org.corridor.extract.doc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Issue 21, items 2 and 3: the text the rules read keeps every offset and reads punctuation and page tops as one form. */
class RuleTextTest {
    @Test
    void punctuationIsBroughtToOneFormWithoutMovingACharacter() {
        String page = "El grupo MS\u201113 y el Comando Sur de EE. UU. dijeron \u201cno\u201d.\u00A0Fin";
        String rules = RuleText.of(page);
        assertThat(rules).hasSameSizeAs(page);
        assertThat(rules).contains("MS-13").contains("EE.UU. ").contains("\"no\"").doesNotContain("\u00A0");
        assertThat(rules.indexOf("Comando")).isEqualTo(page.indexOf("Comando"));
    }

    @Test
    void datelinesAndTheLinesAroundTheDateAreFurniture() {
        String page = """
                Headline of the report

                Daniela Alanis Mendez
                13 ago 2025

                WASHINGTON (AP) \u2014 The two survivors will be returned, Trump said.
                Guayaquil, Ecuador.\u2013 Las autoridades recapturaron a Fito.
                Trump - Maduro talks are not a dateline.
                """;
        String masked = PageFurniture.mask(page);
        assertThat(masked).hasSameSizeAs(page);
        assertThat(masked).doesNotContain("Daniela").doesNotContain("13 ago").doesNotContain("WASHINGTON").doesNotContain("Guayaquil")
                .contains("The two survivors will be returned").contains("Las autoridades").contains("Trump - Maduro")
                .contains("Headline of the report");
    }

    @Test
    void publicationDatesOnTheLinesPagesWriteThem() {
        assertThat(DateLine.find("Title\nOctober 19, 2025 \u00b7 3 min read\nBody")).contains(LocalDate.of(2025, 10, 19));
        assertThat(DateLine.find("Title\nBy A Writer\nApia, Samoa \u2013 30 January 2025\nBody")).contains(LocalDate.of(2025, 1, 30));
        assertThat(DateLine.filedFrom("Apia, Samoa \u2013 Friday 30 June 2017")).contains("Apia, Samoa");
        assertThat(DateLine.filedFrom("Apia, Samoa \u2013 the port and the airport")).as("no date after the dash").isEmpty();
        assertThat(DateLine.filedFrom("30 June 2017")).isEmpty();
        assertThat(DateLine.find("Title\nPublished on: Oct 18, 2025 12:58 am IST\n")).contains(LocalDate.of(2025, 10, 18));
        assertThat(DateLine.find("Title\nGuacamaya, 26 de julio de 2025\n")).contains(LocalDate.of(2025, 7, 26));
        assertThat(DateLine.find("Title\nPublished 17.11.2025 - 10:42\n")).contains(LocalDate.of(2025, 11, 17));
        assertThat(DateLine.find("Title\nFri, Dec 23, 2022 - page 6\n")).contains(LocalDate.of(2022, 12, 23));
        // the weekday after the date, and a time after two slashes: Novinite's "Crime | August 12, 2024, Monday // 15:15"
        assertThat(DateLine.find("Title\nCrime | August 12, 2024, Monday // 15:15\nBody")).contains(LocalDate.of(2024, 8, 12));
        // Moldpres: the time, a bar, the date with dots and the section after it
        assertThat(DateLine.find("Title\n18:26 | 23.07.2024 Category: Regional\nBody")).contains(LocalDate.of(2024, 7, 23));
        // Le Défi: the year before the day and month in the first paragraph's dateline
        assertThat(DateLine.find("Title\n\nAntananarivo, 2024, 22th May \u2013 The National Gendarmerie has made a seizure."))
                .contains(LocalDate.of(2024, 5, 22));
        assertThat(DateLine.find("Title\n\nAntananarivo, 2024, a year of seizures \u2013 the gendarmerie says.")).isEmpty();
        // a month and year alone are no page's day, but the last day the page can have been published on
        assertThat(DateLine.find("Title\n\nMay 2022\n\nCocaine was seized on 19 May.")).isEmpty();
        assertThat(DateLine.monthLine("Title\n\nMay 2022\n\nCocaine was seized on 19 May.")).contains(LocalDate.of(2022, 5, 31));
        assertThat(DateLine.monthLine("Title\n\nCocaine was seized on 19 May.")).isEmpty();
        assertThat(DateLine.find("Title\nCrime | August 12, 2024, Monday\nBody")).contains(LocalDate.of(2024, 8, 12));
        assertThat(DateLine.find("Title\nSucesos | 12 de agosto de 2024, lunes\nBody")).contains(LocalDate.of(2024, 8, 12));
        assertThat(DateLine.find("Title\n28th March 2023\nBody")).contains(LocalDate.of(2023, 3, 28));
        assertThat(DateLine.find("Title\n24-02-2026\nBody")).contains(LocalDate.of(2026, 2, 24));
        assertThat(DateLine.find("Title\nfebrero 15 de 2026\n11:29 a. m.\nBody")).contains(LocalDate.of(2026, 2, 15));
        assertThat(DateLine.find("Title\n19 de octubre de 2025 a las 06:55 Agencia EFE\n")).contains(LocalDate.of(2025, 10, 19));
        assertThat(DateLine.find("Title\nThe strike on September 2, 2025 killed eleven people aboard a boat off Venezuela.\n")).isEmpty();
        assertThat(DateLine.find("Site | Mundo\n\nTitle\n\n23/01/2026\n\nBody.")).contains(LocalDate.of(2026, 1, 23));
        assertThat(DateLine.find("Title\n12/31/2025\n")).contains(LocalDate.of(2025, 12, 31));
        assertThat(DateLine.find("Title\n05/01/2026\n")).as("day and month cannot be told apart").isEmpty();
        assertThat(DateLine.find("Title\n31/02/2026\n")).isEmpty();
        assertThat(DateLine.find("Site | Noticias\n\nTitle\n\n06.02.2026 | 02:10 h.\n\nBody.")).as("dots put the day first")
                .contains(LocalDate.of(2026, 2, 6));
        assertThat(DateLine.find("Site | Noticias\n\nTitle\n\nPolítica | 16 nov 2025 , 18:26\n\nBody.")).contains(LocalDate.of(2025, 11, 16));
        assertThat(DateLine.find("Title\n\nWashington, Estados Unidos, 29 de diciembre de 2025.- El Comando Sur informó este lunes de "
                + "un nuevo ataque.")).contains(LocalDate.of(2025, 12, 29));
        assertThat(DateLine.find("Title\n\nCiudad de México, 3 de marzo de 2025.- La Fiscalía dijo que el 1 de marzo de 2024 hubo "
                + "un operativo.")).contains(LocalDate.of(2025, 3, 3));
        assertThat(DateLine.find("Title\n\nEl Comando Sur dijo el 29 de diciembre de 2025 - tras el ataque - que no hubo heridos."))
                .isEmpty();
        // a desk or a byline, then the labelled date
        assertThat(DateLine.find("Site | World\n\nTitle\n\nInternational Desk Published: 5 December 2025, 10:06 AM\n\nBody."))
                .contains(LocalDate.of(2025, 12, 5));
        assertThat(DateLine.find("Site | Caribbean\n\nTitle\n\nNews Americas, WASHINGTON, DC, Aug. 14, 2025: The United States said ..."))
                .contains(LocalDate.of(2025, 8, 14));
    }

    @Test
    void anAmbiguousNumericDateIsReadTheWayThePagesLanguageAndSpellingWriteDates() {
        String british = "Site | Africa\n\nTitle\n\n05/03/2024\n\nCustoms seized two tonnes of cocaine at the port.";
        String american = "Site | US\n\nTitle\n\n05/03/2024\n\nAgents seized cocaine at a harbor and its neighboring marina.";
        String spanish = "Sitio | Mundo\n\nTítulo\n\n05/03/2024\n\nLa policía decomisó dos toneladas de cocaína en el puerto de la ciudad.";
        assertThat(DateLine.find(british)).contains(LocalDate.of(2024, 3, 5));
        assertThat(DateLine.find(american)).contains(LocalDate.of(2024, 5, 3));
        assertThat(DateLine.find(spanish)).contains(LocalDate.of(2024, 3, 5));
        // a name keeps its owner's spelling: the "Centre" of a body says nothing of how the page writes dates
        assertThat(DateLine.find("Site | World\n\nTitle\n\n05/03/2024\n\nThe Fusion Centre and the Operations Centre spoke."))
                .as("no spelling of the page's own").isEmpty();
        assertThat(DayOrder.of("Both the defence ministry and the defense department")).isEqualTo(DayOrder.Order.UNDECIDED);
        assertThat(DayOrder.of("Neighbouring Senegal reported it.")).as("a marker opening a sentence counts")
                .isEqualTo(DayOrder.Order.DAY_FIRST);
    }

    @Test
    void anEnDashBetweenTwoLettersJoinsThemAsAHyphen() {
        String page = "The Operations Centre\u2013Narcotics helped \u2013 as in 2019\u20132020.";
        String rules = RuleText.punctuation(page);
        assertThat(rules).contains("Centre-Narcotics").contains(" \u2013 as").contains("2019\u20132020").hasSameSizeAs(page);
    }

    @Test
    void theDayAPageWasReadOverItsHeadlineGivesWayToItsOwnDateBelow() {
        assertThat(DateLine.find("May 20, 2025\n\nSite Name\n\nTitle of the story\n\nMarch 15, 2024\n\nPolice said.")).as("the bar's day, then the report's")
                .contains(LocalDate.of(2024, 3, 15));
        assertThat(DateLine.find("March 15, 2024\n\nSite Name\n\nTitle of the story\n\nMay 20, 2025\n\nPolice said.")).as("a later date below is no report's own")
                .contains(LocalDate.of(2024, 3, 15));
        assertThat(DateLine.find("May 20, 2025\nMarch 15, 2024\n\nTitle\n\nPolice said.")).as("two dates together say nothing of which is which")
                .contains(LocalDate.of(2025, 5, 20));
    }
}
