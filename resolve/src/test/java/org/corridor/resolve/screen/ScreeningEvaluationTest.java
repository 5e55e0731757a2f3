package org.corridor.resolve.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.corridor.resolve.score.ScoreOptions;
import org.corridor.testkit.TestData;
import org.junit.jupiter.api.Test;

class ScreeningEvaluationTest {
    @Test
    void theCaseTableMeetsRecallAndPrecisionAtTheDefaultThreshold() {
        NameIndex index = Evaluation.loadNamesFile(TestData.namesJsonl2025());
        List<Evaluation.Case> cases = Evaluation.cases();
        assertThat(cases).hasSizeGreaterThan(1000);
        List<Evaluation.Outcome> outcomes = Evaluation.run(index, cases, ScoreOptions.DEFAULTS);
        double recall = Evaluation.recall(outcomes);
        double precision = Evaluation.precision(outcomes);
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT, "recall %.4f, precision %.4f%n", recall, precision));
        Evaluation.byKind(outcomes).forEach((kind, a) -> report.append(String.format(Locale.ROOT, "  %-16s %4.0f cases, %.4f right%n",
                kind, a[0], a[1] / a[0])));
        outcomes.stream().filter(o -> o.c().expected().isEmpty() ? !o.hits().isEmpty() : !o.found()).limit(40)
                .forEach(o -> report.append("  miss: ").append(o.c()).append(" -> ")
                        .append(o.hits().isEmpty() ? "no hit" : o.hits().stream().limit(3).map(h -> h.entity().id() + " '"
                                + h.matchedName() + "' " + String.format(Locale.ROOT, "%.3f", h.score().value()))
                                .collect(java.util.stream.Collectors.joining(", ")))
                        .append('\n'));
        System.out.print(report);
        assertThat(recall).as(report.toString()).isGreaterThanOrEqualTo(0.98);
        assertThat(precision).as(report.toString()).isGreaterThanOrEqualTo(0.95);
    }
}
