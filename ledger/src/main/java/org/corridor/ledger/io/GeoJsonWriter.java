package org.corridor.ledger.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import org.corridor.ledger.Actor;
import org.corridor.ledger.Ledger;
import org.corridor.ledger.LedgerEntry;

/**
 * Writes the located operations of a ledger as an RFC 7946 GeoJSON FeatureCollection: one Point
 * feature per operation with coordinates (longitude first), its figures as properties. Operations
 * without coordinates are left out; {@link #write} says how many were written.
 */
public final class GeoJsonWriter {
    private static final JsonFactory JSON = new JsonFactory();

    /** Writes the collection and returns the number of features. */
    public long write(Ledger ledger, Writer out) {
        long features = 0;
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            g.writeArrayFieldStart("features");
            for (LedgerEntry e : ledger.entries()) {
                if (e.isLocated()) {
                    feature(g, e);
                    features++;
                }
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return features;
    }

    private static void feature(JsonGenerator g, LedgerEntry e) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        g.writeStringField("id", e.id());
        g.writeObjectFieldStart("geometry");
        g.writeStringField("type", "Point");
        g.writeArrayFieldStart("coordinates");
        g.writeNumber(e.longitude());
        g.writeNumber(e.latitude());
        g.writeEndArray();
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        g.writeStringField("name", e.name());
        g.writeStringField("type", e.type());
        text(g, "violence_type", e.violenceType());
        text(g, "start_date", e.start() == null ? null : e.start().toString());
        text(g, "end_date", e.end() == null ? null : e.end().toString());
        text(g, "date_precision", e.datePrecision());
        text(g, "country", e.country());
        text(g, "region", e.region());
        text(g, "location", e.location());
        text(g, "place_precision", e.placePrecision());
        text(g, "conducting", names(e.conducting()));
        text(g, "targeted", names(e.targeted()));
        if (e.deaths() != null) {
            g.writeNumberField("deaths_low", e.deaths().low());
            g.writeNumberField("deaths_best", e.deaths().best());
            g.writeNumberField("deaths_high", e.deaths().high());
        }
        g.writeStringField("grade", e.grade());
        g.writeNumberField("sources", e.sources().size());
        g.writeNumberField("disagreements", e.disagreements().size());
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void text(JsonGenerator g, String field, String value) throws IOException {
        if (value != null && !value.isEmpty()) {
            g.writeStringField(field, value);
        }
    }

    private static String names(List<Actor> actors) {
        return actors.stream().map(Actor::name).collect(Collectors.joining("; "));
    }
}
