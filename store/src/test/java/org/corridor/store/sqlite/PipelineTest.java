package org.corridor.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.corridor.model.Statement;
import org.corridor.store.FileWriter;
import org.junit.jupiter.api.Test;

/** Both ways of handing a file's statements to the writer give the same batches and the same failures. */
class PipelineTest {
    private static FileWriter statements(int n) {
        return sink -> {
            for (int i = 0; i < n; i++) {
                sink.add(SqliteStoreTest.st("p-" + i, "Person", "name", "Name " + i, ""));
            }
            return new FileWriter.Produced(n, 0);
        };
    }

    private static List<List<String>> batches(boolean inline, FileWriter writer) throws SQLException {
        List<List<String>> out = new ArrayList<>();
        Pipeline.BatchConsumer consumer = batch -> out.add(batch.stream().map(Statement::entityId).toList());
        FileWriter.Produced produced = inline ? Pipeline.inline(writer, 4, consumer) : Pipeline.run(writer, 4, consumer);
        assertThat(produced.entities()).isEqualTo(out.stream().mapToInt(List::size).sum());
        return out;
    }

    @Test
    void inlineGivesTheBatchesTheThreadedPipelineGives() throws SQLException {
        for (int n : new int[] {0, 1, 4, 9}) {
            List<List<String>> inline = batches(true, statements(n));
            assertThat(inline).isEqualTo(batches(false, statements(n)));
            assertThat(inline).allSatisfy(b -> assertThat(b).hasSizeBetween(1, 4));
        }
        assertThat(batches(true, statements(9))).hasSize(3);
    }

    @Test
    void aFailedInsertStopsReadingAndIsRethrownAsItself() {
        int[] produced = {0};
        FileWriter writer = sink -> {
            for (int i = 0; i < 100; i++) {
                produced[0]++;
                sink.add(SqliteStoreTest.st("p-" + i, "Person", "name", "Name " + i, ""));
            }
            return new FileWriter.Produced(100, 0);
        };
        SQLException full = new SQLException("disk full");
        int[] calls = {0};
        assertThatThrownBy(() -> Pipeline.inline(writer, 4, batch -> {
            if (++calls[0] == 2) {
                throw full;
            }
        })).isSameAs(full);
        assertThat(produced[0]).isEqualTo(8);
    }

    @Test
    void aFailedReadIsRethrownAsItself() {
        IllegalStateException broken = new IllegalStateException("bad record");
        FileWriter writer = sink -> {
            sink.add(SqliteStoreTest.st("p-1", "Person", "name", "One", ""));
            throw broken;
        };
        assertThatThrownBy(() -> Pipeline.inline(writer, 4, batch -> { })).isSameAs(broken);
        assertThatThrownBy(() -> Pipeline.run(writer, 4, batch -> { })).isSameAs(broken);
    }
}
