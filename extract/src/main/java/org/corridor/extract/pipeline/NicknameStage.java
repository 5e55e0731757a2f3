package org.corridor.extract.pipeline;

import java.util.regex.MatchResult;
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
        for (MatchResult m : Cues.findAt(QUOTED, text, i -> beforeQuote[i] && Cues.wordStartsCapitalised(text, i))) {
            Mention whole = new Mention(new Span(m.start(), m.end()), m.group(), EntityKind.PERSON, "pattern", 0.85, listed(m), null);
            work.candidates.add(whole);
            work.nicknames.put(Names.key(m.group(2)), whole);
        }
    }

    private Mention.Listed listed(MatchResult m) {
        Gazetteer names = gazetteer.get();
        String without = m.group(1) + " " + m.group(3);
        Mention.Listed l = names.listedAs(without);
        if (l != null && !l.weak()) {
            return l.judged(false, "without its nickname, '" + without + "': " + l.why());
        }
        String with = m.group(1) + " " + ARTICLE.matcher(m.group(2).strip()).replaceFirst("") + " " + m.group(3);
        l = names.listedAs(with);
        // only a firm match: a weak one would stand in the way of the nickname's own listing, which the document may corroborate
        return l == null || l.weak() ? null : l.judged(false, "with its nickname among the given names, '" + with + "': " + l.why());
    }
}
