package org.corridor.extract.pipeline;

import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.corridor.extract.text.Cues;
import org.corridor.extract.text.EntityKind;
import org.corridor.extract.text.Mention;
import org.corridor.extract.text.Span;

/**
 * A person's name right after a police or military rank written in full, where the tagger tagged nothing:
 * "Superintendent Sala'a Sale Sala'a" (the tagger splits Samoan names at their glottal stops and loses them).
 * Only names of two to four capitalised words, none of them a word of a body's or a post's name, so "Commissioner
 * of Police" and "Inspector General" give nothing. Also a name the words around it mark as one person of a group
 * counted before ("One of them, Enkhjargal, was caught"), whatever the tagger made of it.
 */
public final class RankedNameStage implements Stage {
    private static final String[] RANKS = {"Superintendent", "Commissioner", "Inspector", "Sergeant", "Constable", "Corporal",
        "Detective", "Captain", "Colonel", "Lieutenant", "Commander"};
    private static final String WORD = "\\p{Lu}[\\p{Ll}'’-]*\\p{Ll}[\\p{Ll}'’-]*";
    private static final Pattern RANKED = Pattern.compile("(?U)\\b(?:" + String.join("|", RANKS) + ")[ ](" + WORD + "(?:[ ]" + WORD
            + "){1,3})(?![\\p{L}'’-])");
    /** Words of bodies, posts and places, never of a person's name. */
    private static final Set<String> NOT_A_NAME = Set.of("General", "Police", "Force", "Forces", "Department", "Office", "Unit", "Squad",
            "Service", "Services", "Ministry", "Division", "Branch", "Command", "Bureau", "Agency", "Authority", "Customs", "Army", "Navy",
            "Guard", "Corps", "Chief", "Deputy", "Assistant", "Senior", "Acting", "Commissioner", "Superintendent", "Inspector", "Of", "The",
            "Said", "Told", "Says", "And", "Drug", "Narcotics", "Crime", "Crimes", "Investigation", "Investigations", "Task", "Team",
            "Fleet", "Region", "District", "Province", "County", "City", "Station", "Post", "Port", "Airport", "Border", "National",
            "Federal", "State");

    /**
     * "One of them, Enkhjargal, was caught ...", "The other, Nyamjav, was caught ...": a name between commas after the words that
     * pick one of a group the report counted, then a verb; one to three capitalised words.
     */
    private static final Pattern ONE_OF_THEM = Pattern.compile("(?U)\\b(?:One of them|The other|Another|The first|The second),[ ](" + WORD
            + "(?:[ ]" + WORD + "){0,2}),[ ](?=(?:was|were|had|has|is|who)\\b)");

    @Override
    public String name() {
        return "ranked-names";
    }

    @Override
    public void apply(Work work) {
        String text = work.text();
        for (MatchResult m : Cues.findAt(RANKED, text, Cues.wordStartsAt(text, RANKS))) {
            Span name = new Span(m.start(1), m.end(1));
            if (aName(m.group(1)) && work.candidates.stream().noneMatch(c -> c.span().overlaps(name))) {
                work.candidates.add(new Mention(name, m.group(1), EntityKind.PERSON, "pattern", 0.75, null, null));
            }
        }
        for (MatchResult m : Cues.findAt(ONE_OF_THEM, text, Cues.wordStartsAt(text, PICKS))) {
            Span name = new Span(m.start(1), m.end(1));
            if (!aName(m.group(1)) || work.candidates.stream().anyMatch(c -> c.span().overlaps(name) && c.kind() == EntityKind.PERSON)) {
                continue;
            }
            // the tagger may have read an unfamiliar name as a place ("Enkhjargal"): what the words around it say wins
            work.candidates.removeIf(c -> c.span().equals(name) && c.origin().equals("ner"));
            work.candidates.add(new Mention(name, m.group(1), EntityKind.PERSON, "pattern", 0.75, null, null));
        }
    }

    private static final String[] PICKS = {"One", "The", "Another"};

    /** Whether none of the words is one of a body's, a post's or a place's name. */
    private static boolean aName(String words) {
        return java.util.Arrays.stream(words.split(" ")).noneMatch(NOT_A_NAME::contains);
    }
}
