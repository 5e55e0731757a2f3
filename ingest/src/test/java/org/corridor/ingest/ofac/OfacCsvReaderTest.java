package org.corridor.ingest.ofac;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.corridor.ingest.Reading;
import org.corridor.model.Statement;
import org.corridor.testkit.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OfacCsvReaderTest {
    static Reading sdn2024;
    static Reading trio2021;

    @BeforeAll
    static void read() {
        sdn2024 = Reading.of(new OfacCsvReader(), TestData.sdn2024());
        trio2021 = Reading.of(new OfacCsvReader(), TestData.sdn2021());
    }

    static Map<String, Long> recordsBySchema(Reading reading) {
        return reading.statements().stream().filter(Statement::isIdStatement).filter(s -> s.entityId().matches("ofac-\\d+"))
                .collect(Collectors.groupingBy(Statement::schema, Collectors.counting()));
    }

    @Test
    void everyRecordOfThe2024ListBecomesAnEntityOfTheRightKind() {
        // counts from the data's README: 6,884 entities, 6,854 individuals, 851 vessels, 376 aircraft
        assertThat(recordsBySchema(sdn2024)).containsExactlyInAnyOrderEntriesOf(
                Map.of("Organization", 6884L, "Person", 6854L, "Vessel", 851L, "Airplane", 376L));
    }

    @Test
    void theSinaloaCartelKeepsItsOfacIdProgramsAndFormerNames() {
        assertThat(sdn2024.values("ofac-11440", "name")).containsExactly("SINALOA CARTEL");
        assertThat(sdn2024.values("ofac-11440", "previousName")).containsExactly("MEXICAN FEDERATION", "GUADALAJARA CARTEL");
        assertThat(sdn2024.values("ofac-11440-sdn", "program")).containsExactly("SDNTK", "ILLICIT-DRUGS-EO14059");
        assertThat(sdn2024.values("ofac-11440-sdn", "entity")).containsExactly("ofac-11440");
    }

    @Test
    void remarksBecomeTypedFactsWithTheirLine() {
        assertThat(sdn2024.values("ofac-2686", "birthDate")).contains("1960-08-31", "1953-08-31");
        assertThat(sdn2024.values("ofac-2686", "birthCountry")).containsExactly("lb");
        assertThat(sdn2024.values("ofac-2686", "passportNumber")).containsExactly("042833");
        assertThat(sdn2024.values("ofac-2686", "gender")).containsExactly("male");
        Statement dob = sdn2024.of("ofac-2686").stream().filter(s -> s.property().equals("birthDate")).findFirst().orElseThrow();
        assertThat(dob.location().toString()).matches("line \\d+ Remarks");
        assertThat(dob.confidence()).isEqualTo(0.9);
    }

    @Test
    void linkedToRemarksBecomeTiesToTheNamedRecord() {
        long ties = sdn2024.statements().stream().filter(s -> s.schema().equals("UnknownLink") && s.isIdStatement()).count();
        assertThat(ties).isGreaterThan(5000);
        assertThat(sdn2024.values("ofac-link-2686-4697", "object")).containsExactly("ofac-4697");
        assertThat(sdn2024.values("ofac-4697", "name")).containsExactly("HIZBALLAH");
    }

    @Test
    void theTrioJoinsEveryAliasToItsRecord() throws Exception {
        long aliasRows;
        try (Reader in = Files.newBufferedReader(TestData.sanctions("ofac_sdn_csv_2021-04-25/alt.csv"), StandardCharsets.ISO_8859_1)) {
            aliasRows = CSVFormat.DEFAULT.parse(in).stream().filter(r -> r.size() == 5).count();
        }
        long aliasStatements = trio2021.statements().stream().filter(s -> s.location().field().equals("alt.csv")).count();
        assertThat(aliasRows).isEqualTo(11_742);
        assertThat(aliasStatements).isEqualTo(aliasRows);
        assertThat(trio2021.values("ofac-36", "alias")).contains("AERO-CARIBBEAN");
    }

    @Test
    void theTrioJoinsAddressesWithAnyContentToTheirRecord() throws Exception {
        long withContent;
        try (Reader in = Files.newBufferedReader(TestData.sanctions("ofac_sdn_csv_2021-04-25/add.csv"), StandardCharsets.ISO_8859_1)) {
            withContent = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).get().parse(in).stream()
                    .filter(r -> r.size() == 6).filter(OfacCsvReaderTest::hasAddress).count();
        }
        long addresses = trio2021.statements().stream().filter(s -> s.schema().equals("Address") && s.isIdStatement()).count();
        assertThat(addresses).isEqualTo(withContent);
        assertThat(trio2021.values("ofac-173", "addressEntity")).containsExactly("ofac-addr-129");
        assertThat(trio2021.values("ofac-addr-129", "full")).containsExactly("Ibex House, The Minories, London EC3N 1DY, United Kingdom");
        assertThat(trio2021.values("ofac-addr-129", "country")).containsExactly("gb");
        assertThat(trio2021.summary().companions()).containsExactlyInAnyOrder("alt.csv", "add.csv");
    }

    private static boolean hasAddress(CSVRecord r) {
        return !(r.get(2).equals("-0-") && r.get(3).equals("-0-") && r.get(4).equals("-0-"));
    }

    @Test
    void valuesThatDoNotCleanAreKeptAsNotesNotLost() {
        // "nationality possibly Palestinian" names no country code, so the whole clause is a note
        boolean kept = sdn2024.statements().stream().anyMatch(s -> s.property().equals("notes")
                && s.value().equals("nationality possibly Palestinian"));
        assertThat(kept).isTrue();
    }
}
