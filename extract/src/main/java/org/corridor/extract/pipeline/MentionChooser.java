package org.corridor.extract.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.corridor.extract.text.EntityKind;
import org.corridor.extract.text.Mention;
import org.corridor.extract.text.Names;

/**
 * Settles overlapping candidates: a name from the workspace gazetteer beats an acronym, a
 * group-name pattern or a country, which beat the tagger's guess, unless the tagger's name is
 * longer and holds the other ("U.S. Southern Command" over "U.S."). Drops what is not a name:
 * miscellaneous tags, words in lower case, "US" in "US$", and "Estado" in "secretario de Estado".
 */
public final class MentionChooser implements Stage {
    private static final Pattern TITLE_BEFORE = Pattern.compile("(?U)(?i)(?:secretari[oa]|ministr[oa]|secretary|minister)"
            + "\\s+(?:de|of|del|de la|for)\\s+$");
    private static final java.util.Set<String> CAPITALS = java.util.Set.of("washington", "caracas", "bogota", "quito", "lima", "ottawa",
            "beijing", "moscow", "moscu", "havana", "la habana", "managua", "tegucigalpa", "london", "londres", "brussels", "bruselas",
            "madrid", "paris", "ciudad de mexico", "mexico city", "kyiv", "tehran", "teheran", "pekin", "la paz", "brasilia", "santiago",
            "buenos aires", "panama", "port of spain", "kingston", "santo domingo", "san salvador", "guatemala");
    private static final Pattern DATELINE = Pattern.compile("(?U)^[\\p{Lu} .,'’-]*\\s*[—–-]");

    /** Words taggers call organisations when they head a title ("Defense Secretary", "secretario de Seguridad"). */
    private static final java.util.Set<String> NOT_NAMES = java.util.Set.of("defense", "defence", "homeland", "security", "justice",
            "war", "interior", "estado", "gobierno", "defensa", "seguridad", "justicia", "guerra", "hacienda", "gobernacion",
            "state", "foreign", "exteriores", "government", "administration", "presidencia", "ministerio", "ministry", "department",
            "departamento");

    @Override
    public String name() {
        return "choose";
    }

    @Override
    public void apply(Work work) {
        String text = work.text();
        List<Mention> usable = new ArrayList<>();
        for (Mention raw : splitPossessives(text, work.candidates)) {
            Mention m = metonymOrDateline(text, raw);
            if (m.kind() == EntityKind.MISC) {
                continue;
            }
            if (!m.origin().equals("pattern") && !Names.capitalised(m.text())) {
                continue;
            }
            if (m.end() < text.length() && text.charAt(m.end()) == '$') {
                continue;
            }
            if (m.origin().equals("ner") && m.kind() == EntityKind.ORGANIZATION
                    && TITLE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 40), m.start())).find()) {
                continue;
            }
            if (m.origin().equals("ner") && NOT_NAMES.contains(Names.fold(m.text()))) {
                continue;
            }
            usable.add(m);
        }
        // a country inside a longer tagged name is part of that name: "Mexico City", "Gulf of Mexico", "U.S. Southern Command"
        List<Mention> containers = usable.stream().filter(c -> c.origin().equals("ner")
                && (c.kind() == EntityKind.PLACE || c.kind() == EntityKind.ORGANIZATION)).toList();
        List<Mention> inside = new ArrayList<>();
        for (Mention m : usable) {
            if (m.kind() == EntityKind.COUNTRY) {
                for (Mention c : containers) {
                    if (c.span().contains(m.span()) && c.span().length() > m.span().length()) {
                        inside.add(m);
                        if (c.kind() == EntityKind.ORGANIZATION) {
                            work.nested.add(m);
                        }
                        break;
                    }
                }
            }
        }
        usable.removeAll(inside);
        usable.sort(Comparator.comparingInt(MentionChooser::score).reversed().thenComparing(Mention::span));
        List<Mention> kept = new ArrayList<>();
        for (Mention m : usable) {
            if (kept.stream().noneMatch(k -> k.span().overlaps(m.span()))) {
                kept.add(m);
            }
        }
        kept.sort(Comparator.comparing(Mention::span));
        work.mentions.addAll(kept);
        for (Mention m : usable) {
            if (m.kind() == EntityKind.COUNTRY && !kept.contains(m) && !work.nested.contains(m)
                    && kept.stream().anyMatch(k -> k.kind() == EntityKind.ORGANIZATION && k.span().contains(m.span()))) {
                work.nested.add(m);
            }
        }
    }

    /** "Treasury Department's Office of Foreign Assets Control" is two names. */
    private static List<Mention> splitPossessives(String text, List<Mention> candidates) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : candidates) {
            int at = m.origin().equals("ner") ? Math.max(m.text().indexOf("'s "), m.text().indexOf("’s ")) : -1;
            if (at > 0 && Names.capitalised(m.text().substring(at + 3)) && m.text().substring(at + 3).contains(" ")) {
                out.add(new Mention(new org.corridor.extract.text.Span(m.start(), m.start() + at), m.text().substring(0, at), m.kind(),
                        m.origin(), m.confidence(), null, null));
                int right = m.start() + at + 3;
                out.add(new Mention(new org.corridor.extract.text.Span(right, m.end()), text.substring(right, m.end()), m.kind(),
                        m.origin(), m.confidence(), null, null));
            } else {
                out.add(m);
            }
        }
        return out;
    }

    /** A capital standing for its government ("Washington said") and a dateline ("LIMA —") are places, not organisations. */
    private static Mention metonymOrDateline(String text, Mention m) {
        if (!m.origin().equals("ner") || m.kind() == EntityKind.PLACE) {
            return m;
        }
        if (m.kind() == EntityKind.ORGANIZATION && CAPITALS.contains(Names.key(m.text()))) {
            return m.withKind(EntityKind.PLACE, null);
        }
        int lineStart = text.lastIndexOf('\n', m.start()) + 1;
        int lineEnd = text.indexOf('\n', m.end());
        String rest = text.substring(m.end(), lineEnd < 0 ? text.length() : lineEnd);
        if (text.substring(lineStart, m.start()).isBlank() && Names.allCaps(m.text()) && DATELINE.matcher(rest).find()) {
            return m.withKind(EntityKind.PLACE, null);
        }
        return m;
    }

    private static int score(Mention m) {
        int bonus = switch (m.origin()) {
            case "gazetteer" -> 30;
            case "acronym" -> 25;
            case "pattern" -> 20;
            case "country", "place" -> 15;
            default -> 0;
        };
        return bonus + 2 * m.span().length();
    }
}
