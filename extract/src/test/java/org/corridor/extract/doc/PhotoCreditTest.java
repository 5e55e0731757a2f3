package org.corridor.extract.doc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The credit check that looks only at a line's end, and only when a credit's word is there, agrees with the expression's own scan. */
class PhotoCreditTest {
    private static final List<String> PIECES = List.of("(AP Photo", "(AP Photo/Jane Doe, File)", "(AP)", "AFP/GETTY IMAGES", "AFP/", "REUTERS/",
            "EFE/", "Foto", "Foto: ", "Photo", "Photo: ", "AP", ")", "/", " ", "  ", "\t", "Jane Doe", "Caracas", "x", ".", "Foto:EFE",
            "REUTERS", "Photo:\u00a0Navy");

    @Test
    void generatedLinesAndEveryCorpusLineAgreeWithTheFullScan() throws Exception {
        SplittableRandom random = new SplittableRandom(7);
        int credits = 0;
        for (int n = 0; n < 200_000; n++) {
            StringBuilder line = new StringBuilder();
            int parts = 1 + random.nextInt(8);
            for (int p = 0; p < parts; p++) {
                line.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            String l = line.length() > 150 ? line.substring(0, 150) : line.toString();
            boolean expected = PageFurniture.CREDIT.matcher(l).find();
            assertThat(PageFurniture.isCredit(l)).as(l).isEqualTo(expected);
            credits += expected ? 1 : 0;
        }
        assertThat(credits).as("generated lines that are credits").isGreaterThan(10_000);
        List<Path> files;
        try (Stream<Path> dev = Files.list(Path.of("../corpus/reports")); Stream<Path> real = Files.list(Path.of("../corpus/real/reports"))) {
            files = Stream.concat(dev, real).toList();
        }
        for (Path f : files) {
            for (String l : Files.readAllLines(f)) {
                if (l.length() <= 160) {
                    assertThat(PageFurniture.isCredit(l)).as(f + ": " + l).isEqualTo(PageFurniture.CREDIT.matcher(l).find());
                }
            }
        }
    }
}
