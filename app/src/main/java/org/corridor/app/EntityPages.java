package org.corridor.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.corridor.model.Entity;
import org.corridor.model.Statement;
import org.corridor.store.EntityFilter;
import org.corridor.store.StoreView;

/**
 * Entities as both faces show them: a search over names and aliases, and one entity with every
 * statement (the sentence it was read from, where there is one), its sanctions and what refers to
 * it. {@code corridor entities} and {@code corridor show} print these; the server returns them.
 */
public final class EntityPages {
    private EntityPages() {
    }

    /** Entities matching the filter, each with its sanctions, as {@code corridor entities --format json} prints them. */
    public static ArrayNode search(Corridor corridor, EntityFilter filter) {
        StoreView view = corridor.view();
        ArrayNode out = EntityJson.JSON.createArrayNode();
        for (Entity e : corridor.entities(filter)) {
            out.add(EntityJson.withSanctions(e, view.sanctionsOf(e.id())));
        }
        return out;
    }

    /** Entities of the schema (all when null) whose names hold every word of the query (all when blank), at most {@code limit} (0: all). */
    public static ArrayNode search(Corridor corridor, String schema, String query, int limit) {
        return search(corridor, new EntityFilter(schema, query, limit));
    }

    /** What refers to the entity (relationships, sanctions, mentions), as this reader may see it. */
    public static List<Entity> referencing(Corridor corridor, String id) {
        return corridor.view().referencing(id);
    }

    /** "Name (id)" for an id this reader may see, else the id. */
    public static java.util.function.Function<String, String> captions(Corridor corridor) {
        StoreView view = corridor.view();
        return id -> view.entity(id).map(e -> e.caption() + " (" + id + ")").orElse(id);
    }

    /** The sentences statements were read from, for this reader. */
    public static Evidence evidence(Corridor corridor) {
        return new Evidence(corridor.view());
    }

    /**
     * The sanctions in the workspace, each with the party it names, its programmes, authority and
     * listing date; only those whose programmes or authority hold {@code program} when given; at
     * most {@code limit} (0: all), ordered by id.
     */
    public static ArrayNode sanctions(Corridor corridor, String program, int limit) {
        StoreView view = corridor.view();
        ArrayNode out = EntityJson.JSON.createArrayNode();
        String wanted = program == null || program.isBlank() ? null : program.strip().toLowerCase(java.util.Locale.ROOT);
        java.util.List<Entity> found = new java.util.ArrayList<>();
        view.forEachEntity("Sanction", s -> {
            String text = (String.join(" ", s.values("program")) + " " + String.join(" ", s.values("authority"))).toLowerCase(java.util.Locale.ROOT);
            if (wanted == null || text.contains(wanted)) {
                found.add(s);
            }
        });
        found.sort(java.util.Comparator.comparing(Entity::id));
        for (Entity s : found) {
            if (limit > 0 && out.size() >= limit) {
                break;
            }
            ObjectNode o = out.addObject().put("id", s.id());
            for (String party : s.values("entity")) {
                o.put("entity", party);
                o.put("name", view.entity(party).map(Entity::caption).orElse(party));
            }
            ArrayNode programs = o.putArray("programs");
            s.values("program").forEach(programs::add);
            o.put("authority", String.join("; ", s.values("authority")));
            s.values("listingDate").forEach(d -> o.put("listingDate", d));
            ArrayNode datasets = o.putArray("datasets");
            s.sources().forEach(datasets::add);
        }
        return out;
    }

    /** The entity with this id as FollowTheMoney JSON, when this reader may see it. */
    public static java.util.Optional<ObjectNode> ftm(Corridor corridor, String id) {
        return corridor.view().entity(id).map(EntityJson::ftm);
    }

    /** The entity with this id or (best match) name; a {@link NotFoundException} naming the workspace when there is none. */
    public static Entity find(Corridor corridor, String key) {
        return corridor.find(key).orElseThrow(() -> new NotFoundException("no entity with id or name '" + key + "' in workspace "
                + corridor.config().workspace() + "; list some with 'corridor entities --query WORDS'",
                "no entity with id or name '" + key + "' in this workspace; search for it with /api/v1/entities?query=WORDS"));
    }

    /** One entity as {@code corridor show --format json} prints it: properties, every statement with its evidence, what refers to it. */
    public static ObjectNode page(Corridor corridor, Entity entity) {
        StoreView view = corridor.view();
        Evidence evidence = new Evidence(view);
        ObjectNode node = EntityJson.ftm(entity);
        ArrayNode statements = node.putArray("statements");
        for (Statement s : entity.statements()) {
            ObjectNode json = EntityJson.statement(s);
            evidence.of(s).ifPresent(q -> {
                json.put("quote", q.quote());
                json.put("sentence", q.sentence());
                // the sentence with the words stated between [[ and ]], where the span puts them
                json.put("marked", q.marked());
            });
            statements.add(json);
        }
        ArrayNode refs = node.putArray("referenced_by");
        List<Entity> referencing = view.referencing(entity.id());
        referencing.forEach(r -> refs.add(EntityJson.ftm(r)));
        return node;
    }
}
