package org.corridor.extract.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatesTest {
    private static final LocalDate WEDNESDAY = LocalDate.of(2025, 9, 3);

    private static List<String> resolved(String sentence, LocalDate anchor) {
        return Dates.find(sentence, 0, WEDNESDAY, anchor).stream().map(Dates.DateMention::value).toList();
    }

    @Test
    void weekdaysAreTheLatestSuchDayOnOrBeforePublication() {
        assertThat(resolved("U.S. forces struck a boat on Tuesday.", null)).containsExactly("2025-09-02");
        assertThat(resolved("Las fuerzas atacaron el martes una lancha.", null)).containsExactly("2025-09-02");
        assertThat(resolved("The president spoke on Wednesday.", null)).containsExactly("2025-09-03");
    }

    @Test
    void datesWithoutAYearTakeTheLatestYearNotAfterPublication() {
        assertThat(resolved("The strike on September 2 killed 11.", null)).containsExactly("2025-09-02");
        // an ordinal day before the month, as West African statements write it
        assertThat(resolved("On Wednesday, 28th September 2022, operatives seized 734 blocks.", null)).contains("2022-09-28");
        assertThat(resolved("He was captured on October 12.", null)).containsExactly("2024-10-12");
        assertThat(resolved("Fue detenido el 25 de julio de 2024 en Texas.", null)).containsExactly("2024-07-25");
        assertThat(resolved("The group was designated in February.", null)).containsExactly("2025-02");
        // a month cut short with its dot before the year ("29 abr. 2025", a Paraguayan site's date line)
        assertThat(resolved("Publicado el 29 abr. 2025 en la sección nacional.", null)).containsExactly("2025-04-29");
        assertThat(org.corridor.extract.doc.DateLine.find("Telefuturo | Nacionales\n\nIncautan marihuana\n\n29 abr. 2025\n\nUn operativo ..."))
                .contains(LocalDate.of(2025, 4, 29));
        // "el día 13": a day of the page's month (the page of 2025-09-03 in these tests), or of the month before when still to come
        assertThat(resolved("Los tres fueron los primeros, el día 1.", null)).containsExactly("2025-09-01");
        assertThat(resolved("Los tres fueron los primeros, el día 13.", null)).containsExactly("2025-08-13");
    }

    @Test
    void relativeDatesCountFromPublicationOrFromTheDateBeforeThem() {
        assertThat(resolved("Officials said yesterday that three died.", null)).containsExactly("2025-09-02");
        assertThat(resolved("Ayer, la Marina detuvo a dos hombres.", null)).containsExactly("2025-09-02");
        assertThat(resolved("Two days later, Maduro spoke.", LocalDate.of(2025, 9, 2))).containsExactly("2025-09-04");
        assertThat(resolved("On Saturday he said forces struck a vessel the previous day.",
                null)).containsExactly("2025-08-30", "2025-08-29");
        assertThat(resolved("Dos días después, el gobierno respondió.", LocalDate.of(2025, 9, 1))).containsExactly("2025-09-03");
        // a term in custody counted in days is no day: "placed under arrest for 30 days after officers found ..."
        assertThat(resolved("Two men have been placed under arrest for 30 days after officers found drugs on them.", null)).isEmpty();
        assertThat(resolved("Two men were freed 30 days after officers found drugs on them.", LocalDate.of(2025, 8, 1)))
                .containsExactly("2025-08-31");
        assertThat(resolved("arrested in February 2022 and extradited in April that year", null))
                .containsExactly("2022-02", "2022-04");
        // the week before the page's, kept to the month it lies in (25 to 31 August here)
        assertThat(resolved("The week before, the navy seized a semisubmersible.", null)).containsExactly("2025-08");
        assertThat(resolved("La semana anterior, la Marina aseguró una lancha.", null)).containsExactly("2025-08");
    }

    @Test
    void wordsThatLookLikeMonthsAreNotDates() {
        assertThat(resolved("Officials may 3 times revise the toll.", null)).isEmpty();
        assertThat(resolved("La lancha fue hallada en mar abierto.", null)).isEmpty();
    }

    @Test
    void aDateLineIsAWholeDate() {
        assertThat(Dates.absolute("September 3, 2025")).contains(WEDNESDAY);
        assertThat(Dates.absolute("3 de septiembre de 2025")).contains(WEDNESDAY);
        assertThat(Dates.absolute("2025-09-03")).contains(WEDNESDAY);
        assertThat(Dates.absolute("Wednesday, Sept. 3, 2025")).contains(WEDNESDAY);
        assertThat(Dates.absolute("September 31, 2025")).isEmpty();
    }

    @Test
    void yearsAgoIsAYearCountedBackFromPublication() {
        assertThat(resolved("Caro Quintero, detenido hace casi tres años en el noroeste del país.", null)).containsExactly(
                String.valueOf(WEDNESDAY.getYear() - 3));
        assertThat(resolved("He was arrested nearly two years ago in Sinaloa.", null)).containsExactly(
                String.valueOf(WEDNESDAY.getYear() - 2));
        assertThat(resolved("Los años de la campaña fueron duros.", null)).isEmpty();
        assertThat(resolved("He was extradited to U.S. custody about a year ago.", null)).containsExactly(
                String.valueOf(WEDNESDAY.getYear() - 1));
        assertThat(resolved("Fue extraditado hace un año.", null)).containsExactly(String.valueOf(WEDNESDAY.getYear() - 1));
        assertThat(resolved("El año pasado fue duro y este año también.", null)).doesNotContain(String.valueOf(WEDNESDAY.getYear() - 1) + "-01-01");
    }

    @Test
    void aVaguePeriodIsTheDaysItCoversAndOnlyAVagueExpressionIsOne() {
        LocalDate tuesday = LocalDate.of(2024, 9, 10);
        assertThat(Dates.vaguePeriod("over the weekend", tuesday)).containsExactly(LocalDate.of(2024, 9, 7), LocalDate.of(2024, 9, 8));
        assertThat(Dates.vaguePeriod("earlier this week", tuesday)).containsExactly(LocalDate.of(2024, 9, 9), tuesday);
        assertThat(Dates.vaguePeriod("un mes después", tuesday)).as("a lapse, not a period").isNull();
        assertThat(Dates.vaguePeriod("over the weekend", null)).isNull();
    }
}
