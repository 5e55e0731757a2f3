package org.corridor.app;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** CSV as both faces write it: a header, then rows, every cell made safe to open in a spreadsheet. */
public final class CsvText {
    private CsvText() {
    }

    public static String of(List<String> header, List<List<String>> rows) {
        StringWriter buffer = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(buffer, CSVFormat.DEFAULT)) {
            printer.printRecord(header);
            for (List<String> row : rows) {
                for (String cell : row) {
                    printer.print(SpreadsheetSafe.cell(cell));
                }
                printer.println();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toString();
    }
}
