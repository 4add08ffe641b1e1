package org.openplate.report;

import java.util.List;
import java.util.Locale;

/**
 * Small server-side SVG charts: bars per category with optional reference lines, and 100 %
 * stacked bars. Labels are escaped; the rest is numbers.
 */
final class Svg {

    static final int W = 720;
    static final int H = 280;
    private static final int LEFT = 52;
    private static final int RIGHT = 12;
    private static final int TOP = 14;
    private static final int BOTTOM = 30;

    private Svg() {
    }

    /** A horizontal reference line (e.g. the goal) drawn across a bar chart, with its own series. */
    record Line(String css, String label, List<Double> values) {
    }

    /** Bars (one per label, null = no data) with lines over them; y from 0. */
    static String bars(String title, String unit, List<String> labels, List<Double> bars, List<Line> lines) {
        double max = 1;
        for (Double v : bars) {
            max = Math.max(max, v == null ? 0 : v);
        }
        for (Line l : lines) {
            for (Double v : l.values()) {
                max = Math.max(max, v == null ? 0 : v);
            }
        }
        max = niceMax(max);
        StringBuilder b = head(title);
        axis(b, max, unit);
        int n = labels.size();
        double slot = (W - LEFT - RIGHT) / (double) Math.max(1, n);
        for (int i = 0; i < n; i++) {
            Double v = bars.get(i);
            double x = LEFT + i * slot;
            if (v != null) {
                double y = y(v, max);
                b.append(String.format(Locale.ROOT, "<rect class=\"bar\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\""
                        + " height=\"%.1f\"><title>%s: %s %s</title></rect>", x + slot * 0.15, y, slot * 0.7,
                        H - BOTTOM - y, esc(labels.get(i)), Math.round(v), esc(unit)));
            }
            if (n <= 14 || i % Math.max(1, n / 10) == 0) {
                b.append(String.format(Locale.ROOT, "<text class=\"axis\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s"
                        + "</text>", x + slot / 2, H - 10, esc(labels.get(i))));
            }
        }
        for (Line l : lines) {
            StringBuilder pts = new StringBuilder();
            for (int i = 0; i < n; i++) {
                Double v = l.values().get(i);
                if (v != null) {
                    pts.append(String.format(Locale.ROOT, "%.1f,%.1f ", LEFT + (i + 0.5) * slot, y(v, max)));
                }
            }
            if (pts.length() > 0) {
                b.append("<polyline class=\"").append(l.css()).append("\" points=\"").append(pts.toString().trim())
                        .append("\"><title>").append(esc(l.label())).append("</title></polyline>");
            }
        }
        return b.append("</svg>").toString();
    }

    /** 100 % stacked bars: each category's parts as shares of its total. */
    static String stacked(String title, List<String> labels, List<double[]> parts, List<String> css) {
        StringBuilder b = head(title);
        axis(b, 100, "%");
        int n = labels.size();
        double slot = (W - LEFT - RIGHT) / (double) Math.max(1, n);
        for (int i = 0; i < n; i++) {
            double[] p = parts.get(i);
            double total = 0;
            for (double v : p) {
                total += v;
            }
            double x = LEFT + i * slot;
            double base = 0;
            if (total > 0) {
                for (int k = 0; k < p.length; k++) {
                    double share = 100 * p[k] / total;
                    double y1 = y(base + share, 100);
                    double y0 = y(base, 100);
                    b.append(String.format(Locale.ROOT, "<rect class=\"%s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\""
                            + " height=\"%.1f\"/>", css.get(k), x + slot * 0.15, y1, slot * 0.7, y0 - y1));
                    base += share;
                }
            }
            b.append(String.format(Locale.ROOT, "<text class=\"axis\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>",
                    x + slot / 2, H - 10, esc(labels.get(i))));
        }
        return b.append("</svg>").toString();
    }

    private static StringBuilder head(String title) {
        return new StringBuilder(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\""
                + " role=\"img\" class=\"chart\"><title>%s</title><style>.grid{stroke:#e3e8e4}.axis{font:11px sans-serif;"
                + "fill:#556}.bar{fill:#81c784}.goal{stroke:#c62828;stroke-width:2;fill:none;stroke-dasharray:6 4}"
                + ".tdee{stroke:#1565c0;stroke-width:2;fill:none}.protein{fill:#ef9a9a}.carbs{fill:#90caf9}"
                + ".fat{fill:#ffe082}</style>", W, H, esc(title)));
    }

    private static void axis(StringBuilder b, double max, String unit) {
        for (int k = 0; k <= 4; k++) {
            double v = max * k / 4;
            double y = y(v, max);
            b.append(String.format(Locale.ROOT, "<line class=\"grid\" x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>"
                    + "<text class=\"axis\" x=\"2\" y=\"%.1f\">%s %s</text>", LEFT, W - RIGHT, y, y, y + 4,
                    Math.round(v), esc(unit)));
        }
    }

    private static double y(double v, double max) {
        return TOP + (H - TOP - BOTTOM) * (1 - v / max);
    }

    private static double niceMax(double v) {
        double mag = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10}) {
            if (m * mag >= v) {
                return m * mag;
            }
        }
        return 10 * mag;
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
