package org.corridor.extract.doc;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * The article in a news web page: title, publication date, address, declared language and body
 * text, without navigation, adverts, share bars, "most popular" and "related" boxes, scripts or
 * comments. The body is the {@code article} element (or {@code main}, or the page) with its
 * paragraphs, headings, list items and quotes joined by blank lines.
 */
final class HtmlText {
    private static final String BOILERPLATE = "nav, header, footer, aside, script, style, noscript, form, iframe, svg, button, "
            + "template, figure figcaption, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true]";
    private static final Pattern BOILER_CLASS = Pattern.compile("(?i)(^|[\\s_-])(nav|menu|advert|ads?|promo|sponsor|popular|"
            + "most-read|mostread|trending|related|recommend|newsletter|subscribe|share|social|comments?|cookie|sidebar|"
            + "breadcrumb|footer|header|masthead|paywall|outbrain|taboola)([\\s_-]|$)");
    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    record Page(String title, String text, LocalDate published, String url, String language) {
    }

    private HtmlText() {
    }

    static Page read(String html, String baseUri) {
        org.jsoup.nodes.Document page = Jsoup.parse(html, baseUri);
        String title = first(page.select("meta[property=og:title]").attr("content"), page.title(), page.select("h1").text());
        String url = first(page.select("link[rel=canonical]").attr("href"), page.select("meta[property=og:url]").attr("content"));
        LocalDate published = published(page).orElse(null);
        String language = page.select("html").attr("lang");
        page.select(BOILERPLATE).remove();
        for (Element e : new ArrayList<>(page.getAllElements())) {
            if (e.parent() != null && (BOILER_CLASS.matcher(e.className()).find() || BOILER_CLASS.matcher(e.id()).find())
                    && !e.tagName().equals("article") && !e.tagName().equals("body")) {
                e.remove();
            }
        }
        Element body = container(page);
        List<String> blocks = new ArrayList<>();
        for (Element block : body.select("h1, h2, h3, h4, p, li, blockquote, pre")) {
            Elements inner = block.select("p, li, blockquote");
            inner.remove(block);
            if (!inner.isEmpty() && !block.tagName().equals("li")) {
                continue;
            }
            String text = block.text().strip();
            if (!text.isEmpty()) {
                blocks.add(text);
            }
        }
        String text = blocks.isEmpty() ? body.wholeText().strip() : String.join("\n\n", blocks);
        return new Page(title, text, published, url, language);
    }

    private static Element container(org.jsoup.nodes.Document page) {
        for (String selector : new String[] {"[itemprop=articleBody]", "article", "main", "[role=main]"}) {
            Elements found = page.select(selector);
            if (!found.isEmpty()) {
                Element best = found.first();
                for (Element e : found) {
                    if (e.text().length() > best.text().length()) {
                        best = e;
                    }
                }
                return best;
            }
        }
        return page.body() != null ? page.body() : page;
    }

    private static Optional<LocalDate> published(org.jsoup.nodes.Document page) {
        String[] candidates = {
            page.select("meta[property=article:published_time]").attr("content"),
            page.select("meta[name=article:published_time]").attr("content"),
            page.select("meta[itemprop=datePublished]").attr("content"),
            page.select("meta[name=date]").attr("content"),
            page.select("meta[name=pubdate]").attr("content"),
            page.select("meta[name=publish-date]").attr("content"),
            page.select("meta[name=dc.date]").attr("content"),
            page.select("meta[name=DC.date.issued]").attr("content"),
            page.select("time[datetime]").attr("datetime"),
            jsonLdDate(page)};
        for (String c : candidates) {
            if (c == null || c.isBlank()) {
                continue;
            }
            try {
                return Optional.of(OffsetDateTime.parse(c.strip()).toLocalDate());
            } catch (java.time.format.DateTimeParseException e) {
                Matcher m = DATE.matcher(c);
                if (m.find()) {
                    try {
                        return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                                Integer.parseInt(m.group(3))));
                    } catch (java.time.DateTimeException ignored) {
                        // not a date after all; try the next candidate
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static String jsonLdDate(org.jsoup.nodes.Document page) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            Matcher m = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]+)\"").matcher(script.data());
            if (m.find()) {
                return m.group(1);
            }
        }
        return "";
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return "";
    }
}
