package org.corridor.extract.pipeline;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    @Override
    public String name() {
        return "nicknames";
    }

    @Override
    public void apply(Work work) {
        String text = work.text();
        Matcher m = QUOTED.matcher(text);
        while (m.find()) {
            Mention whole = new Mention(new Span(m.start(), m.end()), m.group(), EntityKind.PERSON, "pattern", 0.85, null, null);
            work.candidates.add(whole);
            work.nicknames.put(Names.key(m.group(2)), whole);
        }
    }
}
