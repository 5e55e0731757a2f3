package org.corridor.resolve.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameAnalyzerTest {
    private final NameAnalyzer analyzer = new NameAnalyzer();

    private String texts(String name) {
        return String.join(" ", analyzer.analyze(name).tokens().stream().map(Token::text).toList());
    }

    @Test
    void accentsCaseAndScriptsFoldToLowerCaseAscii() {
        assertThat(texts("Cártel de Jalisco Nueva Generación")).isEqualTo("cartel de jalisco nueva generacion");
        assertThat(texts("Иван Петров")).isEqualTo("ivan petrov");
        assertThat(texts("ŞAHİN, Ömer")).isEqualTo("sahin omer");
    }

    @Test
    void numbersAreTheirOwnTokens() {
        assertThat(texts("MS-13")).isEqualTo("ms 13");
        assertThat(texts("Calle18")).isEqualTo("calle 18");
        assertThat(analyzer.analyze("Barrio 18").tokens().get(1).kind()).isEqualTo(Token.Kind.NUMBER);
    }

    @Test
    void particlesAndOrganisationWordsAreClassedNotDropped() {
        NameForm f = analyzer.analyze("Los Zetas Cartel, S.A. de C.V.");
        assertThat(f.tokens()).extracting(Token::text).containsExactly("los", "zetas", "cartel", "sa", "de", "cv");
        assertThat(f.tokens()).extracting(Token::kind).containsExactly(Token.Kind.PARTICLE, Token.Kind.WORD, Token.Kind.ORG_WORD,
                Token.Kind.ORG_WORD, Token.Kind.PARTICLE, Token.Kind.ORG_WORD);
    }

    @Test
    void acronymsComeFromInitialsWithAndWithoutParticles() {
        assertThat(analyzer.analyze("Cartel de Jalisco Nueva Generacion").acronyms()).contains("cjng", "cdjng");
        assertThat(analyzer.analyze("Fuerzas Armadas Revolucionarias de Colombia").acronyms()).contains("farc");
    }

    @Test
    void phoneticKeysJoinSpanishAndEnglishSpellings() {
        assertThat(Phonetic.key("guzman")).isEqualTo(Phonetic.key("gusman"));
        assertThat(Phonetic.key("villa")).isEqualTo(Phonetic.key("biya"));
        assertThat(Phonetic.key("zambada")).isEqualTo(Phonetic.key("sambada"));
        assertThat(Phonetic.key("quintero")).isEqualTo(Phonetic.key("kintero"));
        assertThat(Phonetic.key("hernandez")).isEqualTo(Phonetic.key("ernandes"));
        assertThat(Phonetic.key("guzman")).isNotEqualTo(Phonetic.key("gomez"));
    }

    @Test
    void theAsciiFastPathEqualsIcuOnEveryNameOfTheListsThatIsAscii() throws Exception {
        NameAnalyzer analyzer = new NameAnalyzer();
        int checked = 0;
        for (String line : java.nio.file.Files.readAllLines(org.corridor.testkit.TestData.namesJsonl2025())) {
            for (com.fasterxml.jackson.databind.JsonNode n : new com.fasterxml.jackson.databind.ObjectMapper().readTree(line).get("names")) {
                String name = n.get("full_name").asText();
                if (name.chars().allMatch(c -> c < 0x80)) {
                    assertThat(analyzer.analyze(name)).as(name).isEqualTo(analyzer.analyzeThroughIcu(name));
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(40_000);
    }
}
