package org.corridor.ingest;

import java.util.List;

/**
 * What a reader made of a file.
 *
 * @param records      records (rows, lines) read from the file
 * @param entities     entities read
 * @param skipped      values or records left out
 * @param skipReasons  the first few reasons, for the report
 * @param companions   other files read with it (OFAC's alt.csv and add.csv)
 */
public record ReadSummary(long records, long entities, long skipped, List<String> skipReasons, List<String> companions) {
}
