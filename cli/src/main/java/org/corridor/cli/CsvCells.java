package org.corridor.cli;

import org.corridor.app.SpreadsheetSafe;

/**
 * One CSV cell appended to a buffer, quoted exactly when commons-csv's default format would quote
 * it (so streamed output equals what {@link Output#csv} prints): when it is empty, starts with a
 * character up to '#', ends with white space, or holds a comma, a quote or a line break. Text that
 * a spreadsheet would run as a formula is neutralised first ({@link SpreadsheetSafe}).
 */
final class CsvCells {
    private CsvCells() {
    }

    static void append(StringBuilder sb, String raw) {
        String value = SpreadsheetSafe.cell(raw);
        if (!needsQuotes(value)) {
            sb.append(value);
            return;
        }
        sb.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                sb.append('"');
            }
            sb.append(c);
        }
        sb.append('"');
    }

    static boolean needsQuotes(String value) {
        int n = value.length();
        if (n == 0 || value.charAt(0) <= '#' || value.charAt(n - 1) <= ' ') {
            return true;
        }
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }
}
