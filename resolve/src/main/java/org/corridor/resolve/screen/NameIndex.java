package org.corridor.resolve.screen;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.corridor.resolve.names.NameAnalyzer;
import org.corridor.resolve.names.NameForm;
import org.corridor.resolve.names.Token;
import org.corridor.resolve.score.Qualifiers;
import org.corridor.model.schema.Schema;
import org.corridor.model.schema.SchemaRegistry;
import org.corridor.store.StoreView;

/**
 * The names of every visible party, analysed once, with postings from each word, phonetic key and
 * acronym to the parties that have it: blocking picks the candidates a query is scored against.
 * Derived from the store and rebuilt on demand; it holds no data the store does not.
 */
public final class NameIndex {
    static final Set<String> NAME_PROPERTIES = Set.of("name", "alias", "weakAlias", "previousName", "abbreviation");
    static final Set<String> IDENTIFIER_PROPERTIES = Set.of("idNumber", "passportNumber", "registrationNumber", "imoNumber",
            "taxNumber", "leiCode", "swiftBic", "mmsi", "callSign");
    /** Identifiers a party has only one of, by kind: a vessel's IMO number, a company's LEI. */
    static final Map<String, String> UNIQUE_IDENTIFIERS = Map.of("imoNumber", "imo", "leiCode", "lei");
    static final Set<String> COUNTRY_PROPERTIES = Set.of("country", "nationality", "citizenship", "jurisdiction", "flag");
    private static final Set<String> PARTY_SCHEMATA = Set.of("Person", "Organization", "Company", "LegalEntity", "Vessel",
            "Airplane", "PublicBody");

    /** Parties sharing a key beyond which the key is too common to block on. */
    static final int COMMON_KEY = 2000;

    private final List<Listed> listed;
    private final Map<String, int[]> postings;
    private final Map<String, Integer> documentFrequency;

    private final ThreadLocal<Accumulator> accumulators;

    private NameIndex(List<Listed> listed, Map<String, int[]> postings, Map<String, Integer> documentFrequency) {
        this.accumulators = ThreadLocal.withInitial(() -> new Accumulator(listed.size()));
        this.listed = listed;
        this.postings = postings;
        this.documentFrequency = documentFrequency;
    }

    public static NameIndex build(StoreView view, NameAnalyzer analyzer) {
        return build(view, analyzer, UnaryOperator.identity());
    }

    /**
     * The index with parties grouped: {@code groupOf} maps each party id to the id its values are
     * indexed under, so a resolver can index the clusters it plans before it writes them.
     */
    public static NameIndex build(StoreView view, NameAnalyzer analyzer, UnaryOperator<String> groupOf) {
        Set<String> properties = new HashSet<>(NAME_PROPERTIES);
        properties.addAll(IDENTIFIER_PROPERTIES);
        properties.addAll(COUNTRY_PROPERTIES);
        properties.add("birthDate");
        Map<String, Builder> builders = new LinkedHashMap<>();
        view.forEachValue(properties, (id, schema, property, value) -> {
            if (PARTY_SCHEMATA.contains(schema)) {
                String group = groupOf.apply(id);
                Builder b = builders.computeIfAbsent(group, k -> new Builder(group, schema));
                b.schema(schema);
                b.add(property, value);
            }
        });
        // positions break ties in blocking, so they follow what a party is (its names), not the id
        // it happens to be stored under: a cluster a resolver plans and the one it then writes,
        // under another id, are ranked alike
        List<Listed> listed = new ArrayList<>();
        builders.values().stream().filter(b -> !b.names.isEmpty()).forEach(b -> listed.add(b.build(analyzer)));
        listed.sort(Comparator.comparing(Listed::caption).thenComparing(l -> l.names().stream().map(NameForm::original)
                .collect(java.util.stream.Collectors.joining("\u0001"))).thenComparing(Listed::id));
        return of(listed);
    }

    public static NameIndex of(List<Listed> listed) {
        Map<String, List<Integer>> lists = new HashMap<>();
        Map<String, Integer> df = new HashMap<>();
        for (int i = 0; i < listed.size(); i++) {
            Set<String> keys = new HashSet<>();
            Set<String> words = new HashSet<>();
            for (NameForm name : listed.get(i).names()) {
                keys.addAll(keys(name));
                name.tokens().forEach(t -> words.add(t.text()));
            }
            for (String k : keys) {
                lists.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
            }
            words.forEach(w -> df.merge(w, 1, Integer::sum));
        }
        Map<String, int[]> postings = new HashMap<>();
        lists.forEach((k, v) -> postings.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        return new NameIndex(List.copyOf(listed), postings, df);
    }

    /** Blocking keys of a name: its identity-bearing words, their phonetic keys, its acronyms, the whole name as one word. */
    static Set<String> keys(NameForm name) {
        Set<String> keys = new LinkedHashSet<>();
        for (Token t : name.tokens()) {
            if (t.kind() == Token.Kind.WORD || t.kind() == Token.Kind.NUMBER) {
                keys.add("w:" + t.text());
                keys.add("p:" + t.phonetic());
                if (t.text().length() >= 5) {
                    keys.add("f:" + t.text().substring(0, 4));
                }
            }
        }
        name.acronyms().forEach(a -> keys.add("a:" + a));
        String single = name.asSingleWord();
        if (single != null) {
            keys.add("a:" + single);
        }
        if (keys.isEmpty()) {
            name.tokens().forEach(t -> keys.add("w:" + t.text()));
        }
        return keys;
    }

    /**
     * The parties most worth scoring for a query: every party sharing a blocking key, ranked by the
     * summed rarity of the keys it shares, the best {@code limit} kept. Keys held by more than
     * {@link #COMMON_KEY} parties say too little to block on and are skipped when rarer ones exist.
     */
    public List<Listed> candidates(NameForm query, int limit) {
        int[] positions = candidatePositions(query, limit);
        List<Listed> out = new ArrayList<>(positions.length);
        for (int p : positions) {
            out.add(listed.get(p));
        }
        return out;
    }

    /** As {@link #candidates}, by position in {@link #listed()}, best first (ties by position). */
    public int[] candidatePositions(NameForm query, int limit) {
        List<int[]> lists = new ArrayList<>();
        boolean anyRare = false;
        for (String k : keys(query)) {
            int[] p = postings.get(k);
            if (p != null) {
                lists.add(p);
                anyRare |= p.length <= COMMON_KEY;
            }
        }
        Accumulator acc = accumulators.get();
        for (int[] p : lists) {
            if (anyRare && p.length > COMMON_KEY) {
                continue;
            }
            double w = Math.log(1.0 + (double) listed.size() / p.length);
            for (int i : p) {
                if (acc.weight[i] == 0) {
                    acc.touched[acc.count++] = i;
                }
                acc.weight[i] += w;
            }
        }
        return acc.top(limit);
    }

    /**
     * Per-thread scratch for blocking: a weight per party and the list of parties touched, so a
     * query costs what its postings cost, with no boxing, and is cleared as it is read.
     */
    private static final class Accumulator {
        final double[] weight;
        final int[] touched;
        int count;

        Accumulator(int size) {
            weight = new double[size];
            touched = new int[size];
        }

        /** The best {@code limit} touched parties, by weight then position, through a bounded heap. */
        int[] top(int limit) {
            int k = Math.min(limit, count);
            int[] heap = new int[k];
            int size = 0;
            for (int n = 0; n < count; n++) {
                int i = touched[n];
                if (size < k) {
                    heap[size] = i;
                    up(heap, size++);
                } else if (better(i, heap[0])) {
                    heap[0] = i;
                    down(heap, size);
                }
            }
            for (int n = 0; n < count; n++) {
                weight[touched[n]] = 0;
            }
            count = 0;
            // heap order to best-first order
            int[] out = new int[size];
            for (int n = size - 1; n >= 0; n--) {
                out[n] = heap[0];
                heap[0] = heap[n];
                down(heap, n);
            }
            return out;
        }

        private boolean better(int a, int b) {
            return weight[a] > weight[b] || (weight[a] == weight[b] && a < b);
        }

        /** Min-heap by "better": the root is the worst kept. */
        private void up(int[] heap, int n) {
            while (n > 0) {
                int parent = (n - 1) / 2;
                if (!better(heap[parent], heap[n])) {
                    break;
                }
                int t = heap[parent];
                heap[parent] = heap[n];
                heap[n] = t;
                n = parent;
            }
        }

        private void down(int[] heap, int size) {
            int n = 0;
            while (true) {
                int l = 2 * n + 1;
                int r = l + 1;
                int worst = n;
                if (l < size && better(heap[worst], heap[l])) {
                    worst = l;
                }
                if (r < size && better(heap[worst], heap[r])) {
                    worst = r;
                }
                if (worst == n) {
                    return;
                }
                int t = heap[worst];
                heap[worst] = heap[n];
                heap[n] = t;
                n = worst;
            }
        }
    }

    /** Inverse document frequency of a word over the parties' names; a word never seen weighs most. */
    public double rarity(String word) {
        int df = documentFrequency.getOrDefault(word, 0);
        return Math.log(1 + (listed.size() + 1.0) / (df + 1.0));
    }

    public int size() {
        return listed.size();
    }

    /** Every indexed party, in the order of the store's ids. */
    public List<Listed> listed() {
        return listed;
    }

    private static final class Builder {
        final String id;
        String schema;
        final Set<String> names = new LinkedHashSet<>();
        final Set<String> primary = new LinkedHashSet<>();
        String caption;
        final Set<String> birthDates = new LinkedHashSet<>();
        final Set<String> countries = new LinkedHashSet<>();
        final Set<String> identifiers = new LinkedHashSet<>();
        final Set<String> uniqueIds = new LinkedHashSet<>();

        Builder(String id, String schema) {
            this.id = id;
            this.schema = schema;
        }

        /**
         * Sources may give one party several schemata (LegalEntity and Person); the most specific
         * stands. Two that cannot both hold (a list that types every non-person as a legal entity
         * beside one that says vessel) keep the deeper, then the first by name, whatever order the
         * rows came in.
         */
        void schema(String other) {
            if (!other.equals(schema)) {
                SchemaRegistry registry = SchemaRegistry.standard();
                schema = registry.common(List.of(schema, other)).map(Schema::name).orElseGet(() -> {
                    int depth = registry.get(schema).ancestors().size();
                    int otherDepth = registry.get(other).ancestors().size();
                    return depth != otherDepth ? (depth > otherDepth ? schema : other)
                            : (schema.compareTo(other) <= 0 ? schema : other);
                });
            }
        }

        void add(String property, String value) {
            if (NAME_PROPERTIES.contains(property)) {
                names.add(value);
                if (property.equals("name")) {
                    primary.add(value);
                    if (caption == null || value.compareTo(caption) < 0) {
                        caption = value;
                    }
                }
            } else if (IDENTIFIER_PROPERTIES.contains(property)) {
                identifiers.add(Screener.normaliseIdentifier(value));
                String kind = UNIQUE_IDENTIFIERS.get(property);
                if (kind != null) {
                    uniqueIds.add(kind + ":" + Screener.normaliseIdentifier(value));
                }
            } else if (COUNTRY_PROPERTIES.contains(property)) {
                countries.add(value);
            } else if (property.equals("birthDate")) {
                birthDates.add(value);
            }
        }

        Listed build(NameAnalyzer analyzer) {
            List<String> sorted = names.stream().sorted().toList();
            return new Listed(id, schema, caption != null ? caption : sorted.get(0), sorted.stream().map(analyzer::analyze).toList(),
                    new Qualifiers(schema, Set.copyOf(birthDates), Set.copyOf(countries), Set.copyOf(identifiers),
                            Set.copyOf(uniqueIds)), primary.isEmpty() ? Set.of(sorted.get(0)) : Set.copyOf(primary));
        }
    }
}
