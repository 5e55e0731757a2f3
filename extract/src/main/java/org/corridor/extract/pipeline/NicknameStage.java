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
 * and the nickname, used alone later, names the same person.
 */
public final class NicknameStage implements Stage {
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
            Mention whole = new Mention(new Span(m.start(), m.end()), m.group(), EntityKind.PERSON, "pattern", 0.85, null, null);
            work.candidates.add(whole);
            work.nicknames.put(Names.key(m.group(2)), whole);
        }
    }
}
