package org.corridor.app;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.corridor.model.Entity;
import org.corridor.model.Statement;

/** Entities as FollowTheMoney JSON, the one JSON shape shared by export and the CLI. */
public final class EntityJson {
    public static final JsonMapper JSON = JsonMapper.builder().build();

    private EntityJson() {
    }

    /** FtM entity: id, schema, properties (lists of strings), plus caption, referents of a merge, datasets and seen times. */
    public static ObjectNode ftm(Entity entity) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", entity.id());
        node.put("schema", entity.schema().name());
        node.put("caption", entity.caption());
        ObjectNode properties = node.putObject("properties");
        entity.properties().forEach((name, values) -> {
            ArrayNode list = properties.putArray(name);
            values.forEach(list::add);
        });
        if (!entity.referents().isEmpty()) {
            ArrayNode referents = node.putArray("referents");
            entity.referents().forEach(referents::add);
        }
        ArrayNode datasets = node.putArray("datasets");
        entity.sources().forEach(datasets::add);
        // statements read from documents carry where in the text they were read; FtM readers ignore the extra key
        if (entity.statements().stream().anyMatch(s -> s.location().kind() == org.corridor.model.Location.Kind.SPAN)) {
            ArrayNode cited = node.putArray("statements");
            for (org.corridor.model.Statement s : entity.statements()) {
                if (s.location().kind() == org.corridor.model.Location.Kind.SPAN) {
                    ObjectNode c = cited.addObject();
                    c.put("prop", s.property());
                    c.put("value", s.value());
                    c.put("dataset", s.source());
                    c.put("location", s.location().toString());
                    c.put("confidence", s.confidence());
                }
            }
        }
        if (entity.firstSeen() != null) {
            node.put("first_seen", entity.firstSeen());
            node.put("last_seen", entity.lastSeen());
        }
        return node;
    }

    /** FtM entity plus the sanctions that name it and their programs, for listings. */
    public static ObjectNode withSanctions(Entity entity, List<Entity> sanctions) {
        ObjectNode node = ftm(entity);
        Set<String> programs = new LinkedHashSet<>();
        ArrayNode list = node.putArray("sanctions");
        for (Entity sanction : sanctions) {
            ObjectNode s = list.addObject();
            s.put("id", sanction.id());
            s.put("authority", String.join("; ", sanction.values("authority")));
            ArrayNode p = s.putArray("programs");
            sanction.values("program").forEach(p::add);
            sanction.values("listingDate").forEach(d -> s.put("listingDate", d));
            programs.addAll(sanction.values("program"));
        }
        ArrayNode all = node.putArray("programs");
        programs.forEach(all::add);
        return node;
    }

    public static ObjectNode statement(Statement s) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", s.id());
        node.put("entity_id", s.entityId());
        node.put("schema", s.schema());
        node.put("prop", s.property());
        node.put("value", s.value());
        node.put("source", s.source());
        node.put("location", s.location().toString());
        node.put("confidence", s.confidence());
        node.put("first_seen", s.firstSeen());
        node.put("last_seen", s.lastSeen());
        node.put("label", s.label());
        return node;
    }
}
