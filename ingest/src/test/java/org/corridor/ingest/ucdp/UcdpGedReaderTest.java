package org.corridor.ingest.ucdp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.corridor.ingest.InputFile;
import org.corridor.ingest.Readers;
import org.corridor.ingest.Reading;
import org.corridor.ingest.Sniff;
import org.corridor.model.InputException;
import org.corridor.model.Statement;
import org.corridor.testkit.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UcdpGedReaderTest {
    private static List<String> header;
    private static List<List<String>> rows;

    @TempDir
    Path dir;

    @BeforeAll
    static void parseIndependently() throws IOException {
        try (Reader in = Files.newBufferedReader(TestData.ucdpGedMexico(), StandardCharsets.UTF_8)) {
            List<CSVRecord> records = CSVFormat.DEFAULT.parse(in).getRecords();
            header = records.get(0).toList();
            rows = records.subList(1, records.size()).stream().map(CSVRecord::toList).toList();
        }
    }

    private static int col(String name) {
        return header.indexOf(name);
    }

    @Test
    void everyEventOfTheSharedFileBecomesOneOperationWithItsDeaths() {
        Reading reading = Reading.of(new UcdpGedReader(), TestData.ucdpGedMexico());
        assertThat(reading.summary().records()).isEqualTo(5820);
        List<Statement> ids = reading.statements().stream()
                .filter(s -> s.isIdStatement() && s.schema().equals("Operation")).toList();
        assertThat(ids).hasSize(5820);
        long expectedBest = rows.stream().mapToLong(r -> Long.parseLong(r.get(col("best")))).sum();
        long expectedHigh = rows.stream().mapToLong(r -> Long.parseLong(r.get(col("high")))).sum();
        assertThat(sum(reading, "fatalitiesBest")).isEqualTo(expectedBest);
        assertThat(sum(reading, "fatalitiesHigh")).isEqualTo(expectedHigh);

        List<String> first = rows.get(0);
        String id = "ucdp-ged-" + first.get(col("id"));
        assertThat(reading.values(id, "startDate")).containsExactly(first.get(col("date_start")));
        assertThat(reading.values(id, "latitude")).containsExactly(first.get(col("latitude")));
        assertThat(reading.values(id, "country")).containsExactly("mx");
        assertThat(reading.values(id, "conducting")).containsExactly("ucdp-actor-sinaloa-cartel");
        assertThat(reading.values("ucdp-actor-sinaloa-cartel", "name")).containsExactly("Sinaloa Cartel");
    }

    @Test
    void aCoalitionOnOneSideBecomesEachOfItsMembers() {
        Reading reading = Reading.of(new UcdpGedReader(), TestData.ucdpGedMexico());
        List<String> coalition = rows.stream().filter(r -> r.get(col("side_a")).equals("Gulf Cartel, La Familia, Sinaloa Cartel"))
                .findFirst().orElseThrow();
        assertThat(reading.values("ucdp-ged-" + coalition.get(col("id")), "conducting"))
                .containsExactly("ucdp-actor-gulf-cartel", "ucdp-actor-la-familia", "ucdp-actor-sinaloa-cartel");
    }

    @Test
    void oneSidedViolenceHasNoTargetedOrganisation() {
        Reading reading = Reading.of(new UcdpGedReader(), TestData.ucdpGedMexico());
        List<String> oneSided = rows.stream().filter(r -> r.get(col("type_of_violence")).equals("3")).findFirst().orElseThrow();
        String id = "ucdp-ged-" + oneSided.get(col("id"));
        assertThat(reading.values(id, "targeted")).isEmpty();
        assertThat(reading.values(id, "violenceType")).containsExactly("one-sided");
    }

    @Test
    void aReleaseWithColumnsReorderedAddedAndDatesWithTimesStillReads() throws IOException {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(7));
        List<String> h = new ArrayList<>(order.stream().map(header::get).toList());
        h.add("new_column");
        List<List<String>> body = new ArrayList<>();
        for (List<String> r : rows.subList(0, 50)) {
            List<String> out = new ArrayList<>(order.stream().map(r::get).toList());
            out.add("x");
            int start = h.indexOf("date_start");
            out.set(start, out.get(start) + " 00:00:00.000");
            body.add(out);
        }
        Path file = write("later.csv", h, body);
        assertThat(new Readers().detect(Sniff.of(InputFile.of(file)), false).format()).isEqualTo("ucdp-ged");
        Reading reading = Reading.of(new UcdpGedReader(), file);
        assertThat(reading.summary().records()).isEqualTo(50);
        assertThat(reading.values("ucdp-ged-" + rows.get(0).get(col("id")), "startDate"))
                .containsExactly(rows.get(0).get(col("date_start")));
    }

    @Test
    void aMissingColumnIsNamedAndStillRecognisedAsGed() throws IOException {
        int best = col("best");
        List<String> h = new ArrayList<>(header);
        h.remove(best);
        List<List<String>> body = rows.subList(0, 5).stream().map(r -> {
            List<String> copy = new ArrayList<>(r);
            copy.remove(best);
            return (List<String>) copy;
        }).toList();
        Path file = write("nobest.csv", h, body);
        assertThat(new Readers().detect(Sniff.of(InputFile.of(file)), false).format()).isEqualTo("ucdp-ged");
        assertThatThrownBy(() -> Reading.of(new UcdpGedReader(), file)).isInstanceOf(InputException.class)
                .hasMessageContaining("nobest.csv line 1").hasMessageContaining("no column best");
    }

    @Test
    void aDateRangeEndingBeforeItStartsNamesTheRow() throws IOException {
        Path file = withRow3("backwards.csv", r -> {
            r.set(col("date_end"), "1992-08-01");
            return r;
        });
        assertThatThrownBy(() -> Reading.of(new UcdpGedReader(), file)).isInstanceOf(InputException.class)
                .hasMessageContaining("backwards.csv line 3 (event " + rows.get(1).get(col("id")) + ")")
                .hasMessageContaining("date_end 1992-08-01 is before date_start");
    }

    @Test
    void aNegativeDeathCountNamesTheRowAndColumn() throws IOException {
        Path file = withRow3("negative.csv", r -> {
            r.set(col("deaths_civilians"), "-4");
            return r;
        });
        assertThatThrownBy(() -> Reading.of(new UcdpGedReader(), file)).isInstanceOf(InputException.class)
                .hasMessageContaining("negative.csv line 3").hasMessageContaining("deaths_civilians is -4, a negative death count");
    }

    @Test
    void aDeathCountThatIsNotANumberNamesTheRow() throws IOException {
        Path file = withRow3("words.csv", r -> {
            r.set(col("low"), "several");
            return r;
        });
        assertThatThrownBy(() -> Reading.of(new UcdpGedReader(), file)).isInstanceOf(InputException.class)
                .hasMessageContaining("words.csv line 3").hasMessageContaining("low is 'several'");
    }

    private Path withRow3(String name, UnaryOperator<List<String>> change) throws IOException {
        List<List<String>> body = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            List<String> r = new ArrayList<>(rows.get(i));
            body.add(i == 1 ? change.apply(r) : r);
        }
        return write(name, header, body);
    }

    private Path write(String name, List<String> h, List<List<String>> body) throws IOException {
        StringWriter text = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.DEFAULT)) {
            printer.printRecord(h);
            for (List<String> r : body) {
                printer.printRecord(r);
            }
        }
        Path file = dir.resolve(name);
        Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
        return file;
    }

    private static long sum(Reading reading, String property) {
        return reading.statements().stream().filter(s -> s.property().equals(property))
                .mapToLong(s -> Long.parseLong(s.value())).sum();
    }
}
