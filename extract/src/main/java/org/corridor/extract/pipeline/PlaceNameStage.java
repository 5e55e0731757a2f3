package org.corridor.extract.pipeline;

import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corridor.extract.text.Cues;
import org.corridor.extract.text.EntityKind;
import org.corridor.extract.text.Mention;
import org.corridor.extract.text.Span;

/**
 * Places named by the kind of settlement they are, which the tagger often misses or splits:
 * "Complexo do Alemão", "Favela da Rocinha", "Morro da Misericórdia" in Brazil, "Ejido Sandoval",
 * "Colonia Las Quintas" in Mexico, "Vereda El Retiro", "Corregimiento de Puerto Libre" in Colombia, "Taman Impian Emas" (a
 * housing estate), "Kampung Baru" (a village) in Malaysia, the "Young Professional Housing Scheme" and "Adventure Village" in
 * Guyana.
 * The head word is part of the name and must be capitalised, so "la colonia" alone is no place.
 * Written in lower case, the head word is no part of the name but says that the capitalised name
 * after it is a place: "en el barrio Las Palmas", "la parroquia Tarqui", "la colonia Centro", "la avenida
 * Recabarren".
 */
public final class PlaceNameStage implements Stage {
    private static final String CAP = "\\p{Lu}[\\p{L}'’-]*";
    private static final String[] SETTLEMENT_HEADS = {"Complexo", "Favela", "Morro", "Comunidade", "Ejido", "Colonia", "Vereda",
        "Corregimiento", "Taman", "Kampung", "Kampong"};
    private static final String[] SETTLEMENT_KINDS = {"barrio", "colonia", "comuna", "vereda", "corregimiento", "parroquia", "cantón",
        "fraccionamiento", "urbanización", "favela", "comunidade", "aldea", "poblado", "caserío", "localidad", "municipio"};
    private static final String[] NAMED_AFTER_HEADS = java.util.stream.Stream.concat(java.util.Arrays.stream(SETTLEMENT_KINDS),
            java.util.stream.Stream.of("avenida", "asentamiento humano", "carretera", "autopista", "sector", "recinto", "ciudadela"))
            .toArray(String[]::new);
    private static final String[] ISLAND_HEADS = {"isla", "islas", "islote", "archipiélago", "península"};
    private static final String[] COAST_HEADS = {"off", "along", "on", "near", "to"};
    private static final String[] WATERWAY_HEADS = {"el", "the"};

    private static final Pattern SETTLEMENT = Pattern.compile("(?U)\\b(?:" + String.join("|", SETTLEMENT_HEADS) + ")[ \\t]+"
            + "(?:(?:do|da|dos|das|de|del|de la|de las|de los|El|La|Los|Las)[ \\t]+)?" + CAP + "(?:[ \\t]+" + CAP + "){0,2}");
    private static final Pattern NAMED_AFTER = Pattern.compile("(?U)\\b(?:" + String.join("|", NAMED_AFTER_HEADS) + ")[ \\t]+"
            // "el sector 20 de Febrero": named after a date, as many Ecuadorian neighbourhoods are
            + "(?:de[ \\t]+)?((?:(?:El|La|Los|Las)[ \\t]+)?" + CAP + "(?:[ \\t]+" + CAP + "){0,2}|\\d{1,2}[ \\t]+de[ \\t]+\\p{Lu}\\p{Ll}+)");
    /** "al sur de la isla San José, en el archipiélago de Las Perlas": an island's name after the word for one. */
    private static final Pattern ISLAND_AFTER = Pattern.compile("(?U)\\b(?:" + String.join("|", ISLAND_HEADS) + ")[ \\t]+"
            + "(?:(?:de|del|de la|de las|de los)[ \\t]+)?((?:(?:El|La|Los|Las)[ \\t]+)?" + CAP + "(?:[ \\t]+" + CAP + "){0,2})");
    private static final String[] ARRIVAL_HEADS = {"llegado", "llegaron", "llegó", "desembarcaron"};
    /**
     * "Habían llegado a A Pobra do Caramiñal, en la ría de Arousa": where people or a load arrived is a place, Galician and
     * Portuguese names with their small words ("do", "da", "A" as an article) included.
     */
    private static final Pattern ARRIVED_IN = Pattern.compile("(?U)\\b(?:" + String.join("|", ARRIVAL_HEADS) + ")[ \\t]+(?:a|en)[ \\t]+"
            + "((?:(?:A|O|As|Os|El|La|Los|Las)[ \\t]+)?" + CAP + "(?:[ \\t]+(?:(?:do|da|dos|das|de|del)[ \\t]+)?" + CAP + "){0,3})");
    /**
     * "stopped at sea off the Kent coast", "next to the Makran coast" ("along the Cornish coast" is a demonym): a capitalised name
     * before "coast" is a place.
     */
    private static final Pattern COAST_OF = Pattern.compile("(?U)(?:" + String.join("|", COAST_HEADS) + ")\\s(?:the\\s)?"
            + "(\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\p{Ll}+)?)(?=\\s+coast(?:line)?\\b)");
    /** "cruzar el Canal de Panamá", "through the Panama Canal": the waterway, not the authority that runs it. */
    private static final Pattern WATERWAY = Pattern.compile("(?U)(?:" + String.join("|", WATERWAY_HEADS) + ")[ \\t]((?:Canal de Panamá"
            + "|Panama Canal|Canal de Suez|Suez Canal))(?![\\p{L}\\p{N}])");

    /** "at the Coutts border crossing", "the Blue Water Bridge port of entry": the crossing's own name is a place. */
    private static final Pattern CROSSING = Pattern.compile("(?U)\\b(?:at|through|via|the)[ \\t]+(?:the[ \\t]+)?(" + CAP + "(?:[ \\t]+" + CAP + "){0,2})"
            + "(?=[ \\t]+(?:border[ \\t]+crossing|port[ \\t]+of[ \\t]+entry|land[ \\t]+port|border[ \\t]+post|crossing)\\b)");
    private static final String[] CROSSING_HEADS = {"at", "through", "via", "the"};

    /**
     * "the Young Professional Housing Scheme at Providence", "a businessman from Adventure Village": a housing estate or a village
     * by its name, the kind's words included.
     */
    private static final Pattern HOUSING = Pattern.compile("(?U)(?<![\\p{L}\\p{N}])(?!(?:The|A|An|In|At|On|From)[ \\t])(?:" + CAP + "[ \\t]+){1,4}(?:Housing[ \\t]+(?:Scheme|Estate"
            + "|Development|Complex)|Village)(?![\\p{L}\\p{N}])");

    /**
     * "in Capolago TI", "Chiasso TI": a Swiss town with its canton's letters after it, as Swiss wires write them (not "AG", which
     * follows a company's name as often as Aargau's towns).
     */
    private static final String[] CANTONS = {"TI", "ZH", "BE", "LU", "UR", "SZ", "OW", "NW", "GL", "ZG", "FR", "SO", "BS", "BL", "SH",
        "AR", "AI", "SG", "GR", "TG", "VD", "VS", "NE", "GE", "JU"};
    private static final Pattern SWISS_TOWN = Pattern.compile("(?U)(?<![\\p{L}\\p{N}])\\p{Lu}\\p{Ll}+(?:[ \\t-]\\p{Lu}\\p{Ll}+)?[ \\t]"
            + "(?:" + String.join("|", CANTONS) + ")(?![\\p{L}\\p{N}])");

    /** "el Aeropuerto Internacional de Tocumen", "Aeropuerto Internacional El Dorado": an airport, named whole (the tagger misses them). */
    private static final Pattern AIRPORT = Pattern.compile("(?U)\\bAeropuerto(?:[ \\t]+Internacional)?(?:[ \\t]+(?:de|del))?[ \\t]+"
            + "(?:(?:El|La)[ \\t]+)?" + CAP + "(?:[ \\t]+" + CAP + "){0,2}");

    /** "at Fagali'i airport", "through Faleolo international airport": the name before "airport" in lower case is the place's. */
    private static final Pattern NAMED_AIRPORT = Pattern.compile("(?U)\\b(?:at|from|to|via|through|into)[ \\t]+(?:the[ \\t]+)?(" + CAP
            + "(?:[ \\t]+" + CAP + "){0,2})(?=[ \\t]+(?:international[ \\t]+)?airport\\b)");
    private static final String[] AIRPORT_HEADS = {"at", "from", "to", "via", "through", "into"};

    /**
     * "the port of Constanta", "the Constanta Port", "in Constanta Port": a port by its town's one-word name (the tagger may take
     * it for a person's, and a listed company may have it among its names).
     */
    private static final Pattern NAMED_PORT = Pattern.compile("(?U)\\bport[ \\t]+of[ \\t]+((?>" + CAP + "))(?![ \\t]+" + CAP + ")"
            + "|\\b(?:the|in|at|from|to|into)[ \\t]+(?:the[ \\t]+)?(" + CAP + ")(?=[ \\t]+[Pp]ort\\b)");
    private static final String[] PORT_HEADS = {"port", "the", "in", "at", "from", "to", "into"};

    private static final Pattern SETTLEMENT_WORD_BEFORE = Pattern.compile("(?U)(?i)\\b(?:" + String.join("|", SETTLEMENT_KINDS)
            + "(?:[ \\t]+de)?|(?:" + String.join("|", ISLAND_HEADS) + ")(?:[ \\t]+de)?)[ \\t]+$");

    private static final Pattern PLACE_HEAD_BEFORE = Pattern.compile("(?U)(?i)\\b(?:" + String.join("|", NAMED_AFTER_HEADS)
            + ")[ \\t]+(?:de[ \\t]+)?$");

    /** Whether the word before {@code start} is one after which this stage reads a place's name ("el sector 20 de Febrero"). */
    static boolean afterPlaceHead(String text, int start) {
        return PLACE_HEAD_BEFORE.matcher(text.substring(Math.max(0, start - 24), start)).find();
    }

    /** Whether the word before {@code start} is a settlement's kind ("barrio", "colonia"), so a name there is a place's. */
    static boolean afterSettlementWord(String text, int start) {
        return SETTLEMENT_WORD_BEFORE.matcher(text.substring(Math.max(0, start - 24), start)).find();
    }

    @Override
    public String name() {
        return "place-names";
    }

    @Override
    public void apply(Work work) {
        String text = work.text();
        // each expression is tried only where its head word starts: they run on every document
        for (MatchResult m : Cues.findAt(SETTLEMENT, text, Cues.wordStartsAt(text, SETTLEMENT_HEADS))) {
            work.candidates.add(new Mention(new Span(m.start(), m.end()), m.group(), EntityKind.PLACE, "pattern", 0.8, null, null));
        }
        for (MatchResult m : Cues.findAt(NAMED_AFTER, text, Cues.wordStartsAt(text, NAMED_AFTER_HEADS))) {
            place(work, m);
        }
        for (MatchResult m : Cues.findAt(AIRPORT, text, Cues.wordStartsAt(text, "Aeropuerto"))) {
            work.candidates.add(new Mention(new Span(m.start(), m.end()), m.group(), EntityKind.PLACE, "pattern", 0.8, null, null));
        }
        for (MatchResult m : Cues.findAt(ISLAND_AFTER, text, Cues.wordStartsAt(text, ISLAND_HEADS))) {
            place(work, m);
        }
        for (MatchResult m : Cues.findAt(ARRIVED_IN, text, Cues.wordStartsAt(text, ARRIVAL_HEADS))) {
            place(work, m);
        }
        if (text.contains("coast")) {
            for (MatchResult m : Cues.findAt(COAST_OF, text, Cues.wordStartsAt(text, COAST_HEADS))) {
                String name = m.group(1);
                if (!name.endsWith("ish") && !CountryNames.demonym(name) && !name.endsWith("ese")) {
                    // "the Cornish coast", "the Colombian coast": a demonym, no place's name ("next to the Makran coast" is one)
                    place(work, m);
                }
            }
        }
        if (text.contains("port of ") || text.contains(" Port") || text.contains(" port")) {
            for (MatchResult m : Cues.findAt(NAMED_PORT, text, Cues.wordStartsAt(text, PORT_HEADS))) {
                int group = m.group(1) != null ? 1 : 2;
                if (!CountryNames.demonym(m.group(group))) {
                    place(work, m, group); // not "the Colombian port"
                }
            }
        }
        if (text.contains(" crossing") || text.contains(" port of entry") || text.contains(" border post") || text.contains(" land port")) {
            for (MatchResult m : Cues.findAt(CROSSING, text, Cues.wordStartsAt(text, CROSSING_HEADS))) {
                place(work, m);
            }
        }
        if (text.contains(" airport")) {
            for (MatchResult m : Cues.findAt(NAMED_AIRPORT, text, Cues.wordStartsAt(text, AIRPORT_HEADS))) {
                if (!CountryNames.demonym(m.group(1)) && CountryNames.code(m.group(1)) == null) {
                    place(work, m); // not "at the Samoan airport", nor "at Malawi airport" (the country's, which it names)
                }
            }
        }
        if (text.contains(" Housing ") || text.contains(" Village")) {
            Matcher housing = HOUSING.matcher(text);
            while (housing.find()) {
                work.candidates.add(new Mention(new Span(housing.start(), housing.end()), housing.group(), EntityKind.PLACE, "pattern", 0.8,
                        null, null));
            }
        }
        if (java.util.Arrays.stream(CANTONS).anyMatch(c -> text.contains(" " + c))) {
            Matcher town = SWISS_TOWN.matcher(text);
            while (town.find()) {
                work.candidates.add(new Mention(new Span(town.start(), town.end()), town.group(), EntityKind.PLACE, "pattern", 0.8, null, null));
            }
        }
        if (text.contains(" Canal")) {
            for (MatchResult m : Cues.findAt(WATERWAY, text, Cues.wordStartsAt(text, WATERWAY_HEADS))) {
                place(work, m);
            }
        }
    }

    private static void place(Work work, MatchResult m) {
        place(work, m, 1);
    }

    private static void place(Work work, MatchResult m, int group) {
        work.candidates.add(new Mention(new Span(m.start(group), m.end(group)), m.group(group), EntityKind.PLACE, "pattern", 0.8, null, null));
    }
}
