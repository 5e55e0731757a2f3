package org.corridor.extract.rules;

import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corridor.extract.text.Cues;
import org.corridor.extract.text.Span;
import org.corridor.extract.text.WordIndex;

/**
 * Dates written in English and Spanish news, resolved to calendar dates. Absolute dates
 * ("September 2", "2 de septiembre de 2025") without a year take the latest year that does not put
 * them after publication. Weekdays ("on Tuesday", "el martes") are the latest such day on or before
 * publication. "Yesterday"/"ayer" and "N days ago"/"hace N días" count back from publication;
 * "the day prior", "two days later", "un día antes", "dos días después" count from the last date
 * the document mentioned before (the anchor), or publication when there is none.
 */
public final class Dates {
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7), Map.entry("jul", 7), Map.entry("august", 8),
            Map.entry("aug", 8), Map.entry("september", 9), Map.entry("sept", 9), Map.entry("sep", 9),
            Map.entry("october", 10), Map.entry("oct", 10), Map.entry("november", 11), Map.entry("nov", 11),
            Map.entry("december", 12), Map.entry("dec", 12), Map.entry("enero", 1), Map.entry("febrero", 2),
            Map.entry("marzo", 3), Map.entry("abril", 4), Map.entry("mayo", 5), Map.entry("junio", 6), Map.entry("julio", 7),
            Map.entry("agosto", 8), Map.entry("septiembre", 9), Map.entry("setiembre", 9), Map.entry("octubre", 10),
            Map.entry("noviembre", 11), Map.entry("diciembre", 12), Map.entry("ene", 1), Map.entry("abr", 4), Map.entry("ago", 8),
            Map.entry("dic", 12));
    private static final Map<String, DayOfWeek> WEEKDAYS = Map.ofEntries(
            Map.entry("monday", DayOfWeek.MONDAY), Map.entry("tuesday", DayOfWeek.TUESDAY),
            Map.entry("wednesday", DayOfWeek.WEDNESDAY), Map.entry("thursday", DayOfWeek.THURSDAY),
            Map.entry("friday", DayOfWeek.FRIDAY), Map.entry("saturday", DayOfWeek.SATURDAY),
            Map.entry("sunday", DayOfWeek.SUNDAY), Map.entry("lunes", DayOfWeek.MONDAY), Map.entry("martes", DayOfWeek.TUESDAY),
            Map.entry("miercoles", DayOfWeek.WEDNESDAY), Map.entry("jueves", DayOfWeek.THURSDAY),
            Map.entry("viernes", DayOfWeek.FRIDAY), Map.entry("sabado", DayOfWeek.SATURDAY), Map.entry("domingo", DayOfWeek.SUNDAY));

    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?"
            + "|[Ee]nero|[Ff]ebrero|[Mm]arzo|[Aa]bril|[Mm]ayo|[Jj]unio|[Jj]ulio|[Aa]gosto|[Ss]eptiembre|[Ss]etiembre|[Oo]ctubre"
            + "|[Nn]oviembre|[Dd]iciembre|[Ee]ne\\.?|[Aa]br\\.?|[Aa]go\\.?|[Dd]ic\\.?|feb\\.?|jun\\.?|jul\\.?|sept?\\.?|oct\\.?|nov\\.?)";
    private static final String WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
            + "|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)";
    private static final String COUNT = "(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|a|un|uno|una|dos|tres|cuatro"
            + "|cinco|seis|siete|ocho|nueve|diez)";

    private static final Pattern ISO = Pattern.compile("(?U)\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    /** "September 2, 2025"; "febrero 15 de 2026", as Colombian sites write their dates. */
    private static final Pattern MONTH_DAY = Pattern.compile("(?U)\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(?:de\\s+)?(\\d{4}))?");
    /** "5 de febrero de 2026", "29 abr. 2025" (a month cut short, with its dot, before the year). */
    private static final Pattern DAY_MONTH = Pattern.compile("(?U)\\b(\\d{1,2})(?:º|°|st|nd|rd|th)?\\s+(?:de\\s+)?" + MONTH
            + "\\b(?:\\.?,?\\s+(?:de(?:l)?\\s+)?(\\d{4}))?");
    /** The year after a month said relative to the page's: "last year", "del año pasado" (group 1), "this year", "de este año". */
    private static final Pattern RELATIVE_YEAR = Pattern.compile("(?U)(?i)^,?\\s+(?:(?:of\\s+)?(last year|the previous year|the year before"
            + "|del año pasado|del año anterior|de(?:l)? año pasado)|(?:of\\s+)?this year|de este año|del presente año)\\b");
    /** "the January attack", "the October strikes": an event named by its month. */
    private static final String MONTHS_EVENT = "the(?=\\s+(?-i:" + MONTH.replaceFirst("^\\(", "(?:") + ")\\s+(?:attack|strike|raid|operation|assault"
            + "|capture|arrest|seizure|bust)s?\\b)";
    private static final Pattern MONTH_ONLY = Pattern.compile("(?U)\\b(?i:in|during|since|last|en|durante|desde|de|(?:end|beginning|start|middle)\\s+of|"
            + MONTHS_EVENT + ")\\s+(?:early\\s+|late\\s+|mid-)?"
            + MONTH + "\\b(?:,?\\s+(?:de(?:l)?\\s+)?(\\d{4}))?");
    private static final Pattern WEEKDAY_REF = Pattern.compile("(?U)\\b(?:on\\s+|last\\s+|el\\s+(?:pasado\\s+)?|este\\s+)?"
            + WEEKDAY + "\\b(?:\\s+(?:pasado|night|morning|evening|por la (?:noche|mañana|tarde)))?", Pattern.CASE_INSENSITIVE);
    private static final Pattern YESTERDAY = Pattern.compile("(?U)\\b(yesterday|last night|ayer|anoche|anteayer|antier)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TODAY = Pattern.compile("(?U)\\b(today|this morning|earlier today|tonight|hoy|esta mañana)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern BEFORE_ANCHOR = Pattern.compile("(?U)\\b(the day (?:prior|before)|the previous day|a day earlier"
            + "|the prior day|el d[ií]a (?:anterior|previo|antes)|un d[ií]a antes)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern AFTER_ANCHOR = Pattern.compile("(?U)\\b(the (?:next|following) day|a day later|the day after"
            + "|al d[ií]a siguiente|el d[ií]a siguiente|un d[ií]a despu[eé]s)\\b", Pattern.CASE_INSENSITIVE);
    // "placed under arrest for 30 days after officers found ...": a term served, not a day counted (the "for" before it)
    private static final Pattern DAYS_LATER = Pattern.compile("(?U)(?<!\\b(?:for|within)\\s)\\b" + COUNT
            + "\\s+(days?|weeks?|d[ií]as?|semanas?)\\s+(later|after|afterwards|earlier|before|ago|despu[eé]s|m[aá]s tarde|antes)\\b"
            // "came a week after the ministry said ...", "dos días después de la redada": counted from another event, not read
            + "(?!(?<=after|before|despu[eé]s|antes)\\s+(?:the|a|an|his|her|their|its|he|she|they|it|de|del|que|el|la|los|las|su|sus)\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTHS_LATER = Pattern.compile("(?U)\\b" + COUNT
            + "\\s+(months?|mes(?:es)?)\\s+(later|afterwards|earlier|ago|despu[eé]s|m[aá]s tarde|antes)\\b(?!\\s+(?:de|del|que)\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern THAT_YEAR = Pattern.compile("(?U)(?i)\\s+(?:of\\s+)?(?:that|the same|that same)\\s+year|\\s+(?:de\\s+|del\\s+)?"
            + "(?:ese|aquel|mismo)\\s+(?:mismo\\s+)?año");
    private static final Pattern SOME_DAYS = Pattern.compile("(?U)(?i)(?<!\\d\\s|\\p{L}\\s)\\b(?:(?:some|a few|several|unos|algunos|pocos)\\s+)?"
            + "(?:days|días|dias)\\s+(?:earlier|before|later|after|antes|después|despues|más tarde)\\b");
    private static final Pattern VAGUE = Pattern.compile("(?U)(?i)\\b((?:earlier |late |later )?this week|last week|the week before|the previous week"
            + "|la semana anterior|(?:over |during |at )?"
            + "(?:the|this|last) weekend|(?:earlier |early )?this month|esta semana|la semana pasada|(?:el|este|el pasado) fin de semana"
            + "|a (?:principios|comienzos) de (?:este|esta) (?:mes|semana)|(?:a )?(?:principios|comienzos) de mes|este mes"
            + "|last month|the previous month|the month before|el mes pasado|el pasado mes|el mes anterior)\\b"
            // "el pasado mes de noviembre" names its month
            + "(?!\\s+de\\s+\\p{L})");
    private static final Pattern THIS_YEAR = Pattern.compile("(?U)(?i)\\b(?:(?:earlier|early|late|later)\\s+)?this\\s+year\\b"
            + "|\\b(?:(?:a\\s+)?(?:principios|comienzos|inicios|finales)\\s+de\\s+)?este\\s+año\\b");
    private static final Pattern DAY_OF_THE_MONTH = Pattern.compile("(?U)(?i)\\bel\\s+(?:pasado\\s+)?d[ií]a\\s+(\\d{1,2})(?!\\d|[.,:]\\d)(?!\\s+(?:de|del)\\b)");
    private static final Pattern DAY_RANGE = Pattern.compile("(?U)(?i)\\b(?:between|from|entre(?:\\s+el)?|del)\\s+\\d{1,2}\\s+(?:and|to|y|al)"
            + "\\s+(?:el\\s+)?(\\d{1,2})\\s+(?:de\\s+)?" + MONTH + "(?:,?\\s+(?:de\\s+)?(\\d{4}))?\\b");
    private static final Pattern WEEKDAY_BEFORE = Pattern.compile("(?U)(?i)\\b" + WEEKDAY + "\\s+(?:de\\s+)?$");
    private static final Pattern AGO_ES = Pattern.compile("(?U)\\bhace\\s+" + COUNT + "\\s+(d[ií]as?|semanas?)\\b", Pattern.CASE_INSENSITIVE);
    /** Days the calendar names: "en la víspera de Año Nuevo", "on New Year's Eve", "en Nochebuena", "on Christmas Day". */
    private static final Pattern HOLIDAY = Pattern.compile("(?U)(?i)\\b(v[ií]spera de a[ñn]o nuevo|nochevieja|new year'?s eve|d[ií]a de a[ñn]o nuevo"
            + "|new year'?s day|nochebuena|christmas eve|d[ií]a de navidad|christmas day)\\b");

    /** "that afternoon", "the same day", "esa tarde", "ese mismo día": the day last named. */
    private static final Pattern THAT_DAY = Pattern.compile("(?U)(?i)\\b(?:(?:that|the same)\\s+(?:afternoon|morning|evening|night|day)"
            + "|(?:esa|aquella|la misma)\\s+(?:misma\\s+)?(?:tarde|mañana|noche)|(?:ese|aquel|el mismo)\\s+(?:mismo\\s+)?día)\\b");

    /** "in 2019", "en 2019", "en el año 2019": a year alone, not the start of a longer date ("in 2019-20", "en 2019/2020"). */
    private static final Pattern IN_YEAR = Pattern.compile("(?U)(?i)\\b(?:in|en|en el año|during|durante)\\s+((?:19|20)\\d{2})\\b"
            + "(?!\\s*[-–/]\\s*\\d)");

    /** "detenido hace casi tres años", "arrested nearly three years ago", "about a year ago": a year, counted back from publication. */
    private static final Pattern YEARS_AGO = Pattern.compile("(?U)\\b(?:hace\\s+(?:casi\\s+|unos\\s+|más de\\s+|poco más de\\s+)?" + COUNT
            + "\\s+años?|(?:nearly\\s+|almost\\s+|about\\s+|some\\s+|more than\\s+)?" + COUNT.replace("(", "(?<n>") + "\\s+years?\\s+ago)\\b",
            Pattern.CASE_INSENSITIVE);

    /** Cue words (see {@link Cues}) every weekday name contains. */
    private static final String[] WEEKDAY_CUES = {"day", "lunes", "martes", "rcoles", "jueves", "viernes", "bado", "domingo"};
    /** Cue words every relative date contains. */
    private static final String[] RELATIVE_CUES = {"day", "ayer", "anoche", "antier", "today", "night", "this morning", "hoy",
        "mañana", "lunes", "martes", "rcoles", "jueves", "viernes", "bado", "domingo", "día", "dia", "week", "semana", "hace", "month",
        " mes", "years ago", "year ago", "año nuevo", "ano nuevo", "nochevieja", "new year", "nochebuena", "christmas", "navidad", "afternoon", "morning", "evening", "tarde", "this year", "este año", "este ano"};

    private Dates() {
    }

    /** A date written in a text, resolved. Precision is {@code day}, {@code month} or {@code year}. */
    public record DateMention(Span span, LocalDate date, String precision, boolean relative) {
        public String value() {
            return switch (precision) {
                case "month" -> YearMonth.from(date).toString();
                case "year" -> String.valueOf(date.getYear());
                default -> date.toString();
            };
        }
    }

    /** A weekday before a date line's date, written out or cut short: "Friday, 2 May 2025", "Tue 25 Jul 2023". */
    private static final Pattern LEADING_WEEKDAY = Pattern.compile("^(?i)(?:" + WEEKDAY + "|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|Lun|Mié|Mie"
            + "|Jue|Vie|Sáb|Sab|Dom)\\.?)(?=[,\\s]),?\\s+");
    private static final Pattern TRAILING_MARK = Pattern.compile("[.,]$");

    /** A whole string that is one full date (with a year), such as a date line. */
    public static Optional<LocalDate> absolute(String text) {
        String s = TRAILING_MARK.matcher(LEADING_WEEKDAY.matcher(text.strip()).replaceFirst("")).replaceAll("");
        Matcher m = ISO.matcher(s);
        if (m.matches()) {
            return date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        m = MONTH_DAY.matcher(s);
        if (m.matches() && m.group(3) != null) {
            return date(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
        }
        m = DAY_MONTH.matcher(s);
        if (m.matches() && m.group(3) != null) {
            return date(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
        }
        return Optional.empty();
    }

    /**
     * The dates written in {@code sentence} (which starts at {@code offset} in the document), in
     * order, resolved against publication and the anchor. Returns nothing when neither is known
     * and the date needs them.
     */
    public static List<DateMention> find(String sentence, int offset, LocalDate published, LocalDate anchor) {
        return find(sentence, offset, published, anchor, null);
    }

    /**
     * As {@link #find(String, int, LocalDate, LocalDate)}, with a day the text was written on or after ({@code notBefore}) that
     * gives a day or month told without a year its year when neither publication nor an anchor is known; nothing else is
     * reckoned from it ("that day" is not that day).
     */
    public static List<DateMention> find(String sentence, int offset, LocalDate published, LocalDate anchor, LocalDate notBefore) {
        LocalDate bound = published != null || anchor != null ? published : notBefore;
        List<DateMention> found = new ArrayList<>();
        LocalDate base = anchor != null ? anchor : published;
        String lower = Cues.lower(sentence);
        boolean digits = Cues.hasDigit(sentence);
        boolean months = hasMonthWord(sentence, lower);
        if (!digits && !months && !Cues.any(lower, RELATIVE_CUES)) {
            return found;
        }
        Matcher m = ISO.matcher(digits ? sentence : "");
        while (m.find()) {
            date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))
                    .ifPresent(d -> add(found, m, offset, d, "day", false));
        }
        Matcher dayAlone = digits && published != null && Cues.any(lower, "día", "dia") ? DAY_OF_THE_MONTH.matcher(sentence) : null;
        while (dayAlone != null && dayAlone.find()) {
            // "fueron los primeros, el día 13": a day of the page's month, or of the month before when it is still to come
            int day = Integer.parseInt(dayAlone.group(1));
            LocalDate month = day > published.getDayOfMonth() ? published.minusMonths(1) : published;
            MatchResult at = dayAlone.toMatchResult();
            date(month.getYear(), month.getMonthValue(), day).ifPresent(d -> add(found, at, offset, d, "day", true));
        }
        WordIndex words = digits || months || Cues.any(lower, WEEKDAY_CUES) || Cues.any(lower, "day", "día", "dia", "week", "semana")
                ? new WordIndex(sentence) : null;
        for (MatchResult md : digits && months ? monthDays(sentence, words) : List.<MatchResult>of()) {
            int day = Integer.parseInt(md.group(2));
            Optional<LocalDate> d = md.group(3) != null ? date(Integer.parseInt(md.group(3)), month(md.group(1)), day)
                    : withoutYear(month(md.group(1)), day, bound, anchor);
            d.ifPresent(v -> add(found, md, offset, v, "day", md.group(3) == null));
        }
        for (MatchResult dm : digits && months ? dayMonths(sentence, words) : List.<MatchResult>of()) {
            int day = Integer.parseInt(dm.group(1));
            Optional<LocalDate> d = dm.group(3) != null ? date(Integer.parseInt(dm.group(3)), month(dm.group(2)), day)
                    : withoutYear(month(dm.group(2)), day, bound, anchor);
            d.ifPresent(v -> add(found, dm, offset, v, "day", dm.group(3) == null));
        }
        Matcher range = digits && months && Cues.any(lower, "between", "from", "entre", "del ") ? DAY_RANGE.matcher(sentence) : null;
        while (range != null && range.find()) {
            // "between 8 and 19 November", "entre el 8 y el 19 de noviembre": days of one month, so the month
            Optional<LocalDate> last = range.group(3) != null ? date(Integer.parseInt(range.group(3)), month(range.group(2)), 1)
                    : withoutYear(month(range.group(2)), Integer.parseInt(range.group(1)), bound, anchor);
            last.ifPresent(v -> add(found, range, offset, v.withDayOfMonth(1), "month", range.group(3) == null));
        }
        for (MatchResult mo : months ? monthsAlone(sentence, words) : List.<MatchResult>of()) {
            int month = month(mo.group(1));
            Matcher thatYear = THAT_YEAR.matcher(sentence).region(mo.end(), sentence.length());
            LocalDate earlier = before(found, offset + mo.start());
            Matcher relativeYear = RELATIVE_YEAR.matcher(sentence).region(mo.end(), sentence.length());
            LocalDate now = published != null ? published : anchor;
            if (mo.group(2) == null && now != null && relativeYear.lookingAt()) {
                // "in January last year", "en marzo del año pasado", "in May this year"
                int year = relativeYear.group(1) != null ? now.getYear() - 1 : now.getYear();
                found.add(new DateMention(new Span(offset + mo.start(), offset + relativeYear.end()), LocalDate.of(year, month, 1), "month",
                        true));
            } else if (mo.group(2) == null && thatYear.lookingAt() && (earlier != null || base != null)) {
                int year = (earlier != null ? earlier : base).getYear();
                found.add(new DateMention(new Span(offset + mo.start(), offset + thatYear.end()), LocalDate.of(year, month, 1), "month",
                        true));
            } else if (mo.group(2) != null) {
                add(found, mo, offset, LocalDate.of(Integer.parseInt(mo.group(2)), month, 1), "month", false);
            } else if (bound != null) {
                // "last April", said in April, is a year ago
                boolean last = mo.group().regionMatches(true, 0, "last ", 0, 5);
                int year = month > bound.getMonthValue() || last && month == bound.getMonthValue() ? bound.getYear() - 1 : bound.getYear();
                add(found, mo, offset, LocalDate.of(year, month, 1), "month", true);
            } else if (anchor != null) {
                add(found, mo, offset, LocalDate.of(anchor.getYear(), month, 1), "month", true);
            }
        }
        Matcher year = IN_YEAR.matcher(digits ? sentence : "");
        while (year.find()) {
            // "arrested in Dubai in 2019": the year alone, after "in"/"en" (a longer date holding it wins below)
            add(found, year, offset, LocalDate.of(Integer.parseInt(year.group(1)), 1, 1), "year", false);
        }
        Matcher thatDay = THAT_DAY.matcher(anchor != null && Cues.any(lower, "that ", "the same ", "esa ", "ese ", "aquel", "la misma",
                "el mismo") ? sentence : "");
        while (thatDay.find()) {
            // "That afternoon AFP officers arrested them": the day the report last named
            LocalDate day = or(before(found, offset + thatDay.start()), anchor);
            add(found, thatDay, offset, day, "day", true);
        }
        Matcher some = SOME_DAYS.matcher(base != null && Cues.any(lower, "days", "días", "dias") ? sentence : "");
        while (some.find()) {
            // "días antes", "days later": some days from the last date, known to the month when those days stay in it
            LocalDate from = or(before(found, offset + some.start()), base);
            boolean back = Cues.any(Cues.lower(some.group()), "antes", "before", "earlier");
            LocalDate near = back ? from.minusDays(2) : from.plusDays(2);
            LocalDate far = back ? from.minusDays(9) : from.plusDays(9);
            if (YearMonth.from(near).equals(YearMonth.from(far))) {
                add(found, some, offset, near.withDayOfMonth(1), "month", true);
            }
        }
        if (published != null && Cues.any(lower, "week", "semana", "month", " mes")) {
            Matcher v = VAGUE.matcher(sentence);
            while (v.find()) {
                if (WEEKDAY_BEFORE.matcher(sentence.substring(Math.max(0, v.start() - 16), v.start())).find()) {
                    continue; // "el jueves de esta semana", "on Thursday this week": the weekday says the day
                }
                LocalDate[] period = period(Dates.fold(v.group(1)), published);
                if (period != null && YearMonth.from(period[0]).equals(YearMonth.from(period[1]))) {
                    add(found, v, offset, period[0].withDayOfMonth(1), "month", true);
                }
            }
        }
        if (published != null && Cues.any(lower, "this year", "este año", "este ano")) {
            Matcher y = THIS_YEAR.matcher(sentence);
            while (y.find()) {
                add(found, y, offset, published.withDayOfYear(1), "year", true); // "capturado este año", "arrested earlier this year"
            }
        }
        if (published != null) {
            for (MatchResult w : Cues.any(lower, WEEKDAY_CUES) ? weekdays(sentence, words) : List.<MatchResult>of()) {
                DayOfWeek day = WEEKDAYS.get(fold(w.group(1)));
                LocalDate d = published.with(TemporalAdjusters.previousOrSame(day));
                add(found, w, offset, d, "day", true);
            }
            Matcher y = YESTERDAY.matcher(Cues.any(lower, "yesterday", "night", "ayer", "anoche", "antier") ? sentence : "");
            while (y.find()) {
                String word = fold(y.group(1));
                add(found, y, offset, published.minusDays(word.startsWith("ante") || word.equals("antier") ? 2 : 1), "day", true);
            }
            Matcher t = TODAY.matcher(Cues.any(lower, "today", "this morning", "tonight", "hoy", "esta mañana") ? sentence : "");
            while (t.find()) {
                add(found, t, offset, published, "day", true);
            }
            Matcher ago = AGO_ES.matcher(lower.contains("hace") ? sentence : "");
            while (ago.find()) {
                int n = count(ago.group(1));
                add(found, ago, offset, published.minusDays((long) n * (fold(ago.group(2)).startsWith("semana") ? 7 : 1)), "day", true);
            }
            Matcher holiday = HOLIDAY.matcher(Cues.any(lower, "año nuevo", "ano nuevo", "nochevieja", "new year", "nochebuena", "christmas",
                    "navidad") ? sentence : "");
            while (holiday.find()) {
                add(found, holiday, offset, latest(holidayDay(fold(holiday.group(1))), published), "day", true);
            }
            Matcher years = YEARS_AGO.matcher(Cues.any(lower, "año", "year ago", "years ago") ? sentence : "");
            while (years.find()) {
                int n = count(years.group(1) != null ? years.group(1) : years.group("n"));
                add(found, years, offset, published.minusYears(n).withDayOfYear(1), "year", true);
            }
        }
        if (base != null || !found.isEmpty()) {
            List<DateMention> fixed = new ArrayList<>(found);
            boolean dayWord = Cues.any(lower, "day", "día", "dia");
            for (MatchResult b : dayWord ? anchoredBefore(sentence, words) : List.<MatchResult>of()) {
                LocalDate from = or(before(fixed, offset + b.start()), base);
                if (from != null) {
                    add(found, b, offset, from.minusDays(1), "day", true);
                }
            }
            for (MatchResult a : dayWord ? anchoredAfter(sentence, words) : List.<MatchResult>of()) {
                LocalDate from = or(before(fixed, offset + a.start()), base);
                if (from != null) {
                    add(found, a, offset, from.plusDays(1), "day", true);
                }
            }
            for (MatchResult later : Cues.any(lower, "day", "día", "dia", "week", "semana") ? daysLater(sentence, words)
                    : List.<MatchResult>of()) {
                LocalDate near = or(before(fixed, offset + later.start()), base);
                if (near == null) {
                    continue;
                }
                int n = count(later.group(1)) * (fold(later.group(2)).startsWith("week") || fold(later.group(2)).startsWith("semana") ? 7 : 1);
                String dir = fold(later.group(3));
                boolean ago = dir.equals("ago");
                boolean back = ago || dir.equals("earlier") || dir.equals("before") || dir.equals("antes");
                LocalDate from = ago && published != null ? published : near;
                add(found, later, offset, back ? from.minusDays(n) : from.plusDays(n), "day", true);
            }
            // "extradited two months later", "dos meses después": the month, counted from the last date ("a month after
            // his capture", "meses después de", name another event and are not read)
            Matcher monthsOn = MONTHS_LATER.matcher(Cues.any(lower, "month", "mes") ? sentence : "");
            while (monthsOn.find()) {
                LocalDate near = or(before(fixed, offset + monthsOn.start()), base);
                if (near == null) {
                    continue;
                }
                int n = count(monthsOn.group(1));
                String dir = fold(monthsOn.group(3));
                boolean ago = dir.equals("ago");
                boolean back = ago || dir.equals("earlier") || dir.equals("antes");
                LocalDate from = ago && published != null ? published : near;
                add(found, monthsOn, offset, (back ? from.minusMonths(n) : from.plusMonths(n)).withDayOfMonth(1), "month", true);
            }
        }
        found.sort(Comparator.comparing(DateMention::span));
        return withoutOverlaps(found);
    }

    /*
     * Where each expression can start, by words (see WordIndex): every match of MONTH_DAY starts at
     * a month name; of DAY_MONTH at a number at most three words before one ("2º de mayo"); of
     * MONTH_ONLY at most two words before one ("since mid-March"); of WEEKDAY_REF at most two words
     * before a weekday ("el pasado martes"); of DAYS_LATER one word before a unit ("two days"); of
     * BEFORE_ANCHOR and AFTER_ANCHOR at most two words before "day" or "día" ("the previous day").
     * DateCandidatesTest holds each equal to the expression's own scan on random sentences.
     */
    private static final Set<String> MONTH_WORDS = MONTHS.keySet();
    private static final Set<String> WEEKDAY_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "lunes", "martes", "miercoles", "miércoles", "jueves", "viernes", "sabado", "sábado", "domingo");
    private static final Set<String> DAY_WORDS = Set.of("day", "día", "dia");
    private static final Set<String> UNIT_WORDS = Set.of("day", "days", "week", "weeks", "dia", "dias", "día", "días", "semana",
            "semanas");

    static List<MatchResult> monthDays(String sentence, WordIndex words) {
        return Cues.findAt(MONTH_DAY, sentence, words.startsOf(MONTH_WORDS, 0));
    }

    static List<MatchResult> dayMonths(String sentence, WordIndex words) {
        return Cues.findAt(DAY_MONTH, sentence, words.startsBefore(MONTH_WORDS, 3, true));
    }

    static List<MatchResult> monthsAlone(String sentence, WordIndex words) {
        return Cues.findAt(MONTH_ONLY, sentence, words.startsOf(MONTH_WORDS, 2));
    }

    static List<MatchResult> weekdays(String sentence, WordIndex words) {
        return Cues.findAt(WEEKDAY_REF, sentence, words.startsOf(WEEKDAY_WORDS, 2));
    }

    static List<MatchResult> daysLater(String sentence, WordIndex words) {
        return Cues.findAt(DAYS_LATER, sentence, words.startsBefore(UNIT_WORDS, 1, false));
    }

    /** "the day prior", "the previous day", "un día antes": at most two words before "day", "día". */
    static List<MatchResult> anchoredBefore(String sentence, WordIndex words) {
        return Cues.findAt(BEFORE_ANCHOR, sentence, words.startsOf(DAY_WORDS, 2));
    }

    static List<MatchResult> anchoredAfter(String sentence, WordIndex words) {
        return Cues.findAt(AFTER_ANCHOR, sentence, words.startsOf(DAY_WORDS, 2));
    }

    /** The expressions {@link #monthDays} and the others try, by name, for tests that compare them with a plain scan. */
    static final Map<String, Pattern> EXPRESSIONS = Map.of("monthDays", MONTH_DAY, "dayMonths", DAY_MONTH, "monthsAlone", MONTH_ONLY,
            "weekdays", WEEKDAY_REF, "daysLater", DAYS_LATER, "anchoredBefore", BEFORE_ANCHOR, "anchoredAfter", AFTER_ANCHOR);

    /** Whether a word of the sentence is a month name or abbreviation; English ones must be capitalised ("May", not "may"). */
    private static boolean hasMonthWord(String sentence, String lower) {
        int i = 0;
        while (i < lower.length()) {
            if (!Character.isLetter(lower.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < lower.length() && Character.isLetter(lower.charAt(end))) {
                end++;
            }
            if (end - i >= 3 && end - i <= 10) {
                Integer month = MONTHS.get(lower.substring(i, end));
                if (month != null && (Character.isUpperCase(sentence.charAt(i)) || SPANISH_MONTHS.contains(lower.substring(i, end)))) {
                    return true;
                }
            }
            i = end;
        }
        return false;
    }

    private static final java.util.Set<String> SPANISH_MONTHS = java.util.Set.of("enero", "febrero", "marzo", "abril", "mayo", "junio",
            "julio", "agosto", "septiembre", "setiembre", "octubre", "noviembre", "diciembre", "ene", "abr", "ago", "dic");

    /** The last date of day precision written before a position, or null. */
    private static LocalDate before(List<DateMention> found, int position) {
        DateMention last = null;
        for (DateMention d : found) {
            if (d.span().end() <= position && (last == null || d.span().end() > last.span().end())) {
                last = d;
            }
        }
        return last == null ? null : last.date();
    }

    private static LocalDate or(LocalDate first, LocalDate second) {
        return first != null ? first : second;
    }

    private static List<DateMention> withoutOverlaps(List<DateMention> sorted) {
        List<DateMention> kept = new ArrayList<>();
        for (DateMention d : sorted) {
            if (kept.isEmpty() || !kept.get(kept.size() - 1).span().overlaps(d.span())) {
                kept.add(d);
            } else if (d.span().length() > kept.get(kept.size() - 1).span().length()) {
                kept.set(kept.size() - 1, d);
            }
        }
        return kept;
    }

    /** The month and day a holiday's words name. */
    private static java.time.MonthDay holidayDay(String words) {
        if (words.contains("nuevo") || words.contains("new year")) {
            return words.contains("vispera") || words.contains("eve") ? java.time.MonthDay.of(12, 31) : java.time.MonthDay.of(1, 1);
        }
        if (words.contains("nochevieja")) {
            return java.time.MonthDay.of(12, 31);
        }
        return words.contains("nochebuena") || words.contains("eve") ? java.time.MonthDay.of(12, 24) : java.time.MonthDay.of(12, 25);
    }

    /** The latest such day on or before publication. */
    private static LocalDate latest(java.time.MonthDay day, LocalDate published) {
        LocalDate d = day.atYear(published.getYear());
        return d.isAfter(published) ? d.minusYears(1) : d;
    }

    private static void add(List<DateMention> found, MatchResult m, int offset, LocalDate date, String precision, boolean relative) {
        found.add(new DateMention(new Span(offset + m.start(), offset + m.end()), date, precision, relative));
    }

    /**
     * The period a vague expression covers, as of publication: "earlier this week" from the week's
     * Monday to publication, "over the weekend" the last Saturday and Sunday, "earlier this month"
     * from the first of the month. Such a date is kept only to the month, and only when the
     * period lies in one month.
     */
    /**
     * The first and last day a vague expression the finder dated to its month covers ("over the weekend", "last week"), or null
     * where the words are no such expression ("un mes después").
     */
    public static LocalDate[] vaguePeriod(String words, LocalDate published) {
        return published == null || !VAGUE.matcher(words.strip()).matches() ? null : period(fold(words), published);
    }

    private static LocalDate[] period(String words, LocalDate published) {
        if (words.contains("weekend") || words.contains("fin de semana")) {
            LocalDate sunday = published.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
            return new LocalDate[] {sunday.minusDays(1), sunday};
        }
        if (words.contains("last week") || words.contains("semana pasada") || words.contains("week before") || words.contains("previous week")
                || words.contains("semana anterior")) {
            LocalDate monday = published.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
            return new LocalDate[] {monday, monday.plusDays(6)};
        }
        if (words.contains("week") || words.contains("semana")) {
            return new LocalDate[] {published.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), published};
        }
        if (words.contains("last month") || words.contains("previous month") || words.contains("month before")
                || words.contains("mes pasado") || words.contains("pasado mes") || words.contains("mes anterior")) {
            LocalDate first = published.withDayOfMonth(1).minusMonths(1);
            return new LocalDate[] {first, first.plusMonths(1).minusDays(1)};
        }
        if (words.contains("month") || words.contains("mes")) {
            return new LocalDate[] {published.withDayOfMonth(1), published};
        }
        return null;
    }

    private static Optional<LocalDate> withoutYear(int month, int day, LocalDate published, LocalDate anchor) {
        if (published == null && anchor != null) {
            // no date line: the year of the last full date the text gave
            return date(anchor.getYear(), month, day);
        }
        if (published == null) {
            return Optional.empty();
        }
        Optional<LocalDate> same = date(published.getYear(), month, day);
        if (same.isPresent() && !same.get().isAfter(published.plusDays(1))) {
            return same;
        }
        return date(published.getYear() - 1, month, day);
    }

    /** The day, or empty when there is no such day (a 31 September). */
    public static Optional<LocalDate> date(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private static int month(String name) {
        return MONTHS.get(fold(name).replace(".", ""));
    }

    /** Whether text[from, to) names a range of days in one month ("entre el 9 y el 19 de julio"). */
    public static boolean dayRangeIn(String text, int from, int to) {
        return DAY_RANGE.matcher(text).region(from, to).find();
    }

    /** Whether the date was read from a range of days in one month ("between 8 and 19 November"), kept to the month. */
    public static boolean dayRange(String text, DateMention d) {
        return "month".equals(d.precision()) && DAY_RANGE.matcher(d.span().of(text)).lookingAt();
    }

    /** The month a word names (1 to 12), in English or Spanish, in full or abbreviated ("sep", "mar"); see {@link #monthName}. */
    public static int monthNumber(String word) {
        return month(word);
    }

    /** The day of the week a word names, in English or Spanish ("viernes", "Friday"), or null. */
    public static DayOfWeek weekday(String word) {
        return WEEKDAYS.get(fold(word));
    }

    /** Whether the word names a month, in English or Spanish, in full or abbreviated. */
    public static boolean monthName(String word) {
        return MONTHS.containsKey(fold(word).replace(".", ""));
    }

    static int count(String word) {
        return switch (fold(word)) {
            case "one", "a", "un", "uno", "una" -> 1;
            case "two", "dos" -> 2;
            case "three", "tres" -> 3;
            case "four", "cuatro" -> 4;
            case "five", "cinco" -> 5;
            case "six", "seis" -> 6;
            case "seven", "siete" -> 7;
            case "eight", "ocho" -> 8;
            case "nine", "nueve" -> 9;
            case "ten", "diez" -> 10;
            default -> Integer.parseInt(word);
        };
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    static String fold(String s) {
        return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
