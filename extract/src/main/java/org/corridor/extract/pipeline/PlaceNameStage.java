package org.corridor.extract.pipeline;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corridor.extract.text.EntityKind;
import org.corridor.extract.text.Mention;
import org.corridor.extract.text.Span;

/**
 * Places named by the kind of settlement they are, which the tagger often misses or splits:
 * "Complexo do Alemão", "Favela da Rocinha", "Morro da Misericórdia" in Brazil, "Ejido Sandoval",
 * "Colonia Las Quintas" in Mexico, "Vereda El Retiro", "Corregimiento de Puerto Libre" in Colombia.
 * The head word is part of the name and must be capitalised, so "la colonia" alone is no place.
 */
public final class PlaceNameStage implements Stage {
    private static final String CAP = "\\p{Lu}[\\p{L}'’-]*";
    private static final Pattern SETTLEMENT = Pattern.compile("(?U)\\b(?:Complexo|Favela|Morro|Comunidade|Ejido|Colonia|Vereda"
            + "|Corregimiento)[ \\t]+(?:(?:do|da|dos|das|de|del|de la|de las|de los|El|La|Los|Las)[ \\t]+)?" + CAP + "(?:[ \\t]+" + CAP
            + "){0,2}");

    @Override
    public String name() {
        return "place-names";
    }

    @Override
    public void apply(Work work) {
        String text = work.text();
        if (!text.contains("Complexo") && !text.contains("Favela") && !text.contains("Morro") && !text.contains("Comunidade")
                && !text.contains("Ejido") && !text.contains("Colonia") && !text.contains("Vereda") && !text.contains("Corregimiento")) {
            return;
        }
        Matcher m = SETTLEMENT.matcher(text);
        while (m.find()) {
            work.candidates.add(new Mention(new Span(m.start(), m.end()), m.group(), EntityKind.PLACE, "pattern", 0.8, null, null));
        }
    }
}
