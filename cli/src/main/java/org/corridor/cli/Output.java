package org.corridor.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.List;
import org.corridor.app.EntityJson;

/** Prints rows as an aligned table or CSV, and trees as JSON. */
final class Output {
    private static final int MAX_CELL = 60;

    private Output() {
    }

    static void table(PrintWriter out, List<String> header, List<List<String>> rows) {
        int[] widths = new int[header.size()];
        for (int i = 0; i < header.size(); i++) {
            widths[i] = header.get(i).length();
        }
        for (List<String> row : rows) {
            for (int i = 0; i < row.size() && i < widths.length; i++) {
                widths[i] = Math.max(widths[i], Math.min(MAX_CELL, cell(row.get(i)).length()));
            }
        }
        printRow(out, header, widths);
        StringBuilder rule = new StringBuilder();
        for (int w : widths) {
            rule.append("-".repeat(w)).append("  ");
        }
        out.println(rule.toString().stripTrailing());
        rows.forEach(r -> printRow(out, r, widths));
        out.flush();
    }

    private static void printRow(PrintWriter out, List<String> row, int[] widths) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            String c = i < row.size() ? cell(row.get(i)) : "";
            if (c.length() > MAX_CELL) {
                c = c.substring(0, MAX_CELL - 1) + "…";
            }
            sb.append(c).append(" ".repeat(widths[i] - c.length() + 2));
        }
        out.println(sb.toString().stripTrailing());
    }

    private static String cell(String value) {
        return value == null ? "" : value.replace('\n', ' ');
    }

    static void csv(PrintWriter out, List<String> header, List<List<String>> rows) {
        out.print(org.corridor.app.CsvText.of(header, rows));
        out.flush();
    }

    static void json(PrintWriter out, JsonNode node) {
        try {
            out.println(EntityJson.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node));
            out.flush();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("output could not be written as JSON", e);
        }
    }

    static void rows(PrintWriter out, OutputFormat format, List<String> header, List<List<String>> rows, JsonNode json) {
        switch (format) {
            case TABLE -> table(out, header, rows);
            case CSV -> csv(out, header, rows);
            case JSON -> json(out, json);
        }
    }
}
