package org.corridor.analyze.centrality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChunkTeamTest {
    /** Counts passes per chunk and records which thread ran each; chunk 1 stalls on a chosen pass. */
    private static final class Recorder implements ChunkTeam.Passes {
        final int chunks;
        final int rounds;
        final int stallAt;
        final long[] total;
        final List<String> ranBy = Collections.synchronizedList(new ArrayList<>());
        int round;

        Recorder(int chunks, int rounds, int stallAt) {
            this.chunks = chunks;
            this.rounds = rounds;
            this.stallAt = stallAt;
            this.total = new long[chunks];
        }

        @Override
        public void pass(int c) {
            if (c == 1 && round == stallAt) {
                try {
                    Thread.sleep(30);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            total[c] += round + 1;
            ranBy.add(round + ":" + c + ":" + Thread.currentThread().getName());
        }

        @Override
        public boolean advance() {
            round++;
            return round == rounds;
        }
    }

    @Test
    void everyChunkRunsOncePerPassWithOrWithoutHelpers() {
        for (int chunks : new int[] {1, 2, 3}) {
            Recorder r = new Recorder(chunks, 50, -1);
            ChunkTeam.run(r, chunks);
            for (int c = 0; c < chunks; c++) {
                assertThat(r.total[c]).as("chunk %d of %d", c, chunks).isEqualTo(50L * 51 / 2);
            }
            assertThat(r.ranBy).hasSize(50 * chunks);
            if (chunks > 1) {
                // the first two passes always go to the helpers: the wait after the first is not judged
                assertThat(r.ranBy).contains("0:1:corridor-chunk", "1:1:corridor-chunk");
            }
        }
    }

    @Test
    void aStalledHelperHandsItsChunkToTheCaller() {
        Recorder r = new Recorder(2, 40, 5);
        String caller = Thread.currentThread().getName();
        ChunkTeam.run(r, 2);
        assertThat(r.total[0]).isEqualTo(40L * 41 / 2);
        assertThat(r.total[1]).isEqualTo(40L * 41 / 2);
        // after the stalled pass the caller runs both chunks (on a busy machine a real stall may
        // have handed them over earlier, which is fine); the helper never runs again
        assertThat(r.ranBy).contains("0:1:corridor-chunk", "6:0:" + caller, "6:1:" + caller, "39:1:" + caller);
        assertThat(r.ranBy).noneMatch(s -> s.matches("(\\d+):1:corridor-chunk") && Integer.parseInt(s.split(":")[0]) > 5);
    }
}
