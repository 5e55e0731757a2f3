package org.corridor.testkit;

import java.nio.file.Files;
import java.nio.file.Path;

/** The real data under {@code ../shared/data} beside the project, found from any module folder. */
public final class SharedData {
    private SharedData() {
    }

    public static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolveSibling("shared").resolve("data");
            if (Files.isDirectory(candidate) && Files.isRegularFile(dir.resolve("pom.xml"))
                    && Files.isDirectory(dir.resolve("model"))) {
                return candidate;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("../shared/data not found beside the project; tests need the shared data");
    }

    public static Path sanctions(String relative) {
        return root().resolve("sanctions").resolve(relative);
    }

    public static Path sdn2024() {
        return sanctions("ofac_sdn_csv_2024-05-03/sdn.csv");
    }

    public static Path sdn2021() {
        return sanctions("ofac_sdn_csv_2021-04-25/sdn.csv");
    }

    public static Path namesJsonl2025() {
        return sanctions("ofac_sdn_names_aliases_2025-11-26/sdn_entities.jsonl");
    }

    /** UCDP GED events in Mexico, 1989 to 2015: 5,820 rows, 49 columns. */
    public static Path ucdpGedMexico() {
        return root().resolve("events/ucdp_ged_mexico_1989-2015.csv");
    }

    public static Path ftmSample(String name) {
        return sanctions("ftm_samples/" + name);
    }
}
