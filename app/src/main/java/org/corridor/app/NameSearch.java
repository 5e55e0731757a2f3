package org.corridor.app;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corridor.model.NameFold;
import org.corridor.model.schema.PropertyType;
import org.corridor.model.schema.SchemaRegistry;
import org.corridor.store.StoreView;

/**
 * The names a reader may see, folded and indexed by word, so a search by words does not read and
 * fold every name again. It answers as the store's own name search does (a name holding every
 * word of the query; exact name first, then the shortest matching name, then id), which
 * {@code NameSearchTest} checks against it.
 */
final class NameSearch {
    private final String[] ids;
    /** Each name folded, with a space before and after. */
    private final String[] names;
    private final Map<String, int[]> postings;

    private NameSearch(String[] ids, String[] names, Map<String, int[]> postings) {
        this.ids = ids;
        this.names = names;
        this.postings = postings;
    }

    static NameSearch build(StoreView view) {
        List<String> properties = SchemaRegistry.standard().all().stream().flatMap(s -> s.properties().values().stream())
                .filter(p -> p.type() == PropertyType.NAME).map(p -> p.name()).distinct().sorted().toList();
        List<String> ids = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Map<String, List<Integer>> words = new HashMap<>();
        view.forEachValue(properties, (entityId, schema, property, value) -> {
            String folded = NameFold.fold(value);
            int at = names.size();
            ids.add(entityId);
            names.add(" " + folded + " ");
            Set<String> seen = new LinkedHashSet<>(Arrays.asList(folded.split(" ")));
            for (String w : seen) {
                if (!w.isEmpty()) {
                    words.computeIfAbsent(w, k -> new ArrayList<>()).add(at);
                }
            }
        });
        Map<String, int[]> postings = new HashMap<>(words.size() * 2);
        words.forEach((w, list) -> postings.put(w, list.stream().mapToInt(Integer::intValue).toArray()));
        return new NameSearch(ids.toArray(String[]::new), names.toArray(String[]::new), postings);
    }

    /** Ids of the entities with a name holding every word of the query, best first. */
    List<String> ids(String query) {
        String folded = NameFold.fold(query);
        List<String> words = Arrays.stream(folded.split(" ")).filter(w -> !w.isEmpty()).toList();
        int[] candidates = null;
        for (String w : words) {
            int[] p = postings.getOrDefault(w, new int[0]);
            if (candidates == null || p.length < candidates.length) {
                candidates = p;
            }
        }
        Map<String, Integer> best = new HashMap<>();
        int count = candidates == null ? names.length : candidates.length;
        for (int k = 0; k < count; k++) {
            int i = candidates == null ? k : candidates[k];
            String name = names[i];
            if (words.stream().allMatch(w -> name.contains(" " + w + " "))) {
                int rank = name.strip().equals(folded) ? 0 : name.length();
                best.merge(ids[i], rank, Math::min);
            }
        }
        return best.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
    }
}
