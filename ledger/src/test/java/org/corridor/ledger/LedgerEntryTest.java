package org.corridor.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corridor.ledger.Operations.entry;
import static org.corridor.ledger.Operations.op;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LedgerEntryTest {
    @Test
    void twoReportsWithDifferentFatalitiesBecomeOneRangeAndAListedDisagreement() {
        LedgerEntry e = entry(op("op-1")
                .says("wire", "name", "Strike on a vessel", "operationType", "strike", "startDate", "2025-09-02",
                        "fatalitiesBest", "3", "country", "ve")
                .says("ministry", "operationType", "strike", "startDate", "2025-09-01", "fatalitiesLow", "9",
                        "fatalitiesBest", "11", "fatalitiesHigh", "14", "country", "ve"));
        assertThat(e.deaths()).isEqualTo(new Range(3, 3, 14));
        assertThat(e.start()).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(e.end()).isEqualTo(LocalDate.of(2025, 9, 2));
        assertThat(e.sources()).extracting(SourceReport::source).containsExactly("ministry", "wire");
        assertThat(e.disagreements()).extracting(Disagreement::field)
                .containsExactly("startDate", "fatalitiesBest");
        Disagreement best = e.disagreements().stream().filter(d -> d.field().equals("fatalitiesBest")).findFirst().orElseThrow();
        assertThat(best.claims()).containsExactly(new Claim("3", List.of("wire")), new Claim("11", List.of("ministry")));
        assertThat(best.toString()).isEqualTo("fatalitiesBest: 3 (wire) vs 11 (ministry)");
    }

    @Test
    void theBestOfSeveralReportsIsTheLowerMedianSoItIsAFigureSomeoneGave() {
        LedgerEntry e = entry(op("op-2").says("a", "fatalitiesBest", "2").says("b", "fatalitiesBest", "5")
                .says("c", "fatalitiesBest", "40").says("d", "fatalitiesBest", "6"));
        assertThat(e.deaths()).isEqualTo(new Range(2, 5, 40));
    }

    @Test
    void aSingleSourceKeepsItsOwnFiguresExactlyEvenWhenTheyAreOutOfOrder() {
        LedgerEntry e = entry(op("op-3").says("ged", "fatalitiesLow", "6", "fatalitiesBest", "6", "fatalitiesHigh", "5"));
        assertThat(e.deaths()).isEqualTo(new Range(6, 6, 5));
        assertThat(e.disagreements()).isEmpty();
    }

    @Test
    void agreeingSourcesAndSeveralActorsFromOneSourceAreNotADisagreement() {
        LedgerEntry e = entry(op("op-4")
                .says("a", "operationType", "clash", "conducting", "x", "conducting", "y", "fatalitiesBest", "4")
                .says("b", "operationType", "clash", "conducting", "x", "conducting", "y", "fatalitiesBest", "4"),
                java.util.Map.of("x", "Cartel X", "y", "Cartel Y"));
        assertThat(e.disagreements()).isEmpty();
        assertThat(e.conducting()).extracting(Actor::name).containsExactly("Cartel X", "Cartel Y");
        assertThat(e.deaths()).isEqualTo(new Range(4, 4, 4));
    }

    @Test
    void sourcesThatNameDifferentActorsDisagree() {
        LedgerEntry e = entry(op("op-5").says("a", "targeted", "x").says("b", "targeted", "x", "targeted", "z"));
        assertThat(e.disagreements()).extracting(Disagreement::field).containsExactly("targeted");
    }

    @Test
    void noFigureIsNotZero() {
        LedgerEntry e = entry(op("op-6").says("a", "operationType", "arrest", "startDate", "2024"));
        assertThat(e.deaths()).isNull();
        assertThat(e.start()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(e.end()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(e.grade()).isEqualTo("ungraded");
    }

    @Test
    void whenGradesDifferTheWeakestStands() {
        LedgerEntry e = entry(op("op-7").says("a", "grade", "confirmed").says("b", "grade", "contested"));
        assertThat(e.grade()).isEqualTo("contested");
        assertThat(e.disagreements()).extracting(Disagreement::field).containsExactly("grade");
    }

    @Test
    void anUnknownTypeReadsAsOther() {
        assertThat(entry(op("op-8").says("a", "operationType", "Bombardment")).type()).isEqualTo("other");
        assertThat(entry(op("op-9").says("a", "operationType", "Seizure")).type()).isEqualTo("seizure");
    }
}
