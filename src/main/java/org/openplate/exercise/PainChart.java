package org.openplate.exercise;

import java.util.List;
import java.util.Locale;

/** An inline SVG line chart of pain before and after each stretching session (0-10). No script needed. */
final class PainChart {

    private static final int W = 640;
    private static final int H = 220;
    private static final int PAD = 30;

    private PainChart() {
    }

    /** The chart's SVG markup (numbers only, so it is safe to embed unescaped); empty without check-ins. */
    static String svg(List<ExerciseRepository.Dated> sessions) {
        if (sessions.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "<svg viewBox=\"0 0 %d %d\" role=\"img\" class=\"pain-chart\""
                + " aria-labelledby=\"pain-chart-title\"><title id=\"pain-chart-title\">Pain before (grey) and after"
                + " (red) each session, 0-10</title>", W, H));
        for (int p = 0; p <= 10; p += 2) {
            double y = y(p);
            b.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" class=\"grid\"/>"
                    + "<text x=\"4\" y=\"%.1f\" class=\"axis\">%d</text>", PAD, W - 10, y, y, y + 4, p));
        }
        b.append(line(sessions, false, "before")).append(line(sessions, true, "after"));
        b.append("</svg>");
        return b.toString();
    }

    private static String line(List<ExerciseRepository.Dated> s, boolean after, String css) {
        StringBuilder pts = new StringBuilder();
        StringBuilder dots = new StringBuilder();
        for (int i = 0; i < s.size(); i++) {
            int pain = after ? s.get(i).checkIn().painAfter() : s.get(i).checkIn().painBefore();
            double x = x(i, s.size());
            pts.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y(pain)));
            dots.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" class=\"%s\" data-pain=\"%d\"/>",
                    x, y(pain), css, pain));
        }
        return "<polyline points=\"" + pts.toString().trim() + "\" class=\"" + css + "\" fill=\"none\"/>" + dots;
    }

    private static double x(int i, int n) {
        return n == 1 ? W / 2.0 : PAD + 10 + i * (W - PAD - 30.0) / (n - 1);
    }

    private static double y(int pain) {
        return H - PAD - pain * (H - 2.0 * PAD) / 10;
    }
}
