package org.corridor.simulate.scenario;

/**
 * A given member of an organisation: an id, a role, and where the role came from ("scenario",
 * "evidence" when a workspace entity states it, "defaulted" when Corridor assigned it).
 */
public record Member(String id, String role, String roleSource) {
}
