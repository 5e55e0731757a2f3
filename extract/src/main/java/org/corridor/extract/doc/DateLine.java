package org.corridor.extract.doc;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corridor.extract.rules.Dates;

/**
 * A publication date written at the top of a text: a line of its own near the start such as
 * {@code 2025-09-03}, {@code Date: September 3, 2025}, {@code Published 3 September 2025} or
 * {@code 3 de septiembre de 2025}, or a dateline such as {@code WASHINGTON, Sept. 3, 2025 —}.
 */
public final class DateLine {
    private static final Pattern LABEL = Pattern.compile(
            "^(?:(?:date|dated|published(?: on)?|publication date|publish date|updated(?: on)?|fecha|publicado(?: el)?|publicada(?: el)?)\\s*:?\\s*)", Pattern.CASE_INSENSITIVE);

    private static final Pattern LABEL_INSIDE = Pattern.compile("(?i)\\b(?:published|updated|publicado|publicada|actualizado)(?: on| el)?\\s*:");
    /** The parts of a line: "October 19, 2025 · 3 min read", "Apia, Samoa – 30 January 2025" (where it was filed, then when). */
    /** ("General |Author: Sharon Uranie | March 21, 2015, Saturday @ 21:37| 4772 views": bars with or without spaces) */
    private static final Pattern PARTS = Pattern.compile("\\s+[·•–—]\\s+|\\s*\\|\\s*");
    /** Where a report was filed, alone before a dash and the date on a line of its own: "Apia, Samoa – Friday 30 June 2017". */
    private static final Pattern FILED_FROM = Pattern.compile("(?U)^(\\p{Lu}[\\p{L}'’.-]*(?:,?\\s+\\p{Lu}[\\p{L}'’.-]*){0,4})\\s+[–—]\\s+(.{6,40})$");
    /** A time of day after the date: "12:58 am IST", "14:30 GMT", "a las 10:15", "17.11.2025 - 10:42". */
    private static final Pattern TIME = Pattern.compile("(?i)(?:\\s*(?:[,–—-]|//)?\\s+(?:at|a las|@)?\\s*\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?(?:\\s*[ap]\\.?\\s?m\\.?|\\s*h\\.?)?"
            + "(?:\\s+[A-Z]{2,4})?)\\s*$");
    /** The weekday after the date: "August 12, 2024, Monday" (Novinite's "Crime | August 12, 2024, Monday // 15:15"). */
    private static final Pattern WEEKDAY_AFTER = Pattern.compile("(?iU),?\\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
            + "|lunes|martes|miércoles|jueves|viernes|sábado|domingo)\\s*$");
    /** The site's section after the date: "23.07.2024 Category: Regional" (Moldpres). */
    private static final Pattern SECTION_AFTER = Pattern.compile("(?i)\\s+(?:category|categories|section|rubric)\\s*:.*$");
    /** A day written as an ordinal: "28th March 2023", "March 1st, 2023". */
    private static final Pattern ORDINAL_DAY = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)\\b");
    /** A time of day before the date: "13:47 GMT 10.11.2025". */
    /** (and "12:15 / 05.11.2020", the time and the day a slash apart) */
    private static final Pattern LEADING_TIME = Pattern.compile("(?i)^\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?\\s?m\\.?)?(?:\\s+[A-Z]{2,4})?\\s+(?:/\\s+)?(?=\\d)");
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    /** The printed page after the date: "Fri, Dec 23, 2022 - page 6", "12 de mayo de 2025 | Pág. 14". */
    private static final Pattern PRINT_PAGE = Pattern.compile("(?i)\\s+[-–—|]\\s+(?:page|página|pág\\.?|p\\.)\\s*[A-Z]?\\d+\\s*$");

    private DateLine() {
    }

    /** A month in capitals, as some wires print their date line: "2 JUL 2019, 17:40" (TASS). */
    private static final Pattern MONTH_IN_CAPITALS = Pattern.compile("\\b(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC)\\b");

    /**
     * A line's part with its label, time of day, printed page and weekday taken off, an ordinal day made a number and a month
     * in capitals written as a name.
     */
    private static String dateOf(String part) {
        // "Tuesday، 25 April 2023": the Arabic comma of Gulf sites' English pages
        String rest = LABEL.matcher(part.strip().replace('\u060C', ',')).replaceFirst("");
        rest = MONTH_IN_CAPITALS.matcher(rest).replaceAll(m -> m.group(1).charAt(0) + m.group(1).substring(1).toLowerCase(java.util.Locale.ROOT));
        for (Pattern around : new Pattern[] {SECTION_AFTER, TIME, PRINT_PAGE, WEEKDAY_AFTER}) {
            rest = around.matcher(rest).replaceFirst("");
        }
        rest = ORDINAL_DAY.matcher(rest).replaceFirst("$1");
        Matcher yearFirst = YEAR_FIRST.matcher(rest);
        if (yearFirst.matches()) {
            return String.format(java.util.Locale.ROOT, "%s-%02d-%02d", yearFirst.group(1), Integer.parseInt(yearFirst.group(2)),
                    Integer.parseInt(yearFirst.group(3)));
        }
        return HYPHENED.matcher(rest).replaceFirst("$1 $2 $3");
    }

    /** "2024/03/27" (Nepali and East Asian sites): the year first, with slashes or dots. */
    private static final Pattern YEAR_FIRST = Pattern.compile("^((?:19|20)\\d{2})[/.](\\d{1,2})[/.](\\d{1,2})$");
    /** "05-Feb-2014": a day, a month's name and a year joined by hyphens, as press-release services print them. */
    private static final Pattern HYPHENED = Pattern.compile("(?U)^(\\d{1,2})-(\\p{L}{3,9})-((?:19|20)\\d{2})$");

    private static final Pattern BYLINE_ON = Pattern.compile("(?U)(?:By|BY|Por|POR)\\s+\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}"
            + "\\s+(?:on|el)\\s+");

    /** A month and year alone on a line: "April 2019". */
    private static final Pattern MONTH_YEAR = Pattern.compile("(?U)^(\\p{L}{3,10})\\.?\\s+((?:19|20)\\d{2})$");
    /** A paragraph opening with a month and day and a colon: "April 23: Police and customs officers ...". */
    private static final Pattern MONTH_DAY_OPENING = Pattern.compile("(?U)^(\\p{L}{3,10})\\.?\\s+(\\d{1,2})\\s*[:—–-]\\s");

    /**
     * The date and the line it was read from, from the first few non-blank lines. Where the first line is a date and an earlier
     * one follows a few lines down ("September 7, 2024", the site's name, the headline, "March 8, 2024"), the first is the day
     * the site's bar showed when the page was read and the second the report's own.
     */
    public static Optional<LocalDate> find(String text) {
        int[] line = new int[1];
        Optional<LocalDate> first = onLines(text, line);
        if (first.isEmpty() || line[0] != 1) {
            return first;
        }
        int[] under = new int[1];
        Optional<LocalDate> own = onLines(topUnder(text), under);
        return own.isPresent() && own.get().isBefore(first.get()) && under[0] >= 2 ? own : first;
    }

    /**
     * The place a date line of its own names before its date ("Apia, Samoa" in "Apia, Samoa – 30 January 2025"): where the report
     * was filed, which the page names though the line is furniture to the rules; empty for any other line.
     */
    public static Optional<String> filedFrom(String line) {
        Matcher m = FILED_FROM.matcher(line.strip());
        return m.matches() && find(m.group(2)).isPresent() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /**
     * The last day of the month a page gives alone on one of its first lines, where it gives no full date ("May 2022", SeneNews):
     * not the page's day, but one it was published on or after, which gives days told without a year their year.
     */
    public static Optional<LocalDate> monthLine(String text) {
        for (String line : topLines(text)) {
            Matcher monthYear = MONTH_YEAR.matcher(line);
            if (monthYear.matches() && Dates.monthName(monthYear.group(1))) {
                return Dates.date(Integer.parseInt(monthYear.group(2)), Dates.monthNumber(monthYear.group(1)), 1)
                        .map(first -> first.withDayOfMonth(first.lengthOfMonth()));
            }
        }
        return Optional.empty();
    }

    /** The first six non-blank lines among the first twelve, stripped and without a list's bullet. */
    private static List<String> topLines(String text) {
        List<String> lines = new java.util.ArrayList<>();
        for (String raw : LINE_BREAK.split(text, 12)) {
            String line = unbulleted(raw).strip();
            if (!line.isEmpty() && lines.size() < 6) {
                lines.add(line);
            }
        }
        return lines;
    }

    /** The line without a list's bullet before it: "• 2023-08-31" under a headline is the date line "2023-08-31". */
    private static String unbulleted(String line) {
        Matcher bullet = BULLET.matcher(line);
        return bullet.lookingAt() ? line.substring(bullet.end()) : line;
    }

    private static final Pattern BULLET = Pattern.compile("\\s*[•·▪]\\s+");

    /** The short lines under the page's first one, up to five of them, up to the first paragraph (where the report begins). */
    private static String topUnder(String text) {
        StringBuilder top = new StringBuilder();
        int lines = 0;
        boolean firstSeen = false;
        for (String raw : LINE_BREAK.split(text, 24)) {
            String line = unbulleted(raw).strip();
            if (line.isEmpty()) {
                continue;
            }
            if (!firstSeen) {
                firstSeen = true;
                continue;
            }
            if (line.length() > 100 || ++lines > 5) {
                break;
            }
            top.append(line).append('\n');
        }
        return top.toString();
    }

    /** The date of the first of the first six non-blank lines that gives one; {@code lineOf[0]} is set to that line's number. */
    private static Optional<LocalDate> onLines(String text, int[] lineOf) {
        java.util.function.Supplier<DayOrder.Order> order = new java.util.function.Supplier<>() {
            private DayOrder.Order known;

            @Override
            public DayOrder.Order get() {
                known = known != null ? known : DayOrder.of(text);
                return known;
            }
        };
        int seen = 0;
        Integer yearAlone = null;
        for (String line : topLines(text)) {
            seen++;
            Matcher monthYear = MONTH_YEAR.matcher(line);
            if (monthYear.matches() && Dates.monthName(monthYear.group(1))) {
                yearAlone = Integer.valueOf(monthYear.group(2)); // "April 2019", then "April 23: ..." below
                continue;
            }
            Matcher opening = yearAlone == null ? null : MONTH_DAY_OPENING.matcher(line);
            if (opening != null && opening.lookingAt() && Dates.monthName(opening.group(1))) {
                Optional<LocalDate> date = Dates.date(yearAlone, Dates.monthNumber(opening.group(1)), Integer.parseInt(opening.group(2)));
                if (date.isPresent()) {
                    lineOf[0] = seen;
                    return date;
                }
            }
            // "October 19, 2025 · 3 min read", "Published on: Oct 18, 2025 12:58 am IST": the date is one part of the line
            // "Guacamaya, 26 de julio de 2025": a site or a city, then the date
            int comma = line.indexOf(", ");
            List<String> parts = new java.util.ArrayList<>(List.of(PARTS.split(line)));
            if (comma > 0 && comma <= 30) {
                parts.add(line.substring(comma + 2));
            }
            // "By Janene Pieters on February 12, 2020 - 17:00": a byline, then the day it was filed
            Matcher byline = BYLINE_ON.matcher(line);
            if (byline.lookingAt()) {
                parts.add(line.substring(byline.end()).replaceFirst("\\s+[-–—|·]\\s+\\d{1,2}:\\d{2}.*$", ""));
            }
            // "International Desk Published: 5 December 2025, 10:06 AM": a desk or a byline, then the labelled date
            Matcher label = LABEL_INSIDE.matcher(line);
            if (label.find() && label.start() > 0 && label.start() <= 40) {
                parts.add(line.substring(label.start()));
            }
            for (String part : parts) {
                String rest = dateOf(part);
                if (rest.length() <= 40) {
                    boolean labelled = LABEL.matcher(part.strip()).lookingAt();
                    Optional<LocalDate> date = Dates.absolute(rest).or(() -> numeric(rest, order)).or(() -> labelled ? shortYear(rest) : Optional.empty());
                    if (date.isPresent()) {
                        lineOf[0] = seen;
                        return date;
                    }
                }
            }
            if (line.length() <= 80) {
                // "19 de octubre de 2025 a las 06:55 Agencia EFE": a full date opening a short line
                for (Dates.DateMention d : Dates.find(line, 0, null, null)) {
                    if (d.span().start() <= 1 && !d.relative() && "day".equals(d.precision())) {
                        lineOf[0] = seen;
                        return Optional.of(d.date());
                    }
                }
            }
            Optional<LocalDate> numeric = numeric(line, order);
            if (numeric.isPresent()) {
                lineOf[0] = seen;
                return numeric;
            }
            for (Pattern shape : DATELINES) {
                Matcher dateline = shape.matcher(line);
                if (dateline.find()) {
                    Optional<LocalDate> date = Dates.absolute(dateline.group(1));
                    if (date.isPresent()) {
                        lineOf[0] = seen;
                        return date;
                    }
                }
            }
            Matcher yearFirst = YEAR_FIRST_DATELINE.matcher(line);
            if (yearFirst.find()) {
                Optional<LocalDate> date = Dates.absolute(yearFirst.group(2) + " " + yearFirst.group(3) + " " + yearFirst.group(1));
                if (date.isPresent()) {
                    lineOf[0] = seen;
                    return date;
                }
            }
            Matcher agency = AGENCY_DATELINE.matcher(line);
            if (agency.find()) {
                // "Washington, Oct 17 (AFP) Oct 17, 2025": the full date after the credit
                String rest = line.substring(agency.end()).strip();
                Optional<LocalDate> full = rest.length() <= 40 ? Dates.absolute(rest) : Optional.empty();
                if (full.isPresent()) {
                    lineOf[0] = seen;
                    return full;
                }
                Optional<LocalDate> date = agency.group(1) != null ? withTextsYear(text, agency.group(1), agency.group(2))
                        : withTextsYear(text, agency.group(4), agency.group(3));
                if (date.isPresent()) {
                    lineOf[0] = seen;
                    return date;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The day of the last social-media post a page without a date line embeds ("— USCG Southern California (@USCGSoCal)
     * September 26, 2025"): not the page's date, but one it was published on or after, which gives days told without a year
     * their year.
     */
    public static Optional<LocalDate> embeddedPost(String text) {
        Optional<LocalDate> last = Optional.empty();
        for (String raw : LINE_BREAK.split(text)) {
            String line = raw.strip();
            if (line.endsWith(")") || !line.contains("(@")) {
                continue;
            }
            Matcher post = PageFurniture.EMBEDDED_POST.matcher(line);
            if (post.find()) {
                String signature = post.group();
                Optional<LocalDate> day = Dates.absolute(signature.substring(signature.lastIndexOf(')') + 1).strip());
                last = day.isPresent() ? day : last;
            }
        }
        return last;
    }

    /**
     * An agency's dateline with no year: "Ciudad de Guatemala, 12 sep (EFE).- ", "Lima, 19 nov (Prensa Latina) ".
     * Group 1 is the day, group 2 the month. The place may carry its country in brackets: "Guayaquil (Ecuador), 19 ene (EFE).-".
     */
    private static final Pattern AGENCY_DATELINE = Pattern.compile("(?U)^(?:\\p{Lu}[\\p{L}'’.]+(?:\\s+(?:de\\s+|del\\s+)?\\p{Lu}[\\p{L}'’.]+){0,3}"
            + "(?:\\s+\\(\\p{Lu}[\\p{L} ]{2,30}\\))?,\\s+){1,2}"
            + "(?:(\\d{1,2})\\s+(\\p{L}{3,10})|(\\p{L}{3,10})\\.?\\s+(\\d{1,2}))\\.?\\s+\\([^)]{2,30}\\)");
    /** A year the report speaks of: "en 2025", "en lo que va de 2025", "in 2024", "de 2026". */
    private static final Pattern YEAR_SPOKEN = Pattern.compile("(?U)(?i)\\b(?:en|in|de|del|of|since|desde)\\s+((?:19|20)\\d{2})\\b");

    /** The day of the week the report puts its news on: "detuvieron este viernes", "arrested on Friday". */
    private static final Pattern THIS_WEEKDAY = Pattern.compile("(?U)(?i)\\b(?:este|esta|this|on)\\s+(lunes|martes|mi[eé]rcoles|jueves|viernes"
            + "|s[aá]bado|domingo|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");

    /**
     * The dateline's day and month in the year that makes them the weekday the report names ("12 sep (EFE).- ... detuvieron
     * este viernes": the Friday), looked for from the latest year the report speaks of ("detenidas en 2025") to three years
     * after it, as a reader would date it; empty when the report names no year or no weekday, or no year fits.
     */
    private static Optional<LocalDate> withTextsYear(String text, String day, String month) {
        if (!Dates.monthName(month)) {
            return Optional.empty();
        }
        int year = 0;
        Matcher y = YEAR_SPOKEN.matcher(text);
        while (y.find()) {
            year = Math.max(year, Integer.parseInt(y.group(1)));
        }
        Matcher weekday = THIS_WEEKDAY.matcher(text);
        if (year == 0 || !weekday.find()) {
            return Optional.empty();
        }
        java.time.DayOfWeek named = Dates.weekday(weekday.group(1));
        for (int candidate = year; candidate <= year + 3; candidate++) {
            Optional<LocalDate> date = Dates.date(candidate, Dates.monthNumber(month), Integer.parseInt(day));
            if (date.isPresent() && date.get().getDayOfWeek() == named) {
                return date;
            }
        }
        return Optional.empty();
    }

    /**
     * Datelines opening the first paragraph: "WASHINGTON, Sept. 3, 2025 —", and places in title case
     * then the date and ".-" as Spanish-language papers write them ("Washington, Estados Unidos, 29
     * de diciembre de 2025.- El Comando Sur ...").
     */
    private static final List<Pattern> DATELINES = List.of(
            Pattern.compile("(?U)^[\\p{Lu}][\\p{Lu} .,'-]{1,40},\\s*([^—–-]{6,30}?)\\s*[—–-]"),
            // "MIAMI, Fla. (Feb. 21, 2026) —": the date in brackets after the place
            Pattern.compile("(?U)^[\\p{Lu}][\\p{L} .,'-]{1,40}\\(([^()]{6,30})\\)\\s*[—–-]"),
            Pattern.compile("(?U)^(?:\\p{Lu}[\\p{L}'’]+(?:\\s+(?:de\\s+)?\\p{Lu}[\\p{L}'’]+){0,2},\\s+){1,3}"
                    + "(?:a\\s+)?(\\d{1,2}\\s+de\\s+\\p{L}+\\s+de\\s+\\d{4})\\s*\\.?\\s*[—–-]"),
            // "News Americas, WASHINGTON, DC, Aug. 14, 2025: The United States ...": a site, a place, then the date and a colon
            Pattern.compile("(?U)^(?:\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,2},\\s+){1,4}(\\p{L}{3,10}\\.?\\s+\\d{1,2},\\s+\\d{4})"
                    + "\\s*[:—–-]"),
            // "COUTTS, AB, May 2, 2023 /CNW/ -", "NEW YORK, Jan. 5, 2024 /PRNewswire/ --": a wire release's dateline
            Pattern.compile("(?U)^(?:\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,2},\\s+){1,3}(\\p{L}{3,10}\\.?\\s+\\d{1,2},\\s+\\d{4})"
                    + "\\s*/[\\p{L} .-]{2,30}/"),
            // "Jueves 05 de Julio de 2018.- Agentes ...": a weekday, the date and ".-" opening the first paragraph
            Pattern.compile("(?iU)^(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo),?\\s+"
                    + "(\\d{1,2}\\s+de\\s+\\p{L}+\\s+de\\s+\\d{4})\\s*\\.?\\s*[—–-]"));

    /** A dateline with the year before the day and month: "Antananarivo, 2024, 22th May – The National Gendarmerie ..." (Le Défi). */
    private static final Pattern YEAR_FIRST_DATELINE = Pattern.compile("(?U)^\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,2},\\s+"
            + "((?:19|20)\\d{2}),\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s+(\\p{L}{3,10})\\s*[—–-]\\s");

    /**
     * "23/01/2026", "23.01.2026" or "24-02-2026" alone on a line. With dots or dashes the day comes first
     * (as in Europe and Latin America; no site writes the month first that way); with slashes, where either number could be
     * the month, the way the page's language and spelling write dates ({@link DayOrder}), or not at all.
     */
    private static final Pattern NUMERIC = Pattern.compile("^(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})$");

    /** "Published on 12/18/25": the month first and a two-digit year, read only after such a label and where the day is above 12. */
    private static final Pattern SHORT_YEAR = Pattern.compile("^(\\d{1,2})/(\\d{1,2})/(\\d{2})$");

    private static Optional<LocalDate> shortYear(String rest) {
        Matcher m = SHORT_YEAR.matcher(rest.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        return unambiguous(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 2000 + Integer.parseInt(m.group(3)));
    }

    /** The date two numbers give where only one of them can be the month (the other above 12), else empty. */
    private static Optional<LocalDate> unambiguous(int first, int second, int year) {
        if (first > 12 && second <= 12) {
            return Dates.date(year, second, first);
        }
        if (second > 12 && first <= 12) {
            return Dates.date(year, first, second);
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> numeric(String line, java.util.function.Supplier<DayOrder.Order> order) {
        Matcher m = NUMERIC.matcher(LEADING_TIME.matcher(TIME.matcher(line).replaceFirst("").strip()).replaceFirst(""));
        if (!m.matches()) {
            return Optional.empty();
        }
        int first = Integer.parseInt(m.group(1));
        int second = Integer.parseInt(m.group(3));
        int year = Integer.parseInt(m.group(4));
        Optional<LocalDate> one = unambiguous(first, second, year);
        if (one.isPresent()) {
            return one;
        }
        if (m.group(2).equals(".") || m.group(2).equals("-")) {
            return Dates.date(year, second, first);
        }
        // 05/01/2026: the fifth of January or the first of May, as the page's language and spelling tell
        return switch (order.get()) {
            case DAY_FIRST -> Dates.date(year, second, first);
            case MONTH_FIRST -> Dates.date(year, first, second);
            case UNDECIDED -> Optional.empty();
        };
    }
}
