package org.corridor.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.corridor.ledger.CampaignTotals;
import org.corridor.ledger.Range;

/**
 * The strike campaign as a section of {@code report.html}: a timeline of deaths per month (the
 * best figure as a bar, the range across sources as a band), a schematic map of the strikes by
 * sea, and the latest running totals beside the dataset's sum. Inline SVG, nothing fetched.
 */
final class CampaignHtml {
    private static final int WIDTH = 720;
    private static final int HEIGHT = 220;
    private static final int PAD = 40;

    private CampaignHtml() {
    }

    static String section(CampaignSummary c) {
        if (c.strikes() == 0) {
            return "";
        }
        StringBuilder h = new StringBuilder();
        h.append("<section id=\"campaign\"><h2>The 2025&ndash;26 strike campaign (cited dataset)</h2>\n");
        h.append(String.format(Locale.ROOT, "<p>%d announced strikes on vessels up to %s; deaths %d (range %d&ndash;%d across sources). "
                + "These are claims as the US government announced them and outlets reported them, not findings; the affiliation of "
                + "those killed is a claim (see docs/campaign.md).</p>%n", c.strikes(), c.newest(), c.deaths().best(), c.deaths().low(),
                c.deaths().high()));
        h.append(timeline(c));
        h.append(regions(c));
        h.append("<h3>Sourcing</h3><p>");
        List<String> grades = new ArrayList<>();
        c.bySourcing().forEach((g, n) -> grades.add(n + " " + escape(g)));
        h.append(String.join(", ", grades)).append(" (single-claim: only the official announcement, however many outlets relay it).</p>\n");
        if (!c.latest().isEmpty()) {
            h.append("<h3>Latest running totals</h3><table><tr><th>as of</th><th>source</th><th>claim</th><th>dataset's sum</th>"
                    + "<th>gap</th></tr>\n");
            for (CampaignTotals.Reconciled t : c.latest()) {
                h.append("<tr><td>").append(t.date()).append("</td><td>")
                        .append(escape(String.join("; ", t.sources().stream().map(org.corridor.ledger.Sourcing::shortName).toList())))
                        .append("</td><td>").append(escape(t.bound() + " " + t.deathsClaimed())).append("</td><td>")
                        .append(t.deathsInLedger().best()).append(" (").append(t.deathsInLedger().low()).append("&ndash;")
                        .append(t.deathsInLedger().high()).append(")</td><td>").append(t.deathsGap()).append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
        h.append("</section>\n");
        return h.toString();
    }

    /** Deaths per month: a bar for the best figure, a band from the lowest to the highest any source supports. */
    private static String timeline(CampaignSummary c) {
        Map<String, Range> byMonth = new TreeMap<>();
        Map<String, Integer> strikes = new TreeMap<>();
        for (CampaignSummary.MonthRow r : c.byMonth()) {
            byMonth.merge(r.month(), r.deaths(), Range::plus);
            strikes.merge(r.month(), r.strikes(), Integer::sum);
        }
        long max = Math.max(1, byMonth.values().stream().mapToLong(Range::high).max().orElse(1));
        int n = byMonth.size();
        double slot = (WIDTH - 2.0 * PAD) / n;
        StringBuilder s = new StringBuilder();
        s.append("<h3>Deaths per month</h3><svg role=\"img\" aria-label=\"deaths per month\" width=\"").append(WIDTH).append("\" height=\"")
                .append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT).append("\">\n");
        int i = 0;
        for (Map.Entry<String, Range> e : byMonth.entrySet()) {
            double x = PAD + i * slot + slot * 0.15;
            double w = slot * 0.7;
            Range r = e.getValue();
            s.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#cfd8e3\"><title>%s: %d "
                    + "to %d deaths across sources</title></rect>%n", x, y(r.high(), max), w, Math.max(1, y(r.low(), max) - y(r.high(), max)),
                    e.getKey(), r.low(), r.high()));
            s.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#4a6fa5\"><title>%s: %d "
                    + "deaths (best), %d strikes</title></rect>%n", x + w * 0.3, y(r.best(), max), w * 0.4, HEIGHT - PAD - y(r.best(), max),
                    e.getKey(), r.best(), strikes.get(e.getKey())));
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\">%s</text>%n", x + w / 2,
                    HEIGHT - PAD + 14, e.getKey()));
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"10\" text-anchor=\"middle\">%d</text>%n", x + w / 2,
                    y(r.best(), max) - 4, r.best()));
            i++;
        }
        s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>%n", PAD, HEIGHT - PAD, WIDTH - PAD,
                HEIGHT - PAD));
        s.append("</svg>\n<p class=\"note\">Bar: the best figure; band: lowest to highest any source supports.</p>\n");
        return s.toString();
    }

    private static double y(long value, long max) {
        return HEIGHT - PAD - (HEIGHT - 2.0 * PAD) * value / max;
    }

    /**
     * A schematic map: the two seas where the strikes were announced, placed west (eastern
     * Pacific) and east (Caribbean) of the isthmus as on a map, each with its strikes and deaths.
     * Not to scale: the dataset gives coordinates for no strike, only the sea.
     */
    private static String regions(CampaignSummary c) {
        Map<String, int[]> strikes = new LinkedHashMap<>();
        Map<String, Range> deaths = new LinkedHashMap<>();
        for (CampaignSummary.MonthRow r : c.byMonth()) {
            strikes.computeIfAbsent(r.region(), k -> new int[1])[0] += r.strikes();
            deaths.merge(r.region(), r.deaths(), Range::plus);
        }
        StringBuilder s = new StringBuilder("<h3>Strikes by sea (schematic map, not to scale)</h3>"
                + "<svg role=\"img\" aria-label=\"strikes by sea\" width=\"720\" height=\"240\" viewBox=\"0 0 720 240\">\n"
                + "<path d=\"M330,20 L360,90 L390,130 L420,150 L440,230 L400,230 L380,160 L350,120 L320,60 Z\" fill=\"#e8e2d0\" "
                + "stroke=\"#b8ad8a\"><title>Central America and northern South America (schematic)</title></path>\n");
        place(s, "eastern Pacific", 150, 150, strikes, deaths);
        place(s, "Caribbean Sea", 560, 80, strikes, deaths);
        s.append("</svg>\n");
        return s.toString();
    }

    private static void place(StringBuilder s, String region, int x, int y, Map<String, int[]> strikes, Map<String, Range> deaths) {
        int n = strikes.containsKey(region) ? strikes.get(region)[0] : 0;
        Range d = deaths.getOrDefault(region, Range.ZERO);
        double r = 12 + 4 * Math.sqrt(n);
        s.append(String.format(Locale.ROOT, "<circle cx=\"%d\" cy=\"%d\" r=\"%.1f\" fill=\"#4a6fa5\" fill-opacity=\"0.6\"><title>%s: %d "
                + "strikes, %d deaths (%d&ndash;%d)</title></circle>%n", x, y, r, escape(region), n, d.best(), d.low(), d.high()));
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" font-size=\"12\" text-anchor=\"middle\">%s: %d strikes, %d deaths"
                + "</text>%n", x, y + r + 16, escape(region), n, d.best()));
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
