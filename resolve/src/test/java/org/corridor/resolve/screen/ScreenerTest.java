package org.corridor.resolve.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.corridor.resolve.names.NameAnalyzer;
import org.corridor.resolve.score.Qualifiers;
import org.corridor.resolve.score.ScoreOptions;
import org.junit.jupiter.api.Test;

class ScreenerTest {
    private final NameAnalyzer analyzer = new NameAnalyzer();

    private Listed party(String id, String... names) {
        return new Listed(id, "Person", names[0], java.util.Arrays.stream(names).map(analyzer::analyze).toList(), Qualifiers.NONE);
    }

    @Test
    void aNicknameInQuotesIsScreenedWithAndWithoutTheRestOfTheName() {
        NameIndex index = NameIndex.of(List.of(party("a", "GUZMAN LOERA, Joaquin", "EL CHAPO"), party("b", "GUZMAN LOPEZ, Ovidio"),
                party("c", "ZAMBADA GARCIA, Ismael", "EL MAYO")));
        Screener screener = new Screener(index, analyzer, ScoreOptions.DEFAULTS);
        for (String q : List.of("Joaquin 'El Chapo' Guzman", "Joaquín “El Chapo” Guzmán", "Joaquin \"El Chapo\" Guzman")) {
            List<Hit> hits = screener.screen(q, Qualifiers.NONE, 5);
            assertThat(hits).as(q).isNotEmpty();
            assertThat(hits.get(0).entity().id()).as(q).isEqualTo("a");
            assertThat(hits).extracting(h -> h.entity().id()).as(q).doesNotContain("c");
        }
        // without quotes the extra word is simply unmatched
        assertThat(screener.screen("Joaquin Guzman Loera", Qualifiers.NONE, 5).get(0).entity().id()).isEqualTo("a");
    }
}
