package org.corridor.model.schema;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class PropertyTypeTest {

    @Test
    void namesHaveWhitespaceCollapsedAndTrimmed() {
        assertThat(PropertyType.NAME.clean("  Los\t Zetas \n").value()).isEqualTo("Los Zetas");
    }

    @Test
    void textKeepsItsLineBreaksButLosesControlCharacters() {
        assertThat(PropertyType.TEXT.clean("line one\nline\u0007 two ").value()).isEqualTo("line one\nline two");
    }

    @Test
    void datesKeepThePrecisionTheSourceGave() {
        assertThat(PropertyType.DATE.clean("31 Aug 1960").value()).isEqualTo("1960-08-31");
        assertThat(PropertyType.DATE.clean("Aug 1960").value()).isEqualTo("1960-08");
        assertThat(PropertyType.DATE.clean("circa 1960").value()).isEqualTo("1960");
        assertThat(PropertyType.DATE.clean("2023-04-20T18:00:25").value()).isEqualTo("2023-04-20T18:00:25");
        assertThat(PropertyType.DATE.clean("2023-04-20T20:00:25+02:00").value()).isEqualTo("2023-04-20T18:00:25");
        assertThat(PropertyType.DATE.clean("20 de septiembre de 2025").isOk()).isFalse();
        assertThat(PropertyType.DATE.clean("1960-02-30").problem()).contains("not a calendar date");
    }

    @Test
    void countriesBecomeLowerCaseIsoCodesFromCodesAndNames() {
        assertThat(PropertyType.COUNTRY.clean("MX").value()).isEqualTo("mx");
        assertThat(PropertyType.COUNTRY.clean("COL").value()).isEqualTo("co");
        assertThat(PropertyType.COUNTRY.clean("Venezuela").value()).isEqualTo("ve");
        assertThat(PropertyType.COUNTRY.clean("México").value()).isEqualTo("mx");
        assertThat(PropertyType.COUNTRY.clean("Korea, North").value()).isEqualTo("kp");
        assertThat(PropertyType.COUNTRY.clean("eu").value()).isEqualTo("eu");
        assertThat(PropertyType.COUNTRY.clean("Atlantis").problem()).contains("'Atlantis' is not a known country");
    }

    @Test
    void numbersAreWrittenPlainly() {
        assertThat(PropertyType.NUMBER.clean("1,234.50").value()).isEqualTo("1234.50");
        assertThat(PropertyType.NUMBER.clean("129.87").value()).isEqualTo("129.87");
        assertThat(PropertyType.NUMBER.clean("ten").isOk()).isFalse();
    }

    @Test
    void currenciesBecomeIso4217CodesFromCodesAndSymbols() {
        assertThat(PropertyType.CURRENCY.clean("usd").value()).isEqualTo("USD");
        assertThat(PropertyType.CURRENCY.clean("US$").value()).isEqualTo("USD");
        assertThat(PropertyType.CURRENCY.clean("€").value()).isEqualTo("EUR");
        assertThat(PropertyType.CURRENCY.clean("MXN").value()).isEqualTo("MXN");
        assertThat(PropertyType.CURRENCY.clean("doubloons").problem()).contains("not a currency");
    }

    @Test
    void entityReferencesMustBeIds() {
        assertThat(PropertyType.ENTITY.clean("ofac-11440").value()).isEqualTo("ofac-11440");
        assertThat(PropertyType.ENTITY.clean("not an id").isOk()).isFalse();
    }

    @Test
    void genderIsNormalisedInEnglishAndSpanish() {
        assertThat(PropertyType.GENDER.clean("Male").value()).isEqualTo("male");
        assertThat(PropertyType.GENDER.clean("femenino").value()).isEqualTo("female");
    }

    /** The one-pass tidy must agree with the obvious regex version. */
    @Property(tries = 1000)
    void tidyAgreesWithARegexOracle(@ForAll @StringLength(max = 30) @Chars({' ', '\t', '\n', 'a', 'b', '\u00a0', '\u0007'})
            @CharRange(from = 'x', to = 'z') String raw) {
        String oracle = raw.replaceAll("[\\p{Cc}&&[^\\s]]", "").replaceAll("[\\s\\u00a0]+", " ").strip();
        assertThat(PropertyType.tidy(raw)).isEqualTo(oracle);
    }
}
