package org.corridor.testkit;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real and written data under {@code testdata/} in the repository, found from any module
 * folder. Nothing outside the clone is read: a missing file fails with its path in the repository.
 */
public final class TestData {
    private TestData() {
    }

    /** The repository's {@code testdata} folder. */
    public static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("model"))
                    && Files.isDirectory(dir.resolve("testkit"))) {
                return dir.resolve("testdata");
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("the Corridor repository root (pom.xml beside model/ and testkit/) was not found above "
                + Path.of("").toAbsolutePath() + "; run the tests from inside the clone");
    }

    /** A file under {@code testdata/}, which must exist. */
    public static Path file(String relative) {
        Path path = root().resolve(relative);
        if (!Files.exists(path)) {
            throw new IllegalStateException("testdata/" + relative + " is missing from the repository; restore it with "
                    + "'git checkout -- testdata' (see testdata/README.md for where it comes from)");
        }
        return path;
    }

    public static Path sanctions(String relative) {
        return file("sanctions/" + relative);
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
        return file("events/ucdp_ged_mexico_1989-2015.csv");
    }

    /** German party donations as FtM: 475 entities, 290 of them Payments. */
    public static Path donations() {
        return ftm("de_parteispenden_payments.ftm.jsonl");
    }

    /** Seven invented entities (Person 4, Organization 2, Address 1) with datasets, referents and seen dates. */
    public static Path smallSample() {
        return ftm("small_sample.ftm.jsonl");
    }

    /** 53 invented entities around one listed company, every relationship schema, several datasets each. */
    public static Path ownershipCluster() {
        return ftm("ownership_cluster.ftm.jsonl");
    }

    public static Path ftm(String name) {
        return file("ftm/" + name);
    }
}
