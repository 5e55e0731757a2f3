package org.corridor.extract.text;

/** What a name in a document names. Places are kept for operations; MISC is not written. */
public enum EntityKind {
    PERSON, ORGANIZATION, COUNTRY, PLACE, MISC;

    /** The FtM schema a named entity of this kind becomes, or null when it is not an entity. */
    public String schema() {
        return switch (this) {
            case PERSON -> "Person";
            case ORGANIZATION -> "Organization";
            default -> null;
        };
    }
}
