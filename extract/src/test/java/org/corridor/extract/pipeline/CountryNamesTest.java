package org.corridor.extract.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Country names news writes that Java's own display names do not give. */
class CountryNamesTest {
    @Test
    void kosovoAndAHeadlinesShortenedNorthAreCountries() {
        assertThat(CountryNames.code("Kosovo")).isEqualTo("xk");
        assertThat(CountryNames.code("N. Macedonia")).isEqualTo("mk");
        assertThat(CountryNames.code("S. Korea")).isEqualTo("kr");
        assertThat(CountryNames.name("xk")).isEqualTo("Kosovo");
    }
}
