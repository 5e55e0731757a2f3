package org.corridor.model.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Countries as lower-case ISO 3166-1 alpha-2 codes. Accepts codes (alpha-2 and alpha-3), the
 * JDK's English and Spanish country names, and the list spellings in {@code country-aliases.yaml}.
 */
public final class Countries {
    // before the instance below, which uses them while it loads
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[\\s\u00a0]+");
    private static final java.util.regex.Pattern FINAL_DOT = java.util.regex.Pattern.compile("\\.$");

    private static final Countries INSTANCE = load();

    private final Set<String> codes;
    private final Map<String, String> byKey;
    private final Map<String, String> recent = new java.util.concurrent.ConcurrentHashMap<>();

    private Countries(Set<String> codes, Map<String, String> byKey) {
        this.codes = Set.copyOf(codes);
        this.byKey = Map.copyOf(byKey);
    }

    public static Countries instance() {
        return INSTANCE;
    }

    public Cleaned clean(String raw) {
        String code = toCode(raw);
        return code == null
                ? Cleaned.refused("'" + raw + "' is not a known country (use an ISO 3166-1 code such as mx or co)")
                : Cleaned.ok(code);
    }

    /** The alpha-2 code for a code or name, or null if unknown. */
    public String toCode(String raw) {
        String cached = recent.get(raw);
        if (cached != null) {
            return cached.isEmpty() ? null : cached;
        }
        String code = lookup(raw);
        if (recent.size() < 10_000) {
            recent.put(raw, code == null ? "" : code);
        }
        return code;
    }

    private String lookup(String raw) {
        String key = key(raw);
        if (codes.contains(key)) {
            return key;
        }
        return byKey.get(key);
    }

    static String key(String raw) {
        String folded = MARKS.matcher(Normalizer.normalize(raw.strip(), Normalizer.Form.NFD)).replaceAll("");
        return FINAL_DOT.matcher(SPACES.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll(" ")).replaceAll("");
    }

    private static Countries load() {
        Set<String> codes = new HashSet<>();
        Map<String, String> byKey = new HashMap<>();
        for (String alpha2 : Locale.getISOCountries()) {
            String code = alpha2.toLowerCase(Locale.ROOT);
            codes.add(code);
            Locale country = Locale.of("", alpha2);
            byKey.put(country.getISO3Country().toLowerCase(Locale.ROOT), code);
            byKey.put(key(country.getDisplayCountry(Locale.ENGLISH)), code);
            byKey.put(key(country.getDisplayCountry(Locale.of("es"))), code);
        }
        try (InputStream in = Countries.class.getResourceAsStream("/org/corridor/model/country-aliases.yaml")) {
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
            root.get("extra_codes").forEach(c -> codes.add(c.asText()));
            root.get("aliases").properties().forEach(e -> byKey.put(key(e.getKey()), e.getValue().asText()));
        } catch (IOException e) {
            throw new UncheckedIOException("country-aliases.yaml is missing from the model jar", e);
        }
        return new Countries(codes, byKey);
    }
}
