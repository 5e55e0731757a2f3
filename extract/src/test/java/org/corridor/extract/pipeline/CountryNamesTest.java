package org.corridor.extract.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Country names news writes that Java's own display names do not give. */
class CountryNamesTest {
    @Test
    void kosovoBosniaAndAHeadlinesShortenedNorthAreCountries() {
        assertThat(CountryNames.code("Kosovo")).isEqualTo("xk");
        assertThat(CountryNames.code("N. Macedonia")).isEqualTo("mk");
        assertThat(CountryNames.code("S. Korea")).isEqualTo("kr");
        // Java writes "Bosnia & Herzegovina"; news writes "Bosnia", "Bosnia and Herzegovina" or "BiH"
        assertThat(CountryNames.code("Bosnia")).isEqualTo("ba");
        assertThat(CountryNames.code("BiH")).isEqualTo("ba");
        assertThat(CountryNames.code("Bosnia and Herzegovina")).isEqualTo("ba");
        assertThat(CountryNames.name("xk")).isEqualTo("Kosovo");
        // Java hyphens it; news often does not
        assertThat(CountryNames.code("Guinea Bissau")).isEqualTo("gw");
        // a people's word of two words, and its plural, names no body
        assertThat(CountryNames.demonymPhrase("Sierra Leonean")).isTrue();
        assertThat(CountryNames.demonymPhrase("Sierra Leoneans")).isTrue();
        assertThat(CountryNames.demonymPhrase("Sierra Madre")).isFalse();
    }
}
