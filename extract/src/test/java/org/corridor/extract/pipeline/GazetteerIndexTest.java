package org.corridor.extract.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.corridor.extract.text.EntityKind;
import org.corridor.extract.text.Lexicon;
import org.corridor.extract.text.Mention;
import org.corridor.extract.text.Names;
import org.corridor.extract.text.Span;

/** The gazetteer's index by first words finds what trying every name at every token finds. */
class GazetteerIndexTest {
    private static final List<String> WORDS = List.of("Los", "los", "LOS", "Cartel", "cartel", "de", "del", "Sinaloa", "SINALOA",
            "Golfo", "Zetas", "Tren", "Aragua", "Clan", "El", "Mayo", "Ismael", "Zambada", "García", "GARCIA", "CJNG", "Jalisco",
            "Nueva", "Generación", "Frente", "MS-13", "Mara", "Salvatrucha", "Estado", "Mexico", "Colombia");

    @Provide
    Arbitrary<List<String>> names() {
        return Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(4).map(w -> String.join(" ", w)).list().ofMaxSize(40);
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> gap = Arbitraries.of(" ", " ", " ", "-", " - ", ", ", ". ", "\n", "  ");
        return net.jqwik.api.Combinators.combine(Arbitraries.of(WORDS), gap).as((w, g) -> w + g).list().ofMaxSize(24)
                .map(p -> String.join("", p));
    }

    @Property(tries = 3000)
    void findsWhatAScanOfEveryNameFinds(@ForAll("names") List<String> names, @ForAll("names") List<String> people,
            @ForAll("texts") String text) {
        Gazetteer gazetteer = new Gazetteer(Lexicon.standard());
        for (int i = 0; i < names.size(); i++) {
            gazetteer.addParty(names.get(i), EntityKind.ORGANIZATION, new Mention.Listed("org-" + i, "Organization", names.get(i),
                    names.get(i)));
        }
        for (int i = 0; i < people.size(); i++) {
            gazetteer.addParty(people.get(i), EntityKind.PERSON, new Mention.Listed("person-" + i, "Person", people.get(i), people.get(i)));
        }
        gazetteer.addCountry("Mexico", "mx");
        assertThat(spans(gazetteer.find(text))).as(text).isEqualTo(scan(gazetteer, text));
    }

    /** At each token, the longest name that matches there, the first added of equal length; then past it. */
    private static List<String> scan(Gazetteer gazetteer, String text) {
        List<Span> tokens = Names.tokens(text, 0, text.length());
        String[] keys = new String[tokens.size()];
        List<String> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Gazetteer.Entry best = null;
            int first = text.codePointAt(tokens.get(i).start());
            // a name starts capitalised, or with a lower-case "cártel" (written() then asks the rest be capitalised)
            if (Character.isUpperCase(first) || Character.isDigit(first) || Names.fold(tokens.get(i).of(text)).equals("cartel")) {
                for (Gazetteer.Entry e : gazetteer.entries()) {
                    int n = e.keys().size();
                    if (i + n <= tokens.size() && (best == null || n > best.keys().size()) && Gazetteer.matches(e, text, tokens, keys, i)
                            && Gazetteer.written(text, tokens.subList(i, i + n), e) && Gazetteer.adjacent(text, tokens.subList(i, i + n))) {
                        best = e;
                    }
                }
            }
            if (best == null) {
                i++;
                continue;
            }
            int n = best.keys().size();
            Span span = new Span(tokens.get(i).start(), tokens.get(i + n - 1).end());
            if (best.listed() != null && n == 1 && CountryNames.demonym(span.of(text))) {
                i++; // find()'s judgements of a match, applied after the index's choice
                continue;
            }
            if (best.listed() != null && n == 1 && i + 1 < tokens.size() && gazetteer.firstOfACompound(text, span, tokens.get(i + 1))) {
                i += 2;
                continue;
            }
            found.add(tokens.get(i).start() + "-" + tokens.get(i + n - 1).end() + " " + gazetteer.kindOf(best) + " "
                    + (best.listed() == null ? best.code() : best.listed().entityId()));
            i += n;
        }
        return found;
    }

    private static List<String> spans(List<Mention> mentions) {
        return mentions.stream().map(m -> m.span().start() + "-" + m.span().end() + " " + m.kind() + " "
                + (m.listed() == null ? m.code() : m.listed().entityId())).toList();
    }
}
