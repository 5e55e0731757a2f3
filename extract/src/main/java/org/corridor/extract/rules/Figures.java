package org.corridor.extract.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corridor.extract.text.Cues;
import org.corridor.extract.text.Span;
import org.corridor.extract.text.WordIndex;

/**
 * Numbers that operations report, in English and Spanish: fatalities ("killing three people",
 * "157 people have been killed", "murieron seis tripulantes", "dejó 11 muertos"), drug quantities
 * ("2.5 tonnes of cocaine", "1.200 kilos de cocaína") and money ("a US$50 million reward",
 * "25 millones de dólares").
 */
public final class Figures {
    private static final String NUMBER = "(\\d{1,3}(?:[,.]\\d{3})+|\\d+(?:[.,]\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|"
            + "eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|dozens of|both|ambos|ambas|"
            + "un|uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|dieciséis|diecisiete|"
            + "dieciocho|diecinueve|veinte|treinta|cuarenta|cincuenta)";
    private static final String VICTIMS = "(?:\\s+(?:more|other|alleged|suspected|presuntos?|supuestos?|people|persons?|men|women|aboard|on board|a bordo|los|las|"
            + "crew(?: members)?|sailors|passengers|occupants|suspects|narco-?terrorists?|smugglers|traffickers|militants|gunmen|"
            + "soldiers|officers|agents|civilians|fishermen|personas|hombres|mujeres|tripulantes|ocupantes|sospechosos|"
            + "narcotraficantes|narco-?terroristas|traficantes|pescadores|civiles|soldados|militares|policías|agentes|sicarios|integrantes|"
            + "members|miembros|de ellos|de ellas|of them"
            // "three people on the lead vessel were killed", "tres personas a bordo de la primera lancha"
            + "|aboard them|on board them|a bordo de ellas|(?:on|aboard)\\s+(?:the|a|each)\\s+(?:\\p{L}+\\s+)?(?:vessel|boat|ship)|(?:a bordo de|en)\\s+(?:la|una|cada)\\s+(?:\\p{L}+\\s+)?"
            + "(?:embarcación|lancha|narcolancha|nave)))*";
    private static final Pattern KILLED_AFTER = Pattern.compile("(?U)(?i)\\b" + NUMBER + VICTIMS
            + "\\s+(?:(?:were|have been|had been|was|are|fueron|han sido|habían sido)\\s+)?(?:killed|dead|died|deaths|murieron|"
            + "muertos|muertas|fallecidos|fallecieron|asesinados|abatidos|sin vida|perdieron la vida)\\b");
    /** "killing eight", "mató a tres"; "left"/"dejó" only with a word of death after ("left eight dead", not "left two survivors"). */
    private static final Pattern KILLED_BEFORE = Pattern.compile("(?U)(?i)\\b(?:killing|killed|kills|kill|death toll (?:of|to|rose to)|"
            + "matando a|mató a|mataron a|murieron|(?:han|habían|ha|había) (?:muerto|fallecido)|cobró la vida de|cobrado la vida de|abatió a|abatieron a|muerte de|deaths? of)"
            + "\\s+(?:(?:all(?: the)?|the|los|las|at least|al menos|por lo menos|más de|more than|a total of|un total de)\\s+)?" + NUMBER + VICTIMS
            + "(?:\\s+(?:dead|muertos|muertas|fallecidos|people|personas))?");
    private static final Pattern KILLED_LEFT = Pattern.compile("(?U)(?i)\\b(?:left|leaving|dejó|dejando|dejaron|deja|dejan|dejado)\\s+"
            + "(?:(?:the|los|las|at least|al menos|por lo menos|a total of|un total de)\\s+)?"
            + NUMBER + VICTIMS + "(?:\\s+\\p{L}+)?\\s+(?:dead|muertos?|muertas?|fallecidos?|sin vida|killed|asesinados?)");
    /** "a campaign that has now cost more than 87 lives", "que se ha cobrado 80 vidas": lives counted, never money. */
    private static final Pattern KILLED_LIVES = Pattern.compile("(?U)(?i)\\b(?:cost|costs|costing|claimed|claiming|taken|costado|costó|cobrado"
            + "|cobró)\\s+(?:(?:the|at least|more than|over|nearly|almost|some|about|al menos|más de|unas)\\s+)?" + NUMBER
            + "\\s+(?:\\p{L}+\\s+)?(?:lives|vidas)\\b");
    /**
     * A toll brought to a figure: "bring the number of people killed in the campaign to 104", "brings
     * to at least 105 the number of people killed", "eleva a 107 la cifra de muertos", "la cifra de
     * muertos asciende a 107", "el número de muertos supera ya las 70 personas".
     */
    private static final Pattern TOLL = Pattern.compile("(?U)(?i)\\b(?:(?:number|toll|count|tally)\\s+of\\s+(?:\\S+\\s+){0,3}?"
            + "(?:killed|dead|deaths|fatalities)\\b[^.;]{0,150}?\\bto\\s+(?:(?:at least|more than|over|nearly|about|almost)\\s+)?"
            + NUMBER + "|bring(?:s|ing)?\\s+to\\s+(?:(?:at least|more than|over|nearly|about|almost)\\s+)?" + NUMBER
            + "\\s+the\\s+(?:number|toll|count|tally)\\s+of\\s+(?:\\S+\\s+){0,3}?(?:killed|dead|deaths|fatalities)"
            // "statements put the number of suspected traffickers killed in such strikes at more than 140"
            + "|\\b(?:put|puts|putting|placed|places|placing|estimated|estimates|estimating)\\s+the\\s+(?:death\\s+)?(?:number|toll|count|tally)"
            + "(?:\\s+of\\s+(?:\\S+\\s+){0,4}?(?:killed|dead|deaths|fatalities)\\b[^.;]{0,80}?)?\\s+at\\s+(?:(?:at least|more than|over|nearly"
            + "|about|almost|some)\\s+)?" + NUMBER + "(?!\\s*(?:a\\.m|p\\.m|am\\b|pm\\b|%|percent))"
            // "las autoridades sitúan la cifra de muertos en más de 140"
            + "|\\b(?:sitúa|sitúan|situó|situaron|cifra|cifran|cifró|cifraron)\\s+(?:la cifra|el número|el saldo|el balance)\\s+de\\s+"
            + "(?:muertos|fallecidos|víctimas)\\b[^.;]{0,80}?\\ben\\s+(?:(?:al menos|por lo menos|más de|unos)\\s+)?" + NUMBER
            + "|eleva(?:n|ron|ría)?\\s+a\\s+(?:(?:al menos|por lo menos|más de)\\s+)?" + NUMBER
            + "\\s+(?:la cifra|el número|el saldo|el total|el balance)\\s+de\\s+(?:muertos|fallecidos|víctimas|personas muertas)"
            + "|(?:la cifra|el número|el saldo|el balance)\\s+de\\s+(?:muertos|fallecidos|víctimas)\\b[^.;]{0,80}?\\b(?:(?:asciende|ascendió"
            + "|se eleva|se elevó|llega|llegó|sube|subió)\\s+a|supera|superó|rebasa|rebasó)\\s+(?:ya\\s+)?(?:(?:las|los)\\s+)?"
            + "(?:(?:al menos|por lo menos|más de)\\s+)?" + NUMBER + ")");
    /** "2.5 tonnes of cocaine", "1.200 kilos de cocaína", and in words: "más de tres toneladas de cocaína", "una tonelada de droga". */
    private static final Pattern QUANTITY = Pattern.compile("(?U)(?i)\\b(\\d{1,3}(?:[,.]\\d{3})+|\\d+(?:[.,]\\d+)?|(?:one|two|three|four|five"
            + "|six|seven|eight|nine|ten|half a|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|media)(?=\\s))\\s*"
            + "(metric tons|tonnes|tonne|tons|ton|toneladas|tonelada|t|kilograms|kilogramos|kilos|kg|pounds|lbs|libras|grams|gramos)"
            // "860 kg (1,896 lb) of cocaine": the weight in another unit, in brackets
            + "(\\s+(?:y|and)\\s+(?:media|a\\s+half))?(?:\\s*\\((?:about\\s+|some\\s+)?[\\d.,]+\\s*(?:lb|lbs|pounds|kg|kilos|kilograms|tons|tonnes)\\.?\\))?"
            + "\\s+(?:of|de)\\s+(?:\\p{L}+\\s+){0,2}?(cocaine|cocaína|fentanyl|fentanilo|methamphetamine|metanfetamina|"
            + "marijuana|marihuana|heroin|heroína|cannabis|drugs|drogas|droga|narcotics|narcóticos|crystal meth|cristal|pasta base"
            // the resin Morocco's trade brings into Spain by sea, and synthetic drugs weighed in bulk
            + "|hashish|hachís|hachis|ketamine|ketamina|ecstasy|éxtasis|MDMA|opium|opio|shabu"
            // "27.39 kilograms of the drug", "700 kg of meth", Malaysia's "syabu"
            // the Caribbean's and southern Africa's words for cannabis
            + "|syabu|ganja|dagga|skunk|drug|meth(?!\\p{L}))");
    /** A further quantity in a list, the substance left out: "more than three tonnes in Belgium", "half a tonne". */
    private static final Pattern MORE_QUANTITY = Pattern.compile("(?U)(?i)\\b(?:more than |over |about |nearly |almost |más de |unas? |casi )?"
            + "(\\d{1,3}(?:[,.]\\d{3})+|\\d+(?:[.,]\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|half a|dos|tres|cuatro"
            + "|cinco|seis|siete|ocho|nueve|diez|media)\\s*(metric tons|tonnes|tons|tonne|ton|toneladas|tonelada|kilograms|kilogramos"
            + "|kilos|kg|pounds|libras)\\b");
    private static final Pattern MONEY = Pattern.compile("(?U)(?i)(?:US\\s?\\$|USD\\s?|\\$)\\s?(\\d{1,3}(?:[,.]\\d{3})+|\\d+(?:[.,]\\d+)?)"
            + "(?:\\s+(million|billion|millones|mil millones|millón))?|\\b" + NUMBER + "\\s+"
            + "(million|billion|millones|mil millones|millón)?\\s*(?:de\\s+)?(dollars|dólares|USD)\\b");

    /** Cue words (see {@link Cues}) that every fatality phrase and every drug quantity contains. */
    private static final String[] FATALITY_CUES = {"kill", "dead", "died", "death", "muri", "muert", "fallec", "asesin", "abat",
        "vida", "left", "leaving", "dej", "mat", "lives"};
    private static final String[] SUBSTANCE_CUES = {"coca", "fentan", "meth", "metanf", "mari", "hero", "cannabis", "drug", "drog",
        "narc", "crystal", "cristal", "pasta base", "hashish", "hach", "ketamin", "ecstasy", "xtasis", "mdma", "opium", "opio", "shabu",
        "syabu", "ganja", "dagga", "skunk"};

    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}([,.]\\d{3})+");
    private static final Pattern GROUP_MARKS = Pattern.compile("[,.]");

    private Figures() {
    }

    public record Figure(double value, String unit, Span span) {
    }

    public static Optional<Figure> fatalities(String s, int offset) {
        if (!Cues.any(Cues.lower(s), FATALITY_CUES)) {
            return Optional.empty();
        }
        Optional<Figure> toll = toll(s, offset);
        if (toll.isPresent()) {
            return toll;
        }
        for (MatchResult m : killed(s, new WordIndex(s))) {
            Double n = number(m.group(1));
            if (n != null) {
                return Optional.of(new Figure(n, "people", new Span(offset + m.start(), offset + m.end())));
            }
        }
        Matcher one = KILLED_ONE.matcher(s);
        if (one.find()) {
            return Optional.of(new Figure(1, "people", new Span(offset + one.start(), offset + one.end())));
        }
        return Optional.empty();
    }

    /** "en el que murió una persona", "one man was killed": one death, which the counts above (two or more words) do not read. */
    private static final Pattern KILLED_ONE = Pattern.compile("(?U)(?i)\\b(?:(?:murió|falleció)\\s+(?:una|un)\\s+(?:persona|hombre|mujer"
            + "|tripulante|ocupante|sospechoso|narcotraficante)|(?:una|un)\\s+(?:persona|hombre|tripulante|ocupante)\\s+(?:murió|falleció"
            + "|resultó\\s+muert[oa])|one\\s+(?:person|man|crew member|occupant|suspect)\\s+(?:was\\s+killed|died)|killing\\s+one"
            + "\\s+(?:person|man))\\b");

    private static Optional<Figure> toll(String s, int offset) {
        if (!Cues.any(Cues.lower(s), "number", "toll", "count", "tally", "cifra", "número", "saldo", "balance", "total")) {
            return Optional.empty();
        }
        Matcher m = TOLL.matcher(s);
        while (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                Double n = m.group(g) == null ? null : number(m.group(g));
                if (n != null) {
                    return Optional.of(new Figure(n, "people", new Span(offset + m.start(), offset + m.end())));
                }
            }
        }
        return Optional.empty();
    }

    /*
     * KILLED_AFTER starts at a number ("157 people have been killed") and KILLED_BEFORE at one of
     * its verbs ("killing three"), so each is tried only at those words (see WordIndex); FiguresTest
     * holds this equal to a plain scan.
     */
    private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
            "thirty", "forty", "fifty", "dozens", "both", "ambos", "ambas", "un", "uno", "una", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve",
            "diez", "once", "doce", "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve", "veinte",
            "treinta", "cuarenta", "cincuenta");
    private static final Set<String> KILLING_WORDS = Set.of("killing", "killed", "kills", "kill", "left", "leaving", "death", "matando",
            "mató", "mataron", "murieron", "dejó", "dejando", "dejaron", "deja", "dejan", "dejado", "cobró", "cobrado", "abatió", "abatieron", "muerte",
            "deaths", "han", "habían", "ha", "había", "cost", "costs", "costing", "claimed", "claiming", "taken", "costado", "costó");

    /** The matches of KILLED_AFTER, then those of KILLED_BEFORE, each in order. */
    static List<MatchResult> killed(String s, WordIndex words) {
        List<MatchResult> found = new ArrayList<>(Cues.findAt(KILLED_AFTER, s, words.numbersAnd(NUMBER_WORDS)));
        found.addAll(Cues.findAt(KILLED_BEFORE, s, words.startsOf(KILLING_WORDS, 0)));
        found.addAll(Cues.findAt(KILLED_LEFT, s, words.startsOf(KILLING_WORDS, 0)));
        found.addAll(Cues.findAt(KILLED_LIVES, s, words.startsOf(KILLING_WORDS, 0)));
        return found;
    }

    /** The expressions {@link #killed} tries, in its order, for a test that compares it with a plain scan. */
    static final List<Pattern> KILLED = List.of(KILLED_AFTER, KILLED_BEFORE, KILLED_LEFT, KILLED_LIVES);

    private static final Pattern SURVIVED = Pattern.compile("(?U)(?i)\\b" + NUMBER + VICTIMS + "\\s+(?:(?:who|que)\\s+)?(?:survived|"
            + "sobrevivieron|sobrevivió)\\b|\\b" + NUMBER + "\\s+(?:survivors?|sobrevivientes?|supervivientes?)\\b"
            + "|\\b(no|sin|ningún|ni un)\\s+(?:survivors|sobrevivientes|supervivientes)\\b");

    /** People a sentence says survived ("one person on board survived", "un sobreviviente", "no survivors": 0). */
    public static Optional<Figure> survivors(String s, int offset) {
        String lower = Cues.lower(s);
        if (!Cues.any(lower, "surviv", "sobreviv", "supervivi")) {
            return Optional.empty();
        }
        Matcher m = SURVIVED.matcher(s);
        while (m.find()) {
            Double n = m.group(3) != null ? Double.valueOf(0) : number(m.group(1) != null ? m.group(1) : m.group(2));
            if (n != null) {
                return Optional.of(new Figure(n, "people", new Span(offset + m.start(), offset + m.end())));
            }
        }
        return Optional.empty();
    }

    /** Kilograms and the substance. */
    public static Optional<Figure> quantity(String s, int offset) {
        List<Figure> all = quantities(s, offset);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /**
     * Every quantity the sentence gives, in order: "3.7 tonnes of cocaine in the Netherlands, more
     * than three tonnes in Belgium": a quantity after the first may leave out the substance, which
     * is then the first one's.
     */
    public static List<Figure> quantities(String s, int offset) {
        List<Figure> found = new ArrayList<>();
        if (!Cues.any(Cues.lower(s), SUBSTANCE_CUES)) {
            return found;
        }
        Matcher m = QUANTITY.matcher(s);
        if (!m.find()) {
            return found;
        }
        quantityOf(m, offset).ifPresent(found::add);
        String substance = found.isEmpty() ? null : found.get(0).unit();
        Matcher more = MORE_QUANTITY.matcher(s).region(m.end(), s.length());
        while (substance != null && more.find()) {
            Double n = number(more.group(1));
            if (n != null) {
                found.add(new Figure(kilograms(n, more.group(2)), substance, new Span(offset + more.start(), offset + more.end())));
            }
        }
        return found;
    }

    private static double kilograms(double n, String unitWord) {
        String unit = unitWord.toLowerCase(Locale.ROOT);
        return switch (unit) {
            case "metric tons", "tonnes", "tons", "toneladas", "t", "tonne", "ton", "tonelada" -> n * 1000;
            case "pounds", "lbs", "libras" -> n * 0.45359237;
            case "grams", "gramos" -> n / 1000;
            default -> n;
        };
    }

    private static Optional<Figure> quantityOf(Matcher m, int offset) {
        Double n = number(m.group(1));
        if (n == null) {
            return Optional.empty();
        }
        // "una tonelada y media de cocaína": and a half of the unit
        double value = m.group(3) != null ? n + 0.5 : n;
        return Optional.of(new Figure(kilograms(value, m.group(2)), substance(m.group(4)), new Span(offset + m.start(), offset + m.end())));
    }

    /** US dollars. */
    public static Optional<Figure> money(String s, int offset) {
        if (!Cues.any(Cues.lower(s), "$", "dollar", "dólar", "usd")) {
            return Optional.empty();
        }
        Matcher m = MONEY.matcher(s);
        if (!m.find()) {
            return Optional.empty();
        }
        String digits = m.group(1) != null ? m.group(1) : m.group(3);
        String scale = m.group(1) != null ? m.group(2) : m.group(4);
        Double n = number(digits);
        if (n == null) {
            return Optional.empty();
        }
        double factor = scale == null ? 1 : switch (scale.toLowerCase(Locale.ROOT)) {
            case "million", "millones", "millón" -> 1e6;
            case "billion", "mil millones" -> 1e9;
            default -> 1;
        };
        int end = m.end();
        return Optional.of(new Figure(n * factor, "USD", new Span(offset + m.start(), offset + end)));
    }

    private static String substance(String word) {
        String w = Dates.fold(word);
        return switch (w) {
            case "cocaine", "cocaina", "pasta base" -> "cocaine";
            case "fentanyl", "fentanilo" -> "fentanyl";
            case "methamphetamine", "metanfetamina", "crystal meth", "cristal", "shabu", "syabu", "meth" -> "methamphetamine";
            case "marijuana", "marihuana", "cannabis", "ganja", "dagga", "skunk" -> "cannabis";
            case "heroin", "heroina" -> "heroin";
            case "hashish", "hachis" -> "hashish";
            case "ketamine", "ketamina" -> "ketamine";
            case "ecstasy", "extasis", "mdma" -> "MDMA";
            case "opium", "opio" -> "opium";
            default -> "unspecified";
        };
    }

    /** Digits with thousands separators in either convention, decimals, or a number word. */
    public static Double number(String raw) {
        String w = Dates.fold(raw.strip());
        Double word = switch (w) {
            case "one", "un", "uno", "una" -> 1.0;
            case "half a", "media" -> 0.5;
            case "two", "dos", "both", "ambos", "ambas" -> 2.0;
            case "three", "tres" -> 3.0;
            case "four", "cuatro" -> 4.0;
            case "five", "cinco" -> 5.0;
            case "six", "seis" -> 6.0;
            case "seven", "siete" -> 7.0;
            case "eight", "ocho" -> 8.0;
            case "nine", "nueve" -> 9.0;
            case "ten", "diez" -> 10.0;
            case "eleven", "once" -> 11.0;
            case "twelve", "doce" -> 12.0;
            case "thirteen", "trece" -> 13.0;
            case "fourteen", "catorce" -> 14.0;
            case "fifteen", "quince" -> 15.0;
            case "sixteen", "dieciseis" -> 16.0;
            case "seventeen", "diecisiete" -> 17.0;
            case "eighteen", "dieciocho" -> 18.0;
            case "nineteen", "diecinueve" -> 19.0;
            case "twenty", "veinte" -> 20.0;
            case "thirty", "treinta" -> 30.0;
            case "forty", "cuarenta" -> 40.0;
            case "fifty", "cincuenta" -> 50.0;
            default -> null;
        };
        if (word != null || w.startsWith("dozens")) {
            return word;
        }
        String digits = raw.strip();
        if (GROUPED.matcher(digits).matches()) {
            return Double.parseDouble(GROUP_MARKS.matcher(digits).replaceAll(""));
        }
        try {
            return Double.parseDouble(digits.replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
