package se.hrvstat.publish.web;

import java.util.ArrayList;
import java.util.List;

import se.hrvstat.publish.SwedishFormat;
import se.hrvstat.result.EstimateRow;

/**
 * An SVG bar chart of one indicator over the waves (all students): a bar per wave with its
 * interval as a whisker and its value written above it, so nothing is told by colour alone. A
 * suppressed wave has no bar, only the symbol. The text alternative names every figure.
 */
final class BarChart {
    private static final int WIDTH = 640;
    private static final int HEIGHT = 300;
    private static final int LEFT = 48;
    private static final int BOTTOM = 40;
    private static final int TOP = 24;

    private final WebTexts w;

    BarChart(WebTexts w) {
        this.w = w;
    }

    /** The text alternative: "Stapeldiagram ... 2020: 11,0 % (10,1–12,0), 2022: uppgift redovisas inte." (plain text). */
    String alt(String label, List<EstimateRow> waves, String level) {
        List<String> parts = new ArrayList<>();
        for (EstimateRow r : waves) {
            if (Cells.isSuppressed(r)) {
                parts.add(w.raw("web.chart.alt.suppressed", r.wave()));
            } else {
                String interval = SwedishFormat.isPresent(r.ciLow()) && SwedishFormat.isPresent(r.ciHigh())
                        ? w.raw("web.chart.alt.interval", Html.number(SwedishFormat.percent(r.ciLow())),
                                Html.number(SwedishFormat.percent(r.ciHigh())))
                        : "";
                parts.add(w.raw("web.chart.alt.wave", r.wave(), Html.number(SwedishFormat.percent(r.estimate())), interval,
                        SwedishFormat.FLAG_UNCERTAIN.equals(r.flag()) ? w.raw("web.chart.alt.uncertain") : ""));
            }
        }
        return w.raw("web.chart.alt", label, level, String.join(", ", parts));
    }

    /** The figure: the SVG and, as its caption, the text alternative. */
    String figure(String id, String label, List<EstimateRow> waves, String level) {
        String alt = alt(label, waves, level);
        double top = 5;
        for (EstimateRow r : waves) {
            if (!Cells.isSuppressed(r)) {
                top = Math.max(top, 100 * (SwedishFormat.isPresent(r.ciHigh()) ? r.ciHigh() : r.estimate()));
            }
        }
        top = 4 * tickStep(top / 4); // four gridlines at whole, even steps: 0, 5, 10, 15, 20 %
        int plotHeight = HEIGHT - BOTTOM - TOP;
        int slot = (WIDTH - LEFT - 8) / Math.max(1, waves.size());
        StringBuilder sb = new StringBuilder(2048);
        sb.append("<figure>\n<svg viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-t ").append(id).append("-d\" focusable=\"false\">\n")
                .append("<title id=\"").append(id).append("-t\">").append(w.get("web.chart.title", label)).append("</title>\n")
                .append("<desc id=\"").append(id).append("-d\">").append(Html.esc(alt)).append("</desc>\n");
        for (int tick = 0; tick <= 4; tick++) { // gridlines and their values in percent
            double value = top * tick / 4;
            double y = HEIGHT - BOTTOM - plotHeight * tick / 4.0;
            sb.append("<line class=\"grid\" x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - 4).append("\" y1=\"")
                    .append(fmt(y)).append("\" y2=\"").append(fmt(y)).append("\"/>")
                    .append("<text class=\"axis\" x=\"").append(LEFT - 6).append("\" y=\"").append(fmt(y + 4))
                    .append("\" text-anchor=\"end\">").append(Html.number(SwedishFormat.decimal(value, 0))).append(" %</text>\n");
        }
        for (int i = 0; i < waves.size(); i++) {
            EstimateRow r = waves.get(i);
            double x = LEFT + slot * i + slot * 0.2;
            double barWidth = slot * 0.6;
            double centre = x + barWidth / 2;
            String valueText;
            double labelY;
            if (Cells.isSuppressed(r)) {
                valueText = SwedishFormat.SYMBOL_SUPPRESSED;
                labelY = HEIGHT - BOTTOM - 6;
            } else {
                double y = y(r.estimate(), top, plotHeight);
                sb.append("<rect class=\"bar\" x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y)).append("\" width=\"")
                        .append(fmt(barWidth)).append("\" height=\"").append(fmt(HEIGHT - BOTTOM - y)).append("\"/>\n");
                labelY = y - 6;
                if (SwedishFormat.isPresent(r.ciLow()) && SwedishFormat.isPresent(r.ciHigh())) {
                    double lo = y(r.ciLow(), top, plotHeight);
                    double hi = y(r.ciHigh(), top, plotHeight);
                    sb.append("<path class=\"whisker\" d=\"M").append(fmt(centre)).append(' ').append(fmt(lo)).append("V")
                            .append(fmt(hi)).append("M").append(fmt(centre - 8)).append(' ').append(fmt(lo)).append("h16M")
                            .append(fmt(centre - 8)).append(' ').append(fmt(hi)).append("h16\"/>\n");
                    labelY = hi - 6;
                }
                valueText = SwedishFormat.percent(r.estimate())
                        + (SwedishFormat.FLAG_UNCERTAIN.equals(r.flag()) ? SwedishFormat.SYMBOL_UNCERTAIN : "");
            }
            sb.append("<text class=\"value\" x=\"").append(fmt(centre)).append("\" y=\"").append(fmt(labelY))
                    .append("\" text-anchor=\"middle\">").append(Html.esc(Html.number(valueText))).append("</text>\n")
                    .append("<text class=\"axis\" x=\"").append(fmt(centre)).append("\" y=\"").append(HEIGHT - BOTTOM + 20)
                    .append("\" text-anchor=\"middle\">").append(r.wave()).append("</text>\n");
        }
        sb.append("<line class=\"base\" x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - 4).append("\" y1=\"")
                .append(HEIGHT - BOTTOM).append("\" y2=\"").append(HEIGHT - BOTTOM).append("\"/>\n</svg>\n")
                .append("<figcaption>").append(Html.esc(alt)).append("</figcaption>\n</figure>\n");
        return sb.toString();
    }

    /** The smallest of 1, 2, 5, 10, 20, 25, 50 (percent) at least {@code quarter}. */
    static double tickStep(double quarter) {
        for (double step : new double[] {1, 2, 5, 10, 20, 25}) {
            if (step >= quarter) {
                return step;
            }
        }
        return 25;
    }

    private static double y(double share, double topPercent, int plotHeight) {
        return HEIGHT - BOTTOM - plotHeight * (100 * share) / topPercent;
    }

    private static String fmt(double v) {
        return String.format(java.util.Locale.ROOT, "%.1f", v);
    }
}
