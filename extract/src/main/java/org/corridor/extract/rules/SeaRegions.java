package org.corridor.extract.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corridor.extract.text.Cues;
import org.corridor.extract.text.Span;

/**
 * Seas as wire reports name the place of a strike or an interdiction: "in the eastern Pacific",
 * "in the southern Caribbean", "in international waters" ("on the high seas"), "en el mar Caribe", "en el Pacífico
 * oriental", "en aguas internacionales" ("en alta mar"). Only a phrase after a locative counts ("in", "off",
 * "en", "frente a"): "the Caribbean nation" is not a place at sea. When one phrase names both
 * international waters and a sea ("in international waters of the eastern Pacific"), the sea is
 * the place, being the more precise.
 */
public final class SeaRegions {
    /** The side of a sea, in lower case or capitalised ("the Eastern Pacific"). */
    private static final String SIDE_EN = "(?:(?:[Ee]astern|[Ww]estern|[Ss]outhern|[Nn]orthern|[Cc]entral|[Ss]outh|[Nn]orth|[Ee]ast|[Ww]est"
            + "|[Ss]outh-?eastern|[Ss]outh-?western|[Nn]orth-?eastern|[Nn]orth-?western)\\s+)?";
    private static final String SIDE_ES = "(?:\\s+(?:oriental|occidental|sur|norte|central|sudoriental|suroriental|nororiental"
            + "|colombiano|ecuatoriano|mexicano|venezolano|panameño))?";
    private static final Pattern SEA = Pattern.compile("(?U)\\b(?:" + SIDE_EN + "(?:Caribbean(?:\\s+Sea)?|Pacific(?:\\s+Ocean)?"
            + "|Atlantic(?:\\s+Ocean)?)|Gulf of Mexico|international waters|(?:mar\\s+)?Caribe" + SIDE_ES
            + "|(?:océano\\s+|Océano\\s+)?Pacífico" + SIDE_ES + "|(?:océano\\s+|Océano\\s+)?Atlántico" + SIDE_ES
            + "|[Gg]olfo de México|aguas internacionales|high seas|alta mar)(?![\\p{L}\\p{N}])");
    private static final Pattern LOCATIVE = Pattern.compile("(?U)(?i)\\b(?:in|off|into|across|at|on|near|of|en|frente a|cerca de"
            + "|sobre|del|de)\\s+(?:(?:the|el|la|las|los|waters of|aguas del?|international waters of|aguas internacionales del?"
            + "|the waters of)\\s+)*$");
    /**
     * "una lancha que navegaba por el Pacífico Oriental", "sailing through the Caribbean": where the boat was; only a named sea
     * ("viajaban en convoy por aguas internacionales que no precisó" leaves the sea to be named later).
     */
    private static final Pattern THROUGH = Pattern.compile("(?U)(?i)\\b(?:por|through)\\s+(?:the\\s+|el\\s+)?$");
    /** "the Caribbean nation", "Pacific coast", "el Caribe colombiano" is kept (a region), "Caribbean island" is not a sea. */
    private static final Pattern NOT_SEA_AFTER = Pattern.compile("(?U)(?i)^\\s+(?:nations?|countr(?:y|ies)|islands?|states?|"
            + "leaders?|governments?|coast|coastline|region|community|neighbou?rs|men|man|people|island nation|allies|partners"
            + "|Command|países|naciones|islas|costa)\\b");
    private static final String[] CUES = {"caribbean", "pacific", "atlantic", "gulf of mexico", "international waters", "caribe",
        "pacífico", "atlántico", "golfo de méxico", "aguas internacionales", "high seas", "alta mar"};

    private SeaRegions() {
    }

    /** A sea named after a locative, with its span in the document. */
    public record Sea(String name, Span span, boolean international) {
    }

    /** The seas a sentence (starting at {@code offset}) names after a locative, in order. */
    public static List<Sea> find(String sentence, int offset) {
        List<Sea> seas = new ArrayList<>();
        if (!Cues.any(Cues.lower(sentence), CUES)) {
            return seas;
        }
        Matcher m = SEA.matcher(sentence);
        while (m.find()) {
            String before = sentence.substring(Math.max(0, m.start() - 45), m.start());
            String name = m.group();
            // "on the high seas", "en alta mar": outside any country's waters, as international waters are
            boolean international = Cues.lower(name).contains("internacional") || Cues.lower(name).contains("international")
                    || name.equals("high seas") || name.equals("alta mar");
            if (!LOCATIVE.matcher(before).find() && (international || !THROUGH.matcher(before).find())
                    || NOT_SEA_AFTER.matcher(sentence.substring(m.end())).lookingAt()) {
                continue;
            }
            seas.add(new Sea(name, new Span(offset + m.start(), offset + m.end()), international));
        }
        return seas;
    }
}
