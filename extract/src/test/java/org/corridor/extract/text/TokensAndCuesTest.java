package org.corridor.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The hand-written tokenizer and the cue-driven matching give what the regular expressions give. */
class TokensAndCuesTest {
    @Provide
    Arbitrary<String> newsLike() {
        return Arbitraries.strings().withChars("aAbsSéñÜxyz.U'’-  \t\n1²Ⅻ_,()\"«CJNG").ofMinLength(0).ofMaxLength(60);
    }

    @Property(tries = 3000)
    void tokensAreThoseOfTheTokenExpression(@ForAll("newsLike") String text) {
        assertThat(spans(Tokens.of(text, 0, text.length()))).isEqualTo(regexTokens(text, 0, text.length()));
        int from = text.length() / 3;
        int to = text.length() - text.length() / 4;
        assertThat(spans(Tokens.of(text, from, to))).as("region %d-%d", from, to).isEqualTo(regexTokens(text, from, to));
    }

    @Test
    void abbreviationsApostrophesAndPossessives() {
        String text = "U.S. and EE.UU. forces; U. S. Navy; Mexico's O'Neill (ex-chief) said don't";
        assertThat(Tokens.of(text, 0, text.length())).extracting(s -> s.of(text))
                .containsExactly("U.S.", "and", "EE.UU.", "forces", "U. S.", "Navy", "Mexico", "s", "O'Neill", "ex-chief", "said", "don't");
    }

    @Property(tries = 2000)
    void findAtFindsWhatFindFinds(@ForAll("newsLike") String text) {
        Pattern pattern = Pattern.compile("(?U)\\b\\p{Lu}\\p{L}*(?:[ ]\\p{Lu}\\p{L}*)?[ ](?:'|\")");
        List<String> expected = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            expected.add(m.start() + "-" + m.end());
        }
        List<String> actual = Cues.findAt(pattern, text, i -> Cues.wordStartsCapitalised(text, i)).stream()
                .map(r -> r.start() + "-" + r.end()).toList();
        assertThat(actual).isEqualTo(expected);
    }

    @Property(tries = 2000)
    void cuesFoldEachCharacterAsCaseInsensitiveMatchingDoes(@ForAll String text) {
        StringBuilder expected = new StringBuilder();
        for (char c : text.toCharArray()) {
            expected.append(Character.toLowerCase(Character.toUpperCase(c)));
        }
        assertThat(Cues.lower(text)).isEqualTo(expected.toString());
        WordIndex words = new WordIndex(text);
        for (int w = 0; w < words.size(); w++) {
            int start = words.start(w);
            assertThat(words.key(w)).isEqualTo(expected.substring(start, start + words.key(w).length()));
        }
    }

    @Test
    void cuesAreLowerCasedWithoutMovingPositions() {
        String text = "İSTANBUL Ötzi DETUVO";
        assertThat(Cues.lower(text)).hasSameSizeAs(text);
        assertThat(Cues.any(Cues.lower(text), "detuv")).isTrue();
        assertThat(Cues.any(Cues.lower(text), "arrest")).isFalse();
    }

    private static List<String> spans(List<Span> spans) {
        return spans.stream().map(s -> s.start() + "-" + s.end()).toList();
    }

    private static List<String> regexTokens(String text, int from, int to) {
        List<String> found = new ArrayList<>();
        Matcher m = Names.TOKEN.matcher(text).region(from, to);
        while (m.find()) {
            found.add(m.start() + "-" + m.end());
        }
        return found;
    }
}
