package org.corridor.ingest.ofac;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.corridor.ingest.Sniff;

/** Tells OFAC's three legacy CSV files apart by the shape of their first record. */
final class OfacSniffer {
    enum Kind { SDN, ALT, ADD, NONE }

    private OfacSniffer() {
    }

    static Kind kind(Sniff sniff) {
        String line = sniff.firstLine();
        if (!line.matches("\\d+,.*")) {
            return Kind.NONE;
        }
        List<String> fields;
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(line))
                .setFormat(CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).get()).get()) {
            List<CSVRecord> records = parser.getRecords();
            if (records.isEmpty()) {
                return Kind.NONE;
            }
            fields = records.get(0).toList();
        } catch (IOException | RuntimeException e) {
            return Kind.NONE;
        }
        boolean hasEmptyToken = line.contains("-0-");
        if (fields.size() == 12 && !fields.get(1).matches("\\d+")) {
            return Kind.SDN;
        }
        if (fields.size() == 5 && fields.get(1).matches("\\d+") && fields.get(2).matches("(?i)aka|fka|nka")) {
            return Kind.ALT;
        }
        if (fields.size() == 6 && fields.get(1).matches("\\d+") && hasEmptyToken) {
            return Kind.ADD;
        }
        return Kind.NONE;
    }
}
