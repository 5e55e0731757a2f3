package org.corridor.store;

/**
 * A document's text as stored with its statements, and what is known about it.
 *
 * @param published ISO date or null
 * @param body      the text that statements' character spans point into
 */
public record DocumentText(String source, String label, String title, String published, String url, String language,
        String format, String body) {
}
