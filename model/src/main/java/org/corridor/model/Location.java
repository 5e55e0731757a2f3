package org.corridor.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where in its source a statement was read: a line (CSV row, JSON line), optionally a field on
 * it, or a character span in a document. Stored as a short text such as {@code line 12},
 * {@code line 12 Remarks} or {@code chars 140-171}.
 */
public record Location(Kind kind, long start, long end, String field) {
    public enum Kind { NONE, LINE, SPAN }

    public static final Location NONE = new Location(Kind.NONE, 0, 0, "");
    private static final Pattern LINE = Pattern.compile("line (\\d+)(?: (.+))?");
    private static final Pattern SPAN = Pattern.compile("chars (\\d+)-(\\d+)");

    public Location {
        field = field == null ? "" : field;
        if (kind == Kind.SPAN && (start < 0 || end < start)) {
            throw new IllegalArgumentException("a span needs 0 <= start <= end, got " + start + "-" + end);
        }
    }

    public static Location line(long line) {
        return new Location(Kind.LINE, line, line, "");
    }

    public static Location line(long line, String field) {
        return new Location(Kind.LINE, line, line, field);
    }

    public static Location span(long start, long end) {
        return new Location(Kind.SPAN, start, end, "");
    }

    public static Location parse(String text) {
        if (text == null || text.isEmpty()) {
            return NONE;
        }
        Matcher line = LINE.matcher(text);
        if (line.matches()) {
            return line(Long.parseLong(line.group(1)), line.group(2));
        }
        Matcher span = SPAN.matcher(text);
        if (span.matches()) {
            return span(Long.parseLong(span.group(1)), Long.parseLong(span.group(2)));
        }
        throw new IllegalArgumentException("not a location: " + text);
    }

    @Override
    public String toString() {
        return switch (kind) {
            case NONE -> "";
            case LINE -> field.isEmpty() ? "line " + start : "line " + start + " " + field;
            case SPAN -> "chars " + start + "-" + end;
        };
    }
}
