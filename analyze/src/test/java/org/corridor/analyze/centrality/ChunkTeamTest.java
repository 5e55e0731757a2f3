package org.corridor.analyze.centrality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChunkTeamTest {
    private static final String HELPER = "corridor-chunk";
    /** The probe: passes 0..4 alone, then the team's first pass (5) and its timed passes 6..9. */
    private static final int FIRST_TEAM_PASS = ChunkTeam.PROBE_PASSES + 1;
    private static final int PROBE_END = FIRST_TEAM_PASS + ChunkTeam.PROBE_PASSES;

    /** Counts passes per chunk and records which thread ran each; sleeps as told to stand for work. */
    private static final class Recorder implements ChunkTeam.Passes {
        final int rounds;
        final long[] total;
        final long[] sleepMillis;
        final int stallAt;
        /** Busy time a helper (not the caller) spends on each pass. */
        long helperSpinNanos;
        final List<String> ranBy = Collections.synchronizedList(new ArrayList<>());
        int round;

        /** Chunk c sleeps sleepMillis[c] per pass; chunk 1 sleeps 60 ms more on pass stallAt. */
        Recorder(int rounds, long[] sleepMillis, int stallAt) {
            this.rounds = rounds;
            this.total = new long[sleepMillis.length];
            this.sleepMillis = sleepMillis;
            this.stallAt = stallAt;
        }

        @Override
        public void pass(int c) {
            if (helperSpinNanos > 0 && Thread.currentThread().getName().equals(HELPER)) {
                long until = System.nanoTime() + helperSpinNanos;
                while (System.nanoTime() < until) {
                    Thread.onSpinWait();
                }
            }
            sleep(sleepMillis[c] + (c == 1 && round == stallAt ? 60 : 0));
            total[c] += round + 1;
            ranBy.add(round + ":" + c + ":" + Thread.currentThread().getName());
        }

        @Override
        public boolean advance() {
            round++;
            return round == rounds;
        }

        boolean helperRan(int pass) {
            return ranBy.stream().anyMatch(s -> s.startsWith(pass + ":") && s.endsWith(":" + HELPER));
        }

        int lastHelperPass() {
            return ranBy.stream().filter(s -> s.endsWith(":" + HELPER)).mapToInt(s -> Integer.parseInt(s.split(":")[0]))
                    .max().orElse(-1);
        }

        private static void sleep(long millis) {
            if (millis == 0) {
                return;
            }
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Test
    void everyChunkRunsOncePerPassWithOrWithoutHelpers() {
        for (int chunks : new int[] {1, 2, 3}) {
            Recorder r = new Recorder(50, new long[chunks], -1);
            String caller = Thread.currentThread().getName();
            ChunkTeam.run(r, chunks);
            for (int c = 0; c < chunks; c++) {
                assertThat(r.total[c]).as("chunk %d of %d", c, chunks).isEqualTo(50L * 51 / 2);
            }
            assertThat(r.ranBy).hasSize(50 * chunks);
            // the probe's passes alone run on the caller
            assertThat(r.ranBy).contains("0:" + (chunks - 1) + ":" + caller, ChunkTeam.PROBE_PASSES + ":" + (chunks - 1) + ":" + caller);
            if (chunks > 1) {
                // the team's first pass always goes to the helpers: its wait is not judged
                assertThat(r.helperRan(FIRST_TEAM_PASS)).isTrue();
            }
        }
    }

    @Test
    void aTeamSlowerThanOneThreadIsDropped() {
        // chunk 1 costs 0.5 ms only on a helper, so the team's passes take longer than the caller alone
        Recorder r = new Recorder(30, new long[] {0, 0}, -1);
        r.helperSpinNanos = 500_000;
        String caller = Thread.currentThread().getName();
        ChunkTeam.run(r, 2);
        assertThat(r.total[1]).isEqualTo(30L * 31 / 2);
        assertThat(r.helperRan(FIRST_TEAM_PASS)).isTrue();
        assertThat(r.lastHelperPass()).isLessThanOrEqualTo(PROBE_END);
        assertThat(r.ranBy).contains((PROBE_END + 1) + ":1:" + caller, "29:1:" + caller);
    }

    @Test
    void aTeamFasterThanOneThreadIsKept() {
        // alone a pass takes 50 ms, on the team 25 ms; a helper would need to overrun by 25 ms to count as stalled (with 10 ms
        // chunks this failed once on a machine busy with two other builds: the helper was descheduled for more than 10 ms)
        Recorder r = new Recorder(16, new long[] {25, 25}, -1);
        ChunkTeam.run(r, 2);
        assertThat(r.total[1]).isEqualTo(16L * 17 / 2);
        assertThat(r.lastHelperPass()).isEqualTo(15);
    }

    @Test
    void aStalledHelperHandsItsChunkToTheCaller() {
        Recorder r = new Recorder(24, new long[] {10, 10}, 13);
        String caller = Thread.currentThread().getName();
        ChunkTeam.run(r, 2);
        assertThat(r.total[0]).isEqualTo(24L * 25 / 2);
        assertThat(r.total[1]).isEqualTo(24L * 25 / 2);
        // the helper runs until it stalls on pass 13 (or earlier on a very busy machine); then the caller runs both chunks
        assertThat(r.lastHelperPass()).isBetween(FIRST_TEAM_PASS, 13);
        assertThat(r.ranBy).contains("14:0:" + caller, "14:1:" + caller, "23:1:" + caller);
    }
}
