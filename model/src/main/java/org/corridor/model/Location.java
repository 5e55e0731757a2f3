package org.corridor.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where in its source a statement was read: a line (CSV row, JSON line), optionally a field on
 * it, or a character span in a document, optionally with the span of the sentence that holds it.
 * Stored as a short text such as {@code line 12}, {@code line 12 Remarks}, {@code chars 140-171}
 * or {@code chars 140-171 in 120-230}. Character offsets count Unicode code points from the start
 * of the document's text as Corridor stored it (see {@code corridor show}).
 */
public record Location(Kind kind, long start, long end, String field) {
    public enum Kind { NONE, LINE, SPAN }

    public static final Location NONE = new Location(Kind.NONE, 0, 0, "");
    private static final Pattern LINE = Pattern.compile("line (\\d+)(?: (.+))?");
    private static final Pattern SPAN = Pattern.compile("chars (\\d+)-(\\d+)(?: in (\\d+)-(\\d+))?");

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

    /** A span and the sentence around it. */
    public static Location span(long start, long end, long sentenceStart, long sentenceEnd) {
        if (sentenceStart > start || sentenceEnd < end) {
            throw new IllegalArgumentException("the sentence " + sentenceStart + "-" + sentenceEnd + " must hold the span " + start + "-" + end);
        }
        return new Location(Kind.SPAN, start, end, sentenceStart + "-" + sentenceEnd);
    }

    /** The sentence's start and end for a span that has one, else null. */
    public long[] sentence() {
        if (kind != Kind.SPAN || field.isEmpty()) {
            return null;
        }
        String[] parts = field.split("-");
        return new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1])};
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
            return span.group(3) == null ? span(Long.parseLong(span.group(1)), Long.parseLong(span.group(2)))
                    : span(Long.parseLong(span.group(1)), Long.parseLong(span.group(2)), Long.parseLong(span.group(3)),
                            Long.parseLong(span.group(4)));
        }
        throw new IllegalArgumentException("not a location: " + text);
    }

    @Override
    public String toString() {
        return switch (kind) {
            case NONE -> "";
            case LINE -> field.isEmpty() ? "line " + start : "line " + start + " " + field;
            case SPAN -> field.isEmpty() ? "chars " + start + "-" + end : "chars " + start + "-" + end + " in " + field;
        };
    }
}
