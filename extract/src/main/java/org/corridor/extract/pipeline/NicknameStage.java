package org.corridor.extract.pipeline;

import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corridor.extract.text.Cues;
import org.corridor.extract.text.EntityKind;
import org.corridor.extract.text.Mention;
import org.corridor.extract.text.Names;
import org.corridor.extract.text.Span;

/**
 * Names with a nickname in quotes, "Joaquín 'El Chapo' Guzmán" or "Ismael “El Mayo” Zambada",
 * which taggers cut into two persons and a stray organisation: the whole is one person's name,
 * and the nickname, used alone later, names the same person. A list may name the person without
 * the nickname ("Ismael ZAMBADA GARCIA") or with it among the given names ("GUZMAN Joaquin
 * Chapo"): the whole is then that listed party's name, when the gazetteer judges that name firm.
 */
public final class NicknameStage implements Stage {
    private static final Pattern ARTICLE = Pattern.compile("(?iU)^(?:el|la|los|las|the)\\s+");
    private final java.util.function.Supplier<Gazetteer> gazetteer;

    /** Without a gazetteer: names are not looked for in any list. */
    public NicknameStage() {
        this(() -> NO_NAMES);
    }

    private static final Gazetteer NO_NAMES = new Gazetteer();

    /** With the gazetteer the stage before it has waited for. */
    public NicknameStage(java.util.function.Supplier<Gazetteer> gazetteer) {
        this.gazetteer = gazetteer;
    }

    private static final String WORDS = "\\p{Lu}[\\p{L}’'-]*\\p{L}(?:[ ]\\p{Lu}[\\p{L}’'-]*\\p{L})*";
    private static final Pattern QUOTED = Pattern.compile("(?U)(?<![\\p{L}])(" + WORDS + ")[ ]['‘\"“«]([^'’\"”»\\n]{2,30})['’\"”»][ ](" + WORDS + ")");

    /** A nickname and a surname with no given name before them: 'hijo de "el Chapo" Guzmán'. */
    private static final Pattern QUOTED_SURNAME = Pattern.compile("(?U)['‘\"“«]((?:[Ee]l|[Ll]a)[ ]\\p{Lu}[\\p{L}’'-]+)['’\"”»][ ]("
            + "\\p{Lu}[\\p{L}’'-]*\\p{L}(?:[ ]\\p{Lu}[\\p{L}’'-]*\\p{L})?)(?![\\p{L}])");

    /** How far before the opening quote the first name can start. */
    private static final int NAME_REACH = 160;

    @Override
    public String name() {
        return "nicknames";
    }

    @Override
    public void apply(Work work) {
        String text = work.text();
        boolean[] beforeQuote = Cues.before(text, NAME_REACH, " '", " ‘", " \"", " “", " «");
        for (MatchResult found : Cues.findAt(QUOTED, text, i -> beforeQuote[i] && Cues.wordStartsCapitalised(text, i))) {
            MatchResult m = fromGivenName(text, found);
            if (m == null) {
                continue;
            }
            Mention whole = new Mention(new Span(m.start(), m.end()), m.group(), EntityKind.PERSON, "pattern", 0.85, listed(m), null);
            work.candidates.add(whole);
            work.nicknames.put(Names.key(m.group(2)), whole);
        }
        if (text.contains("\"N\"") || text.contains("“N”")) {
            suspectNames(work, text);
        }
        if (Cues.any(Cues.lower(text), "alias", "conocid", "apodad", "known as", "a.k.a")) {
            aliasApposed(work, text);
        }
        if (text.contains(" y ") || text.contains(" and ")) {
            sharedSurnames(work, text);
        }
        if (text.indexOf('"') < 0 && text.indexOf('“') < 0 && text.indexOf('\'') < 0 && text.indexOf('«') < 0 && text.indexOf('‘') < 0) {
            return;
        }
        Matcher q = QUOTED_SURNAME.matcher(text);
        while (q.find()) {
            if (capitalisedWordBefore(text, q.start()) || work.nicknames.containsKey(Names.key(q.group(1)))) {
                continue; // 'Joaquín "El Chapo" Guzmán': the whole name is QUOTED's
            }
            String with = ARTICLE.matcher(q.group(1)).replaceFirst("") + " " + q.group(2);
            Mention.Listed l = gazetteer.get().listedAs(with);
            Mention whole = new Mention(new Span(q.start(), q.end()), q.group(), EntityKind.PERSON, "pattern", 0.8,
                    l == null || l.weak() ? null : l.judged(false, "its nickname and surname, '" + with + "': " + l.why()), null);
            work.candidates.add(whole);
            work.nicknames.put(Names.key(q.group(1)), whole);
        }
    }

    private static final String CAP = "\\p{Lu}[\\p{L}’'-]*\\p{L}";
    /** "Joaquín y Ovidio Guzmán López", "Iván Archivaldo y Jesús Alfredo Guzmán Salazar": given names sharing the surnames after them. */
    private static final Pattern SHARED_SURNAMES = Pattern.compile("(?U)(?<![\\p{L}])(" + CAP + "(?:[ ]" + CAP + ")?)[ ](?:y|and)[ ]"
            + "(?:a[ ])?(?:(?:su|sus|his|her)[ ](?:hermano|hermana|hermanos|brother|sister)[ ])?(" + CAP
            + "(?:[ ]" + CAP + ")?)[ ](" + CAP + "[ ]" + CAP + ")(?![\\p{L}])");

    /**
     * The first of two people named by their given names and one pair of surnames is a person too,
     * with those surnames: the list is looked in for the whole name, firmly only.
     */
    private void sharedSurnames(Work work, String text) {
        org.corridor.extract.text.Lexicon lexicon = org.corridor.extract.text.Lexicon.standard();
        Matcher m = SHARED_SURNAMES.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int done = 0;
        for (int at = nextConjunction(text, 0); at >= 0; at = nextConjunction(text, at + 1)) {
            // only around a conjunction: two given names of at most two words each lie at most 70 characters before it
            m.region(Math.max(done, at - 70), Math.min(text.length(), at + 120));
            boolean here = false;
            while (m.find() && m.end(1) <= at) {
                if (m.end(1) == at) {
                    here = true; // the match whose "y"/"and" is this one
                    break;
                }
            }
            if (!here) {
                continue;
            }
            done = m.end();
            if (!firstGiven(lexicon, m.group(1)) || allGiven(lexicon, m.group(3)) || capitalisedWordBefore(text, m.start(1))) {
                continue; // (not "Kevin Gil Acosta y Martín Zazueta Pérez": two people named in full, "Gil" a surname here)
            }
            String whole = m.group(1) + " " + m.group(3);
            Mention.Listed l = gazetteer.get().listedAs(whole);
            Mention.Listed firm = l == null || l.weak() ? null : l.judged(false, "'" + m.group(1) + "' shares the surnames of '" + m.group(2)
                    + " " + m.group(3) + "': '" + whole + "': " + l.why());
            work.candidates.add(new Mention(new Span(m.start(1), m.end(1)), m.group(1), EntityKind.PERSON, "pattern", 0.8, firm, null));
        }
    }

    private static int nextConjunction(String text, int from) {
        int y = text.indexOf(" y ", from);
        int and = text.indexOf(" and ", from);
        return y < 0 ? and : and < 0 ? y : Math.min(y, and);
    }

    private static boolean firstGiven(org.corridor.extract.text.Lexicon lexicon, String words) {
        return lexicon.givenName(Names.fold(words.split(" ")[0]));
    }

    private static boolean allGiven(org.corridor.extract.text.Lexicon lexicon, String words) {
        for (String w : words.split(" ")) {
            if (!lexicon.givenName(Names.fold(w))) {
                return false;
            }
        }
        return true;
    }

    /** 'Karina Guadalupe "N"': given names and the "N" Mexican reports put for a suspect's withheld surname. */
    private static final Pattern SUSPECT = Pattern.compile("(?U)(?<![\\p{L}])(\\p{Lu}\\p{Ll}+(?:[ ]\\p{Lu}\\p{Ll}+){0,3})[ ][\"“]N[\"”]");

    /** Such a name is a person's, whatever the words are alone ("Guadalupe" is also a country's name in Spanish). */
    private static void suspectNames(Work work, String text) {
        Matcher m = SUSPECT.matcher(text);
        while (m.find()) {
            work.candidates.add(new Mention(new Span(m.start(1), m.end(1)), m.group(1), EntityKind.PERSON, "pattern", 0.85, null, null));
        }
    }

    /** "Wilmer Geovanny Chavarría, alias 'Pipo'": a name and the nickname set off after it. */
    private static final Pattern ALIAS_APPOSED = Pattern.compile("(?U)(?<![\\p{L}])(" + WORDS + "),\\s+(?:alias|conocid[oa] como|apodad[oa]"
            + "|known as|a\\.k\\.a\\.)\\s+['‘\"“«]?(\\p{Lu}[\\p{L}’'-]*\\p{L}(?:[ ]\\p{Lu}[\\p{L}’'-]*\\p{L})?)['’\"”»]?");

    /**
     * A name too weak to link on alone (given names and first surname only) and a nickname set off
     * after it that are listed names of one party corroborate each other: the name is that party's.
     */
    private void aliasApposed(Work work, String text) {
        Gazetteer names = gazetteer.get();
        Matcher m = ALIAS_APPOSED.matcher(text);
        while (m.find()) {
            Mention.Listed name = names.listedAs(m.group(1));
            if (name == null || !name.weak()) {
                continue;
            }
            if (names.sameParty(m.group(1), m.group(2))) {
                Mention.Listed firm = name.judged(false, "'" + m.group(1) + "' and its alias '" + m.group(2) + "' are both listed names of "
                        + name.caption());
                work.candidates.add(new Mention(new Span(m.start(1), m.end(1)), m.group(1), EntityKind.PERSON, "pattern", 0.85, firm, null));
            }
        }
    }

    /**
     * The match starting at its first given name: "del cártel de Sinaloa Joaquín "El Chapo" Guzmán"
     * matched from "Sinaloa"; the words before a given name are someone else's (a place, a group).
     * The match itself when no word before the quote is a given name.
     */
    private static MatchResult fromGivenName(String text, MatchResult m) {
        String[] words = m.group(1).split(" ");
        org.corridor.extract.text.Lexicon lexicon = org.corridor.extract.text.Lexicon.standard();
        int skip = 0;
        for (int k = 0; k < words.length; k++) {
            if (lexicon.givenName(Names.fold(words[k]))) {
                break;
            }
            skip += words[k].length() + 1;
            if (k == words.length - 1) {
                return m;
            }
        }
        if (skip == 0) {
            return m;
        }
        Matcher again = QUOTED.matcher(text).region(m.start() + skip, m.end());
        return again.matches() ? again.toMatchResult() : m;
    }

    /** Whether a capitalised word ends right before the opening quote at {@code at} (a given name). */
    private static boolean capitalisedWordBefore(String text, int at) {
        int end = at;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return start < end && Character.isUpperCase(text.charAt(start));
    }

    private Mention.Listed listed(MatchResult m) {
        Gazetteer names = gazetteer.get();
        String without = m.group(1) + " " + m.group(3);
        Mention.Listed l = names.listedAs(without);
        if (l != null && !l.weak()) {
            return l.judged(false, "without its nickname, '" + without + "': " + l.why());
        }
        Mention.Listed shortForm = l;
        String with = m.group(1) + " " + ARTICLE.matcher(m.group(2).strip()).replaceFirst("") + " " + m.group(3);
        l = names.listedAs(with);
        if (l != null && !l.weak()) {
            return l.judged(false, "with its nickname among the given names, '" + with + "': " + l.why());
        }
        // two weak names of one party that the document joins corroborate each other: 'Ismael "el Mayo" Zambada'
        String nickname = capitalised(m.group(2).strip());
        Mention.Listed alias = names.listedAs(nickname);
        if (shortForm != null && alias != null && shortForm.entityId().equals(alias.entityId())) {
            return shortForm.judged(false, "'" + without + "' and its nickname '" + nickname + "' are both listed names of " + shortForm.caption());
        }
        // only a firm match: a weak one would stand in the way of the nickname's own listing, which the document may corroborate
        return null;
    }

    private static String capitalised(String words) {
        return words.isEmpty() ? words : words.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + words.substring(1);
    }
}
