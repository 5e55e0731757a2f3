package org.corridor.store;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.corridor.model.Entity;
import org.corridor.model.label.Authorizations;

/**
 * The read-only face of a store for one reader. Every method already leaves out statements whose
 * label the reader's authorisations do not satisfy, so no caller can forget the check; an entity
 * none of whose statements are visible does not exist for that reader.
 */
public interface StoreView {
    Authorizations authorizations();

    Optional<Entity> entity(String id);

    /**
     * Whether the reader may see at least one statement read with this id, wherever a merge has
     * moved it since: what decides whether the id, and what happened to it, may be shown.
     */
    boolean readWithId(String id);

    /** A document's stored text by its source name, if this reader may see it. */
    Optional<DocumentText> document(String source);

    /** Entities matching the filter; with a query, best name matches first, else by id. */
    List<Entity> entities(EntityFilter filter);

    /** Every visible entity, ordered by the id it is stored under, one at a time (for exports). */
    void forEachEntity(Consumer<Entity> consumer);

    /**
     * Every visible entity of this schema or a descendant, ordered by id, one at a time; the
     * schema is the one the entity's sources give it, as {@link Entity#schema()} reports.
     */
    void forEachEntity(String schema, Consumer<Entity> consumer);

    /** Entities that refer to the given id through an entity-typed property (ties, sanctions). */
    List<Entity> referencing(String id);

    /** One visible value of one property of an entity, with the schema the entity's id statement gives it. */
    interface ValueConsumer {
        void accept(String entityId, String schema, String property, String value);
    }

    /** Every visible value of these properties, ordered by entity id: for derived indexes (names, identifiers). */
    void forEachValue(java.util.Collection<String> properties, ValueConsumer consumer);

    /**
     * Every visible value of these properties stated by a source the filter accepts, under the id
     * it was read with (before any merge) and with the schema that source gives it: what the
     * sources themselves say, whatever has been merged since.
     */
    void forEachStatedValue(java.util.Collection<String> properties, java.util.function.Predicate<String> source,
            StatedValueConsumer consumer);

    /** A value as its source stated it: the id it was read with, and the party (cluster) that id belongs to now. */
    interface StatedValueConsumer {
        void accept(String readAs, String party, String schema, String property, String value);
    }

    /** Every visible entity with each source that states it exists (the source of its id statements). */
    void forEachSource(java.util.function.BiConsumer<String, String> consumer);

    /** Entities of this schema (or a descendant) that refer to the given id. */
    List<Entity> referencing(String id, String schema);

    /** The Sanction entities that name this entity. */
    default List<Entity> sanctionsOf(String id) {
        return referencing(id, "Sanction");
    }

    WorkspaceSummary summary();

    /** Files ingested, oldest first. */
    List<IngestRecord> ingests();
}
