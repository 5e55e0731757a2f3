package org.corridor.model.schema;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as precise as its source: a year, a month, a day, or a moment to the second, written
 * as an ISO 8601 prefix ({@code 1960}, {@code 1960-08}, {@code 1960-08-31},
 * {@code 2023-04-20T18:00:25}) as FollowTheMoney does. A value is never made more precise than
 * its source said.
 */
public record DateValue(String iso, Precision precision) {
    public enum Precision { YEAR, MONTH, DAY, SECOND }

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?)?)?)?");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})[ -]([A-Za-z]{3,9})\\.?[ -,]*(\\d{4})");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("([A-Za-z]{3,9})\\.? (\\d{1,2}),? (\\d{4})");
    private static final Pattern MONTH_YEAR = Pattern.compile("([A-Za-z]{3,9})\\.?,? (\\d{4})");
    private static final Pattern DMY_NUMERIC = Pattern.compile("(\\d{1,2})[./](\\d{1,2})[./](\\d{4})");
    private static final Map<String, Integer> MONTHS = months();

    /** Parses the date forms seen in sanctions lists and news; refuses anything else. */
    public static Cleaned clean(String raw) {
        String text = raw.strip();
        if (text.regionMatches(true, 0, "circa ", 0, 6)) {
            text = text.substring(6).strip();
        }
        try {
            DateValue date = parse(text);
            return date == null ? Cleaned.refused("'" + raw + "' is not a date (write it as YYYY, YYYY-MM or YYYY-MM-DD)")
                    : Cleaned.ok(date.iso());
        } catch (DateTimeException e) {
            return Cleaned.refused("'" + raw + "' is not a calendar date");
        }
    }

    public static DateValue parse(String text) {
        Matcher m = ISO.matcher(text);
        if (m.matches()) {
            return fromIso(m);
        }
        m = DAY_MONTH_YEAR.matcher(text);
        if (m.matches() && month(m.group(2)) > 0) {
            return day(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
        }
        m = MONTH_DAY_YEAR.matcher(text);
        if (m.matches() && month(m.group(1)) > 0) {
            return day(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
        }
        m = MONTH_YEAR.matcher(text);
        if (m.matches() && month(m.group(1)) > 0) {
            YearMonth ym = YearMonth.of(Integer.parseInt(m.group(2)), month(m.group(1)));
            return new DateValue(ym.toString(), Precision.MONTH);
        }
        m = DMY_NUMERIC.matcher(text);
        if (m.matches()) {
            return day(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        }
        return null;
    }

    private static DateValue fromIso(Matcher m) {
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) == null) {
            return new DateValue(m.group(1), Precision.YEAR); // four ASCII digits already
        }
        int month = Integer.parseInt(m.group(2));
        if (m.group(3) == null) {
            return new DateValue(YearMonth.of(year, month).toString(), Precision.MONTH);
        }
        int dayOfMonth = Integer.parseInt(m.group(3));
        if (m.group(4) == null) {
            return day(year, month, dayOfMonth);
        }
        int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
        LocalDateTime time = LocalDateTime.of(year, month, dayOfMonth,
                Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), second);
        String zone = m.group(7);
        if (zone != null && !zone.equals("Z")) {
            ZoneOffset offset = ZoneOffset.of(zone.length() == 5 ? zone.substring(0, 3) + ":" + zone.substring(3) : zone);
            time = time.atOffset(offset).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        }
        return new DateValue(time.truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME),
                Precision.SECOND);
    }

    private static DateValue day(int year, int month, int dayOfMonth) {
        return new DateValue(LocalDate.of(year, month, dayOfMonth).toString(), Precision.DAY);
    }

    private static int month(String name) {
        return MONTHS.getOrDefault(name.toLowerCase(Locale.ROOT), 0);
    }

    private static Map<String, Integer> months() {
        String[][] names = {
            {"jan", "january", "ene", "enero"}, {"feb", "february", "febrero"}, {"mar", "march", "marzo"},
            {"apr", "april", "abr", "abril"}, {"may", "mayo"}, {"jun", "june", "junio"}, {"jul", "july", "julio"},
            {"aug", "august", "ago", "agosto"}, {"sep", "sept", "september", "septiembre", "setiembre"},
            {"oct", "october", "octubre"}, {"nov", "november", "noviembre"}, {"dec", "december", "dic", "diciembre"}};
        Map<String, Integer> map = new java.util.HashMap<>();
        for (int i = 0; i < names.length; i++) {
            for (String n : names[i]) {
                map.put(n, i + 1);
            }
        }
        return Map.copyOf(map);
    }
}
