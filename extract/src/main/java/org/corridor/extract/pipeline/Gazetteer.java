package org.corridor.extract.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corridor.extract.text.EntityKind;
import org.corridor.extract.text.Lexicon;
import org.corridor.extract.text.Mention;
import org.corridor.extract.text.Names;
import org.corridor.extract.text.Span;

/**
 * Names to look for in documents, each with what it names: the names and aliases of parties in the
 * workspace (sanctions lists, mapped networks) and the names of countries. Matching is by folded
 * tokens (no accents, no case, no dots), longest name first; the text must write the name
 * capitalised, and a name of three letters or fewer in capitals, so that "us" is not "US".
 *
 * <p>Each match to a listed party says whether it is enough to link on. A one-word name that is a
 * given name (in the lexicon, or written as one in a list's "SURNAME, Given" names) or an ordinary
 * English or Spanish word, a company's name without its legal form that is an English proper noun
 * ("ARIZONA S.A." written "Arizona"), and any name that several listed parties share, is <em>weak</em>: the
 * document must corroborate it (a fuller name of the same party), or the link is only proposed.
 * "Nicolás" in "Nicolás Maduro" is not a trafficker one of whose aliases is NICOLAS.
 */
public final class Gazetteer {
    private static final Set<String> TOO_COMMON = Set.of("cartel", "cartels", "clan", "group", "grupo", "organization", "government",
            "gobierno", "the", "company", "state", "estado", "army", "police", "policia", "marina", "navy", "la", "el", "los", "las",
            "national", "nacional", "new", "nueva", "president", "presidente", "general", "international", "bank", "limited");

    /** One name and what it names. */
    public record Entry(List<String> keys, EntityKind kind, String code, Mention.Listed listed, boolean shortForm) {
        Entry(List<String> keys, EntityKind kind, String code, Mention.Listed listed) {
            this(keys, kind, code, listed, false);
        }
    }

    /**
     * One-word names by their word, and longer names by their first two words: a first word
     * ("cartel", "los") can begin thousands of a list's names, each of which a match at it tried.
     */
    private final Map<String, List<Entry>> byWord = new HashMap<>();
    private final Map<String, List<Entry>> byFirstTwo = new HashMap<>();
    /** The first words of the names of two words or more. */
    private final Set<String> firstOfLonger = new java.util.HashSet<>();
    /** Every name, in the order added (for tests that hold the index to a scan of them all). */
    private final List<Entry> entries = new ArrayList<>();
    private final java.util.function.Supplier<Lexicon> lexicon;
    /**
     * Per name (its kind and keys), the first party that has it, and for the names two or more
     * parties have, all of them: such a name makes every match of it weak. Two maps rather than a
     * set per name, since most of a list's tens of thousands of names belong to one party.
     */
    private final Map<String, String> partyByName = new HashMap<>();
    private final Map<String, Set<String>> sharedNames = new HashMap<>();
    /** Folded tokens the lists write as given names, after the comma of "SURNAME, Given Names". */
    private final Set<String> listedGivenNames = new java.util.HashSet<>();
    /** One-word company names that are a listed name without its legal form ("sumilab"). */
    private final Set<String> bareCompanyNames = new java.util.HashSet<>();
    /** Folded words of listed people's names: surnames a bare company name may also be ("GARCIA, S.A."). */
    private final Set<String> personWords = new java.util.HashSet<>();
    /** Listed parties a list writes as people ("BARRERA BARRERA Daniel"), whatever schema the list gave them: their aliases name a person. */
    private final Set<String> personParties = new java.util.HashSet<>();
    private int size;

    /** With the standard lexicon, loaded when a one-word match is first judged. */
    public Gazetteer() {
        this.lexicon = Lexicon::standard;
    }

    public Gazetteer(Lexicon lexicon) {
        this.lexicon = () -> lexicon;
    }

    public int size() {
        return size;
    }

    /** Adds a workspace party's name; names too short or too common to be told from ordinary words are left out. */
    public Gazetteer addParty(String name, EntityKind kind, Mention.Listed listed) {
        return addParty(name, kind, listed, listed == null ? name : listed.entityId());
    }

    /**
     * As {@link #addParty(String, EntityKind, Mention.Listed)}; {@code party} says which party the
     * name belongs to now (records merged into one cluster are one party, whatever ids they were
     * listed under), to tell a name several parties share.
     */
    public Gazetteer addParty(String name, EntityKind kind, Mention.Listed listed, String party) {
        String plain = GENERATION.matcher(name).replaceAll(" ").strip();
        if (!plain.equals(name.strip()) && !plain.isEmpty()) {
            addParty(plain, kind, listed, party); // "IBARRA DIAZ JR. Michael" is written "Michael Ibarra Díaz" too
        }
        PersonShape shape = hasLowerCase(name) ? personShape(name.strip()) : null; // most listed names are all capitals
        if (shape != null) {
            // "MANSUR Muhammad Yusuf Ahmad": the words after the surname in capitals are given names, whichever people's they are
            listedGivenNames.addAll(Names.keys(shape.givenNames()));
        }
        String givenFirst = shape == null ? null : shape.turned();
        if (givenFirst != null && commonNameTurned(shape)) {
            // "LOPEZ Cesar" turned is "Cesar Lopez": anyone's name, so only proposed ("César López Larios" is someone else)
            addShort(givenFirst, kind, listed, party);
        } else if (givenFirst != null) {
            // lists write people surname first ("CARO QUINTERO Rafael", "MADURO MOROS, Nicolas", "Esparragoza Rosas Enrique
            // Dann"); reports given name first
            addOne(givenFirst, kind, listed, party);
        }
        if (shape != null && shape.alsoWritten() != null) {
            addOne(shape.alsoWritten(), kind, listed, party);
        }
        if (shape != null && shape.surnames().length >= 2 && !function(shape.surnames()[0])) {
            // "Nicolás Maduro" for "MADURO MOROS, Nicolas": how Spanish names are written, and how namesakes are too
            addShort(shape.givenNames() + " " + shape.surnames()[0], kind, listed, party);
        }
        if (shape != null && shape.surnames().length >= 2 && !function(shape.surnames()[0]) && shape.givenNames().strip().indexOf(' ') > 0) {
            // "Celso Gamboa" for "Gamboa Sanchez Celso Manuel": the first given name and the first surname
            String given = shape.givenNames().strip();
            addShort(given.substring(0, given.indexOf(' ')) + " " + shape.surnames()[0], kind, listed, party);
        }
        if (shape != null && shape.surnames().length == 1 && shape.givenNames().strip().indexOf(' ') > 0) {
            // "Daniel Kinahan" for "KINAHAN Daniel Joseph": reports leave out middle names
            String given = shape.givenNames().strip();
            addShort(given.substring(0, given.indexOf(' ')) + " " + shape.surnames()[0], kind, listed, party);
        }
        java.util.regex.Matcher plural = kind == EntityKind.ORGANIZATION ? PLURAL_GROUP.matcher(name.strip()) : null;
        if (plural != null && plural.matches() && distinctive(plural.group(1))) {
            addOne(plural.group(1), kind, listed, party); // "the Chapitos" for "LOS CHAPITOS"; not "Lobos", an ordinary word
        }
        java.util.regex.Matcher article = kind == EntityKind.ORGANIZATION ? ARTICLE_AND_NAME.matcher(name.strip()) : null;
        if (article != null && article.matches() && Names.keys(article.group(1)).stream().anyMatch(this::distinctive)) {
            // "Autodefensas Gaitanistas de Colombia" for "LOS AUTODEFENSAS GAITANISTAS DE COLOMBIA": reports put their own article
            addOne(article.group(1), kind, listed, party);
        }
        java.util.regex.Matcher organization = kind == EntityKind.ORGANIZATION ? ONE_WORD_ORGANIZATION.matcher(name.strip()) : null;
        if (organization != null && organization.matches() && distinctive(organization.group(1))) {
            addOne(organization.group(1), kind, listed, party); // "'ndrangheta" for "'NDRANGHETA ORGANIZATION"
        }
        String crimeGroup = kind == EntityKind.ORGANIZATION ? crimeGroupName(name) : null;
        if (crimeGroup != null) {
            // "KINAHAN ORGANIZED CRIME GROUP" is "the Kinahan gang", "the Kinahan cartel" in reports
            boolean distinctive = Names.keys(crimeGroup).stream().anyMatch(this::distinctive);
            for (String noun : CRIME_GROUP_NOUNS) {
                if (distinctive) {
                    addOne(crimeGroup + " " + noun, kind, listed, party);
                } else {
                    addShort(crimeGroup + " " + noun, kind, listed, party);
                }
            }
        }
        String runTogether = kind == EntityKind.ORGANIZATION ? withoutCartelDe(name) : null;
        if (runTogether != null) {
            addOne(runTogether, kind, listed, party); // "Cártel Jalisco Nueva Generación" for "CARTEL DE JALISCO NUEVA GENERACION"
        }
        String bare = kind == EntityKind.ORGANIZATION ? withoutLegalForm(name) : null;
        if (bare != null) {
            // lists write a company with its legal form ("SUMILAB, S.A. DE C.V."); reports mostly without ("Sumilab")
            List<String> keys = Names.keys(bare);
            if (keys.size() == 1) {
                bareCompanyNames.add(keys.get(0));
            }
            addOne(bare, kind, listed, party);
        }
        int comma = name.indexOf(',');
        if (comma > 0 && bare == null) {
            // "SURNAME, Given Names": the words after the comma are given names ("SUMILAB, S.A. DE C.V." has none)
            listedGivenNames.addAll(Names.keys(name.substring(comma + 1)));
        }
        if (kind == EntityKind.PERSON || givenFirst != null || comma > 0 && bare == null) {
            personWords.addAll(Names.keys(name)); // a person, or written as lists write people
        }
        if (listed != null && (kind == EntityKind.PERSON || shape != null && SURNAMES_FIRST.matcher(name.strip()).matches())) {
            personParties.add(listed.entityId());
        }
        return addOne(name, kind, listed, party);
    }

    /**
     * One common given name and one surname the lexicon knows, as a list writes a person surname
     * first ("LOPEZ Cesar"): a common name. Not "GUZMAN Chapo", whose second word is a nickname.
     */
    private boolean commonNameTurned(PersonShape shape) {
        String given = shape.givenNames().strip();
        return shape.surnames().length == 1 && given.indexOf(' ') < 0 && lexicon.get().givenName(Names.fold(given))
                && !unknown(shape.surnames()[0], lexicon.get());
    }

    /** Why a match of a short form of a listed name is weak (see {@link #shortFormOnly}). */
    private static final String SHORT_FORM = "is only the given names and first surname of the listed name";

    /**
     * Whether a listing is weak only because the document wrote a short form of the listed name ("Nicolás Maduro",
     * "Daniel Kinahan"), which one listed party has, so that the document's own statements may corroborate it.
     */
    public static boolean shortFormOnly(Mention.Listed listed) {
        return listed != null && listed.weak() && listed.why() != null && listed.why().contains(SHORT_FORM);
    }

    /** A group listed as "X ORGANIZATION" with X one word: reports write X alone. */
    private static final java.util.regex.Pattern ONE_WORD_ORGANIZATION = java.util.regex.Pattern.compile(
            "(?iU)^(['’]?\\p{L}{4,})\\s+organi[sz]ation$");

    /** A group listed as "LOS X" with one plural word that reports also write after "the" ("the Chapitos", "the Zetas"). */
    /** A group listed with its article before a name of two words or more ("LOS AUTODEFENSAS GAITANISTAS DE COLOMBIA"). */
    private static final java.util.regex.Pattern ARTICLE_AND_NAME = java.util.regex.Pattern.compile(
            "(?iU)^(?:los|las|la|el|the)\\s+(\\p{L}+(?:\\s+\\p{L}+)+)$");
    private static final java.util.regex.Pattern PLURAL_GROUP = java.util.regex.Pattern.compile("(?iU)^(?:los|las)\\s+(\\p{L}{3,}s)$");

    private static final java.util.regex.Pattern CRIME_GROUP = java.util.regex.Pattern.compile(
            "(?iU)^(.+?)\\s+(?:organi[sz]ed\\s+crime\\s+group|transnational\\s+criminal\\s+organi[sz]ation)$");
    private static final List<String> CRIME_GROUP_NOUNS = List.of("gang", "cartel", "crime group", "organised crime group",
            "organized crime group", "network", "organization", "organisation", "crime gang");

    /** The name a listed "X ORGANIZED CRIME GROUP" or "X TRANSNATIONAL CRIMINAL ORGANIZATION" is known by, X; else null. */
    static String crimeGroupName(String name) {
        java.util.regex.Matcher m = CRIME_GROUP.matcher(name.strip());
        return m.matches() ? m.group(1) : null;
    }

    private static final java.util.regex.Pattern CARTEL_DE = java.util.regex.Pattern.compile(
            "(?iU)^(c[aá]rtel)\\s+de\\s+(?!(?:los|las|la|el)\\s)(\\p{L}+(?:\\s+\\p{L}+)+)$");

    /**
     * A cartel listed as "CARTEL DE X Y" that reports also write without the "de" ("Cártel Jalisco
     * Nueva Generación"), when X Y is two words or more (so "Cartel de Sinaloa" gives nothing), else null.
     */
    static String withoutCartelDe(String name) {
        java.util.regex.Matcher m = CARTEL_DE.matcher(name.strip());
        return m.matches() ? m.group(1) + " " + m.group(2) : null;
    }

    /** Legal forms companies are listed with, as folded words, longest first. */
    private static final List<List<String>> LEGAL_FORMS = java.util.stream.Stream.of(
            "s de rl de cv", "spr de rl de cv", "spr de rl", "sapi de cv", "sab de cv", "sa de cv", "sc de rl", "s de rl",
            "sas", "sa", "srl", "sl", "sc", "ca", "ltda", "ltd", "limited", "llc", "inc", "corp", "corporation", "gmbh", "plc", "cia ltda")
            .map(f -> List.of(f.split(" "))).sorted(java.util.Comparator.comparingInt((List<String> f) -> -f.size())).toList();

    private static final java.util.regex.Pattern TRAILING_MARKS = java.util.regex.Pattern.compile("[\\s,;.-]+$");
    /** The last words of the legal forms. */
    private static final Set<String> LEGAL_FORM_ENDS = LEGAL_FORMS.stream().map(f -> f.get(f.size() - 1))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * The company's name without the legal form it ends with ("SUMILAB, S.A. DE C.V." gives
     * "SUMILAB"), or null when it ends with none or would be left with nothing.
     */
    static String withoutLegalForm(String name) {
        String trimmed = name.strip();
        if (!LEGAL_FORM_ENDS.contains(Names.fold(trimmed.substring(trimmed.lastIndexOf(' ') + 1).replace(",", "")))) {
            return null; // most listed names; tokenising each of a list's tens of thousands cost a quarter of the build
        }
        List<Span> tokens = Names.tokens(name, 0, name.length());
        String[] folded = new String[tokens.size()];
        for (List<String> form : LEGAL_FORMS) {
            int from = tokens.size() - form.size();
            if (from < 1) {
                continue;
            }
            boolean matches = true;
            for (int k = 0; k < form.size() && matches; k++) {
                if (folded[from + k] == null) {
                    folded[from + k] = Names.fold(tokens.get(from + k).of(name));
                }
                matches = folded[from + k].equals(form.get(k));
            }
            if (matches) {
                String bare = TRAILING_MARKS.matcher(name.substring(0, tokens.get(from).start())).replaceFirst("");
                return bare.isBlank() ? null : bare;
            }
        }
        return null;
    }

    private static final java.util.regex.Pattern SURNAMES_FIRST = java.util.regex.Pattern.compile(
            "(?U)^((?:\\p{Lu}[\\p{Lu}'’-]+\\s+)*\\p{Lu}[\\p{Lu}'’-]+),?\\s+(\\p{Lu}\\p{Ll}[\\p{L}'’-]*(?:\\s+\\p{Lu}\\p{Ll}[\\p{L}'’-]*)*)$");

    /**
     * The same name given name first, when a list writes it surnames first: surnames in capitals
     * then given names capitalised ("CARO QUINTERO Rafael" gives "Rafael CARO QUINTERO"), with or
     * without a comma; null for any other shape. Every word is kept, so the match is as strict as
     * the listed name's.
     */
    static String givenFirst(String name) {
        if (!hasLowerCase(name)) {
            return null; // the shape needs given names in lower case after capitals; most listed names are all capitals
        }
        java.util.regex.Matcher m = SURNAMES_FIRST.matcher(name.strip());
        return m.matches() ? m.group(2) + " " + m.group(1) : null;
    }

    /** A generational suffix in a listed person's name: "JR.", "Sr", "II". */
    private static final java.util.regex.Pattern GENERATION = java.util.regex.Pattern.compile(
            "(?U)(?<=\\s)(?:JR|Jr|SR|Sr|II|III|IV)\\.?(?=\\s|,|$)");

    private static final java.util.regex.Pattern GIVEN_SURNAMES_GIVEN = java.util.regex.Pattern.compile(
            "(?U)^(\\p{Lu}\\p{Ll}[\\p{L}'’-]*)\\s+(\\p{Lu}[\\p{Lu}'’-]+(?:\\s+\\p{Lu}[\\p{Lu}'’-]+)+)\\s+(\\p{Lu}\\p{Ll}[\\p{L}'’-]*)$");
    private static final java.util.regex.Pattern GIVEN_THEN_SURNAMES = java.util.regex.Pattern.compile(
            "(?U)^(\\p{Lu}\\p{Ll}[\\p{L}'’-]*(?:\\s+\\p{Lu}\\p{Ll}[\\p{L}'’-]*)*)\\s+(\\p{Lu}[\\p{Lu}'’-]+(?:\\s+\\p{Lu}[\\p{Lu}'’-]+)+)$");

    /**
     * Which words of a listed person's name are given names and which surnames, where the list's
     * shape says: "SURNAMES Given" in capitals, with or without a comma; "Given SURNAMES"; title-case
     * "Surnames Given" turned at its first later given name (see {@link #givenFirstInTitleCase}).
     * {@code turned} is the whole name given names first when the list wrote it otherwise, else null.
     * A title-case name that opens with a given name, then two surnames, then another given name
     * ("Luis Barragan Chavez Enrique", "Cesar Sepulveda Arellano Alejandro": how the list's name
     * parts came out) is read as given names around the surnames ("Luis Enrique Barragan Chavez"),
     * and {@code alsoWritten} keeps the surnames-first reading ("Enrique Luis Barragan Chavez"); one
     * that opens with a given name and has one surname ("Juan Garcia Salvador") is not turned.
     */
    record PersonShape(String givenNames, String[] surnames, String turned, String alsoWritten) {
        PersonShape(String givenNames, String[] surnames, String turned) {
            this(givenNames, surnames, turned, null);
        }
    }

    PersonShape personShape(String stripped) {
        java.util.regex.Matcher first = SURNAMES_FIRST.matcher(stripped);
        if (first.matches()) {
            return new PersonShape(first.group(2), first.group(1).split("\\s+"), first.group(2) + " " + first.group(1));
        }
        if (TWO_TITLE_CASE_WORDS.matcher(stripped).matches()) {
            String[] words = stripped.split("\\s+");
            return rareSurnameThenGiven(words, lexicon.get()) ? new PersonShape(words[1], new String[] {words[0]}, words[1] + " " + words[0])
                    : null;
        }
        if (stripped.indexOf(',') < 0 && TITLE_CASE_WORDS.matcher(stripped).matches()) {
            String[] words = stripped.split("\\s+");
            int k = givenStart(words, lexicon.get());
            boolean opensWithGivenName = lexicon.get().givenName(Names.fold(words[0]));
            if (k > 2 && opensWithGivenName) {
                String tail = String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length));
                String[] surnames = java.util.Arrays.copyOfRange(words, 1, k);
                String given = words[0] + " " + tail;
                return new PersonShape(given, surnames, given + " " + String.join(" ", surnames), tail + " " + String.join(" ",
                        java.util.Arrays.copyOfRange(words, 0, k)));
            }
            if (k > 0 && !opensWithGivenName) { // "Juan Garcia Salvador" may be written as it is said
                String[] surnames = java.util.Arrays.copyOfRange(words, 0, k);
                String given = String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length));
                if (words.length == 3 && k == 2 && unknown(words[1], lexicon.get())) {
                    // "Romero Yohan Jose": the middle word, a given name too rare for the lexicon, may be the first given
                    // name ("Yohan José Romero") as well as a second surname
                    return new PersonShape(given, surnames, given + " " + String.join(" ", surnames),
                            words[1] + " " + words[2] + " " + words[0]);
                }
                return new PersonShape(given, surnames, given + " " + String.join(" ", surnames));
            }
            if (k < 0 && opensWithGivenName && words.length == 4 && noFunctionWord(words)) {
                // "Wilmer Geovanny Chavarria Barre": two given names and two surnames, already in the order reports use
                return new PersonShape(words[0] + " " + words[1], new String[] {words[2], words[3]}, null);
            }
            if (k < 0 && !opensWithGivenName && words.length == 3 && unknownThird(words)) {
                // "Hurtado Olascoaga Ubaldo": two surnames and a given name too rare for the lexicon, as OFAC's later entries write them
                return new PersonShape(words[2], new String[] {words[0], words[1]}, words[2] + " " + words[0] + " " + words[1]);
            }
            return null;
        }
        java.util.regex.Matcher last = GIVEN_THEN_SURNAMES.matcher(stripped);
        if (last.matches()) {
            return new PersonShape(last.group(1), last.group(2).split("\\s+"), null);
        }
        java.util.regex.Matcher around = GIVEN_SURNAMES_GIVEN.matcher(stripped);
        if (around.matches()) {
            // "Archivaldo GUZMAN SALAZAR Ivan": a given name each side of the surnames; reports write "Iván Archivaldo" too
            String given = around.group(1) + " " + around.group(3);
            return new PersonShape(given, around.group(2).split("\\s+"), given + " " + around.group(2),
                    around.group(3) + " " + around.group(1) + " " + around.group(2));
        }
        return null;
    }

    private static final java.util.regex.Pattern TWO_TITLE_CASE_WORDS = java.util.regex.Pattern.compile(
            "(?U)\\p{Lu}\\p{Ll}[\\p{Ll}'’-]*\\s+\\p{Lu}\\p{Ll}[\\p{Ll}'’-]*");
    private static final java.util.regex.Pattern TITLE_CASE_WORDS = java.util.regex.Pattern.compile(
            "(?U)\\p{Lu}\\p{Ll}[\\p{Ll}'’-]*(?:\\s+\\p{Lu}\\p{Ll}[\\p{Ll}'’-]*){2,}");

    /**
     * The same name given name first, when a list writes a person surnames first with every word
     * capitalised alike, so that only the words tell where the given names start ("Esparragoza
     * Rosas Enrique Dann", OFAC's later entries): they start at the first word, the first apart,
     * that is a given name ("Enrique Dann Esparragoza Rosas"). Two words are turned only when the
     * first is a surname no lexicon knows ("Cherizier Jimmy"; "Garcia Juan" turned round is a
     * common name, not this party's). Null for any other shape and when no later word is a given name.
     */
    static String givenFirstInTitleCase(String name, Lexicon lexicon) {
        String stripped = name.strip();
        if (TWO_TITLE_CASE_WORDS.matcher(stripped).matches()) {
            String[] words = stripped.split("\\s+");
            return rareSurnameThenGiven(words, lexicon) ? words[1] + " " + words[0] : null;
        }
        if (!TITLE_CASE_WORDS.matcher(stripped).matches()) {
            return null;
        }
        String[] words = stripped.split("\\s+");
        int k = givenStart(words, lexicon);
        return k < 0 ? null : String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length)) + " "
                + String.join(" ", java.util.Arrays.copyOfRange(words, 0, k));
    }

    /**
     * "Cherizier Jimmy": a surname no lexicon knows, then a given name, as OFAC's later entries write
     * people (reports write "Jimmy Chérizier"); "Garcia Juan" turned round is anyone's name.
     */
    private static boolean rareSurnameThenGiven(String[] words, Lexicon lexicon) {
        return !lexicon.givenName(Names.fold(words[0])) && lexicon.givenName(Names.fold(words[1])) && unknown(words[0], lexicon);
    }

    /** Where the given names start in title-case words written surnames first, or -1 (see {@link #givenFirstInTitleCase}). */
    private static int givenStart(String[] words, Lexicon lexicon) {
        if (function(words[0])) {
            return -1; // "Los Hermanos ...": a group's name
        }
        for (int k = 1; k < words.length; k++) {
            // "Fuentes De La Cruz Maria Elena": particles belong to the surnames
            if (!function(words[k]) && !function(words[k - 1]) && lexicon.givenName(Names.fold(words[k]))
                    && java.util.Arrays.stream(words, k, words.length).noneMatch(Gazetteer::function)) {
                return k;
            }
        }
        return -1;
    }

    private static boolean noFunctionWord(String[] words) {
        return java.util.Arrays.stream(words).noneMatch(Gazetteer::function);
    }

    /** No word a function word, and the last no ordinary word of either language ("Kangan Petro Refining" is a company). */
    private boolean unknownThird(String[] words) {
        return noFunctionWord(words) && unknown(words[2], lexicon.get());
    }

    /** A word neither ordinary nor a proper noun the lexicon knows (a rare given name or surname). */
    /** A word no dictionary of the lexicon has, given names included: one that can name a party alone. */
    private boolean distinctive(String word) {
        return unknown(word, lexicon.get()) && !lexicon.get().givenName(Names.fold(word));
    }

    private static boolean unknown(String word, Lexicon lexicon) {
        String key = Names.fold(word);
        return !lexicon.ordinaryWord(key) && !lexicon.properNoun(key);
    }

    private static boolean function(String word) {
        return Names.FUNCTION_WORDS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * The listed party a whole name is written as, every word in order, judged as a match of it in
     * a document would be; null when no listed name is the whole of it.
     */
    public Mention.Listed listedAs(String name) {
        Mention.Listed as = listedAsWritten(name);
        if (as == null && name.indexOf('-') > 0) {
            String spaced = compoundSurnamesSpaced(name); // "Jorge Costilla-Sanchez" for "COSTILLA SANCHEZ Jorge"
            as = spaced == name ? null : listedAsWritten(spaced);
        }
        return as;
    }

    /** Two capitalised words joined by a hyphen: "Costilla-Sanchez", "Guzman-Loera". */
    private static final java.util.regex.Pattern COMPOUND_SURNAME = java.util.regex.Pattern.compile(
            "(?U)(?<![\\p{L}-])(\\p{Lu}\\p{Ll}+)-(?=\\p{Lu}\\p{Ll}+)");

    /**
     * The text with the hyphen of each hyphenated pair of capitalised words made a space, the same length so offsets hold
     * (English papers join Spanish surnames that lists write apart); the text itself when it has none.
     */
    static String compoundSurnamesSpaced(String text) {
        java.util.regex.Matcher m = COMPOUND_SURNAME.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder spaced = new StringBuilder(text);
        do {
            spaced.setCharAt(m.end() - 1, ' ');
        } while (m.find());
        return spaced.toString();
    }

    private Mention.Listed listedAsWritten(String name) {
        List<Mention> found = find(name);
        if (found.size() != 1 || found.get(0).listed() == null) {
            return null;
        }
        Span span = found.get(0).span();
        return span.start() == 0 && span.end() == name.length() ? found.get(0).listed() : null;
    }

    private static boolean hasLowerCase(String name) {
        for (int i = 0; i < name.length(); i += Character.charCount(name.codePointAt(i))) {
            if (Character.isLowerCase(name.codePointAt(i))) {
                return true;
            }
        }
        return false;
    }

    private Gazetteer addOne(String name, EntityKind kind, Mention.Listed listed, String party) {
        List<String> keys = Names.keys(name);
        if (keys.isEmpty()) {
            return this;
        }
        String named = nameKey(kind, keys);
        String before = partyByName.putIfAbsent(named, party);
        if (before != null && !before.equals(party)) {
            sharedNames.computeIfAbsent(named, k -> new java.util.TreeSet<>(Set.of(before))).add(party);
        }
        if (keys.size() == 1 && !usableAlone(keys.get(0), kind)) {
            return this;
        }
        if (kind == EntityKind.PERSON && keys.size() < 2) {
            return this;
        }
        return add(named, new Entry(keys, kind, null, listed));
    }

    /** A short form of a listed person's name: a match of it is only proposed (see {@link #judged}). */
    private void addShort(String name, EntityKind kind, Mention.Listed listed, String party) {
        List<String> keys = Names.keys(name);
        if (keys.size() < 2) {
            return;
        }
        String named = nameKey(kind, keys);
        String before = partyByName.putIfAbsent(named, party);
        if (before != null && !before.equals(party)) {
            sharedNames.computeIfAbsent(named, k -> new java.util.TreeSet<>(Set.of(before))).add(party);
        }
        add(named, new Entry(keys, kind, null, listed, true));
    }

    public Gazetteer addCountry(String name, String code) {
        List<String> keys = Names.keys(name);
        return keys.isEmpty() ? this : add(nameKey(EntityKind.COUNTRY, keys), new Entry(keys, EntityKind.COUNTRY, code, null));
    }

    /** A public body general taggers miss, on no list: found as an organisation, linked to nothing. */
    public Gazetteer addBody(String name) {
        List<String> keys = Names.keys(name);
        return keys.isEmpty() ? this : add(nameKey(EntityKind.ORGANIZATION, keys), new Entry(keys, EntityKind.ORGANIZATION, null, null));
    }

    /** A place that is not a country (a sea, a region) that general taggers tend to miss. */
    public Gazetteer addPlace(String name) {
        List<String> keys = Names.keys(name);
        return keys.isEmpty() ? this : add(nameKey(EntityKind.PLACE, keys), new Entry(keys, EntityKind.PLACE, null, null));
    }

    /** A name's kind and folded words, as one string. */
    /**
     * Whether two names are listed names of one and the same party and of no other (any kind):
     * "Wilmer Geovanny Chavarria" (a short form) and "Pipo" (an alias too common to look for alone).
     */
    public boolean sameParty(String one, String other) {
        for (EntityKind kind : EntityKind.values()) {
            String a = partyByName.get(nameKey(kind, Names.keys(one)));
            String b = partyByName.get(nameKey(kind, Names.keys(other)));
            if (a != null && a.equals(b) && !sharedNames.containsKey(nameKey(kind, Names.keys(one)))
                    && !sharedNames.containsKey(nameKey(kind, Names.keys(other)))) {
                return true;
            }
        }
        return false;
    }

    private static String nameKey(EntityKind kind, List<String> keys) {
        return kind + " " + String.join(" ", keys);
    }

    private static boolean usableAlone(String key, EntityKind kind) {
        return kind == EntityKind.ORGANIZATION && key.length() >= 3 && !TOO_COMMON.contains(key);
    }

    private Gazetteer add(String named, Entry entry) {
        // the first name of a kind and words wins; a set, not a scan of the bucket, since a bucket
        // ("cartel", "los") can hold thousands of names and a list's build went quadratic in them
        Entry existing = added.putIfAbsent(named, entry);
        if (existing != null) {
            if (existing.shortForm() && !entry.shortForm()) {
                replace(existing, entry); // a listed name of its own outranks another party's short form
            }
            return this;
        }
        List<String> keys = entry.keys();
        if (keys.size() == 1) {
            byWord.computeIfAbsent(keys.get(0), k -> new ArrayList<>(1)).add(entry);
        } else {
            firstOfLonger.add(keys.get(0));
            byFirstTwo.computeIfAbsent(keys.get(0) + " " + keys.get(1), k -> new ArrayList<>(1)).add(entry);
        }
        entries.add(entry);
        size++;
        return this;
    }

    /** The names added, by {@link #nameKey}. */
    private final Map<String, Entry> added = new HashMap<>();

    private void replace(Entry old, Entry entry) {
        added.put(nameKey(entry.kind(), entry.keys()), entry);
        List<Entry> bucket = entry.keys().size() == 1 ? byWord.get(entry.keys().get(0))
                : byFirstTwo.get(entry.keys().get(0) + " " + entry.keys().get(1));
        bucket.set(bucket.indexOf(old), entry);
        entries.set(entries.indexOf(old), entry);
    }

    /** The kind of what an entry names: "El Loco Barrera", an alias of the listed "BARRERA BARRERA Daniel", names a person. */
    EntityKind kindOf(Entry e) {
        return e.kind() == EntityKind.ORGANIZATION && e.listed() != null && personParties.contains(e.listed().entityId())
                ? EntityKind.PERSON : e.kind();
    }

    /** Every longest match in the text, left to right, none overlapping. */
    public List<Mention> find(String text) {
        List<Span> tokens = Names.tokens(text, 0, text.length());
        // folded lazily: only tokens at or after a capitalised one can be part of a name
        String[] keys = new String[tokens.size()];
        List<Mention> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Entry best = null;
            int first = text.codePointAt(tokens.get(i).start());
            if (Character.isUpperCase(first) || Character.isDigit(first) || (first == 'c' && lowerHead(text, tokens.get(i)))
                    || elided(text, tokens.get(i))) {
                // as written() asks of a name's first word; "el cártel de Sinaloa" in lower case too
                String word = key(text, tokens, keys, i);
                if (i + 1 < tokens.size() && firstOfLonger.contains(word)) {
                    best = longest(byFirstTwo.get(word + " " + key(text, tokens, keys, i + 1)), null, text, tokens, keys, i);
                }
                best = longest(byWord.get(word), best, text, tokens, keys, i);
            }
            if (best == null) {
                i++;
                continue;
            }
            int n = best.keys().size();
            Span span = new Span(tokens.get(i).start(), tokens.get(i + n - 1).end());
            if (best.listed() != null && n == 1 && CountryNames.demonym(span.of(text))) {
                i += n; // "a 53-year-old Serbian man": a people's name, though a listed party has it as an alias
                continue;
            }
            if (best.listed() != null && n == 1 && i + 1 < tokens.size() && firstOfACompound(text, span, tokens.get(i + 1))) {
                i += 2; // "a Sierra Leonean", "the Green Channel": a listed one-word alias as the first word of another name
                continue;
            }
            String origin = best.kind() == EntityKind.COUNTRY ? "country" : best.kind() == EntityKind.PLACE ? "place" : "gazetteer";
            Mention.Listed listed = best.listed() == null ? null
                    : i > 0 && givenNameBefore(text, tokens.get(i - 1), tokens.get(i))
                    // "Mohamed Ahmed Diriye": a listed "Ahmed Diriye" written as the end of another person's name
                    ? best.listed().judged(true, "'" + span.of(text) + "' is written after the given name '" + tokens.get(i - 1).of(text)
                            + "', as the end of a longer name")
                    : judged(best, span.of(text));
            found.add(new Mention(span, span.of(text), kindOf(best), origin, best.listed() == null ? 0.95 : 0.9, listed, best.code()));
            i += n;
        }
        return found;
    }

    /** Whether the word right before a name, one space apart, is a capitalised given name and no ordinary word. */
    private boolean givenNameBefore(String text, Span before, Span name) {
        if (name.start() != before.end() + 1 || text.charAt(before.end()) != ' ' || !Character.isUpperCase(text.codePointAt(before.start()))) {
            return false;
        }
        String key = Names.fold(before.of(text));
        Lexicon words = lexicon.get();
        return (words.givenName(key) || listedGivenNames.contains(key)) && !words.ordinaryWord(key);
    }

    /**
     * Whether a one-word name and the capitalised word right after it make a name of their own: a country's or its people's
     * ("Sierra Leone", "Sierra Leonean"), or two ordinary words capitalised together ("Green Channel").
     */
    boolean firstOfACompound(String text, Span word, Span next) {
        if (next.start() != word.end() + 1 || text.charAt(word.end()) != ' ' || !Character.isUpperCase(text.codePointAt(next.start()))) {
            return false;
        }
        String both = text.substring(word.start(), next.end());
        if (CountryNames.code(both) != null || CountryNames.demonymPhrase(both)) {
            return true;
        }
        Lexicon words = lexicon.get(); // the gazetteer's own, as the other one-word judgements use
        return words.ordinaryWord(Names.fold(word.of(text))) && words.ordinaryWord(Names.fold(next.of(text)));
    }

    /** The longest of these entries written at token {@code at}, the first added of equal length; {@code best} if none is longer. */
    private static Entry longest(List<Entry> candidates, Entry best, String text, List<Span> tokens, String[] keys, int at) {
        if (candidates == null) {
            return best;
        }
        for (Entry e : candidates) {
            int n = e.keys().size();
            if (at + n <= tokens.size() && (best == null || n > best.keys().size()) && matches(e, text, tokens, keys, at)
                    && written(text, tokens.subList(at, at + n), e) && adjacent(text, tokens.subList(at, at + n))) {
                best = e;
            }
        }
        return best;
    }

    /** Every name added, in order. */
    List<Entry> entries() {
        return java.util.Collections.unmodifiableList(entries);
    }

    /** The entry's party, with whether this match of it is enough to link on and why. */
    private Mention.Listed judged(Entry e, String written) {
        Set<String> parties = sharedNames.get(nameKey(e.kind(), e.keys()));
        if (parties != null) {
            return e.listed().judged(true, "'" + written + "' is a name of " + parties.size() + " listed parties");
        }
        if (e.shortForm()) {
            return e.listed().judged(true, "'" + written + "' " + SHORT_FORM + ", as namesakes are written too");
        }
        List<String> content = e.keys().stream().filter(k -> !Names.FUNCTION_WORDS.contains(k)).toList();
        if (e.keys().size() == 1 || content.size() == 1) {
            // "El Señor", "El Ricky": an article and one word is one word
            String key = content.isEmpty() ? e.keys().get(0) : content.get(0);
            String alone = e.keys().size() == 1 ? "alone" : "is one word with an article, and that word";
            if (lexicon.get().givenName(key) || listedGivenNames.contains(key)) {
                return e.listed().judged(true, "'" + written + "' " + alone + " is a given name");
            }
            if (lexicon.get().ordinaryWord(key)) {
                return e.listed().judged(true, "'" + written + "' " + alone + " is an ordinary word");
            }
            if (lexicon.get().properNoun(key) && !bareCompanyNames.contains(key)) {
                // "a home on Robson Street": a surname, a place or a brand of English is written for its own sake
                return e.listed().judged(true, "'" + written + "' " + alone + " is a surname, place or other proper noun of English");
            }
            if (bareCompanyNames.contains(key) && personWords.contains(key)) {
                return e.listed().judged(true, "'" + written + "' alone is a company's name without its legal form, and a word of "
                        + "listed people's names");
            }
            if (bareCompanyNames.contains(key) && lexicon.get().properNoun(key)) {
                return e.listed().judged(true, "'" + written + "' alone is a company's name without its legal form, and a place or "
                        + "other proper noun of English");
            }
            if (NEWS_AGENCIES.contains(key)) {
                // "according to PTI": the Press Trust of India, not the listed company whose short form is "PTI"
                return e.listed().judged(true, "'" + written + "' alone is a news agency's name");
            }
            return e.listed().judged(false, "one word, but no given name or ordinary word, and no other listed party's name");
        }
        if (!content.isEmpty() && GOVERNMENT_HEADS.contains(content.get(0)) && content.stream().allMatch(k -> lexicon.get().ordinaryWord(k))) {
            // "Ministerio del Interior": Cuba's listed ministry, and Ecuador's, and every other country's of that name
            return e.listed().judged(true, "'" + written + "' names a kind of public body many countries have");
        }
        return e.listed().judged(false, "a name of " + e.keys().size() + " words, no other listed party's");
    }

    /** News agencies whose one-word names a report cites or credits, folded. */
    private static final Set<String> NEWS_AGENCIES = Set.of("ap", "afp", "efe", "pti", "ani", "ians", "uni", "dpa", "ansa", "reuters",
            "bernama", "antara", "yonhap", "kyodo", "anadolu", "notimex");

    /**
     * The head words of public bodies' names that every country uses ("Ministerio del Interior", "Policía Nacional"); not the
     * words armed groups take too ("Ejército de Liberación Nacional", "Comando Vermelho").
     */
    private static final Set<String> GOVERNMENT_HEADS = Set.of("ministry", "ministerio", "department", "departamento", "secretaria",
            "secretariat", "policia", "police", "fiscalia", "procuraduria", "tribunal", "court", "corte");

    static boolean matches(Entry e, String text, List<Span> tokens, String[] keys, int at) {
        for (int k = 0; k < e.keys().size(); k++) {
            if (!e.keys().get(k).equals(key(text, tokens, keys, at + k))) {
                return false;
            }
        }
        return true;
    }

    private static String key(String text, List<Span> tokens, String[] keys, int at) {
        String key = keys[at];
        if (key == null) {
            key = Names.fold(tokens.get(at).of(text));
            keys[at] = key;
        }
        return key;
    }

    /** "cártel", "cartel": a group's head word Spanish writes in lower case before the group's name. */
    /** A word after an apostrophe, as "'ndrangheta" is written, the elided article kept in lower case. */
    private static boolean elided(String text, Span token) {
        return token.start() > 0 && "'’".indexOf(text.charAt(token.start() - 1)) >= 0 && token.length() >= 5;
    }

    private static boolean lowerHead(String text, Span token) {
        String w = Names.fold(token.of(text));
        return w.equals("cartel"); // "el cártel de Sinaloa"
    }

    /** Written as a name: the first token capitalised (or a lower-case "cártel" before a name), most of the rest too. */
    static boolean written(String text, List<Span> tokens, Entry e) {
        String first = tokens.get(0).of(text);
        if (!Names.capitalised(first) && !(tokens.size() > 1 && e.kind() == EntityKind.ORGANIZATION
                && (lowerHead(text, tokens.get(0)) || elided(text, tokens.get(0)))
                && Names.capitalised(tokens.get(tokens.size() - 1).of(text)))
                && !(tokens.size() == 1 && e.kind() == EntityKind.ORGANIZATION && elided(text, tokens.get(0)))) {
            return false;
        }
        if (tokens.size() == 1 && first.replace(".", "").length() <= 3 && !Names.allCaps(first)) {
            return false;
        }
        if (tokens.size() == 1 && e.kind() == EntityKind.ORGANIZATION && first.length() < 5 && !Names.allCaps(first)) {
            return false;
        }
        int capitalised = 0;
        int content = 0;
        for (Span t : tokens) {
            String w = t.of(text);
            if (!Names.FUNCTION_WORDS.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                content++;
                if (Names.capitalised(w) || e.kind() == EntityKind.ORGANIZATION && elided(text, t)) {
                    capitalised++;
                }
            }
        }
        return capitalised * 2 >= content;
    }

    /** The tokens of one name are separated by spaces or hyphens only, never by a full stop or a comma. */
    static boolean adjacent(String text, List<Span> tokens) {
        for (int k = 1; k < tokens.size(); k++) {
            String gap = text.substring(tokens.get(k - 1).end(), tokens.get(k).start());
            if (!gap.isBlank() && !gap.equals("-") && !gap.equals(" - ")) {
                return false;
            }
            if (gap.contains("\n")) {
                return false;
            }
        }
        return true;
    }
}
