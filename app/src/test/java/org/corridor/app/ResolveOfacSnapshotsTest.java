package org.corridor.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.corridor.model.Entity;
import org.corridor.resolve.xref.ResolveOptions;
import org.corridor.testkit.TestData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Resolution measured on the two real OFAC snapshots, each ingested in its own namespace so that
 * OFAC's shared ids do not give the answer away; the ids then serve as the truth. Both directions:
 * records of one listed party are merged (recall), and distinct parties, namesakes sharing a
 * surname above all, are not.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ResolveOfacSnapshotsTest {
    private static final Pattern DOB = Pattern.compile("DOB ([^;]+)");

    @TempDir
    static Path dir;

    private final Map<String, Record> old = new HashMap<>();
    private final Map<String, Record> current = new HashMap<>();
    private Corridor corridor;
    private ResolveService.Report report;
    private String digestBefore;

    /** One row of an sdn.csv: what the truth needs. */
    private record Record(String entNum, String name, boolean person, Set<String> births) {
        String folded() {
            return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
        }

        String surname() {
            return name.contains(",") ? name.substring(0, name.indexOf(',')).strip().toUpperCase(Locale.ROOT) : null;
        }
    }

    @BeforeAll
    void resolveBothSnapshots() throws Exception {
        read(TestData.sanctions("ofac_sdn_csv_2021-04-25/sdn.csv"), old);
        read(TestData.sanctions("ofac_sdn_csv_2024-05-03/sdn.csv"), current);
        corridor = Corridor.open(CorridorConfig.defaults().withWorkspace(dir.resolve("ws")), IngestServiceTest.FROZEN);
        ingest(TestData.sanctions("ofac_sdn_csv_2021-04-25"), "ofac2021");
        ingest(TestData.sanctions("ofac_sdn_csv_2024-05-03/sdn.csv"), "ofac2024");
        digestBefore = digest();
        report = corridor.resolution().resolve(ResolveOptions.DEFAULTS, false, ResolveService.Listener.QUIET);
    }

    @AfterAll
    void close() {
        corridor.close();
    }

    private void ingest(Path path, String namespace) {
        List<FileReport> reports = corridor.ingest().ingest(List.of(path), new IngestOptions(null, null, null, null, null, namespace),
                IngestListener.NONE);
        assertThat(reports).noneMatch(FileReport::failed);
    }

    private static void read(Path file, Map<String, Record> into) throws Exception {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            for (CSVRecord r : CSVFormat.DEFAULT.parse(in)) {
                if (r.size() < 12 || !r.get(0).strip().matches("\\d+")) {
                    continue;
                }
                Set<String> births = new HashSet<>();
                Matcher m = DOB.matcher(r.get(11));
                while (m.find()) {
                    births.add(m.group(1).strip());
                }
                into.put(r.get(0).strip(), new Record(r.get(0).strip(), r.get(1), r.get(2).strip().equals("individual"), births));
            }
        }
    }

    /**
     * The party a record stands for: its ent_num, except where OFAC lists one person twice in a
     * snapshot (the same name, folded, and a birth date in common under two ent_nums, as for
     * listings under two programs): those are one party, named by the lower ent_num.
     */
    private Map<String, String> parties() {
        Map<String, String> party = new HashMap<>();
        for (Map<String, Record> snapshot : List.of(old, current)) {
            Map<String, List<Record>> byName = new HashMap<>();
            snapshot.values().forEach(r -> byName.computeIfAbsent(r.folded(), k -> new ArrayList<>()).add(r));
            for (List<Record> same : byName.values()) {
                for (Record a : same) {
                    for (Record b : same) {
                        if (a != b && a.entNum().compareTo(b.entNum()) < 0 && a.births().stream().anyMatch(b.births()::contains)) {
                            party.merge(b.entNum(), a.entNum(), (x, y) -> x.compareTo(y) < 0 ? x : y);
                        }
                    }
                }
            }
        }
        return party;
    }

    private String cluster(String id) {
        return corridor.view().entity(id).map(Entity::id).orElseThrow();
    }

    @Test
    @Order(1)
    void recordsOfOneListedPartyAreMergedAcrossTheSnapshots() {
        Set<String> common = new HashSet<>(old.keySet());
        common.retainAll(current.keySet());
        long together = common.stream().filter(n -> cluster("ofac2021.ofac-" + n).equals(cluster("ofac2024.ofac-" + n))).count();
        double recall = together / (double) common.size();
        System.out.printf(Locale.ROOT, "resolve: %d parties in both snapshots, %d merged together (recall %.4f); %d merges, %d queued%n",
                common.size(), together, recall, report.merged().size(), report.queued().size());
        assertThat(common).hasSizeGreaterThan(7000);
        assertThat(recall).isGreaterThanOrEqualTo(0.99);
    }

    @Test
    @Order(2)
    void noMergeJoinsDistinctPartiesAndNamesakesSharingASurnameStayApart() {
        Map<String, String> party = parties();
        Map<String, Set<String>> partiesByCluster = new HashMap<>();
        for (Map.Entry<String, Map<String, Record>> snapshot : Map.of("ofac2021.ofac-", old, "ofac2024.ofac-", current).entrySet()) {
            for (String n : snapshot.getValue().keySet()) {
                partiesByCluster.computeIfAbsent(cluster(snapshot.getKey() + n), k -> new HashSet<>()).add(party.getOrDefault(n, n));
            }
        }
        List<Set<String>> wrong = partiesByCluster.values().stream().filter(s -> s.size() > 1).toList();
        // namesakes: people of different parties across the snapshots with one surname
        Map<String, List<Record>> bySurname = new HashMap<>();
        current.values().stream().filter(Record::person).filter(r -> r.surname() != null)
                .forEach(r -> bySurname.computeIfAbsent(r.surname(), k -> new ArrayList<>()).add(r));
        long namesakePairs = 0;
        long namesakesMerged = 0;
        for (Record a : old.values()) {
            if (!a.person() || a.surname() == null) {
                continue;
            }
            for (Record b : bySurname.getOrDefault(a.surname(), List.of())) {
                if (!party.getOrDefault(a.entNum(), a.entNum()).equals(party.getOrDefault(b.entNum(), b.entNum()))) {
                    namesakePairs++;
                    namesakesMerged += cluster("ofac2021.ofac-" + a.entNum()).equals(cluster("ofac2024.ofac-" + b.entNum())) ? 1 : 0;
                }
            }
        }
        System.out.printf(Locale.ROOT, "resolve: %d clusters join distinct parties; %d namesake pairs, %d merged%n", wrong.size(),
                namesakePairs, namesakesMerged);
        assertThat(namesakePairs).isGreaterThan(5_000);
        assertThat(namesakesMerged).isZero();
        assertThat(wrong).isEmpty();
    }

    @Test
    @Order(3)
    void aSecondRunOverTheResolvedWorkspaceChangesNothing() throws Exception {
        String resolved = digest();
        int queue = corridor.review().queue(0).size();
        assertThat(report.passes()).as("a run settles the clusters it merges").isGreaterThanOrEqualTo(2);
        ResolveService.Report second = corridor.resolution().resolve(ResolveOptions.DEFAULTS, false, ResolveService.Listener.QUIET);
        System.out.printf(Locale.ROOT, "resolve again: %d merged, %d queued, %d already queued%n", second.merged().size(),
                second.queued().size(), second.alreadyQueued());
        assertThat(second.merged()).isEmpty();
        assertThat(second.queued()).isEmpty();
        assertThat(second.alreadyQueued()).isPositive();
        assertThat(digest()).isEqualTo(resolved);
        assertThat(corridor.review().queue(0)).hasSize(queue);
    }

    @Test
    @Order(4)
    void undoingEveryMergeRestoresTheWorkspaceExactly() throws Exception {
        assertThat(digest()).isNotEqualTo(digestBefore);
        ReviewService review = corridor.review();
        long active = review.log(0).stream().filter(d -> d.active()).count();
        assertThat(active).isEqualTo(report.merged().size());
        for (long i = 0; i < active; i++) {
            review.undo(OptionalLong.empty(), "tester");
        }
        assertThat(review.log(0)).noneMatch(d -> d.active());
        assertThat(digest()).isEqualTo(digestBefore);
        // and the resolver finds the same merges again
        ResolveService.Report again = corridor.resolution().resolve(ResolveOptions.DEFAULTS, true, ResolveService.Listener.QUIET);
        assertThat(again.merged()).hasSameSizeAs(report.merged());
    }

    /** SHA-256 over every statement row and the canonical table, in key order. */
    private String digest() throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("ws/corridor.db"))) {
            for (String sql : List.of("SELECT * FROM statement ORDER BY entity_id, id", "SELECT * FROM canonical ORDER BY entity_id")) {
                try (ResultSet rs = c.createStatement().executeQuery(sql)) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= n; i++) {
                            sha.update(String.valueOf(rs.getString(i)).getBytes(StandardCharsets.UTF_8));
                            sha.update((byte) 31);
                        }
                        sha.update((byte) 30);
                    }
                }
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
