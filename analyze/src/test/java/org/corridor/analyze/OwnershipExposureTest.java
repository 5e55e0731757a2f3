package org.corridor.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.corridor.analyze.exposure.ExposureResult;
import org.corridor.analyze.exposure.Holding;
import org.corridor.analyze.exposure.Listing;
import org.corridor.analyze.exposure.OwnershipExposure;
import org.junit.jupiter.api.Test;

class OwnershipExposureTest {
    private static final List<Holding> HOLDINGS = List.of(
            new Holding("S", "A", 70, "", "", "own-sa"),
            new Holding("A", "C", 30, "", "", "own-ac"),
            new Holding("S", "C", 25, "", "", "own-sc"),
            new Holding("B", "C", 45, "", "", "own-bc"),
            new Holding("C", "D", 60, "", "", "own-cd"),
            new Holding("A", "E", 40, "", "", "own-ae"));
    private static final List<Listing> LISTED = List.of(new Listing("S", "sanction-s", "SDNTK", "2020-01-01", ""));

    private static Map<String, ExposureResult> assess(List<Holding> holdings, String date) {
        return new OwnershipExposure(OwnershipExposure.OFAC_THRESHOLD).assess(holdings, LISTED, date).stream()
                .collect(Collectors.toMap(ExposureResult::entity, Function.identity()));
    }

    @Test
    void aggregatesDirectAndIndirectStakesWithoutMultiplyingDownTheChain() {
        Map<String, ExposureResult> r = assess(HOLDINGS, "");
        assertThat(r.get("S").listed()).isTrue();
        assertThat(r.get("A").blocked()).isTrue();
        assertThat(r.get("A").aggregate()).isEqualTo(70);
        // S 25% + A 30% = 55%; B's 45% does not count, and 70% x 30% is not how the rule works.
        assertThat(r.get("C").blocked()).isTrue();
        assertThat(r.get("C").aggregate()).isEqualTo(55);
        assertThat(r.get("D").blocked()).isTrue();
        assertThat(r.get("D").aggregate()).isEqualTo(60);
        assertThat(r.get("E").blocked()).isFalse();
        assertThat(r.get("E").aggregate()).isEqualTo(40);
        assertThat(r).doesNotContainKey("B");
    }

    @Test
    void eachAnswerShowsItsEvidenceChainBackToTheListing() {
        Map<String, ExposureResult> r = assess(HOLDINGS, "");
        assertThat(r.get("D").chain()).containsExactly(
                "D is blocked: blocked owners hold 60% in aggregate (C 60% [own-cd])",
                "C is blocked: blocked owners hold 55% in aggregate (A 30% [own-ac] + S 25% [own-sc])",
                "A is blocked: blocked owners hold 70% in aggregate (S 70% [own-sa])",
                "S is listed: SDNTK (sanction-s)");
        assertThat(r.get("E").chain()).last().asString()
                .isEqualTo("E is not blocked: blocked owners hold 40% in aggregate, below 50% (A 40% [own-ae])");
    }

    @Test
    void datesAreRespected() {
        List<Holding> dated = List.of(
                new Holding("S", "A", 70, "2018", "2019-06", "own-sa"),
                new Holding("A", "C", 60, "2021-03-01", "", "own-ac"));
        Map<String, ExposureResult> before = assess(dated, "2019-12-31");
        assertThat(before).doesNotContainKeys("A", "C");
        Map<String, ExposureResult> listedButSold = assess(dated, "2021-06-01");
        assertThat(listedButSold).doesNotContainKey("A");
        Map<String, ExposureResult> beforeListing = assess(List.of(new Holding("S", "A", 70, "", "", "own")), "2019-05-01");
        assertThat(beforeListing).isEmpty();
        assertThat(assess(List.of(new Holding("S", "A", 70, "2019", "2020-05", "own")), "2020-05-31").get("A").blocked()).isTrue();
    }

    @Test
    void exactlyFiftyPercentBlocks() {
        Map<String, ExposureResult> r = assess(List.of(new Holding("S", "X", 50, "", "", "own")), "");
        assertThat(r.get("X").blocked()).isTrue();
    }
}
