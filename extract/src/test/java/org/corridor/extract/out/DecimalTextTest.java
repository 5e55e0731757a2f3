package org.corridor.extract.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Quantities and amounts are written as the Formatter would write them, without one per value. */
class DecimalTextTest {
    @Property(tries = 5000)
    void decimalMatchesTheFormatter(@ForAll @DoubleRange(min = 0, max = 1e12) double value, @ForAll @IntRange(min = 2, max = 3) int scale) {
        assertThat(ExtractionStatements.decimal(value, scale)).isEqualTo(String.format(Locale.ROOT, "%." + scale + "f", value));
    }

    @Property
    void halfwayValuesRoundUpAsTheFormatterDoes(@ForAll @IntRange(min = 0, max = 100_000) int thousandths) {
        double value = thousandths / 1000.0 + 0.0005;
        assertThat(ExtractionStatements.decimal(value, 3)).isEqualTo(String.format(Locale.ROOT, "%.3f", value));
    }
}
