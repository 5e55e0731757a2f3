package org.corridor.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.corridor.app.EntityJson;

/**
 * Country outlines for the operations map, bundled with the server (Natural Earth 1:50m through
 * world-atlas; geo/NOTICE.md), so the map needs nothing from the internet. The TopoJSON is decoded
 * once: quantised, delta-encoded arcs joined into rings of longitude and latitude.
 */
final class Outlines {
    /** One closed ring: alternating longitude and latitude, with its bounding box. */
    record Ring(double[] points, double minLon, double minLat, double maxLon, double maxLat) {
    }

    private static volatile List<Ring> rings;

    private Outlines() {
    }

    static List<Ring> rings() {
        if (rings == null) {
            synchronized (Outlines.class) {
                if (rings == null) {
                    rings = load();
                }
            }
        }
        return rings;
    }

    private static List<Ring> load() {
        JsonNode topo;
        try (InputStream in = Outlines.class.getResourceAsStream("/org/corridor/server/geo/countries-50m.json")) {
            topo = EntityJson.JSON.readTree(in);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("the country outlines are missing from the server's jar", e);
        }
        double sx = topo.path("transform").path("scale").get(0).asDouble();
        double sy = topo.path("transform").path("scale").get(1).asDouble();
        double tx = topo.path("transform").path("translate").get(0).asDouble();
        double ty = topo.path("transform").path("translate").get(1).asDouble();
        List<double[]> arcs = new ArrayList<>();
        for (JsonNode arc : topo.get("arcs")) {
            double[] pts = new double[arc.size() * 2];
            long x = 0;
            long y = 0;
            int i = 0;
            for (JsonNode p : arc) {
                x += p.get(0).asLong();
                y += p.get(1).asLong();
                pts[i++] = x * sx + tx;
                pts[i++] = y * sy + ty;
            }
            arcs.add(pts);
        }
        List<Ring> out = new ArrayList<>();
        for (JsonNode g : topo.path("objects").path("countries").path("geometries")) {
            String type = g.path("type").asText();
            if (type.equals("Polygon")) {
                g.get("arcs").forEach(ring -> out.add(ring(ring, arcs)));
            } else if (type.equals("MultiPolygon")) {
                g.get("arcs").forEach(polygon -> polygon.forEach(ring -> out.add(ring(ring, arcs))));
            }
        }
        return List.copyOf(out);
    }

    private static Ring ring(JsonNode indexes, List<double[]> arcs) {
        List<Double> pts = new ArrayList<>();
        for (JsonNode index : indexes) {
            int i = index.asInt();
            double[] arc = arcs.get(i < 0 ? ~i : i);
            int n = arc.length / 2;
            for (int k = 0; k < n; k++) {
                int j = i < 0 ? n - 1 - k : k;
                if (k == 0 && !pts.isEmpty()) {
                    continue; // an arc starts where the one before it ended
                }
                pts.add(arc[2 * j]);
                pts.add(arc[2 * j + 1]);
            }
        }
        double[] a = new double[pts.size()];
        double minLon = 180;
        double minLat = 90;
        double maxLon = -180;
        double maxLat = -90;
        for (int k = 0; k < a.length; k += 2) {
            a[k] = pts.get(k);
            a[k + 1] = pts.get(k + 1);
            minLon = Math.min(minLon, a[k]);
            maxLon = Math.max(maxLon, a[k]);
            minLat = Math.min(minLat, a[k + 1]);
            maxLat = Math.max(maxLat, a[k + 1]);
        }
        return new Ring(a, minLon, minLat, maxLon, maxLat);
    }
}
