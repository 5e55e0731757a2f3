package org.corridor.cli;

import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** The bundled campaign dataset (the example pack's campaign folder), copied out of the jar for a test. */
final class CampaignDataset {
    static final String PACK = "/org/corridor/app/examples/campaign/";
    static final String STRIKES = "strikes-2025-26.csv";
    static final String TOTALS = "running-totals-2025-26.csv";
    static final String VESSEL_CAMPAIGN = "US strikes on vessels 2025-26";

    private CampaignDataset() {
    }

    /** Copies the dataset's files into {@code dir} and returns it. */
    static Path copyTo(Path dir) throws Exception {
        Files.createDirectories(dir);
        for (String name : List.of(STRIKES, "strikes-2025-26.mapping.yaml", TOTALS, "running-totals-2025-26.mapping.yaml")) {
            try (InputStream in = CampaignDataset.class.getResourceAsStream(PACK + name)) {
                if (in == null) {
                    throw new IllegalStateException(PACK + name + " is missing from the example pack");
                }
                Files.copy(in, dir.resolve(name));
            }
        }
        return dir;
    }

    static List<Map<String, String>> rows(Path csv) throws Exception {
        List<Map<String, String>> out = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                out.add(rec.toMap());
            }
        }
        return out;
    }
}
