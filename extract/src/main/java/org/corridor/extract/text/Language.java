package org.corridor.extract.text;

import java.util.Locale;
import org.corridor.model.UsageException;

/** The languages Corridor extracts from. */
public enum Language {
    EN, ES;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Language parse(String code) {
        return switch (code.strip().toLowerCase(Locale.ROOT)) {
            case "en", "eng", "english" -> EN;
            case "es", "spa", "spanish", "español", "espanol" -> ES;
            default -> throw new UsageException("language '" + code + "' is not one Corridor extracts from; use en or es");
        };
    }
}
