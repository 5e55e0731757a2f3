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
    NAME, STRING, TEXT, DATE, COUNTRY, NUMBER, CURRENCY, IDENTIFIER, URL, EMAIL, PHONE, GENDER, TOPIC,
    ADDRESS, LANGUAGE, ENTITY;

    /** Longest value kept; longer ones are refused rather than cut, so nothing is silently lost. */
    public static final int MAX_LENGTH = 65_536;
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");
    private static final Pattern ENTITY_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:\\-]{0,199}");
    private static final Pattern NUMBER_TEXT = Pattern.compile("[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");

    public static PropertyType named(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    public Cleaned clean(String raw) {
        if (raw == null) {
            return Cleaned.refused("no value");
        }
        // names and codes are compared, so their spacing is made canonical; free strings keep theirs
        String text = switch (this) {
            case TEXT -> stripControl(raw).strip();
            case STRING, ADDRESS, URL -> stripControl(raw).replace('\n', ' ').strip();
            default -> tidy(raw);
        };
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
            case CURRENCY -> cleanCurrency(text);
            case ENTITY -> ENTITY_ID.matcher(text).matches() ? Cleaned.ok(text)
                    : Cleaned.refused("'" + text + "' is not an entity id (letters, digits and . _ : - only)");
            case GENDER -> cleanGender(text);
            case EMAIL -> text.indexOf('@') > 0 ? Cleaned.ok(text) : Cleaned.refused("'" + text + "' is not an e-mail address");
            default -> Cleaned.ok(text);
        };
    }

    /** Removes control characters except newline and tab; returns the input itself when there are none. */
    private static String stripControl(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\t') {
                return CONTROL.matcher(raw).replaceAll("");
            }
        }
        return raw;
    }

    /** Collapses runs of whitespace to one space, drops control characters, trims; one pass. */
    static String tidy(String raw) {
        StringBuilder sb = null;
        boolean space = false;
        int n = raw.length();
        for (int i = 0; i < n; i++) {
            char c = raw.charAt(i);
            boolean ws = Character.isWhitespace(c) || Character.isSpaceChar(c);
            boolean drop = !ws && Character.isISOControl(c);
            boolean plain = !ws && !drop;
            if (sb == null && (drop || (ws && (c != ' ' || space || i == 0 || i == n - 1)))) {
                sb = new StringBuilder(n).append(raw, 0, i);
                if (space) {
                    sb.setLength(sb.length() - 1);
                }
            }
            if (sb == null) {
                space = c == ' ';
                continue;
            }
            if (plain) {
                if (space && !sb.isEmpty()) {
                    sb.append(' ');
                }
                sb.append(c);
                space = false;
            } else if (ws) {
                space = true;
            }
        }
        return sb == null ? raw : sb.toString();
    }

    private static Cleaned cleanNumber(String text) {
        String t = text.replace(" ", "");
        if (!NUMBER_TEXT.matcher(t).matches()) {
            return Cleaned.refused("'" + text + "' is not a number (write 1234.5)");
        }
        String plain = new BigDecimal(t.replace(",", "")).toPlainString();
        return Cleaned.ok(plain);
    }

    /** ISO 4217 codes, from codes in any case or the symbols news reports use (US$, $, €, £). */
    private static Cleaned cleanCurrency(String text) {
        String code = switch (text) {
            case "US$", "$", "USD$", "dólares", "dolares", "dollars" -> "USD";
            case "€", "euros" -> "EUR";
            case "£" -> "GBP";
            case "MX$", "pesos mexicanos" -> "MXN";
            default -> text.toUpperCase(Locale.ROOT);
        };
        try {
            return Cleaned.ok(java.util.Currency.getInstance(code).getCurrencyCode());
        } catch (IllegalArgumentException e) {
            return Cleaned.refused("'" + text + "' is not a currency (use an ISO 4217 code such as USD, EUR or MXN)");
        }
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
