package org.corridor.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class StatementTest {

    @Test
    void theIdIsTheSha1OfTheClaimInUtf8() {
        Statement s = Statement.of("ofac-11440", "Organization", "name", "SINALOA CARTEL", "ofac/sdn.csv",
                Location.line(12), 1.0, "2026-11-22T00:00:00Z", "");
        // golden value: Python's hashlib.sha1 over the parts joined by U+001F, encoded as UTF-8
        assertThat(s.id()).isEqualTo("c925e7b4255173074b8e73cc7afc24534c1658ba");
    }

    @Test
    void aNonAsciiValueHashesAsItsUtf8Bytes() {
        // golden values from Python's hashlib: UTF-8 bytes, not Latin-1 (which would give 91a929e4...)
        assertThat(Hashing.sha1("C\u00e1rtel")).isEqualTo("b0587ccd0cf18f5394a94011e93042d502d32fa8");
    }

    @Property(tries = 500)
    void theHashIsThatOfThePartsJoinedAsUtf8(@ForAll java.util.List<@StringLength(max = 700) String> parts) throws Exception {
        java.security.MessageDigest plain = java.security.MessageDigest.getInstance("SHA-1");
        byte[] joined = String.join("\u001f", parts).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String expected = java.util.HexFormat.of().formatHex(plain.digest(joined));
        assertThat(Hashing.sha1(parts.toArray(String[]::new))).isEqualTo(expected);
    }

    @Test
    void confidenceOutsideZeroToOneIsRefusedWithTheValue() {
        assertThatThrownBy(() -> Statement.of("e", "Person", "name", "x", "s", Location.NONE, 1.5, null, ""))
                .hasMessageContaining("within [0, 1], got 1.5");
    }

    @Property(tries = 200)
    void theSameClaimAlwaysGetsTheSameId(@ForAll @StringLength(min = 1, max = 40) String value,
            @ForAll @DoubleRange(min = 0, max = 1) double c1, @ForAll @DoubleRange(min = 0, max = 1) double c2) {
        Statement a = Statement.of("e-1", "Person", "name", value, "src", Location.line(1), c1, "2020", "");
        Statement b = Statement.of("e-1", "Person", "name", value, "src", Location.span(5, 9), c2, "2026", "");
        assertThat(a.id()).isEqualTo(b.id());
    }

    @Property(tries = 200)
    void aDifferentValueSourceOrLabelGetsADifferentId(@ForAll @StringLength(min = 1, max = 40) String value) {
        Statement base = Statement.of("e-1", "Person", "name", value, "src", Location.NONE, 1, null, "");
        assertThat(Statement.of("e-1", "Person", "name", value + "x", "src", Location.NONE, 1, null, "").id()).isNotEqualTo(base.id());
        assertThat(Statement.of("e-1", "Person", "name", value, "src2", Location.NONE, 1, null, "").id()).isNotEqualTo(base.id());
        assertThat(Statement.of("e-1", "Person", "name", value, "src", Location.NONE, 1, null, "p").id()).isNotEqualTo(base.id());
    }

    @Test
    void locationsRoundTripThroughTheirText() {
        assertThat(Location.parse(Location.line(12, "Remarks").toString())).isEqualTo(Location.line(12, "Remarks"));
        assertThat(Location.parse("chars 140-171")).isEqualTo(Location.span(140, 171));
        assertThat(Location.parse("")).isEqualTo(Location.NONE);
    }
}
