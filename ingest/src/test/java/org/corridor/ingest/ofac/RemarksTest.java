package org.corridor.ingest.ofac;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RemarksTest {

    @Test
    void clausesSplitOnSemicolonsButNotInsideAQuotedAlias() {
        assertThat(Remarks.clauses("a.k.a. 'LOS ZETAS; CDN'; DOB 1970; POB Nuevo Laredo, Tamaulipas, Mexico."))
                .containsExactly("a.k.a. 'LOS ZETAS; CDN'", "DOB 1970", "POB Nuevo Laredo, Tamaulipas, Mexico");
    }

    @Test
    void aliasesKeepApostrophesInsideNames() {
        assertThat(Remarks.parse("a.k.a. 'O'HARA TRADING'")).containsExactly(
                new Remarks.Fact("alias", "O'HARA TRADING", "a.k.a. 'O'HARA TRADING'"));
    }

    @Test
    void documentsAndPlacesAreRecognised() {
        List<Remarks.Fact> facts = Remarks.parse("DOB 19 Jul 1956; alt. DOB circa 1958; nationality Mexico; "
                + "Passport G12345678 (Mexico); C.U.R.P. GULJ560719HSLZRN01 (Mexico); R.F.C. GULJ560719 (Mexico); "
                + "f.k.a. 'OLD NAME'; Linked To: SINALOA CARTEL; Gender Male; Website www.example.mx");
        assertThat(facts).extracting(Remarks.Fact::key, Remarks.Fact::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple("birthDate", "19 Jul 1956"),
                org.assertj.core.groups.Tuple.tuple("birthDate", "circa 1958"),
                org.assertj.core.groups.Tuple.tuple("nationality", "Mexico"),
                org.assertj.core.groups.Tuple.tuple("passportNumber", "G12345678"),
                org.assertj.core.groups.Tuple.tuple("idNumber", "GULJ560719HSLZRN01"),
                org.assertj.core.groups.Tuple.tuple("taxNumber", "GULJ560719"),
                org.assertj.core.groups.Tuple.tuple("previousName", "OLD NAME"),
                org.assertj.core.groups.Tuple.tuple(Remarks.LINK, "SINALOA CARTEL"),
                org.assertj.core.groups.Tuple.tuple("gender", "Male"),
                org.assertj.core.groups.Tuple.tuple("website", "www.example.mx"));
    }

    @Test
    void anUnknownClauseIsKeptWholeAsANote() {
        assertThat(Remarks.parse("Some new kind of remark 123")).containsExactly(
                new Remarks.Fact("notes", "Some new kind of remark 123", "Some new kind of remark 123"));
    }

    @Test
    void dateRangesGiveBothEnds() {
        assertThat(Remarks.dates("1962 to 1964")).containsExactly("1962", "1964");
        assertThat(Remarks.dates("circa 1970")).containsExactly("1970");
    }
}
