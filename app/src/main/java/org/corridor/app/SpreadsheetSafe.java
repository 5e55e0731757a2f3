package org.corridor.app;

import java.util.regex.Pattern;

/**
 * CSV cells made safe to open in a spreadsheet (OWASP, "CSV Injection"): a text cell that begins
 * with {@code = + - @}, a tab or a carriage return would be read as a formula, so it gets a
 * leading apostrophe, which spreadsheets show as text and do not evaluate. Numbers, negative ones
 * included, are left as they are.
 */
public final class SpreadsheetSafe {
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?|[-+]?Infinity|NaN");

    private SpreadsheetSafe() {
    }

    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        if (!risky || NUMBER.matcher(value).matches()) {
            return value;
        }
        return "'" + value;
    }
}
