package org.corridor.extract.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.corridor.extract.facts.RunningTotal;
import org.junit.jupiter.api.Test;

/**
 * Issue 21, item 4: the figures wire reports give about strikes at sea, in the forms reporters
 * write them. Each case was written for this test from the shapes found in real reporting.
 */
class WireReportFiguresTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 10, 28);

    private static Optional<RunningTotal> total(String s) {
        return RunningTotals.find(s, 0, Dates.find(s, 0, PUBLISHED, null), PUBLISHED);
    }

    @Test
    void cumulativeTollsAreRunningTotalsWithTheirBound() {
        RunningTotal t = total("Counting Monday's attacks, the military has disclosed 13 strikes in the region since September, "
                + "and they have killed at least 57 people.").orElseThrow();
        assertThat(t.strikes()).isEqualTo(13);
        assertThat(t.deaths()).isEqualTo(57);
        assertThat(t.bound()).isEqualTo("at least");
        assertThat(t.date()).isEqualTo(PUBLISHED);

        RunningTotal es = total("Con este anuncio ya son siete los ataques conocidos desde agosto, con al menos 30 muertos.").orElseThrow();
        assertThat(es.strikes()).isEqualTo(7);
        assertThat(es.deaths()).isEqualTo(30);

        RunningTotal about = total("By the latest count, close to 100 people have been killed.").orElseThrow();
        assertThat(about.deaths()).isEqualTo(100);
        assertThat(about.bound()).isEqualTo("about");

        assertThat(total("Con esta acción suman 130 los muertos desde que comenzó la campaña.").orElseThrow().deaths()).isEqualTo(130);
        RunningTotal range = total("Entre el 2 de septiembre y el 29 de octubre de 2025 las fuerzas hicieron 16 ataques contra lanchas.")
                .orElseThrow();
        assertThat(range.strikes()).isEqualTo(16);
        assertThat(range.date()).isEqualTo(LocalDate.of(2025, 10, 29));
    }

    @Test
    void aCampaignThatHasCostLivesIsATotalAndTheStrikeItOpensOnIsToldFirst() {
        String s = "A strike on a boat in the Pacific killed three people on Monday, officials said, as criticism grows of a campaign "
                + "that has now cost more than 90 lives.";
        assertThat(total(s).orElseThrow().deaths()).isEqualTo(90);
        assertThat(RunningTotals.oneStrikeToldFirst(s)).isTrue();
        assertThat(RunningTotals.oneStrikeToldFirst("The military has carried out 21 strikes, killing 83 people, in a campaign that has "
                + "now cost more than 90 lives.")).isFalse();
        assertThat(Figures.fatalities("The new rules cost 40 million dollars and the strike killed two.", 0).orElseThrow().value())
                .isEqualTo(2.0);
    }

    @Test
    void tollsBroughtToAFigureAndTotalsThatGoOnToNameSomeOfWhatTheyCount() {
        assertThat(total("The strikes bring the number of people killed in the campaign against alleged drug boats to 104.")
                .orElseThrow().deaths()).isEqualTo(104);
        RunningTotal brings = total("The strike brings to at least 105 the number of people killed in U.S. attacks since early "
                + "September.").orElseThrow();
        assertThat(brings.deaths()).isEqualTo(105);
        assertThat(brings.bound()).isEqualTo("at least");
        assertThat(total("El ataque eleva a 107 la cifra de muertos desde que empezó la campaña.").orElseThrow().deaths()).isEqualTo(107);
        assertThat(total("Con este ataque, la cifra de muertos de la campaña asciende a 99.").orElseThrow().deaths()).isEqualTo(99);
        RunningTotal es = total("Con este ataque suman 30 las acciones conocidas contra embarcaciones desde septiembre, con al menos "
                + "107 muertos.").orElseThrow();
        assertThat(es.strikes()).isEqualTo(30);
        assertThat(es.deaths()).isEqualTo(107);
        RunningTotal among = total("At least 26 strikes have been carried out since the campaign began in September, among them three "
                + "on Monday that killed eight people.").orElseThrow();
        assertThat(among.strikes()).isEqualTo(26);
        assertThat(among.deaths()).as("eight are the deaths of Monday's strikes, not the campaign's").isNull();
    }

    @Test
    void oneEventAnOrdinalOrAPlaceNamedFromAreNotTotals() {
        assertThat(total("American forces hit four boats on Monday in three separate strikes, killing 14 people.")).isEmpty();
        assertThat(total("The military struck a submersible on Thursday, in what was the sixth such attack since early September."))
                .isEmpty();
        assertThat(total("Una lancha que salió desde Venezuela fue atacada y murieron tres personas.")).isEmpty();
    }

    @Test
    void deathsAndSurvivorsInTheFormsReportersUse() {
        assertThat(Figures.fatalities("Hegseth said both people aboard were killed.", 0).orElseThrow().value()).isEqualTo(2);
        assertThat(Figures.fatalities("Murieron los tres hombres que iban a bordo.", 0).orElseThrow().value()).isEqualTo(3);
        assertThat(Figures.fatalities("Trump said two people on board were killed.", 0).orElseThrow().value()).isEqualTo(2);
        assertThat(Figures.fatalities("Strikes on four vessels kill 14", 0).orElseThrow().value()).isEqualTo(14);
        assertThat(Figures.survivors("One person on board survived.", 0).orElseThrow().value()).isEqualTo(1);
        assertThat(Figures.survivors("El ataque dejó dos muertos y un sobreviviente.", 0).orElseThrow().value()).isEqualTo(1);
        assertThat(Figures.survivors("There were no survivors.", 0).orElseThrow().value()).isZero();
        assertThat(Figures.survivors("The strike on the boat was filmed.", 0)).isEmpty();
    }

    @Test
    void aListOfQuantitiesGivesEachItsKilograms() {
        List<Figures.Figure> q = Figures.quantities("Police seized 3.7 tonnes of cocaine in the Netherlands, more than three tonnes in "
                + "Belgium and more than half a tonne in Ecuador.", 0);
        assertThat(q).extracting(Figures.Figure::value).containsExactly(3700.0, 3000.0, 500.0);
        assertThat(q).extracting(Figures.Figure::unit).containsOnly("cocaine");
    }

    @Test
    void seasAfterALocativeAreTheirOwnPlaces() {
        assertThat(SeaRegions.find("forces hit four boats in the eastern Pacific on Monday", 0)).extracting(SeaRegions.Sea::name)
                .containsExactly("eastern Pacific");
        assertThat(SeaRegions.find("una lancha atacada el 16 de septiembre en el mar Caribe", 0)).extracting(SeaRegions.Sea::name)
                .containsExactly("mar Caribe");
        List<SeaRegions.Sea> both = SeaRegions.find("struck a small boat in international waters of the eastern Pacific", 0);
        assertThat(both).extracting(SeaRegions.Sea::name).containsExactly("international waters", "eastern Pacific");
        assertThat(both.get(0).international()).isTrue();
        assertThat(SeaRegions.find("Relatives of two Caribbean men are angry.", 0)).isEmpty();
        assertThat(SeaRegions.find("Leaders of the Caribbean nations met in Kingston.", 0)).isEmpty();
    }

    @Test
    void vagueTimesAreKeptToTheMonthWhenTheyFallInOne() {
        LocalDate saturday = LocalDate.of(2025, 10, 18);
        assertThat(Dates.find("the two men died in a strike earlier this week", 0, saturday, null))
                .extracting(Dates.DateMention::value).containsExactly("2025-10");
        assertThat(Dates.find("Earlier this month, a similar strike killed 11.", 0, LocalDate.of(2025, 9, 15), null))
                .extracting(Dates.DateMention::value).containsExactly("2025-09");
        // the week of Wednesday 1 October began in September: no month can be given
        assertThat(Dates.find("a strike earlier this week", 0, LocalDate.of(2025, 10, 1), null)).isEmpty();
        assertThat(Dates.find("Días antes, otro operativo dejó dos muertos.", 0, null, LocalDate.of(2025, 10, 28)))
                .extracting(Dates.DateMention::value).containsExactly("2025-10");
    }

    @Test
    void withoutADateLineADateWithoutAYearTakesTheYearOfTheLastFullDate() {
        assertThat(Dates.find("El ataque más letal fue el 28 de octubre.", 0, null, LocalDate.of(2025, 10, 29)))
                .extracting(Dates.DateMention::value).containsExactly("2025-10-28");
        assertThat(Dates.find("Publicado el 13 ago 2025", 0, null, null)).extracting(Dates.DateMention::value)
                .containsExactly("2025-08-13");
    }

    @Test
    void tollsOfAFewDaysOrAddedToOneOtherStrikeAreNotTheCampaigns() {
        assertThat(total("En total, el ejército estadounidense mató a cinco personas en dos días seguidos.")).isEmpty();
        assertThat(total("Murieron tres personas, que se suman a los dos muertos de otro ataque el martes.")).isEmpty();
        assertThat(total("In total, the strikes have killed at least 105 people since September.")).isPresent();
    }

    @Test
    void manyBoatsAttackedInThePerfectAreATotalWhoseBoatsAreNotStrikes() {
        RunningTotal many = total("Estados Unidos ha atacado más de 30 presuntas narcolanchas en el Caribe y el Pacífico, que han "
                + "dejado más de 100 muertos.").orElseThrow();
        assertThat(many.deaths()).isEqualTo(100);
        assertThat(many.strikes()).as("boats are not strikes").isNull();
        RunningTotal over = total("Desde septiembre, la campaña ha destruido más de veinte lanchas, y el número de muertos supera ya "
                + "las 70 personas.").orElseThrow();
        assertThat(over.deaths()).isEqualTo(70);
        assertThat(over.bound()).isEqualTo("at least");
        assertThat(total("Estados Unidos ha atacado tres lanchas este lunes y han muerto ocho personas.")).as("one day's strike").isEmpty();
    }

    @Test
    void theOperationsATotalGoesOnToNameAreItsItems() {
        String s = "At least 26 strikes have been carried out since the campaign began in September, among them three on Monday in "
                + "the eastern Pacific that killed eight people, and one early in December in which four people died.";
        assertThat(RunningTotals.namedItems(s)).extracting(span -> span.of(s)).containsExactly(
                "three on Monday in the eastern Pacific that killed eight people", "one early in December in which four people died");
        String es = "Desde septiembre suman 30 ataques, entre ellos dos el lunes en el Caribe y uno el martes en el Pacífico.";
        assertThat(RunningTotals.namedItems(es)).extracting(span -> span.of(es)).containsExactly("dos el lunes en el Caribe",
                "uno el martes en el Pacífico");
        assertThat(RunningTotals.namedItems("At least 26 strikes have been carried out since September.")).isEmpty();
    }

    @Test
    void survivorsLeftAreNoDeathsButAnAttackerLeftDeadIsOne() {
        assertThat(Figures.fatalities("En un ataque a principios de octubre que dejó dos sobrevivientes, el Ejército los rescató.", 0))
                .isEmpty();
        assertThat(Figures.fatalities("Un enfrentamiento dejó un agresor muerto y seis personas detenidas.", 0))
                .hasValueSatisfying(f -> assertThat(f.value()).isEqualTo(1.0));
        assertThat(Figures.fatalities("The strike left eight people dead.", 0)).hasValueSatisfying(f -> assertThat(f.value()).isEqualTo(8.0));
    }

    @Test
    void aCountOfStrikesBroughtToAFigureIsTheTotals() {
        RunningTotal t = total("The strike brings the total number of such strikes since September to at least 36.").orElseThrow();
        assertThat(t.strikes()).isEqualTo(36);
        assertThat(t.bound()).isEqualTo("at least");
    }

    @Test
    void aTollThatStatementsPutAtAFigureIsTheCampaigns() {
        RunningTotal put = total("Earlier Pentagon statements put the number of alleged smugglers killed in such strikes at more than 95 "
                + "so far in the campaign.").orElseThrow();
        assertThat(put.deaths()).isEqualTo(95);
        assertThat(put.bound()).isEqualTo("at least");
        assertThat(total("Las autoridades sitúan la cifra de muertos de la campaña en más de 95 desde septiembre.").orElseThrow().deaths())
                .isEqualTo(95);
        assertThat(Figures.fatalities("Officials put the toll at 12 a.m. local time.", 0)).isEmpty();
    }

    @Test
    void holidaysAreTheLatestSuchDayNotAfterPublication() {
        LocalDate newYear = LocalDate.of(2026, 1, 1);
        assertThat(Dates.find("Tres muertos en un ataque en la víspera de Año Nuevo.", 0, newYear, null))
                .extracting(Dates.DateMention::value).containsExactly("2025-12-31");
        assertThat(Dates.find("The strike took place on Christmas Eve.", 0, newYear, null))
                .extracting(Dates.DateMention::value).containsExactly("2025-12-24");
    }
}
