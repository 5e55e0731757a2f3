package org.corridor.model.schema;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The types of property values, with FollowTheMoney's names. Each cleans a raw value at the
 * boundary: whitespace and control characters are tidied, and dates, countries, numbers and
 * entity references are validated and written in one canonical form.
 */
public enum PropertyType {
    NAME, STRING, TEXT, DATE, COUNTRY, NUMBER, IDENTIFIER, URL, EMAIL, PHONE, GENDER, TOPIC,
    ADDRESS, LANGUAGE, ENTITY;

    /** Longest value kept; longer ones are refused rather than cut, so nothing is silently lost. */
    public static final int MAX_LENGTH = 65_536;
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern ENTITY_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:\\-]{0,199}");
    private static final Pattern NUMBER_TEXT = Pattern.compile("[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");

    public static PropertyType named(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    public String ftmName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Cleaned clean(String raw) {
        if (raw == null) {
            return Cleaned.refused("no value");
        }
        String text = CONTROL.matcher(raw).replaceAll("");
        text = this == TEXT ? text.strip() : SPACES.matcher(text).replaceAll(" ").strip();
        if (text.isEmpty()) {
            return Cleaned.refused("empty value");
        }
        if (text.length() > MAX_LENGTH) {
            return Cleaned.refused("value longer than " + MAX_LENGTH + " characters");
        }
        return switch (this) {
            case DATE -> DateValue.clean(text);
            case COUNTRY -> Countries.instance().clean(text);
            case NUMBER -> cleanNumber(text);
            case ENTITY -> ENTITY_ID.matcher(text).matches() ? Cleaned.ok(text)
                    : Cleaned.refused("'" + text + "' is not an entity id (letters, digits and . _ : - only)");
            case GENDER -> cleanGender(text);
            case EMAIL -> text.indexOf('@') > 0 ? Cleaned.ok(text) : Cleaned.refused("'" + text + "' is not an e-mail address");
            default -> Cleaned.ok(text);
        };
    }

    private static Cleaned cleanNumber(String text) {
        String t = text.replace(" ", "");
        if (!NUMBER_TEXT.matcher(t).matches()) {
            return Cleaned.refused("'" + text + "' is not a number (write 1234.5)");
        }
        String plain = new BigDecimal(t.replace(",", "")).toPlainString();
        return Cleaned.ok(plain);
    }

    private static Cleaned cleanGender(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "male", "m", "man", "masculino", "hombre" -> Cleaned.ok("male");
            case "female", "f", "woman", "femenino", "mujer" -> Cleaned.ok("female");
            case "other" -> Cleaned.ok("other");
            default -> Cleaned.refused("'" + text + "' is not a gender (male, female or other)");
        };
    }
}
