package org.corridor.extract.doc;

import java.time.LocalDate;
import java.util.List;
import org.corridor.extract.text.Language;

/**
 * A document's text and what is known about it. All character spans Corridor records point into
 * {@link #text()}, which is stored with the document so they can always be checked.
 *
 * @param name      the name to show (the path as given)
 * @param format    {@code text}, {@code html} or {@code pdf}
 * @param published the publication date, or null when neither the document nor {@code --date} gives one
 * @param dateFrom  where the date came from: {@code metadata}, {@code date line}, {@code --date} or empty
 * @param url       the document's address if known, else empty
 * @param warnings  what a reader noticed but read through (an encoding guessed, boilerplate removed)
 */
public record Document(String name, String format, String text, String title, LocalDate published, String dateFrom,
        String url, Language language, List<String> warnings) {
    public Document {
        title = title == null ? "" : title;
        url = url == null ? "" : url;
        dateFrom = dateFrom == null ? "" : dateFrom;
        warnings = List.copyOf(warnings);
    }

    public Document withPublished(LocalDate date, String from) {
        return new Document(name, format, text, title, date, from, url, language, warnings);
    }

    public Document withLanguage(Language newLanguage) {
        return new Document(name, format, text, title, published, dateFrom, url, newLanguage, warnings);
    }
}
