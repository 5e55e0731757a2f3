package org.corridor.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.corridor.ledger.Actor;
import org.corridor.ledger.Claim;
import org.corridor.ledger.Disagreement;
import org.corridor.ledger.LedgerEntry;
import org.corridor.ledger.Range;
import org.corridor.ledger.SourceReport;

/** Ledger entries and ranges as JSON. */
public final class LedgerJson {
    private LedgerJson() {
    }

    public static ObjectNode range(Range r) {
        ObjectNode n = EntityJson.JSON.createObjectNode();
        n.put("low", r.low());
        n.put("best", r.best());
        n.put("high", r.high());
        return n;
    }

    public static ObjectNode entry(LedgerEntry e, boolean withSources) {
        ObjectNode n = EntityJson.JSON.createObjectNode();
        n.put("id", e.id());
        n.put("name", e.name());
        n.put("type", e.type());
        put(n, "violence_type", e.violenceType());
        put(n, "start_date", e.start() == null ? null : e.start().toString());
        put(n, "end_date", e.end() == null ? null : e.end().toString());
        put(n, "date_precision", e.datePrecision());
        put(n, "country", e.country());
        put(n, "region", e.region());
        put(n, "location", e.location());
        if (e.isLocated()) {
            n.put("latitude", e.latitude());
            n.put("longitude", e.longitude());
        }
        put(n, "place_precision", e.placePrecision());
        n.set("conducting", actors(e.conducting()));
        n.set("targeted", actors(e.targeted()));
        n.set("partners", actors(e.partners()));
        n.set("involved", actors(e.involved()));
        put(n, "claimed_target", e.claimedTarget());
        put(n, "claimed_affiliation", e.claimedAffiliation());
        if (e.deaths() != null) {
            n.set("deaths", range(e.deaths()));
        }
        if (!e.deathsBySide().isEmpty()) {
            ObjectNode sides = n.putObject("deaths_by_side");
            e.deathsBySide().forEach((side, r) -> sides.set(side, range(r)));
        }
        put(n, "substance", e.substance());
        if (e.seizedKg() != null) {
            n.set("seized_kg", range(e.seizedKg()));
        }
        if (!e.legalBasis().isEmpty()) {
            ArrayNode basis = n.putArray("legal_basis");
            e.legalBasis().forEach(basis::add);
        }
        put(n, "legal_basis_code", e.legalBasisCode());
        n.put("grade", e.grade());
        put(n, "grade_reason", e.gradeReason());
        n.put("sourcing", e.sourcing().grade());
        n.put("sourcing_reason", e.sourcing().reason());
        ArrayNode sources = n.putArray("sources");
        for (SourceReport r : e.sources()) {
            if (withSources) {
                ObjectNode s = sources.addObject();
                s.put("source", r.source());
                ObjectNode said = s.putObject("said");
                for (Map.Entry<String, List<String>> f : r.said().entrySet()) {
                    ArrayNode values = said.putArray(f.getKey());
                    f.getValue().forEach(values::add);
                }
            } else {
                sources.add(r.source());
            }
        }
        ArrayNode disagreements = n.putArray("disagreements");
        for (Disagreement d : e.disagreements()) {
            ObjectNode o = disagreements.addObject();
            o.put("field", d.field());
            ArrayNode claims = o.putArray("claims");
            for (Claim c : d.claims()) {
                ObjectNode claim = claims.addObject();
                claim.put("value", c.value());
                ArrayNode by = claim.putArray("sources");
                c.sources().forEach(by::add);
            }
        }
        return n;
    }

    private static ArrayNode actors(List<Actor> actors) {
        ArrayNode a = EntityJson.JSON.createArrayNode();
        for (Actor actor : actors) {
            a.addObject().put("id", actor.id()).put("name", actor.name());
        }
        return a;
    }

    private static void put(ObjectNode n, String field, String value) {
        if (value != null) {
            n.put(field, value);
        }
    }
}
