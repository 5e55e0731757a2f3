package org.corridor.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corridor.ledger.Operations.entry;
import static org.corridor.ledger.Operations.op;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GroupingTest {
    private static final Map<String, String> NAMES = Map.of("sin", "Cártel de Sinaloa", "cjng", "Cartel de Jalisco Nueva Generación",
            "gov", "Government of Mexico");

    private static Ledger ledger() {
        return Ledger.of(List.of(
                entry(op("a").says("s1", "operationType", "clash", "startDate", "2010-03-04", "country", "mx",
                        "conducting", "sin", "targeted", "cjng", "fatalitiesLow", "2", "fatalitiesBest", "3", "fatalitiesHigh", "5"), NAMES),
                // one operation reported twice with different counts: counted once, as a range
                entry(op("b").says("s1", "operationType", "strike", "startDate", "2010-07-01", "country", "mx",
                        "conducting", "gov", "targeted", "sin", "fatalitiesBest", "3")
                        .says("s2", "fatalitiesBest", "11"), NAMES),
                entry(op("c").says("s1", "operationType", "arrest", "startDate", "2011-01-15", "country", "co",
                        "conducting", "gov", "targeted", "cjng"), NAMES),
                entry(op("d").says("s1", "operationType", "clash", "country", "mx", "fatalitiesBest", "1"), NAMES)));
    }

    @Test
    void yearGroupsCountEachOperationOnceWithSummedRanges() {
        List<Grouping.Group> groups = Grouping.of(ledger(), List.of(GroupKey.YEAR));
        assertThat(groups).containsExactly(
                new Grouping.Group(List.of("2010"), 2, new Range(5, 6, 16), 0),
                new Grouping.Group(List.of("2011"), 1, Range.ZERO, 1),
                new Grouping.Group(List.of("unknown"), 1, new Range(1, 1, 1), 0));
        assertThat(ledger().totalDeaths()).isEqualTo(new Range(6, 7, 17));
    }

    @Test
    void actorGroupsCountAnOperationUnderEachOfItsActors() {
        List<Grouping.Group> groups = Grouping.of(ledger(), List.of(GroupKey.ACTOR));
        assertThat(groups).extracting(g -> g.key().get(0) + "=" + g.events()).containsExactly(
                "Cartel de Jalisco Nueva Generación=2", "Cártel de Sinaloa=2", "Government of Mexico=2", "unknown=1");
    }

    @Test
    void severalKeysMakeOneGroupPerCombination() {
        List<Grouping.Group> groups = Grouping.of(ledger(), List.of(GroupKey.COUNTRY, GroupKey.TYPE));
        assertThat(groups).extracting(Grouping.Group::key).containsExactly(List.of("co", "arrest"), List.of("mx", "clash"),
                List.of("mx", "strike"));
    }

    @Test
    void filtersSelectByTypeActorWordsCountryAndStartDate() {
        Ledger l = ledger();
        assertThat(ids(l.filter(new LedgerFilter(Set.of("clash"), null, null, null, null, null, Set.of())))).containsExactly("a", "d");
        assertThat(ids(l.filter(new LedgerFilter(Set.of(), "cartel sinaloa", null, null, null, null, Set.of())))).containsExactly("a", "b");
        assertThat(ids(l.filter(new LedgerFilter(Set.of(), "cjng", null, null, null, null, Set.of())))).containsExactly("a", "c");
        assertThat(ids(l.filter(new LedgerFilter(Set.of(), null, "co", null, null, null, Set.of())))).containsExactly("c");
        assertThat(ids(l.filter(new LedgerFilter(Set.of(), null, null, null, LocalDate.of(2010, 6, 1), LocalDate.of(2010, 12, 31),
                Set.of())))).containsExactly("b");
        assertThat(ids(l.filter(new LedgerFilter(Set.of(), null, null, null, null, null, Set.of("ungraded"))))).hasSize(4);
    }

    private static List<String> ids(Ledger l) {
        return l.entries().stream().map(LedgerEntry::id).toList();
    }
}
