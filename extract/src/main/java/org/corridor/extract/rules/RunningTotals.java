package org.corridor.extract.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corridor.extract.facts.RunningTotal;
import org.corridor.extract.text.Cues;
import org.corridor.extract.text.Span;

/**
 * Cumulative tolls of a campaign as wire reports write them, in English and Spanish: "the military
 * has disclosed 13 strikes since September, and they have killed at least 57 people", "the strike
 * brings the campaign to at least eight strikes and at least 34 dead", "by the latest count, close
 * to 100 people have been killed", "ya son siete los ataques ... con al menos 30 muertos", "suman
 * 130 los muertos desde que comenzó la campaña". A sentence is a running total when it has a word
 * that makes a count cumulative (since a month or the campaign's start, so far, in total, counting,
 * brings the total, in recent weeks, suman, ya son, desde que, en lo que va, or a perfect tense
 * over ten or more boats: "ha atacado más de 30 presuntas narcolanchas") and states a number of
 * operations (two or more) or of deaths. Boats are not operations (one strike may hit several),
 * so a count of boats is not the total's count of strikes. Ordinals ("the sixth such attack") are
 * not totals.
 */
public final class RunningTotals {
    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December"
            + "|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)";
    private static final Pattern CUMULATIVE = Pattern.compile("(?U)(?i)\\b(?:since\\s+(?:early\\s+|late\\s+|mid-?)?(?:" + MONTH
            + "|the (?:campaign|start|beginning|first)|\\d|it began|they began|then"
            + "|(?:the\\s+)?(?:\\p{L}+\\s+){1,2}(?:began|started))|so far|to date|in total|in all|altogether"
            + "|a total of|the total|brings? the|bringing the|(?:takes|taking|took)\\s+the\\s+(?:number|total|count|tally|death toll|toll)|by the latest count|cumulative|in recent (?:weeks|months)"
            + "|over the past|counting|campaign|desde\\s+(?:que|entonces|el inicio|inicios|principios|comienzos|mediados|finales|el\\s+\\d|\\d|"
            + MONTH + ")|hasta ahora|hasta el momento|en lo que va|en total|un total de|suman|sumaron|sumaban|sumaba|ya son|acumula|eleva a|elevan a"
            + "|asciende a|ascienden a|la cifra|campaña|balance|(?:between|entre)\\s+(?:el\\s+)?(?:\\d|" + MONTH + "\\s+(?:and|y)\\s+" + MONTH + ")"
            // "la operación Lanza del Sur, que ha dejado al menos 150 muertos": a perfect-tense toll of tens
            + "|(?:ha|han|has|have)\\s+(?:dejado|left)\\s+(?:(?:al menos|más de|unos|cerca de|at least|more than|over|some|nearly)\\s+)?\\d{2,}\\s+"
            + "(?:muertos|fallecidos|víctimas|dead|people dead)"
            // "a campaign that has now cost more than 87 lives"
            + "|(?:ha|han|has|have)\\s+(?:now\\s+|ya\\s+)?(?:cost|claimed|taken|costado|cobrado)\\s+(?:(?:al menos|más de|at least|more than|over"
            + "|nearly|some)\\s+)?\\d{2,}\\s+(?:lives|vidas)"
            + "|(?:ha|han|has|have|had|había|habían|haber|having)\\s+(?:atacado|destruido|hundido|attacked|destroyed|struck|hit|sunk)\\s+(?:(?:más de|more than|over"
            + "|at least|al menos|unas?|some)\\s+)?(?:\\d{2,}|veinte|treinta|cuarenta|cincuenta|twenty|thirty|forty|fifty"
            + "|una treintena|una veintena|dozens)\\b)\\b");
    /** The words that make a count a bound: "at least 21", "más de 110", "close to 100". */
    private static final String BOUNDS = "at least|more than|over|close to|nearly|about|around|almost|al menos|por lo menos|más de"
            + "|cerca de|casi|unos|alrededor de";
    private static final String NUMBER = "(\\d{1,3}(?:[,.]\\d{3})+|\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|dos|tres|cuatro|cinco|seis"
            + "|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|dieciséis|diecisiete|dieciocho|diecinueve|veinte|treinta"
            + "|cuarenta|cincuenta)";
    private static final Pattern STRIKE_COUNT = Pattern.compile("(?U)(?i)\\b(?:(" + BOUNDS + ")\\s+)?" + NUMBER + "\\s+(?:(?:los|las|such|separate|"
            + "lethal|military|deadly|known|reported|confirmed|US|U\\.S\\.|American|more|conocidas|conocidos|militares)\\s+)*"
            + "(?:strikes|attacks|ataques|bombardeos|operations|operaciones|acciones)\\b");
    /**
     * "asegura haber atacado más de 30 embarcaciones": the boats attacked, counted, are the strikes (boats destroyed or sunk are
     * what the strikes did, not how many there were, as the gold of the earlier sets has it).
     */
    private static final Pattern BOATS_ATTACKED = Pattern.compile("(?U)(?i)\\b(?:atacado|attacked)"
            + "\\s+(?:(" + BOUNDS + ")\\s+)?" + NUMBER + "\\s+(?:embarcaciones|lanchas|narcolanchas|boats|vessels)\\b");
    /** "brings the total number of such strikes since September to at least 36": the count after "to". */
    private static final Pattern STRIKES_BROUGHT_TO = Pattern.compile("(?U)(?i)\\b(?:number|total|count|tally)\\s+of\\s+(?:\\S+\\s+){0,3}?"
            + "(?:strikes|attacks|ataques|operations)\\b[^.;]{0,60}?\\bto\\s+(at least|more than|over|nearly|about|almost)?\\s*" + NUMBER + "\\b");
    /** "es el ataque 20 y suman 80 los muertos": the strike's rank in a count kept running is the count of strikes so far. */
    private static final Pattern RANK_IS_COUNT = Pattern.compile("(?U)(?i)\\b(?:es|fue|is|was|marks|marca)\\s+(?:el|the)\\s+(?:ataque|bombardeo"
            + "|strike|attack)\\s+(?:número\\s+|number\\s+|no\\.\\s*)?(?:(" + BOUNDS + ")\\s+)?(\\d{1,3})\\b");
    private static final List<Pattern> STRIKE_COUNT_SHAPES = List.of(STRIKE_COUNT, BOATS_ATTACKED, STRIKES_BROUGHT_TO, RANK_IS_COUNT);
    /** Where a total goes on to name some of what it counts: "among them three on Monday that killed eight people". */
    private static final Pattern AMONG_THEM = Pattern.compile("(?U)(?i)[,;:]?\\s+(?:among them|among those|including|entre ell[oa]s|"
            + "incluid[oa]s)\\b");
    private static final Pattern BOUND_BEFORE = Pattern.compile("(?U)(?i)\\b(" + BOUNDS + ")\\s+$");
    /** The end of a range the sentence gives: "between September 2 and October 29", "entre el 2 de septiembre y el 29 de octubre". */
    private static final Pattern RANGE_END = Pattern.compile("(?U)(?i)\\b(?:and|y|until|through|to|hasta|al)\\s+(?:el\\s+)?$");
    /** "By Wednesday the Pentagon had sunk 35 boats", "as of Dec. 31": the day the total is as of, however it is written. */
    private static final Pattern AS_OF = Pattern.compile("(?U)(?i)\\b(?:by|as of)\\s*(?:the\\s+end\\s+of\\s+)?$");
    private static final Pattern BOUND_INSIDE = Pattern.compile("(?U)(?i)\\b(at least|more than|al menos|por lo menos|más de|supera"
            + "|superó|rebasa|rebasó)\\b");
    private static final Pattern SINCE_OWN = Pattern.compile("(?U)(?i)(?:since|desde)\\b");
    private static final Pattern SINCE = Pattern.compile("(?U)(?i)\\b(?:since|desde)\\s+(?:el\\s+|early\\s+|late\\s+)?$");
    /** A count over a few days is of those days' strikes, not the campaign's: "cinco personas en dos días seguidos". */
    private static final Pattern FEW_DAYS = Pattern.compile("(?U)(?i)\\b(?:en|in|over)\\s+(?:(?:los|las|the)\\s+)?(?:dos|tres|cuatro"
            + "|two|three|four|2|3|4)\\s+(?:días|dias|days)\\b");
    /** Deaths added to one other strike's, not to the campaign's: "se suman a los dos muertos de otro ataque el martes". */
    private static final Pattern ADDED_TO_ONE = Pattern.compile("(?U)(?i)\\b(?:se suman a|add to|adding to)\\b[^.;]{0,40}\\b(?:de|del|from|in)"
            + "\\s+(?:otro|un|una|another|a|an)\\s+(?:ataque|bombardeo|strike|attack)\\b");

    /**
     * A year's tally of seizures, "ha decomisado 56,278 paquetes de drogas en 124 operaciones": a count
     * of drug operations with no deaths is not the strike campaign's running total.
     */
    private static final Pattern SEIZURE_TALLY = Pattern.compile("(?U)(?i)\\b(?:decomis|incaut|seiz|asegur|confiscat|interdict"
            + "|intercept)\\p{L}*\\b(?:[^.;]|\\.\\d)*?\\b(?:operaciones|operations|acciones)\\b");

    /** A sentence that goes on about the operations a total just counted: "The operations ... left 61 dead". */
    private static final Pattern PLURAL_SUBJECT = Pattern.compile("(?U)(?i)^\\W*(?:the|these|those|las|los|estas|estos|esas|esos)\\s+"
            + "(?:\\p{L}+\\s+)?(?:strikes|attacks|operations|operaciones|ataques|bombardeos)\\b|^\\W*(?:they|ellas|ellos)\\b");

    private RunningTotals() {
    }

    /**
     * "three men were killed in a strike on a vessel ..., as scrutiny of the campaign grows", "the campaign's opening attack included a
     * second strike that killed two survivors": one strike's dead, the campaign only named.
     */
    private static final String ORDINAL_WORDS = "(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
            + "|\\p{L}+teenth|twentieth|thirtieth|fortieth|primer|segundo|tercer|cuarto|quinto|sexto|séptimo|octavo|noveno|décimo"
            + "|undécimo|duodécimo|decimo\\p{L}+|vigésimo(?:\\s+\\p{L}+)?|trigésimo(?:\\s+\\p{L}+)?|cuadragésimo(?:\\s+\\p{L}+)?)";
    private static final Pattern ONE_STRIKE = Pattern.compile("(?U)(?i)\\b(?:(?:in|en)\\s+)?(?:(?:a|an|un|una|another|otro|nuevo)\\s+(?:\\p{L}+\\s+)?"
            // "El vigésimo ataque ... mató a cuatro personas": one strike, ranked in the campaign
            + "|(?:the|el)\\s+(?:\\d{1,3}(?:st|nd|rd|th|º|°|o|vo)?|" + ORDINAL_WORDS + ")\\s+(?:\\p{L}+\\s+)?)"
            + "(?:strike|attack|ataque|bombardeo)\\b");
    /**
     * Whether the sentence tells one strike and its dead before the words that make its count cumulative: "A US strike on a
     * boat ... killed four people on Thursday, ..., as controversy grows over a campaign that has now cost more than 87 lives".
     */
    public static boolean oneStrikeToldFirst(String s) {
        Matcher cue = CUMULATIVE.matcher(s);
        if (!cue.find()) {
            return false;
        }
        String lead = s.substring(0, cue.start());
        Matcher one = ONE_STRIKE.matcher(lead);
        return one.find() && Figures.fatalities(lead.substring(one.start()), 0).isPresent() && !STRIKE_COUNT.matcher(lead).find();
    }

    private static final Pattern CAMPAIGN_WORD = Pattern.compile("(?U)(?i)^(?:campaign|campaña)$");

    private static boolean oneStrikeInACampaign(String s) {
        if (!ONE_STRIKE.matcher(s).find()) {
            return false;
        }
        Matcher m = CUMULATIVE.matcher(s);
        while (m.find()) {
            if (!CAMPAIGN_WORD.matcher(m.group()).matches()) {
                return false; // "since September", "so far", "brings the total": a count over time whatever else it tells
            }
        }
        return true;
    }

    private static final Pattern SUM_WORD = Pattern.compile("(?U)(?i)^(?:in total|in all|altogether|a total of|en total|un total de)$");

    /**
     * "la noche del lunes 16 de febrero atacó tres embarcaciones ...; en total murieron 11 personas": a sum
     * over the operations of one day the sentence dates is that day's toll, not the campaign's.
     */
    private static boolean oneDaysSum(String s, List<Dates.DateMention> dates) {
        if (dates.stream().noneMatch(d -> "day".equals(d.precision()))) {
            return false;
        }
        Matcher m = CUMULATIVE.matcher(s);
        while (m.find()) {
            if (!SUM_WORD.matcher(m.group()).matches()) {
                return false;
            }
        }
        return true;
    }

    /** "la campaña ya suma cerca de 130 víctimas": in a running total of strikes, the victims are the dead. */
    private static final Pattern VICTIMS = Pattern.compile("(?U)(?i)\\b(?:(" + BOUNDS + "|unas)\\s+)?" + NUMBER
            + "\\s+(?:víctimas|victims)\\b");

    private static Optional<Figures.Figure> victims(String s, int offset) {
        Matcher m = VICTIMS.matcher(s);
        if (!m.find()) {
            return Optional.empty();
        }
        Double n = Figures.number(m.group(2));
        return n == null || n < 2 ? Optional.empty() : Optional.of(new Figures.Figure(n, "people", new Span(offset + m.start(), offset + m.end())));
    }

    /** Whether the sentence counts cumulatively at all (a cheap first test). */
    public static boolean cumulative(String sentence) {
        return Cues.any(Cues.lower(sentence), CUMULATIVE_CUES) && CUMULATIVE.matcher(sentence).find();
    }

    /** Words every match of {@link #CUMULATIVE} contains (see {@link Cues}), so most sentences are passed over without the expression. */
    private static final String[] CUMULATIVE_CUES = {"since", "so far", "to date", "total", "in all", "altogether", "bring", "latest count",
        "cumulative", "recent", "past", "counting", "takes the", "taking the", "took the", "campaign", "desde", "hasta", "en lo que va", "suma", "ya son", "acumula", "eleva",
        "asciende", "cifra", "campaña", "balance", "between", "entre", "atacado", "destruido", "hundido", "attacked", "destroyed",
        "struck", "hit", "sunk", "ha dejado", "han dejado", "has left", "have left", "lives", "vidas"};

    /**
     * The running total a sentence gives, if it is one. {@code offset} is where the sentence starts
     * in the document; {@code dates} are the dates found in it.
     */
    public static Optional<RunningTotal> find(String s, int offset, List<Dates.DateMention> dates, LocalDate published) {
        if (!cumulative(s) || FEW_DAYS.matcher(s).find() || ADDED_TO_ONE.matcher(s).find() || oneStrikeInACampaign(s)
                || oneDaysSum(s, dates)) {
            return Optional.empty();
        }
        Integer strikes = null;
        Span strikesSpan = null;
        String bound = "exactly";
        // the shapes a count of strikes takes, in order, each with its bound in group 1 and its number in group 2
        for (int k = 0; k < STRIKE_COUNT_SHAPES.size() && strikes == null; k++) {
            Matcher count = STRIKE_COUNT_SHAPES.get(k).matcher(s);
            while (strikes == null && count.find()) {
                Double n = Figures.number(count.group(2));
                if (n != null && n >= 2) {
                    strikes = n.intValue();
                    strikesSpan = new Span(offset + count.start(), offset + count.end());
                    bound = bound(count.group(1), bound);
                }
            }
        }
        Matcher among = AMONG_THEM.matcher(s);
        // the deaths of the operations a total goes on to name are theirs, not the total's
        String counted = among.find() && (strikesSpan == null || among.start() >= strikesSpan.end() - offset) ? s.substring(0, among.start()) : s;
        // "murieron cuatro hombres ... en una operación que, desde septiembre, ya se ha cobrado la vida de más de 80 personas": the
        // figure after the cumulative words is the total's, the one before it the operation's
        Matcher cue = CUMULATIVE.matcher(counted);
        int from = cue.find() ? cue.start() : 0;
        Optional<Figures.Figure> after = from > 0 ? Figures.fatalities(counted.substring(from), offset + from) : Optional.empty();
        Optional<Figures.Figure> killed = after.isPresent() ? after : Figures.fatalities(counted, offset).or(() -> victims(counted, offset));
        if (strikes == null && killed.isEmpty() || killed.isEmpty() && SEIZURE_TALLY.matcher(s).find()) {
            return Optional.empty();
        }
        Integer deaths = null;
        Span deathsSpan = null;
        if (killed.isPresent()) {
            deaths = (int) killed.get().value();
            deathsSpan = killed.get().span();
            int at = killed.get().span().start() - offset;
            String words = boundBefore(s, at);
            Matcher inside = BOUND_INSIDE.matcher(s.substring(at, killed.get().span().end() - offset));
            bound = bound(words != null ? words : inside.find() ? inside.group(1) : null, bound);
        }
        LocalDate asOf = published;
        String precision = published == null ? null : "publication";
        LocalDate since = null;
        for (Dates.DateMention d : dates) {
            String before = s.substring(Math.max(0, d.span().start() - offset - 12), d.span().start() - offset);
            if (RANGE_END.matcher(before).find() && !d.relative() || AS_OF.matcher(before).find() && "day".equals(d.precision())) {
                asOf = d.date();
                precision = d.precision();
            } else if (SINCE.matcher(before).find() || SINCE_OWN.matcher(s.substring(d.span().start() - offset)).lookingAt()) {
                since = d.date();
            }
        }
        return Optional.of(new RunningTotal(asOf, precision, strikes, strikesSpan, deaths, deathsSpan, bound, since,
                new Span(offset, offset + s.length())));
    }

    private static final Pattern ITEM_START = Pattern.compile("(?U)(?i)^\\s*(?:(?:and|y)\\s+)?(one|two|three|four|five|una|uno|dos|tres"
            + "|cuatro|cinco|\\d{1,2})\\b");
    private static final Pattern ITEM_SEPARATOR = Pattern.compile("(?U)(?i),\\s+(?=(?:(?:and|y)\\s+)?(?:one|two|three|four|five|una|uno"
            + "|dos|tres|cuatro|cinco|\\d{1,2})\\b)|\\s+(?:and|y)\\s+(?=(?:one|two|three|four|five|una|uno|dos|tres|cuatro|cinco"
            + "|\\d{1,2})\\s+(?:on|in|early|late|el|en|a)\\b)");

    /**
     * The operations a total goes on to name: "At least 26 strikes ..., among them three on Monday
     * in the eastern Pacific that killed eight people, and one early in December in which four people
     * died" gives the spans of "three on Monday ... eight people" and "one early in December ...",
     * each opening with its count, relative to the sentence. Empty when the total names none.
     */
    public static List<Span> namedItems(String s) {
        if (!cumulative(s)) {
            return List.of();
        }
        Matcher among = AMONG_THEM.matcher(s);
        if (!among.find()) {
            return List.of();
        }
        List<Span> items = new java.util.ArrayList<>();
        int from = among.end();
        int end = s.length();
        while (end > from && ".;".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        Matcher separator = ITEM_SEPARATOR.matcher(s).region(from, end);
        int start = from;
        while (true) {
            boolean more = separator.find();
            int stop = more ? separator.start() : end;
            Matcher count = ITEM_START.matcher(s).region(start, stop);
            if (count.lookingAt()) {
                items.add(new Span(count.start(1), stop));
            }
            if (!more) {
                break;
            }
            start = separator.end();
        }
        return items;
    }

    /** Deaths a sentence adds to the total the sentence before gave, when it goes on about the same operations. */
    public static Optional<Figures.Figure> deathsOfCounted(String s, int offset) {
        if (!PLURAL_SUBJECT.matcher(s).find()) {
            return Optional.empty();
        }
        return Figures.fatalities(s, offset);
    }

    /** The bound words just before a figure ("at least 57 people"), or null. */
    public static String boundBefore(String s, int figureStart) {
        String before = s.substring(Math.max(0, figureStart - 20), Math.max(0, figureStart));
        Matcher m = BOUND_BEFORE.matcher(before);
        return m.find() ? m.group(1) : null;
    }

    private static String bound(String words, String current) {
        if (words == null) {
            return current;
        }
        String w = Dates.fold(words);
        return switch (w) {
            case "at least", "more than", "over", "al menos", "por lo menos", "mas de", "supera", "supero", "rebasa", "rebaso" -> "at least";
            default -> "about";
        };
    }

}
