package org.corridor.ingest.ucdp;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corridor.model.EntityBuilder;
import org.corridor.model.InputException;
import org.corridor.model.Location;

/**
 * One GED event row, checked: the dates parse and do not run backwards, and every death count is a
 * whole number of zero or more. A row that fails names itself (file, line, event id) and the fix.
 */
final class GedRow {
    /** One side of the event as an organisation; coalitions ("A, B, C") are split into their members. */
    record Actor(String role, String id, String name, String ucdpId, String column) {
    }

    private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ].*)?");
    private static final String[] DATE_PRECISION = {"day", "days", "week", "month", "year"};
    private static final String[] PLACE_PRECISION = {"exact", "near", "district", "region", "area", "country",
        "international"};
    private static final String[] VIOLENCE = {"state-based", "non-state", "one-sided"};

    private final String file;
    private final long line;
    private final ToIntFunction<String> position;
    private final List<String> values;
    private final String id;

    GedRow(String file, long line, ToIntFunction<String> position, List<String> values) {
        this.file = file;
        this.line = line;
        this.position = position;
        this.values = values;
        this.id = value("id");
        if (id == null) {
            throw new InputException(file + " line " + line + ": the id column is empty; every GED event needs its UCDP id");
        }
        if (!id.matches("[A-Za-z0-9._-]{1,100}")) {
            throw new InputException(where() + ": the id '" + id + "' is not a UCDP event id (digits)");
        }
    }

    String operationId() {
        return "ucdp-ged-" + id;
    }

    Location at(String column) {
        return UcdpGedReader.where(line, column);
    }

    /** Writes everything but the actors onto the Operation. */
    void describe(EntityBuilder op) {
        LocalDate start = date("date_start");
        LocalDate end = date("date_end");
        if (end.isBefore(start)) {
            throw new InputException(where() + ": date_end " + end + " is before date_start " + start
                    + "; correct the dates in that row (nothing from this file was stored)");
        }
        long low = count("low", true);
        long best = count("best", true);
        long high = count("high", true);
        String dyad = value("dyad_name");
        op.add("name", (dyad != null ? dyad : value("side_a") + " - " + value("side_b")) + " (" + start + ")", at(null));
        String violence = value("type_of_violence");
        op.add("operationType", "3".equals(violence) ? "other" : "clash", at("type_of_violence"));
        op.add("violenceType", coded(violence, VIOLENCE), at("type_of_violence"));
        op.add("startDate", start.toString(), at("date_start"));
        op.add("endDate", end.toString(), at("date_end"));
        op.add("datePrecision", coded(value("date_prec"), DATE_PRECISION), at("date_prec"));
        op.add("country", value("country"), at("country"));
        op.add("location", value("where_description"), at("where_description"));
        op.add("region", value("adm_1"), at("adm_1"));
        op.add("district", value("adm_2"), at("adm_2"));
        addCoordinates(op);
        op.add("placePrecision", coded(value("where_prec"), PLACE_PRECISION), at("where_prec"));
        op.add("fatalitiesLow", Long.toString(low), at("low"));
        op.add("fatalitiesBest", Long.toString(best), at("best"));
        op.add("fatalitiesHigh", Long.toString(high), at("high"));
        addCount(op, "fatalitiesConducting", "deaths_a");
        addCount(op, "fatalitiesTargeted", "deaths_b");
        addCount(op, "fatalitiesCivilians", "deaths_civilians");
        addCount(op, "fatalitiesUnknown", "deaths_unknown");
        op.add("recordId", value("relid"), at("relid"));
        op.add("publisher", "UCDP Georeferenced Event Dataset", at(null));
        op.add("conflictName", value("conflict_name"), at("conflict_name"));
        op.add("dyadName", dyad, at("dyad_name"));
        op.add("sourceArticle", value("source_article"), at("source_article"));
        op.add("sourceOffice", value("source_office"), at("source_office"));
        op.add("sourceDate", value("source_date"), at("source_date"));
        op.add("sourceHeadline", value("source_headline"), at("source_headline"));
        op.add("sourceOriginal", value("source_original"), at("source_original"));
        String sources = value("number_of_sources");
        if (sources != null && !sources.startsWith("-")) {
            op.add("numberOfSources", sources, at("number_of_sources"));
        }
        String clarity = value("event_clarity");
        op.add("eventClarity", "1".equals(clarity) ? "clear" : "2".equals(clarity) ? "lower" : clarity, at("event_clarity"));
    }

    /** Side A conducts, side B is targeted; in a one-sided event side B is "Civilians", not an organisation. */
    List<Actor> actors() {
        List<Actor> out = new ArrayList<>();
        addActors(out, "conducting", "side_a", "side_a_new_id");
        if (!"3".equals(value("type_of_violence"))) {
            addActors(out, "targeted", "side_b", "side_b_new_id");
        }
        return out;
    }

    private void addActors(List<Actor> out, String role, String column, String idColumn) {
        String names = value(column);
        if (names == null) {
            return;
        }
        String[] members = names.split(",\\s*");
        for (String member : members) {
            String name = member.strip();
            if (!name.isEmpty()) {
                out.add(new Actor(role, "ucdp-actor-" + slug(name), name, members.length == 1 ? value(idColumn) : null,
                        column));
            }
        }
    }

    private void addCoordinates(EntityBuilder op) {
        String lat = value("latitude");
        String lon = value("longitude");
        if (lat == null || lon == null) {
            return;
        }
        try {
            double latitude = Double.parseDouble(lat);
            double longitude = Double.parseDouble(lon);
            if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
                throw new InputException(where() + ": latitude " + lat + ", longitude " + lon
                        + " is not a place on Earth; correct the coordinates in that row");
            }
        } catch (NumberFormatException e) {
            throw new InputException(where() + ": latitude '" + lat + "' or longitude '" + lon
                    + "' is not a decimal number; correct the coordinates in that row", e);
        }
        op.add("latitude", lat, at("latitude"));
        op.add("longitude", lon, at("longitude"));
    }

    private void addCount(EntityBuilder op, String property, String column) {
        if (value(column) != null) {
            op.add(property, Long.toString(count(column, false)), at(column));
        }
    }

    private long count(String column, boolean required) {
        String raw = value(column);
        if (raw == null) {
            if (required) {
                throw new InputException(where() + ": " + column + " is empty; GED gives low, best and high deaths for "
                        + "every event, so fill it in");
            }
            return 0;
        }
        String text = raw.endsWith(".0") ? raw.substring(0, raw.length() - 2) : raw;
        long n;
        try {
            n = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new InputException(where() + ": " + column + " is '" + raw
                    + "', not a whole number of deaths; correct that row", e);
        }
        if (n < 0) {
            throw new InputException(where() + ": " + column + " is " + n
                    + ", a negative death count; correct that row (nothing from this file was stored)");
        }
        return n;
    }

    private LocalDate date(String column) {
        String raw = value(column);
        if (raw == null) {
            throw new InputException(where() + ": " + column + " is empty; every GED event has start and end dates");
        }
        Matcher m = ISO_DAY.matcher(raw);
        try {
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
        } catch (DateTimeException e) {
            // falls through to the error below
        }
        throw new InputException(where() + ": " + column + " '" + raw + "' is not a date; write it as YYYY-MM-DD");
    }

    private String value(String column) {
        int i = position.applyAsInt(column);
        if (i < 0 || i >= values.size()) {
            return null;
        }
        String v = values.get(i).strip();
        return v.isEmpty() || v.equalsIgnoreCase("NA") ? null : v;
    }

    private String where() {
        return file + " line " + line + " (event " + id + ")";
    }

    private static String coded(String code, String[] words) {
        if (code == null) {
            return null;
        }
        try {
            int i = Integer.parseInt(code);
            return i >= 1 && i <= words.length ? words[i - 1] : code;
        } catch (NumberFormatException e) {
            return code;
        }
    }

    static String slug(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        s = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (s.isEmpty()) {
            s = Integer.toHexString(name.hashCode());
        }
        return s.length() > 150 ? s.substring(0, 150) : s;
    }
}
