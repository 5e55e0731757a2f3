package org.corridor.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.corridor.model.CorridorException;
import org.corridor.model.schema.Schema;
import org.corridor.store.StoreView;

/** Writes what a reader may see as FtM JSON lines or as one CSV file per schema. */
public final class ExportService {
    private final StoreView view;

    public ExportService(StoreView view) {
        this.view = view;
    }

    /** FtM JSON lines, one entity a line, ordered by id; returns the number of entities. */
    public long ftm(Writer out) {
        long[] count = {0};
        view.forEachEntity(entity -> {
            try {
                out.write(EntityJson.JSON.writeValueAsString(EntityJson.ftm(entity)));
                out.write('\n');
                count[0]++;
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("an entity could not be written as JSON: " + entity.id(), e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return count[0];
    }

    /**
     * One CSV per schema in {@code folder} ({@code Person.csv}, ...): columns id, caption, then every
     * property used, in the schema's order; several values are joined with "; ". Each file is
     * written beside its target and moved into place, so a failed export leaves no half file.
     */
    public Map<String, Long> csvPerSchema(Path folder) {
        Map<String, Set<String>> columns = new TreeMap<>();
        Map<String, Schema> schemata = new TreeMap<>();
        view.forEachEntity(e -> {
            schemata.putIfAbsent(e.schema().name(), e.schema());
            columns.computeIfAbsent(e.schema().name(), k -> new LinkedHashSet<>()).addAll(e.properties().keySet());
        });
        Map<String, Long> counts = new TreeMap<>();
        Map<String, CSVPrinter> printers = new TreeMap<>();
        Map<String, List<String>> order = new TreeMap<>();
        try {
            Files.createDirectories(folder);
            for (String schemaName : columns.keySet()) {
                List<String> props = new ArrayList<>(schemata.get(schemaName).properties().keySet());
                props.retainAll(columns.get(schemaName));
                order.put(schemaName, props);
                Writer w = Files.newBufferedWriter(temp(folder, schemaName), StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT);
                printers.put(schemaName, csv);
                List<String> header = new ArrayList<>(List.of("id", "caption"));
                header.addAll(props);
                csv.printRecord(header);
                counts.put(schemaName, 0L);
            }
            view.forEachEntity(e -> {
                String schemaName = e.schema().name();
                List<String> row = new ArrayList<>(List.of(SpreadsheetSafe.cell(e.id()), SpreadsheetSafe.cell(e.caption())));
                for (String p : order.get(schemaName)) {
                    row.add(SpreadsheetSafe.cell(String.join("; ", e.values(p))));
                }
                try {
                    printers.get(schemaName).printRecord(row);
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
                counts.merge(schemaName, 1L, Long::sum);
            });
            for (Map.Entry<String, CSVPrinter> e : printers.entrySet()) {
                e.getValue().close();
                Files.move(temp(folder, e.getKey()), folder.resolve(e.getKey() + ".csv"),
                        StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new CorridorException("export to " + folder + " failed (" + e.getMessage() + "); check the folder is writable");
        }
        return counts;
    }

    private static Path temp(Path folder, String schemaName) {
        return folder.resolve("." + schemaName + ".csv.part");
    }

    /**
     * Every located operation of the ledger as a GeoJSON FeatureCollection; returns the located
     * operations written and, in {@code total[0]}, how many operations the ledger holds.
     */
    public long geojson(Writer out, long[] total) {
        org.corridor.ledger.Ledger ledger = org.corridor.ledger.Ledger.read(view);
        total[0] = ledger.entries().size();
        return new org.corridor.ledger.io.GeoJsonWriter().write(ledger, out);
    }

    /**
     * The network of parties and ties (every relationship schema) as GEXF 1.2 or GraphML for Gephi
     * and other graph tools; returns the nodes written and, in {@code edges[0]}, the ties.
     */
    public long graphXml(String format, Writer out, long[] edges) {
        var network = org.corridor.analyze.workspace.WorkspaceNetwork.of(view, org.corridor.analyze.workspace.Projection.all());
        var g = network.graph();
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        if (format.equals("gexf")) {
            org.corridor.analyze.io.GraphXmlWriter.gexf(g, out, "Parties and their ties from a Corridor workspace", today, network::kinds);
        } else {
            org.corridor.analyze.io.GraphXmlWriter.graphml(g, out, network::kinds);
        }
        edges[0] = g.edgeCount();
        return g.nodeCount();
    }
}
