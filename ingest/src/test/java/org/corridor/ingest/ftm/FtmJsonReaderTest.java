package org.corridor.ingest.ftm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.corridor.ingest.Reading;
import org.corridor.testkit.HostileFiles;
import org.corridor.testkit.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FtmJsonReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsEveryEntityOfAClusterOfEveryRelationshipSchema() {
        Reading r = Reading.of(new FtmJsonReader(), TestData.ownershipCluster());
        assertThat(r.summary().entities()).isEqualTo(53);
        assertThat(r.summary().skipped()).isZero();
    }

    @Test
    void keepsTheFirstAndLastSeenDatesTheExportGives() {
        Reading r = Reading.of(new FtmJsonReader(), TestData.smallSample());
        var name = r.of("cx-person-orlov").stream().filter(s -> s.property().equals("name")).findFirst().orElseThrow();
        assertThat(name.firstSeen()).isEqualTo("2024-02-26T16:57:25");
        assertThat(name.lastSeen()).isEqualTo("2024-06-01T10:57:03");
    }

    @Test
    void anEntityOfAnUnknownSchemaIsSkippedAndCountedNotFatal() {
        Path file = HostileFiles.write(dir, "wallets.ftm.jsonl", """
                {"id": "w-1", "schema": "CryptoWallet", "properties": {"publicKey": ["abc"]}}
                {"id": "p-1", "schema": "Person", "properties": {"name": ["Ana Example"], "shoeSize": ["42"]}}
                """);
        Reading r = Reading.of(new FtmJsonReader(), file);
        assertThat(r.summary().entities()).isEqualTo(1);
        assertThat(r.summary().skipped()).isEqualTo(2);
        assertThat(r.summary().skipReasons()).anyMatch(s -> s.contains("schema 'CryptoWallet' is not known"))
                .anyMatch(s -> s.contains("has no property 'shoeSize'"));
    }
}
