package org.corridor.ledger.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.util.List;
import org.corridor.ledger.Ledger;
import org.corridor.ledger.LedgerEntry;
import org.corridor.ledger.Range;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.geojson.GeoJsonReader;

class GeoJsonWriterTest {
    private static LedgerEntry at(String id, Double lat, Double lon) {
        return new LedgerEntry(id, "Raid \"north\"", "raid", null, java.time.LocalDate.of(2024, 5, 1), java.time.LocalDate.of(2024, 5, 1),
                "day", "mx", "Sinaloa", "Culiacán", lat, lon, "exact", List.of(), List.of(), List.of(), List.of(), null, null,
                new Range(1, 2, 3), java.util.Map.of(), null, null, List.of(), null, "ungraded", null, List.of(), List.of());
    }

    @Test
    void oneValidPointFeaturePerLocatedOperationLongitudeFirst() throws Exception {
        Ledger ledger = Ledger.of(List.of(at("a", 24.8, -107.39), at("b", null, null), at("c", -0.5, 179.9)));
        StringWriter out = new StringWriter();
        long n = new GeoJsonWriter().write(ledger, out);
        assertThat(n).isEqualTo(2);

        Geometry parsed = new GeoJsonReader().read(out.toString());
        assertThat(parsed).isInstanceOf(GeometryCollection.class);
        assertThat(parsed.getNumGeometries()).isEqualTo(2);
        Point first = (Point) parsed.getGeometryN(0);
        assertThat(first.getX()).isEqualTo(-107.39);
        assertThat(first.getY()).isEqualTo(24.8);

        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("type").asText()).isEqualTo("FeatureCollection");
        JsonNode props = json.get("features").get(0).get("properties");
        assertThat(props.get("name").asText()).isEqualTo("Raid \"north\"");
        assertThat(props.get("deaths_best").asLong()).isEqualTo(2);
        assertThat(json.get("features").get(1).get("id").asText()).isEqualTo("c");
    }
}
