package org.corridor.resolve.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.junit.jupiter.api.Test;

class JaroWinklerTest {
    @Test
    void agreesWithCommonsTextOnNamesAndOnRandomStrings() {
        JaroWinklerSimilarity reference = new JaroWinklerSimilarity();
        String[][] pairs = {{"martha", "marhta"}, {"dwayne", "duane"}, {"dixon", "dicksonx"}, {"guzman", "gusman"},
            {"zambada", "sambada"}, {"a", "b"}, {"abc", "abc"}, {"jellyfish", "smellyfish"}};
        for (String[] p : pairs) {
            assertThat(JaroWinkler.similarity(p[0], p[1])).as(p[0] + "/" + p[1]).isCloseTo(reference.apply(p[0], p[1]), within(1e-12));
        }
        Random random = new Random(5);
        for (int n = 0; n < 20_000; n++) {
            String a = word(random);
            String b = random.nextBoolean() ? word(random) : mutate(a, random);
            assertThat(JaroWinkler.similarity(a, b)).as(a + "/" + b).isCloseTo(reference.apply(a, b), within(1e-12));
        }
    }

    private static String word(Random r) {
        StringBuilder s = new StringBuilder();
        int n = 1 + r.nextInt(12);
        for (int i = 0; i < n; i++) {
            s.append((char) ('a' + r.nextInt(6)));
        }
        return s.toString();
    }

    private static String mutate(String a, Random r) {
        StringBuilder s = new StringBuilder(a);
        int i = r.nextInt(s.length());
        switch (r.nextInt(3)) {
            case 0 -> s.setCharAt(i, (char) ('a' + r.nextInt(6)));
            case 1 -> s.insert(i, (char) ('a' + r.nextInt(6)));
            default -> {
                if (s.length() > 1) {
                    s.deleteCharAt(i);
                }
            }
        }
        return s.toString();
    }
}
