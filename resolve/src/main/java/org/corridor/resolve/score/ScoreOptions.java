package org.corridor.resolve.score;

/**
 * Every weight and threshold of names-v1 in one place, with defaults.
 *
 * @param threshold        a hit needs at least this score
 * @param orgWordWeight    weight of words many organisations share (cartel, group, S.A.), relative to 1
 * @param particleWeight   weight of particles (de, la, los, y)
 * @param phoneticMatch    similarity of two words with the same phonetic key but different spelling
 * @param typoFloor        Jaro–Winkler similarity below which two words do not match at all
 * @param acronymScore     score of a query that is the acronym of a listed name ("CJNG")
 * @param containedScore   least score of a query of two or more words all found in a longer listed name
 *                         ("Ismael Zambada" in "ZAMBADA GARCIA, Ismael")
 * @param schemaConflict   factor applied when a person is compared with an organisation or vessel
 * @param countryConflict  subtracted when both sides give countries and none is shared
 * @param birthConflict    subtracted when both sides give birth dates and no year agrees
 * @param birthAgreement   added when a birth date agrees (capped at 1)
 * @param idConflict       subtracted when both sides give an identifier a party has only one of
 *                         (IMO number, LEI) and they differ
 */
public record ScoreOptions(double threshold, double orgWordWeight, double particleWeight, double phoneticMatch,
        double typoFloor, double acronymScore, double containedScore, double schemaConflict, double countryConflict, double birthConflict,
        double birthAgreement, double idConflict) {
    public static final ScoreOptions DEFAULTS = new ScoreOptions(0.80, 0.25, 0.05, 0.90, 0.88, 0.95, 0.82, 0.70, 0.10, 0.20, 0.05, 0.30);

    /** The same options with another threshold, which must lie between 0 and 1. */
    public ScoreOptions withThreshold(double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new org.corridor.model.UsageException("--threshold must be between 0 and 1, got " + value);
        }
        return new ScoreOptions(value, orgWordWeight, particleWeight, phoneticMatch, typoFloor, acronymScore, containedScore,
                schemaConflict, countryConflict, birthConflict, birthAgreement, idConflict);
    }
}
