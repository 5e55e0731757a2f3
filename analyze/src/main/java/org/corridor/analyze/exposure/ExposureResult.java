package org.corridor.analyze.exposure;

import java.util.List;

/**
 * What the 50% rule says about one entity.
 *
 * @param aggregate sum of the percentages held directly by blocked parties
 * @param blocked   listed, or owned 50% or more in aggregate by blocked parties
 * @param listings  the entity's own listings, when it is listed itself
 * @param stakes    the blocked owners' holdings that make up the aggregate
 * @param chain     the evidence chain, one line per step, from this entity back to listed parties
 */
public record ExposureResult(String entity, double aggregate, boolean blocked, List<Listing> listings,
        List<Holding> stakes, List<String> chain) {
    public ExposureResult {
        listings = List.copyOf(listings);
        stakes = List.copyOf(stakes);
        chain = List.copyOf(chain);
    }

    public boolean listed() {
        return !listings.isEmpty();
    }
}
