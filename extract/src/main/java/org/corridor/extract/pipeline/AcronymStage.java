package org.corridor.extract.pipeline;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corridor.extract.text.Cues;
import org.corridor.extract.text.EntityKind;
import org.corridor.extract.text.Mention;
import org.corridor.extract.text.Names;
import org.corridor.extract.text.Span;

/**
 * Acronyms the document defines, "Tren de Aragua (TdA)" or "Cártel de Jalisco Nueva Generación
 * (CJNG)": the letters of the acronym must be the initials of the name's words in order (small
 * words may be skipped). Every later use of the acronym becomes a mention of the same group.
 */
public final class AcronymStage implements Stage {
    static final Pattern DEFINITION = Pattern.compile("\\s*\\(\\s*([\\p{L}][\\p{L}\\-]{0,9}[\\p{L}\\d]|[\\p{Lu}]{2,3}-\\d{1,2}"
            // "(Dirandro PNP)": a clipped name, then its parent's initials, as Peru's police write their units
            + "|\\p{Lu}\\p{Ll}{2,9} \\p{Lu}{2,4}"
            // "(CBP AMO)": an office's letters after its parent's, as US agencies write them in any language
            + "|\\p{Lu}{2,5} \\p{Lu}{2,5}"
            // "Combating International Drug Team (BID Team)": letters from the name in another language, then the name's last word
            + "|\\p{Lu}{2,5} \\p{Lu}\\p{Ll}{2,12})\\s*\\)");
    private static final Pattern NAME_BEFORE = Pattern.compile("((?:[\\p{Lu}][\\p{L}'’\\-]*|de|del|de la|de los|y|of|the|and|for)"
            + "(?:\\s+(?:[\\p{Lu}][\\p{L}'’\\-]*|de|del|la|los|las|y|of|the|and|for))*)\\s*$");

    /** An acronym, the name it stands for, and where the definition is. */
    public record Definition(String acronym, Mention name, Span at) {
    }

    @Override
    public String name() {
        return "acronyms";
    }

    /** "Zakat, " before "Tax and Customs Authority", "Zakat, Tax and " before "Customs Authority": the listed head of a name. */
    private static final Pattern COMMA_LISTED_BEFORE = Pattern.compile("(?U)((?:\\p{Lu}\\p{Ll}+,\\s){1,3}(?:\\p{Lu}\\p{Ll}+\\s(?:and|y|&)\\s)?)$");

    /**
     * "the Zakat, Tax and Customs Authority (ZATCA)": a name whose first words are listed with commas, which the tagger cut at
     * the comma, is the whole listing when the short form's letters fit it and not the part; else the name as it was.
     */
    private static Mention commaListedHead(String text, Mention name, String acronym) {
        Matcher head = COMMA_LISTED_BEFORE.matcher(text).region(Math.max(0, name.start() - 60), name.start());
        if (!head.find()) {
            return name;
        }
        String whole = text.substring(head.start(1), name.end());
        String words = whole.replace(",", "");
        return initialsFit(acronym, words) || clippedFit(acronym, words)
                ? new Mention(new Span(head.start(1), name.end()), whole, EntityKind.ORGANIZATION, name.origin(), name.confidence(), null, null)
                : name;
    }

    /**
     * "Treasury's Office of Foreign Assets Control (OFAC)": the acronym stands for the office, not
     * its owner and the office (the chooser splits the tagged name the same way).
     */
    private static Mention withoutOwner(Mention name) {
        if (name == null || !name.origin().equals("ner")) {
            return name;
        }
        int at = Math.max(name.text().indexOf("'s "), name.text().indexOf("’s "));
        if (at <= 0 || !Names.capitalised(name.text().substring(at + 3))) {
            return name;
        }
        return new Mention(new Span(name.start() + at + 3, name.end()), name.text().substring(at + 3), name.kind(), name.origin(),
                name.confidence(), null, null);
    }

    @Override
    public void apply(Work work) {
        String text = work.text();
        List<Definition> definitions = new ArrayList<>();
        Map<Integer, List<Mention>> endingAt = new HashMap<>();
        List<Mention> numberedNames = new ArrayList<>();
        for (Mention c : work.candidates) {
            endingAt.computeIfAbsent(c.end(), k -> new ArrayList<>(1)).add(c);
            Mention numbered = withUnitNumber(text, c);
            if (numbered != c) {
                endingAt.computeIfAbsent(numbered.end(), k -> new ArrayList<>(1)).add(numbered); // "Police Regional Office 3 (PRO3)"
                numberedNames.add(numbered);
            }
        }
        for (MatchResult m : definitions(text)) {
            String acronym = m.group(1);
            Mention name = withoutOwner(ofItsCountry(nameBefore(endingAt.getOrDefault(m.start(), List.of()), text, m.start(), acronym),
                    endingAt, text));
            Mention listing = listingItsFields(work.candidates, text, m.start(), acronym, name);
            if (listing != null) {
                work.candidates.add(listing);
                name = listing;
            }
            int space = acronym.indexOf(' ');
            if (space < 0 && name != null && !initialsFit(acronym, name.text())) {
                Mention tail = fittingTail(name, acronym);
                Mention listed = tail != null ? tail : commaListedHead(text, name, acronym);
                if (tail == null && listed != name) {
                    work.candidates.remove(name); // "Customs Authority" was the tail of "Zakat, Tax and Customs Authority"
                    work.candidates.add(listed);
                }
                name = listed;
            }
            if (space > 0 && acronym.chars().allMatch(c -> Character.isUpperCase(c) || c == ' ')) {
                if (name != null && name.origin().equals("ner") && CountryNames.code(acronym) == null
                        && !MentionChooser.notAnOrganization(name.text())) {
                    definitions.add(new Definition(acronym, name, new Span(m.start(1), m.end(1))));
                }
                continue;
            }
            if (space > 0 && Character.isLowerCase(acronym.charAt(acronym.length() - 1))) {
                String head = acronym.substring(space + 1);
                if (name != null && name.text().endsWith(" " + head) && Names.keys(name.text()).size() >= 3
                        && !MentionChooser.notAnOrganization(name.text())) {
                    definitions.add(new Definition(acronym, name, new Span(m.start(1), m.end(1))));
                }
                continue;
            }
            if (space > 0) {
                String unit = acronym.substring(0, space);
                if (name != null && (clippedFit(unit, name.text()) || syllableFit(unit, name.text()))
                        && initialsOfATail(acronym.substring(space + 1), name.text())) {
                    definitions.add(new Definition(acronym, name, new Span(m.start(1), m.end(1))));
                }
                continue;
            }
            boolean clipped = name != null && Character.isUpperCase(acronym.charAt(0)) && (clippedFit(acronym, name.text())
                    || !name.origin().equals("acronym") && (syllableFit(acronym, name.text()) || translatedFit(acronym, name.text())));
            if ((acronym.chars().filter(Character::isUpperCase).count() < 2 && !clipped)
                    || (name != null && MentionChooser.notAnOrganization(name.text()))) {
                // "(Semar)" for "Secretaría de Marina" is a short form too; "(FTO)" after a programme's name is no group
                continue;
            }
            boolean taggedName = name != null && !name.origin().equals("acronym");
            if (name != null && (initialsFit(acronym, name.text()) || clipped || (taggedName && NameLinker.isAcronym(acronym)
                    && acronym.chars().allMatch(c -> Character.isUpperCase(c) || c == '-')))) {
                definitions.add(new Definition(acronym, name, new Span(m.start(1), m.end(1))));
            }
        }
        definitions.addAll(numberedShortForms(numberedNames, text, definitions));
        definitions.addAll(apposedLongForms(work.candidates, text));
        // a long document defines one acronym many times: the text is searched once per acronym,
        // each use tagged once, with what the first definition says it stands for
        Set<String> searched = new HashSet<>();
        for (Definition d : definitions) {
            work.acronyms.put(d.acronym(), d);
            String a = d.acronym();
            if (!searched.add(a)) {
                continue;
            }
            int at = text.indexOf(a);
            while (at >= 0) {
                int end = at + a.length();
                boolean word = (at == 0 || !joins(text.charAt(at - 1))) && (end == text.length() || !joins(text.charAt(end)));
                if (word) {
                    // "(MMIA)" after an airport's name is that place's short form, no body's
                    EntityKind kind = MentionChooser.siteName(d.name().text()) ? EntityKind.PLACE : EntityKind.ORGANIZATION;
                    work.candidates.add(new Mention(new Span(at, end), a, kind, "acronym", 0.9, d.name().listed(), null));
                }
                at = text.indexOf(a, word ? end : at + 1);
            }
        }
    }

    private static final Pattern FIELDS_TO_THE_BRACKET = Pattern.compile("(?U)(?:,\\s+\\p{Lu}\\p{L}+(?:\\s+(?:de|del|la|las|los|y|e|contra|"
            + "of|the|and|for|against|\\p{Lu}\\p{L}+))*)+\\s*");
    /** How far before its bracket a body's name listing its fields may start. */
    private static final int LISTING_REACH = 300;

    /**
     * "la Dirección Nacional de Investigación de Delitos contra la Vida, Muertes Violentas, Desapariciones, Secuestro y
     * Extorsión (Dinased)": a body's name that goes on through a comma list of the fields it covers, closed by its short
     * form. The tagger cuts it at the commas; the whole runs from a tagged organisation to the bracket when the short form
     * fits the whole and not the words just before the bracket ({@code name}). Null when there is no such listing.
     */
    private static Mention listingItsFields(List<Mention> candidates, String text, int at, String acronym, Mention name) {
        if (name != null && (initialsFit(acronym, name.text()) || syllableFit(acronym, name.text()))) {
            return null;
        }
        Mention first = null;
        for (Mention c : candidates) {
            if (c.origin().equals("ner") && c.kind() == EntityKind.ORGANIZATION && c.end() < at && at - c.start() <= LISTING_REACH
                    && (first == null || c.start() < first.start())
                    && FIELDS_TO_THE_BRACKET.matcher(text).region(c.end(), at).matches()) {
                first = c;
            }
        }
        if (first == null) {
            return null;
        }
        int end = at;
        while (end > first.end() && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        String whole = text.substring(first.start(), end);
        return initialsFit(acronym, whole) || syllableFit(acronym, whole)
                ? new Mention(new Span(first.start(), end), whole, EntityKind.ORGANIZATION, "ner", first.confidence(), null, null)
                : null;
    }

    /** The matches of DEFINITION, as a plain scan finds them: each starts at the spaces before an opening bracket. */
    static List<MatchResult> definitions(String text) {
        BitSet starts = new BitSet(text.length());
        for (int open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
            int from = open;
            while (from > 0 && " \t\n\u000b\f\r".indexOf(text.charAt(from - 1)) >= 0) {
                from--;
            }
            starts.set(from, open + 1);
        }
        return Cues.findAt(DEFINITION, text, starts);
    }

    /** A letter, digit or hyphen next to an acronym's letters makes them part of a longer word ("CJNG-X", "XCJNG"). */
    private static boolean joins(char c) {
        return Character.isLetter(c) || (c >= '0' && c <= '9') || c == '-';
    }

    /** The longest tagged name ending where the bracket begins ({@code before}: the candidates ending there), else capitalised words. */
    private static Mention nameBefore(List<Mention> before, String text, int at, String acronym) {
        Mention best = null;
        for (Mention c : before) {
            if (c.end() == at && (c.kind() == EntityKind.ORGANIZATION || c.kind() == EntityKind.MISC || c.kind() == EntityKind.PLACE)
                    && (best == null || c.span().length() > best.span().length())) {
                best = c;
            }
        }
        if (best != null) {
            return best.kind() == EntityKind.ORGANIZATION ? best : best.withKind(EntityKind.ORGANIZATION, null);
        }
        // "the Police Regional Office 7 (PRO7)": the unit's number, which its short form ends with too, ends its name
        Matcher number = UNIT_NUMBER.matcher(acronym);
        Matcher itsNumber = NUMBER_BEFORE.matcher(text).region(Math.max(0, at - 6), at);
        int wordsEnd = number.find() && itsNumber.find() && itsNumber.group(1).equals(number.group(1)) ? itsNumber.start() : at;
        int from = Math.max(0, wordsEnd - 100);
        Matcher m = NAME_BEFORE.matcher(text.substring(from, wordsEnd));
        if (m.find()) {
            String name = LEADING_SMALL_WORDS.matcher(m.group(1)).replaceFirst("");
            int start = wordsEnd - name.length();
            int end = wordsEnd == at ? at : itsNumber.end(1);
            if (!name.isBlank() && Names.capitalised(name)) {
                return new Mention(new Span(start, end), text.substring(start, end), EntityKind.ORGANIZATION, "acronym", 0.8, null, null);
            }
        }
        return null;
    }

    private static final Pattern OF_BEFORE = Pattern.compile("(?U) (?:de|del|de los|of|of the) $");
    /** The longest of {@link #OF_BEFORE}'s forms. */
    private static final int OF_BEFORE_LONGEST = " de los ".length();

    /**
     * "el Comando Sur de Estados Unidos (SOUTHCOM)": a country's name before the bracket, right after an organisation's name
     * and "de", is the end of that organisation's name, which the acronym stands for; not the country's.
     */
    private static Mention ofItsCountry(Mention name, Map<Integer, List<Mention>> endingAt, String text) {
        if (name == null || CountryNames.code(name.text()) == null) {
            return name;
        }
        Matcher of = OF_BEFORE.matcher(text).region(Math.max(0, name.start() - OF_BEFORE_LONGEST), name.start());
        if (!of.find()) {
            return name;
        }
        for (Mention c : endingAt.getOrDefault(of.start(), List.of())) {
            if (c.kind() == EntityKind.ORGANIZATION) {
                Span whole = new Span(c.start(), name.end());
                return new Mention(whole, whole.of(text), EntityKind.ORGANIZATION, c.origin(), c.confidence(), null, null);
            }
        }
        return name;
    }

    private static final Pattern OF_THE_THEN_CAPITAL = Pattern.compile("(?U)\\s(?:of|of\\s+the|de|del|de\\s+la|de\\s+los)\\s+(?=\\p{Lu})");

    /**
     * "Police of the Anti-Drug Unit (ADU)": the letters stand for the name after "of the", not for who it belongs to; the
     * longest such tail whose initials fit, or null.
     */
    private static Mention fittingTail(Mention name, String acronym) {
        Matcher of = OF_THE_THEN_CAPITAL.matcher(name.text());
        while (of.find()) {
            String tail = name.text().substring(of.end());
            if (initialsFit(acronym, tail)) {
                return new Mention(new Span(name.start() + of.end(), name.end()), tail, EntityKind.ORGANIZATION, name.origin(),
                        name.confidence(), null, null);
            }
        }
        return null;
    }

    private static final Pattern LEADING_SMALL_WORDS = Pattern.compile("^(?:(?:de|del|de la|de los|y|of|[Tt]he|and|for)\\s+)+");
    private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}]");

    /** Whether the letters are the initials of the name's last words ("PNP" of "... de la Policía Nacional del Perú"). */
    private static boolean initialsOfATail(String acronym, String name) {
        List<String> words = Names.keys(name);
        for (int from = 1; from < words.size(); from++) {
            if (initialsFit(acronym, String.join(" ", words.subList(from, words.size())))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the acronym's letters are initials of the name's words, in order, skipping small words as needed; a number ending
     * both is the same unit's ("PRO3" of "Police Regional Office 3"; "MS-13" of "Mara Salvatrucha" has its number alone).
     */
    static boolean initialsFit(String acronym, String name) {
        Matcher number = UNIT_NUMBER.matcher(acronym);
        Matcher itsNumber = UNIT_NUMBER.matcher(name);
        if (number.find() && itsNumber.find()) {
            if (!number.group(1).equals(itsNumber.group(1))) {
                return false;
            }
            acronym = acronym.substring(0, number.start());
            name = name.substring(0, itsNumber.start());
        }
        String letters = NOT_LETTER.matcher(acronym).replaceAll("").toLowerCase(Locale.ROOT);
        List<String> words = Names.keys(name);
        return fit(letters, 0, words, 0) && letters.length() >= 2;
    }

    /**
     * "National Criminal Investigation Service (Sernic)", the short form of its Portuguese name: a name translated into English
     * keeps its words' initials but not their order, so each initial of its (three or more) capitalised words is a letter of the
     * short form, which opens with one of them.
     */
    static boolean translatedFit(String acronym, String name) {
        StringBuilder letters = new StringBuilder(NOT_LETTER.matcher(acronym).replaceAll("").toLowerCase(Locale.ROOT));
        List<String> initials = new ArrayList<>();
        for (String word : name.split("\\s+")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                initials.add(Names.fold(word).substring(0, 1));
            }
        }
        if (initials.size() < 3 || letters.length() > 2 * initials.size() + 2 || !initials.contains(letters.substring(0, 1))) {
            return false;
        }
        for (String initial : initials) {
            int at = letters.indexOf(initial);
            if (at < 0) {
                return false;
            }
            letters.setCharAt(at, '_'); // each letter of the short form stands for one word
        }
        return true;
    }

    /** " 7 " before a bracket: a number, which may end a unit's name. */
    private static final Pattern NUMBER_BEFORE = Pattern.compile("[-\\s](\\d{1,2})\\s*$");

    /** A unit's number ending a name or its short form: "Agency-12", "Office 3", "PRO3". */
    private static final Pattern UNIT_NUMBER = Pattern.compile("(?U)(?<=\\p{L})[-\\s]?(\\d{1,2})$");

    /** "DIICOT, the ": capitals, then a comma and "the", where a body's long name may stand in apposition. */
    private static final Pattern CAPITALS_THEN_THE = Pattern.compile("(?U)(?<![\\p{L}\\p{N}-])(\\p{Lu}{3,8}),[ \\t]+the[ \\t]+");

    /**
     * "prosecutors of DIICOT, the Directorate for Investigating Organized Crime and Terrorism, ...": capitals and a tagged
     * organisation's name set beside them by a comma and "the", whose words the letters fit (in
     * order, or as the initials of the name in the body's own language, {@link #translatedFit}), define a short form with no
     * bracket. "the DEA, the Federal Bureau of Investigation and ..." is a list, the letters fitting no item.
     */
    private static List<Definition> apposedLongForms(List<Mention> candidates, String text) {
        List<Definition> found = new ArrayList<>();
        Matcher m = CAPITALS_THEN_THE.matcher(text);
        while (m.find()) {
            for (Mention c : candidates) {
                if (c.start() == m.end() && c.kind() == EntityKind.ORGANIZATION && (initialsFit(m.group(1), c.text()) || translatedFit(m.group(1), c.text()))) {
                    found.add(new Definition(m.group(1), c, new Span(m.start(1), m.end(1))));
                    break;
                }
            }
        }
        return found;
    }

    /**
     * "PDEA-12 regional director X" after "the Philippine Drug Enforcement Agency-12": a numbered unit's initials and its number,
     * used with no bracket defining them, are its short form (only the whole form; "PDEA" alone is the parent agency's).
     * {@code numberedNames}: the tagged names that a unit number follows, taken with it.
     */
    private static List<Definition> numberedShortForms(List<Mention> numberedNames, String text, List<Definition> defined) {
        List<Definition> found = new ArrayList<>();
        Set<String> known = new HashSet<>();
        defined.forEach(d -> known.add(d.acronym()));
        for (Mention c : numberedNames) {
            Matcher number = UNIT_NUMBER.matcher(c.text());
            if (!number.find()) {
                continue;
            }
            StringBuilder initials = new StringBuilder();
            for (String word : c.text().substring(0, number.start()).split("\\s+")) {
                if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                    initials.append(word.charAt(0));
                }
            }
            if (initials.length() < 2) {
                continue;
            }
            for (String form : List.of(initials + "-" + number.group(1), initials + number.group(1))) {
                int at = wordAt(text, form);
                if (at >= 0 && known.add(form)) {
                    found.add(new Definition(form, c, new Span(at, at + form.length())));
                }
            }
        }
        return found;
    }

    /** A tagged unit's name with the number after it, as the chooser takes it; the mention itself when none follows. */
    private static Mention withUnitNumber(String text, Mention c) {
        int end = MentionChooser.unitNumberEnd(text, c);
        return end < 0 ? c : new Mention(new Span(c.start(), end), text.substring(c.start(), end), c.kind(), c.origin(), c.confidence(),
                c.listed(), c.code());
    }

    /** Where {@code word} first stands in the text as a whole word, or -1. */
    private static int wordAt(String text, String word) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            if ((at == 0 || !joins(text.charAt(at - 1))) && (end == text.length() || !joins(text.charAt(end)))) {
                return at;
            }
        }
        return -1;
    }

    /**
     * Whether the short form is the name's words clipped and run together, in order: "SOUTHCOM"
     * (Southern Command), "USSOUTHCOM", "Semar" (Secretaría de Marina). Each part is the start of
     * a word, small words may be skipped, at least one part is longer than a letter, and what
     * follows the last clipped word is nothing or a phrase opened by a small word ("de México").
     */
    /**
     * A short form written as a word, made of pieces of the name's words in order rather than of
     * their openings: "Dirandro" for "Dirección Antidrogas", "Sunat" for "Superintendencia Nacional
     * de Aduanas y de Administración Tributaria". Taken only in a bracket right after a tagged name,
     * capitalised and otherwise in lower case, at least four letters, opening the name's first word.
     */
    static boolean syllableFit(String shortForm, String name) {
        if (shortForm.length() < 4 || !Character.isUpperCase(shortForm.charAt(0))
                || !shortForm.substring(1).chars().allMatch(Character::isLowerCase)) {
            return false;
        }
        String letters = Names.fold(shortForm);
        String words = String.join("", Names.keys(name));
        if (words.isEmpty() || words.charAt(0) != letters.charAt(0)) {
            return false;
        }
        int at = 0;
        for (int i = 0; i < letters.length(); i++) {
            at = words.indexOf(letters.charAt(i), at) + 1;
            if (at == 0) {
                return false;
            }
        }
        return true;
    }

    static boolean clippedFit(String shortForm, String name) {
        String letters = NOT_LETTER.matcher(shortForm).replaceAll("").toLowerCase(Locale.ROOT);
        List<String> words = Names.keys(name);
        for (int first = 0; first < words.size() && letters.length() >= 3; first++) {
            // "U.S. Southern Command" is SOUTHCOM too: the clipped words may start after the first
            if (clip(letters, 0, words, first, 0, false)) {
                return true;
            }
        }
        return false;
    }

    private static boolean clip(String letters, int li, List<String> words, int wi, int used, boolean longPart) {
        if (li == letters.length()) {
            return used >= 2 && longPart && (wi == words.size() || Names.FUNCTION_WORDS.contains(words.get(wi)));
        }
        if (wi == words.size()) {
            return false;
        }
        String word = words.get(wi);
        // a small word is skipped, never clipped: "DEA" is not "de Apoyo" of "Unidad Especial de Apoyo"
        for (int k = Names.FUNCTION_WORDS.contains(word) ? 0 : Math.min(word.length(), letters.length() - li); k >= 1; k--) {
            if (word.startsWith(letters.substring(li, li + k)) && clip(letters, li + k, words, wi + 1, used + 1, longPart || k > 1)) {
                return true;
            }
        }
        return Names.FUNCTION_WORDS.contains(word) && clip(letters, li, words, wi + 1, used, longPart);
    }

    private static boolean fit(String letters, int li, List<String> words, int wi) {
        if (li == letters.length()) {
            for (int w = wi; w < words.size(); w++) {
                if (!Names.FUNCTION_WORDS.contains(words.get(w))) {
                    return false;
                }
            }
            return true;
        }
        if (wi == words.size()) {
            return false;
        }
        String word = words.get(wi);
        if (word.charAt(0) == letters.charAt(li) && fit(letters, li + 1, words, wi + 1)) {
            return true;
        }
        int parts = partInitials(word, letters, li);
        if (parts > 0 && fit(letters, li + parts, words, wi + 1)) {
            return true; // "Anti-Drug Unit (ADU)": each part of a hyphenated word gives a letter
        }
        return Names.FUNCTION_WORDS.contains(word) && fit(letters, li, words, wi + 1);
    }

    /** How many letters from {@code li} on are the initials of a hyphenated word's parts, in order; 0 when they are not. */
    private static int partInitials(String word, String letters, int li) {
        String[] parts = word.split("-");
        if (parts.length < 2 || li + parts.length > letters.length()) {
            return 0;
        }
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].isEmpty() || parts[i].charAt(0) != letters.charAt(li + i)) {
                return 0;
            }
        }
        return parts.length;
    }
}
