package org.corridor.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.corridor.extract.doc.Document;
import org.corridor.extract.facts.Extraction;
import org.corridor.extract.facts.OperationFact;
import org.corridor.extract.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Gold and extracted operations of one type are paired best fields first: the gold's first seizure does not take the
 * extracted seizure that the gold's second one matches in every field.
 */
class OperationPairingTest {
    private static final com.fasterxml.jackson.databind.node.NullNode NO_DEATHS =
            com.fasterxml.jackson.databind.node.NullNode.getInstance();

    private static OperationFact seizure(String date, String place) {
        return new OperationFact("seizure", null, LocalDate.parse(date), "day", null, place, null, null, List.of(), List.of(),
                null, null, null, null, null, null, null, null, null, null, null, 0.9);
    }

    @Test
    void theBestMatchingPairIsTakenFirst() {
        Gold gold = new Gold("r.txt", "https://example.org/r", List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(new Gold.GoldOperation("seizure", "2025-03-02", "Algeciras", NO_DEATHS),
                        new Gold.GoldOperation("seizure", "2025-03-02", "Barbate", NO_DEATHS)),
                List.of(), List.of(), List.of());
        Document doc = new Document("r.txt", "text", "", "", LocalDate.parse("2025-03-03"), null, null, Language.ES, List.of());
        Extraction x = new Extraction(doc, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(seizure("2025-03-02", "Barbate"), seizure("2025-02-20", "Algeciras")), List.of());

        ExtractionEval eval = new ExtractionEval();
        eval.add(gold, x);

        assertThat(eval.tallies().get("operation type").truePositives()).isEqualTo(2);
        assertThat(eval.tallies().get("operation place").truePositives()).as(eval.errors().toString()).isEqualTo(2);
        assertThat(eval.tallies().get("operation date").truePositives()).isEqualTo(1);
        assertThat(eval.tallies().get("operation type+date+place").truePositives()).isEqualTo(1);
        assertThat(eval.errors()).containsExactly("r.txt: seizure date is 2025-02-20, gold 2025-03-02");
    }
}
