package org.corridor.simulate.scenario;

/** A node of the trafficking network. {@code region} defaults to the country. */
public record Place(String id, Kind kind, String country, String region, Double lat, Double lon) {
    public enum Kind {
        PRODUCTION, STAGING, PORT, TRANSIT, BORDER, MARKET
    }
}
