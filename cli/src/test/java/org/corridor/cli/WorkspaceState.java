package org.corridor.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/** A workspace's contents in a comparable form, and copies of workspaces, for the kill-and-rerun tests. */
final class WorkspaceState {
    private WorkspaceState() {
    }

    /**
     * Statements (with the source each came from and the id it was read with), decisions, the
     * queue and the canonical table; row ids, write order and clock times are left out.
     */
    static List<TreeSet<String>> of(Path ws) throws Exception {
        List<TreeSet<String>> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + ws.resolve("corridor.db"))) {
            for (String sql : List.of(
                    "SELECT s.entity_id || ' ' || s.id || ' ' || s.property || ' ' || s.value || ' ' || coalesce(s.location, '') || ' '"
                            + " || o.source || ' ' || coalesce(s.original_entity, '') || ' ' || coalesce(s.original_value, '')"
                            + " FROM statement s JOIN origin o ON o.id = s.first_origin",
                    "SELECT left_id || ' ' || right_id || ' ' || verdict || ' ' || coalesce(canonical_id, '') || ' ' || explanation FROM decision",
                    "SELECT left_id || ' ' || right_id || ' ' || score FROM candidate",
                    "SELECT entity_id || ' ' || canonical_id FROM canonical")) {
                TreeSet<String> rows = new TreeSet<>();
                try (ResultSet rs = c.createStatement().executeQuery(sql)) {
                    while (rs.next()) {
                        rows.add(rs.getString(1));
                    }
                }
                out.add(rows);
            }
        }
        return out;
    }

    static void copy(Path from, Path to) throws Exception {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    /** The CLI in a process of its own, as a user runs it, with stderr readable (stdout discarded). */
    static Process corridor(Path ws, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "--workspace", ws.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }
}
