package org.corridor.ledger.effect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.corridor.ledger.Range;
import org.junit.jupiter.api.Test;

class ComparisonTest {
    /** Reference intervals from SciPy 1.x (scipy.stats.beta.ppf), an independent implementation. */
    @Test
    void poissonRateRatioIntervalsMatchAnIndependentComputation() {
        assertInterval(Comparison.poissonRatio(10, 12, 20, 12), 0.8935088903846908, 4.784552440338102);
        assertInterval(Comparison.poissonRatio(86, 12, 74, 12), 0.6219600992245308, 1.1879576433003305);
        assertInterval(Comparison.poissonRatio(5, 6, 0, 6), 0.0, 1.091279105182546);
        assertInterval(Comparison.poissonRatio(7, 24, 3, 12), 0.14302440096217264, 3.754614878428039);
    }

    private static void assertInterval(double[] ci, double low, double high) {
        assertThat(ci[0]).isCloseTo(low, within(1e-9));
        assertThat(ci[1]).isCloseTo(high, within(1e-9));
    }

    @Test
    void theBootstrapIsTheSameForTheSameSeedAndDiffersForAnother() {
        long[] before = {3, 0, 12, 4, 4, 9};
        long[] after = {1, 1, 0, 2, 6, 0};
        assertThat(Comparison.bootstrap(before, after, 42)).containsExactly(Comparison.bootstrap(before, after, 42));
        assertThat(Comparison.bootstrap(before, after, 42)).isNotEqualTo(Comparison.bootstrap(before, after, 43));
        double[] ci = Comparison.bootstrap(before, after, 42);
        double ratio = (10.0 / 6) / (32.0 / 6);
        assertThat(ci[0]).isLessThan(ratio);
        assertThat(ci[1]).isGreaterThan(ratio);
    }

    @Test
    void windowsCountMonthsWithNothingAsZeros() {
        List<Period> series = new ArrayList<>();
        series.add(new Period(YearMonth.of(2010, 1), 2, 4, new Range(8, 10, 12), Range.ZERO));
        series.add(new Period(YearMonth.of(2010, 6), 0, 2, new Range(1, 1, 1), Range.ZERO));
        List<Change> changes = Comparison.of(series, Window.parse("--before", "2009-07..2009-12"),
                Window.parse("--after", "2010-01..2010-12"), 1);
        Change violence = changes.get(1);
        assertThat(violence.indicator()).isEqualTo("violent events");
        assertThat(violence.before()).isEqualTo(Range.ZERO);
        assertThat(violence.after()).isEqualTo(new Range(6, 6, 6));
        assertThat(violence.afterPerMonth()).isEqualTo(0.5);
        assertThat(violence.ratio()).isInfinite();
        Change deaths = changes.get(2);
        assertThat(deaths.after()).isEqualTo(new Range(9, 11, 13));
    }

    @Test
    void aWindowIsWholeMonthsFromDatesOfAnyPrecision() {
        assertThat(Window.parse("--before", "2010..2011").months()).hasSize(24);
        assertThat(Window.parse("--after", "2010-02-15..2010-03-01").months()).containsExactly(YearMonth.of(2010, 2), YearMonth.of(2010, 3));
        assertThat(Window.before(java.time.LocalDate.of(2014, 2, 22), 12)).isEqualTo(new Window(YearMonth.of(2013, 2), YearMonth.of(2014, 1)));
    }
}
